import { bandKeys, NEAR_DUPLICATE_SIMILARITY, similarity } from '../text/index.ts';
import type { Db } from './db.ts';

/**
 * Which story a new article tells: an article whose MinHash signature is close enough to a
 * stored one's (text stage's `fingerprint`) is a near-duplicate — the same story republished with
 * small edits — and joins that article's story; otherwise it starts its own.
 */

export class StoryFinder {
  private readonly candidates;
  private readonly insertBand;

  constructor(db: Db) {
    // json_each spares building SQL for the sixteen keys
    this.candidates = db.prepare<[string], { id: string; story_id: string; signature: Buffer }>(
      `SELECT DISTINCT a.id, a.story_id, a.signature FROM article_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band_key IN (SELECT value FROM json_each(?))`,
    );
    this.insertBand = db.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
  }

  /** The story of the most similar stored article, if it is a near-duplicate; else the article's own id. */
  storyOf(articleId: string, signature: Uint32Array | null): string {
    if (!signature) return articleId;
    let best: { story: string; score: number } | null = null;
    for (const c of this.candidates.all(JSON.stringify(bandKeys(signature)))) {
      const score = similarity(signature, toSignature(c.signature));
      if (score >= NEAR_DUPLICATE_SIMILARITY && (!best || score > best.score)) best = { story: c.story_id, score };
    }
    return best?.story ?? articleId;
  }

  /** Files a stored article's bands, so later articles find it. */
  index(articleId: string, signature: Uint32Array | null): void {
    if (signature) for (const key of bandKeys(signature)) this.insertBand.run(key, articleId);
  }
}

export function toBlob(signature: Uint32Array | null): Buffer | null {
  return signature ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null;
}

function toSignature(blob: Buffer): Uint32Array {
  // a copy: the blob's bytes need not be 4-byte aligned
  return new Uint32Array(new Uint8Array(blob).buffer);
}
