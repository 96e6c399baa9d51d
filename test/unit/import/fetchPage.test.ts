import { strict as assert } from 'node:assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchCancelled, PageFetchError, decodePage, fetchPage, pageAddress } from '../../../src/extension/import/fetchPage';

const page = '<!DOCTYPE html><html><head><title>Ferry</title></head><body><p>Café “open”.</p></body></html>';
// Generous: a loaded machine may take seconds to answer on loopback; the time-out case sets its own.
const limits = { timeoutMs: 20_000, maxBytes: 64 * 1024 };

// Every route answers at once, but for /slow, which holds the answer until the test ends.
function route(request: http.IncomingMessage, response: http.ServerResponse, held: http.ServerResponse[]): void {
  const send = (status: number, type: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
    response.writeHead(status, { 'content-type': type, ...headers });
    response.end(body);
  };
  switch (request.url) {
    case '/article': return send(200, 'text/html; charset=utf-8', page);
    case '/latin1': return send(200, 'text/html; charset=iso-8859-1', Buffer.from('<p>Caf\u00e9</p>', 'latin1'));
    case '/moved': return send(301, 'text/plain', '', { location: '/article' });
    case '/moved-to-pdf': return send(302, 'text/plain', '', { location: '/report.pdf' });
    case '/report.pdf': return send(200, 'application/pdf', '%PDF-1.7');
    case '/members': return send(403, 'text/html', '<p>Subscribe</p>');
    case '/gone': return send(404, 'text/html', '<p>Not found</p>');
    case '/broken': return send(503, 'text/html', '<p>Down</p>');
    case '/huge': return send(200, 'text/html', '<p>' + 'word '.repeat(30_000) + '</p>');
    case '/slow':
      held.push(response);
      return;
    default: return send(500, 'text/plain', 'no such route');
  }
}

describe('fetching a page to import', () => {
  let server: http.Server;
  let base: string;
  const held: http.ServerResponse[] = [];

  before(async () => {
    server = http.createServer((request, response) => route(request, response, held));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, overrides = {}) => fetchPage(new URL(base + path), { ...limits, ...overrides });
  const failsWith = async (path: string, message: RegExp, overrides = {}) => {
    await assert.rejects(get(path, overrides), (error: Error) => error instanceof PageFetchError && message.test(error.message));
  };

  it('returns the page decoded as UTF-8, and where it was found', async () => {
    assert.deepEqual(await get('/article'), { html: page, url: `${base}/article` });
  });

  it('decodes by the character set the server names', async () => {
    assert.equal((await get('/latin1')).html, '<p>Café</p>');
  });

  it('follows a redirect to a page and reports the final address', async () => {
    assert.equal((await get('/moved')).url, `${base}/article`);
  });

  it('refuses a redirect to something that is not a web page, naming both', async () => {
    await failsWith('/moved-to-pdf', /application\/pdf, not a web page \(redirected to .*\/report\.pdf\)/);
  });

  it('explains refused access as a possible paywall, a missing page and a failing site', async () => {
    await failsWith('/members', /refused access \(HTTP 403\).*paywall/);
    await failsWith('/gone', /no page at this address \(HTTP 404\)/);
    await failsWith('/broken', /HTTP 503.*try again later/);
  });

  it('stops reading a page over the size cap', async () => {
    await failsWith('/huge', /over 0\.1 MB/, { maxBytes: 100 * 1024 });
  });

  it('gives up on a site that does not answer in time', async () => {
    await failsWith('/slow', /did not send the page within 0 seconds/, { timeoutMs: 300 });
  });

  it('rejects with FetchCancelled when the user cancels, not with an error to show', async () => {
    const controller = new AbortController();
    const fetching = get('/slow', { signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    await assert.rejects(fetching, FetchCancelled);
  });

  it('says so when nothing listens at the address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(fetchPage(new URL(`http://127.0.0.1:${port}/`), limits), (error: Error) => error instanceof PageFetchError && /refused the connection/.test(error.message));
  });
});

describe('the address a user types', () => {
  it('gets https:// when the scheme is left out', () => {
    assert.equal(String(pageAddress(' valley-post.example/news ')), 'https://valley-post.example/news');
  });

  it('is refused with a reason when it is empty, not http(s) or not an address', () => {
    assert.match(String(pageAddress('')), /Enter the address/);
    assert.match(String(pageAddress('file:///etc/passwd')), /Only http and https/);
    assert.match(String(pageAddress('javascript:alert(1)')), /Only http and https/);
    assert.match(String(pageAddress('http://')), /not a web address|names no site/);
  });
});

describe('decoding a fetched page', () => {
  it('reads the charset of a <meta> when the server names none, and falls back to UTF-8 on an unknown one', () => {
    const latin1 = Buffer.from('<meta charset="windows-1252"><p>Caf\u00e9</p>', 'latin1');
    assert.match(decodePage(latin1, 'text/html'), /Café/);
    assert.equal(decodePage(Buffer.from('<p>Café</p>'), 'text/html; charset=no-such-set'), '<p>Café</p>');
  });
});
