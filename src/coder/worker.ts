import { parentPort, workerData } from 'node:worker_threads';
import { Coder, type CodeInput } from './coder.ts';
import { codeToJsonLines, type CodedBatch } from './parallel.ts';

/** A worker thread that codes batches of documents with its own Coder (see `codeInParallel`). */
interface Batch {
  id: number;
  inputs: CodeInput[];
}

const coder = Coder.load((workerData as { lexiconDirs: string[] }).lexiconDirs);
parentPort?.on('message', (batch: Batch) => {
  const reply: CodedBatch = { id: batch.id, coded: batch.inputs.map((input) => codeToJsonLines(coder, input)) };
  parentPort?.postMessage(reply);
});
