-- Canonical entities, the stored mentions linked to them, lookup keys, and analyst corrections.
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    pinned_name INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE entity_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    surface TEXT NOT NULL,
    lemma TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1.0,
    pinned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, start, end)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

-- name skeletons, surnames, acronyms and gazetteer keys that lead to an entity
CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

-- an entity merged into another keeps answering under its old id
CREATE TABLE entity_aliases (
    old_id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL
);

-- pairs an analyst split apart: the linker never joins them again
CREATE TABLE entity_blocks (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE TABLE entity_corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    args TEXT NOT NULL,
    at TEXT NOT NULL
);
