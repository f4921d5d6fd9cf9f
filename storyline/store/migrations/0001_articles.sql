-- Articles, their span layers, what ingest skipped, near-duplicate signatures, full-text search.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT,
    byline TEXT,
    outlet TEXT,
    url TEXT,
    language TEXT,
    language_confidence REAL NOT NULL DEFAULT 0,
    languages_mixed TEXT NOT NULL DEFAULT '[]',
    published_at TEXT,
    published_source TEXT NOT NULL DEFAULT 'none',
    published_raw TEXT,
    updated_at TEXT,
    updated_source TEXT NOT NULL DEFAULT 'none',
    updated_raw TEXT,
    retrieved_at TEXT,
    source TEXT NOT NULL DEFAULT '',
    input_format TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT 'utf-8',
    text TEXT NOT NULL,
    raw_text TEXT NOT NULL DEFAULT '',
    removed TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT,
    duplicate_kind TEXT,
    duplicate_similarity REAL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE spans (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, layer, seq)
);

CREATE TABLE skips (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    extra TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Folded copies (see store/fold.py) so that `Zelenski` finds `Zełenski` and `Зеленски`.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    article_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
