import { parentPort, workerData } from 'node:worker_threads';
import { Coder, type CodeInput, type CodedRecord } from './coder.ts';

/** A worker thread that codes batches of documents with its own Coder (see `codeInParallel`). */
interface Batch {
  id: number;
  inputs: CodeInput[];
}

const coder = Coder.load((workerData as { lexiconDirs: string[] }).lexiconDirs);
// records go back as JSON Lines text: cheaper to pass between threads than objects, and what the CLI prints
parentPort?.on('message', (batch: Batch) => {
  const results: string[][] = batch.inputs.map((input) => coder.code(input).records.map((r: CodedRecord) => JSON.stringify(r)));
  parentPort?.postMessage({ id: batch.id, results });
});
parentPort?.postMessage({ ready: true });
