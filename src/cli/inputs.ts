import { InputError, type RawDocument, readTextInput, splitFrontMatter } from '../ingest/index.ts';
import type { CliContext } from './context.ts';
import { startProgress } from './progress.ts';

/**
 * Runs `each` over every input (files or `-`), reporting a bad input on one line and going on
 * with the rest. Returns false if any input failed.
 */
export function forEachInput(paths: string[], ctx: CliContext, each: (doc: RawDocument) => void): boolean {
  const inputs = paths.length === 0 ? ['-'] : paths;
  const progress = startProgress(inputs.length, ctx.quiet);
  let ok = true;
  for (const path of inputs) {
    try {
      const input = readTextInput(path);
      each(splitFrontMatter(input.name, input.text));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      ctx.fail(err.message);
      ok = false;
    }
    progress.tick();
  }
  progress.stop();
  return ok;
}
