-- Stories: articles grouped into events (one happening and its coverage) inside storylines.
CREATE TABLE storylines (
    id TEXT PRIMARY KEY,
    first_seen TEXT,
    last_seen TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,      -- an analyst corrected it: automatic runs never reshuffle it
    merged_into TEXT,                       -- set when an analyst merged it into another storyline
    updated_at TEXT NOT NULL
);
CREATE INDEX storylines_last_seen ON storylines(last_seen);

CREATE TABLE story_events (
    id TEXT PRIMARY KEY,
    storyline_id TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_events_storyline ON story_events(storyline_id);

-- One row per article: its event and storyline, how well it fits, and who placed it.
CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    storyline_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    similarity REAL NOT NULL DEFAULT 0,
    assigned_by TEXT NOT NULL DEFAULT 'auto',   -- auto | analyst
    published_at TEXT,
    assigned_at TEXT NOT NULL
);
CREATE INDEX story_members_storyline ON story_members(storyline_id);
CREATE INDEX story_members_event ON story_members(event_id);

-- What clustering used for each article (int8 vector + scale, weighted keys), so state reloads fast.
CREATE TABLE story_features (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    scale REAL NOT NULL,
    keys TEXT NOT NULL DEFAULT '{}',
    published_at TEXT,
    language TEXT,
    outlet TEXT,
    title TEXT
);

-- Analyst corrections, in order (merge, split, move): the audit trail of what sticks.
CREATE TABLE story_corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    at TEXT NOT NULL
);
