-- Dated events (corpus step "events", storyline/events.py): one row per sentence that reports
-- something at a resolved time, with the covered day range for ordering and filtering.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    granularity TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    timex_start INTEGER NOT NULL,
    timex_end INTEGER NOT NULL,
    timex_text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '[]',
    language TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start);
