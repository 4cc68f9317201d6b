/**
 * The database schema as ordered migrations. Each runs once, in a transaction with the bump of
 * `PRAGMA user_version`, so a database is always at one whole version. Never edit a released
 * migration: add the next one.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const ARTICLES = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,             -- hash of the normalised text (text stage's articleId)
  title TEXT,
  date TEXT NOT NULL,              -- publication date YYYY-MM-DD
  lang TEXT NOT NULL,
  text TEXT NOT NULL,              -- NFC; every span in the database points into it
  lexicon_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles(date);

-- where an article was read from: the same text from two places is one article with two rows
CREATE TABLE article_sources (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source TEXT NOT NULL,            -- a file path, or a URL
  url TEXT,
  PRIMARY KEY (article_id, source)
) WITHOUT ROWID;
CREATE INDEX article_sources_by_source ON article_sources(source);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  lang TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- normalised title and text (أ/إ/آ→ا, ة→ه, ى→ي, no diacritics or tatweel); rowid = articles.rowid.
-- Contentless: the original text is in articles, the index alone is kept here.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`;

const EVENTS = `
-- one row per distinct event: the same type, negation, modality and actor sets, dated within a day
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  dedup_key TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT NOT NULL,           -- JSON array of PLOVER contexts
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  negated INTEGER NOT NULL,
  modality TEXT,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_key ON events(dedup_key, date);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_type ON events(type, date);

-- the event's actor codes, once each, with its date and type: an actor's events in date order
-- are a range of this key, so a filtered list stops at its limit instead of sorting them all
CREATE TABLE event_parties (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  code TEXT NOT NULL,
  date TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (role, code, date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_parties_by_event ON event_parties(event_id);

-- every source × target pair of an event, with what a dyad series sums (a covering index)
CREATE TABLE event_dyads (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  date TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  PRIMARY KEY (source, target, date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_dyads_by_event ON event_dyads(event_id);

-- event_dyads summed per day and quad class, kept as events are stored: a dyad's series reads at
-- most one row per day and class, however many events the pair has
CREATE TABLE dyad_days (
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  date TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  events INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  PRIMARY KEY (source, target, date, quad_class)
) WITHOUT ROWID;

-- the evidence: one row per coded record that reported the event
CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,         -- the coder's stable record id
  sentence_idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  negated INTEGER NOT NULL,
  modality TEXT,
  rule TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  lexicon_version TEXT NOT NULL,
  UNIQUE (article_id, record_id)
);
CREATE INDEX event_mentions_by_event ON event_mentions(event_id, article_id);

-- n-ary actors of each mention, with their spans in the article
CREATE TABLE event_actors (
  mention_id INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  agent TEXT,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (mention_id, role, position)
) WITHOUT ROWID;
`;

const GROUPINGS = `
CREATE TABLE memberships (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  actor_code TEXT NOT NULL,
  actor_text TEXT NOT NULL,
  actor_start INTEGER NOT NULL,
  actor_end INTEGER NOT NULL,
  grouping_code TEXT NOT NULL,
  grouping_text TEXT NOT NULL,
  grouping_start INTEGER NOT NULL,
  grouping_end INTEGER NOT NULL,
  change TEXT NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  negated INTEGER NOT NULL,
  rule TEXT NOT NULL,
  lexicon_version TEXT NOT NULL,
  UNIQUE (article_id, record_id)
);
CREATE INDEX memberships_by_grouping ON memberships(grouping_code, date);
CREATE INDEX memberships_by_actor ON memberships(actor_code, date);

-- lexicon groupings and those discovered in text (code NEW-…), as first stored
CREATE TABLE groupings (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  issues TEXT NOT NULL,            -- JSON array
  discovered INTEGER NOT NULL
);

CREATE TABLE grouping_members (
  grouping_code TEXT NOT NULL REFERENCES groupings(code) ON DELETE CASCADE,
  member_code TEXT NOT NULL,
  PRIMARY KEY (grouping_code, member_code)
) WITHOUT ROWID;

-- where each grouping was named
CREATE TABLE grouping_mentions (
  grouping_code TEXT NOT NULL REFERENCES groupings(code) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  PRIMARY KEY (article_id, record_id)
) WITHOUT ROWID;
`;

const STORIES = `
-- near-duplicates: a story republished with small edits is another article of the same story;
-- an event counts each story once in num_articles
ALTER TABLE articles ADD COLUMN story_id TEXT;
UPDATE articles SET story_id = id;
CREATE INDEX articles_by_story ON articles(story_id);
ALTER TABLE articles ADD COLUMN signature BLOB;   -- MinHash signature (text stage's fingerprint), null when too short

-- the signature's bands: articles sharing a band are compared
CREATE TABLE article_bands (
  band_key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'articles, sources, sentences, full-text index', sql: ARTICLES },
  { version: 2, name: 'events with their mentions, actors, parties and dyads', sql: EVENTS },
  { version: 3, name: 'memberships and groupings', sql: GROUPINGS },
  { version: 4, name: 'stories: near-duplicate articles linked', sql: STORIES },
];
