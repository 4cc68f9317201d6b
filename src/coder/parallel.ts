import { Worker } from 'node:worker_threads';
import type { CodeInput } from './coder.ts';

/**
 * Coding on N worker threads. Documents go out in batches and their records come back as JSON
 * Lines, put back in input order, so the output is identical to a single-threaded run.
 */

const BATCH = 64;

interface Reply {
  id?: number;
  results?: string[][];
  ready?: boolean;
}

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

export async function codeInParallel(
  inputs: CodeInput[], threads: number, lexiconDirs: string[], onResult: (index: number, lines: string[]) => void,
): Promise<void> {
  const batches: CodeInput[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
  const done = new Map<number, string[][]>();
  let next = 0;
  let flushed = 0;
  const flush = (): void => {
    while (done.has(flushed)) {
      (done.get(flushed) ?? []).forEach((records, k) => onResult(flushed * BATCH + k, records));
      done.delete(flushed);
      flushed++;
    }
  };
  const workers = Array.from({ length: Math.min(threads, Math.max(1, batches.length)) }, () => startWorker(lexiconDirs));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const send = (): void => {
            if (next >= batches.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const id = next++;
            worker.postMessage({ id, inputs: batches[id] });
          };
          worker.on('message', (reply: Reply) => {
            if (reply.id !== undefined && reply.results) {
              done.set(reply.id, reply.results);
              flush();
            }
            send();
          });
          worker.on('error', reject);
        }),
    ),
  );
}
