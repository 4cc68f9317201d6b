import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { Lexicon } from '../lexicon/index.ts';
import { Coder, type CompiledRules } from './coder.ts';
import { codeToJsonLines, type CodedBatch, type WorkerMessage } from './parallel.ts';

/**
 * A worker thread that codes batches of documents (see `codeInParallel`). It loads its lexicon
 * at once, while the main thread loads its coder, and takes the rules the main thread compiled.
 */
const lexicon = Lexicon.load((workerData as { lexiconDirs: string[] }).lexiconDirs);
let coder: Coder | undefined;

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.kind === 'rules') {
    coder = Coder.withRules(lexicon, deserialize(message.serialized) as CompiledRules);
    return;
  }
  if (!coder) throw new Error('a coding worker was sent documents before the rules to code them with');
  const c = coder;
  const reply: CodedBatch = { id: message.id, coded: message.inputs.map((input) => codeToJsonLines(c, input)) };
  parentPort?.postMessage(reply);
});
