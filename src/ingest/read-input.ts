import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Reading one input (a file or `-` for stdin) as text, refusing what is not text with a reason
 * that names the input: a binary file, invalid UTF-8, an empty file, a folder.
 */

export class InputError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Share of control characters above which a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.02;

function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

/** Decodes UTF-8 strictly; a byte-order mark is dropped. */
export function decodeText(input: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(input, 'empty input');
  if (looksBinary(bytes)) throw new InputError(input, 'binary data, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(input, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.trim() === '') throw new InputError(input, 'empty input (only white space)');
  return text;
}

/** Offset of the first byte that breaks UTF-8's sequence structure, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const trail = lead < 0x80 ? 0 : lead >> 5 === 6 ? 1 : lead >> 4 === 14 ? 2 : lead >> 3 === 30 ? 3 : -1;
    if (trail < 0) return i;
    for (let k = 1; k <= trail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += trail + 1;
  }
  return 0; // structure is sound: the fault is an overlong form or a surrogate near the start
}

export interface TextInput {
  /** The name records carry: the file's base name, or "stdin". */
  name: string;
  text: string;
}

export function readTextInput(path: string): TextInput {
  if (path === '-') return { name: 'stdin', text: decodeText('stdin', readFileSync(0)) };
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new InputError(path, 'is a folder, not a file');
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
  return { name: basename(path), text: decodeText(path, bytes) };
}
