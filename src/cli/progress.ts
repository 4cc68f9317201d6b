import cliProgress from 'cli-progress';

/** Runs below this many items finish before a bar would help. */
const MIN_ITEMS_FOR_BAR = 20;
/** Inputs below this size finish before a bar would help. */
const MIN_BYTES_FOR_BAR = 1024 * 1024;

export interface Progress {
  tick(amount?: number): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };

function bar(total: number, format: string): Progress {
  const b = new cliProgress.SingleBar({ stream: process.stderr, format, hideCursor: true }, cliProgress.Presets.shades_classic);
  b.start(total, 0);
  return { tick: (amount = 1) => b.increment(amount), stop: () => b.stop() };
}

/** A progress bar on stderr when stderr is a terminal and the run is long; otherwise nothing. */
export function startProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || total < MIN_ITEMS_FOR_BAR) return NONE;
  return bar(total, 'nasij [{bar}] {value}/{total} inputs, {eta}s left');
}

/** The same over bytes of input, for runs where one file (JSON Lines) may hold thousands of articles. */
export function startByteProgress(totalBytes: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || totalBytes < MIN_BYTES_FOR_BAR) return NONE;
  return bar(totalBytes, 'nasij [{bar}] {percentage}% of the input, {eta}s left');
}
