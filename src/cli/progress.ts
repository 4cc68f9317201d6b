import cliProgress from 'cli-progress';

/** Runs below this many items finish before a bar would help. */
const MIN_ITEMS_FOR_BAR = 20;

export interface Progress {
  tick(): void;
  stop(): void;
}

/** A progress bar on stderr when stderr is a terminal and the run is long; otherwise nothing. */
export function startProgress(total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || total < MIN_ITEMS_FOR_BAR) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'nasij [{bar}] {value}/{total} inputs, {eta}s left', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
