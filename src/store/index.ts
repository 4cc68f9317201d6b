export { openDb, migrate, schemaVersion, StoreError, type Db } from './db.ts';
export { MIGRATIONS, type Migration } from './migrations.ts';
export { StoreWriter, type ArticleSource, type ArticleToStore } from './writer.ts';
export { CodingError, ingestArticle, ingestBatch, type IngestOutcome, type NewArticle } from './ingest.ts';
export { EventQueries, type EventFilter, type Evidence, type StoredActor, type StoredEvent } from './events-query.ts';
export { DyadQueries, type DyadPoint, type DyadQuery, type Period } from './dyad-query.ts';
export { SearchQueries, ftsQuery, queryWords, type SearchHit } from './search.ts';
