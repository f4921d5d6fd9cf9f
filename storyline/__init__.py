"""storyline: multilingual news articles into source-cited story briefings, offline.

The library is the product; the CLI and the HTML briefing are thin layers over it:

    from storyline.store import open_store
    from storyline.ingest import ingest
    from storyline.stories import list_stories
    from storyline.brief.build import build_briefing

    store = open_store("news.db")
    ingest(["articles/"], store, manifest="manifest.csv")
    story = list_stories(store)[0]
    briefing = build_briefing(store, story.id)

Nothing heavy is loaded at import: models and dictionaries load on first use.
"""

__version__ = "0.1.0"
