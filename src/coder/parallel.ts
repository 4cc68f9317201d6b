import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { Coder, type CodeInput } from './coder.ts';

/**
 * Coding on N threads: the main thread and N − 1 worker threads. Documents go out in batches and
 * their records come back as JSON Lines text, put back in input order, so the output is identical
 * to a single-threaded run.
 */

/** Documents per batch: small, so that the threads finish together; messages still cost little. */
const BATCH = 8;
/** Batches a worker holds at once, so that it never waits while the main thread codes. */
const IN_FLIGHT = 2;

/** One document's records as JSON Lines, each line ending with "\n" ("" when there are none). */
export interface CodedText {
  jsonLines: string;
  records: number;
}

export function codeToJsonLines(coder: Coder, input: CodeInput): CodedText {
  const { records } = coder.code(input);
  let jsonLines = '';
  for (const r of records) jsonLines += JSON.stringify(r) + '\n';
  return { jsonLines, records: records.length };
}

/** What a worker sends back for a batch: one text per document, cheaper to pass between threads than objects or lines. */
export interface CodedBatch {
  id: number;
  coded: CodedText[];
}

/**
 * What a worker is sent: first the main thread's compiled rules (`Coder.compiledRules`, through
 * v8.serialize: copying them costs a worker a tenth of compiling them), then batches to code.
 */
export type WorkerMessage = { kind: 'rules'; serialized: Uint8Array } | { kind: 'batch'; id: number; inputs: CodeInput[] };

/**
 * A worker runs the same code as its parent: the compiled worker.js, or under the tests (which
 * run the TypeScript sources) a small bootstrap that registers tsx and loads worker.ts.
 */
function startWorker(lexiconDirs: string[]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexiconDirs } });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  const bootstrap = `import(${tsx}).then((api) => { api.register(); return import(${worker}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { lexiconDirs } });
}

/** Batches coded by any thread, handed on in input order as soon as all before them are in. */
class InOrder {
  private readonly done = new Map<number, CodedText[]>();
  private flushed = 0;

  constructor(private readonly onResult: (index: number, coded: CodedText) => void) {}

  add(batch: CodedBatch): void {
    this.done.set(batch.id, batch.coded);
    for (let coded = this.done.get(this.flushed); coded; coded = this.done.get(this.flushed)) {
      coded.forEach((c, k) => this.onResult(this.flushed * BATCH + k, c));
      this.done.delete(this.flushed++);
    }
  }
}

/** Feeds a worker batches until none are left; resolves when it has coded all it was given. */
function runWorker(worker: Worker, batches: CodeInput[][], take: () => number | undefined, results: InOrder): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const fill = (): void => {
      for (let id = inFlight < IN_FLIGHT ? take() : undefined; id !== undefined; id = inFlight < IN_FLIGHT ? take() : undefined) {
        worker.postMessage({ kind: 'batch', id, inputs: batches[id] ?? [] } satisfies WorkerMessage);
        inFlight++;
      }
      if (inFlight === 0) resolve();
    };
    worker.on('message', (reply: CodedBatch) => {
      inFlight--;
      results.add(reply);
      fill();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (inFlight > 0) reject(new Error(`a coding worker stopped (exit code ${code}) with ${inFlight} batches to code`));
    });
    fill();
  });
}

/**
 * Starts the worker threads for `threads` threads in all (the main thread codes too), so that
 * they load while the caller reads its input; hand them to `codeInParallel`.
 */
export function startWorkers(threads: number, lexiconDirs: string[]): Worker[] {
  return Array.from({ length: Math.max(0, threads - 1) }, () => startWorker(lexiconDirs));
}

/**
 * `coder` is the main thread's, when the caller has one loaded already (with the same lexicon
 * folders); `started`, workers from `startWorkers` (else they are started here). All are ended.
 */
export async function codeInParallel(
  inputs: CodeInput[], threads: number, lexiconDirs: string[], onResult: (index: number, coded: CodedText) => void, coder?: Coder,
  started?: Worker[],
): Promise<void> {
  const batches: CodeInput[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
  // workers start and load their lexicon while the main thread loads its coder; they take its rules
  const all = started ?? startWorkers(Math.min(threads, batches.length), lexiconDirs);
  const workers = all.slice(0, Math.max(0, batches.length - 1));
  try {
    const mainCoder = coder ?? Coder.load(lexiconDirs);
    if (workers.length > 0) {
      const serialized = serialize(mainCoder.compiledRules);
      for (const w of workers) w.postMessage({ kind: 'rules', serialized } satisfies WorkerMessage);
    }
    const results = new InOrder(onResult);
    let next = 0;
    const take = (): number | undefined => (next < batches.length ? next++ : undefined);
    const working = workers.map((w) => runWorker(w, batches, take, results));
    for (let id = take(); id !== undefined; id = take()) {
      results.add({ id, coded: (batches[id] ?? []).map((input) => codeToJsonLines(mainCoder, input)) });
      await new Promise((resolve) => setImmediate(resolve)); // lets the workers' replies in
    }
    await Promise.all(working);
  } finally {
    await Promise.all(all.map((w) => w.terminate()));
  }
}
