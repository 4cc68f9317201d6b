import { decodeText, InputError } from './read-input.ts';

/**
 * Decoding an HTML page or a feed: older Arabic sites still serve windows-1256 or ISO-8859-6, so
 * the charset the server or the document declares is honoured (HTTP header first, then
 * `<meta charset>` or the XML declaration); undeclared bytes must be UTF-8.
 */

/** Declarations sit at the top of a document; this much of it is searched for one. */
const SNIFF_BYTES = 2048;

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return (meta?.[1] ?? xml?.[1])?.toLowerCase();
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

function isUtf8(label: string): boolean {
  return label === 'utf-8' || label === 'utf8';
}

function decoderFor(name: string, charset: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    throw new InputError(name, `unknown character set "${charset}"`);
  }
}

/** The text of an HTML or XML document's bytes; `name` is what errors name. */
export function decodeMarkup(name: string, bytes: Uint8Array, headerCharset?: string): string {
  const charset = headerCharset ?? declaredCharset(bytes);
  if (charset === undefined || isUtf8(charset)) return decodeText(name, bytes);
  const decoder = decoderFor(name, charset);
  try {
    const text = decoder.decode(bytes);
    if (text.trim() === '') throw new InputError(name, 'empty input (only white space)');
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(name, `bytes that are not valid ${charset}`);
  }
}
