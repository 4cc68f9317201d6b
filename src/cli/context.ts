/** What every subcommand shares: where records and logs go, and how runs end. */

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliContext {
  quiet: boolean;
  /** One JSON Lines record to stdout. */
  emit(record: unknown): void;
  /** Records already serialised as JSON Lines text, each line ending with a newline. */
  emitJsonLines(text: string): void;
  /** A line for the person at the terminal, to stderr (silenced by --quiet). */
  log(message: string): void;
  /** An error about one input, to stderr even when quiet. */
  fail(message: string): void;
}

export function makeContext(quiet: boolean): CliContext {
  return {
    quiet,
    emit: (record) => process.stdout.write(JSON.stringify(record) + '\n'),
    emitJsonLines: (text) => {
      if (text.length > 0) process.stdout.write(text);
    },
    log: (message) => {
      if (!quiet) process.stderr.write(message + '\n');
    },
    fail: (message) => process.stderr.write(`nasij: ${message}\n`),
  };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Validates a --date option. */
export function parseDateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw new UsageError(`--date must be a day as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
