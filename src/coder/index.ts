export { Coder, type CodeInput, type CodedDocument, type CodedRecord, type SentenceExplanation, type TriggerExplanation } from './coder.ts';
export { codeInParallel, codeToJsonLines, startWorkers, type CodedText } from './parallel.ts';
export { parseJsonlLine, JsonlDocument } from './jsonl-input.ts';
export { readCameo, type CameoCode } from './cameo.ts';
