-- Briefings: the history of built briefings (what's new is measured since the previous one) and the
-- analysts' corrections of position cells, which every later briefing of the story applies.
CREATE TABLE brief_history (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL,
    built_at TEXT NOT NULL,
    as_of TEXT,
    since TEXT,
    latest_published TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0,
    article_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX brief_history_story ON brief_history(story_id, built_at);

CREATE TABLE brief_position_corrections (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL,
    party TEXT NOT NULL,
    issue TEXT NOT NULL,
    stance TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    corrected_at TEXT NOT NULL
);
CREATE INDEX brief_position_corrections_story ON brief_position_corrections(story_id);

CREATE TABLE brief_sentence_vectors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (article_id, start, end, model)
);
