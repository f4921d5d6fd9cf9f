"""The web app: stories, briefings, search and articles in a browser, over the same library calls as the CLI."""

from storyline.web.app import App, serve

__all__ = ["App", "serve"]
