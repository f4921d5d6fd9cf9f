-- Indexes for queries the ingest corpus steps run once per article or per name, which otherwise scan a
-- table that grows with the corpus (STORIES-SPEED, profiled with bench/stories.py ingest --n 2000).

-- entities linking reads the analyst-pinned keys for every name group (`WHERE kind = 'pinned'`): without
-- this a full scan of entity_keys per group made the entities step quadratic in corpus size. Pinned keys
-- are rare, so the partial index stays tiny.
CREATE INDEX IF NOT EXISTS entity_keys_pinned ON entity_keys(key) WHERE kind = 'pinned';
