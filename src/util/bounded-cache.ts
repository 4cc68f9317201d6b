/**
 * A memo with a size limit: news repeats its words, so per-word results are cached, and the
 * cache is emptied when it grows past its limit (cheaper than LRU bookkeeping on every hit).
 * `get` + `set` suit hot paths that must not allocate a closure per call; `memo` the rest.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  memo(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    return hit !== undefined ? hit : this.set(key, compute(key));
  }
}
