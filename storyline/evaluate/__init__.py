"""Evaluation against public gold data; one module per task, each exposing a click `command`.

Scoring functions are importable (tests pin their results as floors in `tests/floors/<task>.json`).
"""
