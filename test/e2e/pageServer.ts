// A news site on the loopback interface for the import tests: serves the saved pages of test/fixtures/pages,
// a paywalled one and a redirect to a PDF. Nothing leaves this machine.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';

export const pagesFolder = path.join(repoRoot, 'test', 'fixtures', 'pages');

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

const ROUTES: Record<string, { status: number; type: string; page?: string; location?: string }> = {
  '/news/river-plan': { status: 200, type: 'text/html; charset=utf-8', page: 'river-plan.html' },
  '/news/harbour-deal': { status: 200, type: 'text/html; charset=utf-8', page: 'members-only.html' },
  '/news/latest-report': { status: 302, type: 'text/plain', location: '/files/report.pdf' },
  '/files/report.pdf': { status: 200, type: 'application/pdf' },
};

export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const route = ROUTES[request.url ?? ''];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
      return;
    }
    response.writeHead(route.status, { 'content-type': route.type, ...(route.location && { location: route.location }) });
    response.end(route.page ? fs.readFileSync(path.join(pagesFolder, route.page)) : '%PDF-1.7');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
