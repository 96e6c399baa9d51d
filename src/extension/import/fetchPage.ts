/**
 * Fetches a web page for import: only http(s), a time limit, a size cap, HTML only, the page's own character set.
 * Every failure is a `PageFetchError` whose message says what happened in words a reader can act on. No `vscode`
 * import, so the unit tests run it against a local server.
 */

export interface FetchedPage {
  html: string;
  /** Where the page was found, after redirects. */
  url: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Aborted when the user cancels; the fetch then rejects with `FetchCancelled`. */
  signal?: AbortSignal;
}

export class PageFetchError extends Error {}
export class FetchCancelled extends Error {}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const NETWORK_MESSAGES: Record<string, string> = {
  ENOTFOUND: 'no server has this name (check the address, or the network connection)',
  EAI_AGAIN: 'the server name could not be looked up (is the network connected?)',
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the server closed the connection',
  EHOSTUNREACH: 'the server cannot be reached from this network',
  ENETUNREACH: 'the network cannot be reached',
  CERT_HAS_EXPIRED: "the site's security certificate has expired",
  UND_ERR_CONNECT_TIMEOUT: 'the server did not answer the connection',
};

/** The address as a URL, `https://` added when the user left the scheme out; a message when it cannot be one. */
export function pageAddress(input: string): URL | string {
  const trimmed = input.trim();
  if (!trimmed) return 'Enter the address of a news article.';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return `"${trimmed}" is not a web address.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Only http and https addresses can be opened, not ${url.protocol}`;
  if (!url.hostname) return `"${trimmed}" names no site.`;
  return url;
}

export async function fetchPage(url: URL, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const cancel = () => controller.abort();
  limits.signal?.addEventListener('abort', cancel);
  const failure = (error: unknown) => {
    if (limits.signal?.aborted) return new FetchCancelled('cancelled');
    if (timedOut) return new PageFetchError(`the site did not send the page within ${Math.round(limits.timeoutMs / 1000)} seconds`);
    return error instanceof PageFetchError ? error : new PageFetchError(networkMessage(error));
  };
  try {
    if (limits.signal?.aborted) throw new FetchCancelled('cancelled');
    const response = await fetch(url, {
      redirect: 'follow',
      signal: controller.signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    }).catch((error: unknown) => {
      throw failure(error);
    });
    const finalUrl = response.url || url.href;
    checkResponse(response, url.href, finalUrl, limits.maxBytes);
    const bytes = await readCapped(response, limits.maxBytes).catch((error: unknown) => {
      throw failure(error);
    });
    return { html: decodePage(bytes, response.headers.get('content-type')), url: finalUrl };
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', cancel);
  }
}

function checkResponse(response: Response, requested: string, finalUrl: string, maxBytes: number): void {
  const redirected = finalUrl !== requested ? ` (redirected to ${finalUrl})` : '';
  if (!response.ok) throw new PageFetchError(`${statusMessage(response.status)}${redirected}`);
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'an unknown kind of file';
  if (!HTML_TYPES.test(type)) throw new PageFetchError(`the address leads to ${type}, not a web page${redirected}`);
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) throw new PageFetchError(`the page is ${megabytes(length)}, over the ${megabytes(maxBytes)} an article page needs`);
}

function statusMessage(status: number): string {
  if (status === 401 || status === 402 || status === 403) return `the site refused access (HTTP ${status}): the article may be behind a paywall or a log-in`;
  if (status === 404 || status === 410) return `there is no page at this address (HTTP ${status})`;
  if (status === 429) return 'the site asks to be asked less often (HTTP 429): try again later';
  if (status >= 500) return `the site failed to send the page (HTTP ${status}): try again later`;
  return `the site answered HTTP ${status}`;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PageFetchError(`the page is over ${megabytes(maxBytes)}, more than an article page needs`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Decodes by the charset the server names, else the one the page's `<meta>` names, else UTF-8. */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = charsetOf(contentType ?? '') ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code && NETWORK_MESSAGES[code]) return NETWORK_MESSAGES[code];
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `the page could not be fetched (${code ? `${code}: ` : ''}${detail})`;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
