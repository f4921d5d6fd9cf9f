"""Stories: streaming cross-lingual clustering of articles into events and storylines."""
