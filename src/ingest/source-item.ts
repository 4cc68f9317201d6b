import type { RawDocument } from './front-matter.ts';
import type { InputError } from './read-input.ts';

/** One article read from a source, or why one item of it could not be read (the rest still are). */
export type SourceItem = { doc: RawDocument; error?: undefined } | { doc?: undefined; error: InputError };
