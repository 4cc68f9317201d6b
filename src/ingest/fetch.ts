import { InputError } from './read-input.ts';

/**
 * Fetching a page or feed over HTTP(S) with Node's own fetch: a time limit, a size limit, and
 * a one-line reason naming the URL when it fails (unreachable, timed out, HTTP status, too big).
 */

export interface FetchOptions {
  /** Milliseconds before the request is given up (connecting and reading together). */
  timeoutMs: number;
  /** Bytes beyond which the body is refused rather than read on. */
  maxBytes: number;
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024 };

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

const USER_AGENT = 'nasij (political event data; +https://github.com/nasij)';

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Why a fetch failed, in words: undici hides the system error in `cause`. */
function failureReason(err: unknown, options: FetchOptions): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${options.timeoutMs / 1000} s`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return `unreachable (${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))})`;
}

async function readBody(response: Response, url: string, options: FetchOptions): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > options.maxBytes) throw new InputError(url, `larger than ${options.maxBytes} bytes`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > options.maxBytes) throw new InputError(url, `larger than ${options.maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchSource(url: string, options: FetchOptions = DEFAULT_FETCH): Promise<Fetched> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' },
      redirect: 'follow',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const bytes = await readBody(response, url, options);
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', bytes };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(url, failureReason(err, options));
  }
}
