import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Serves the portal replicas (test/replicas/site) over HTTPS, for every Chorus Pro host: the browser maps
 * chorus-pro.gouv.fr and its subdomains to this server, so the extension sees real navigations on the real
 * origins, as on the portal.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
export const SITE_DIR = join(ROOT, 'test/replicas/site');
const CERT_DIR = join(ROOT, '.tmp/tls');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function certificate(): { key: Buffer; cert: Buffer } {
  const keyPath = join(CERT_DIR, 'key.pem');
  const certPath = join(CERT_DIR, 'cert.pem');
  if (!existsSync(certPath)) {
    mkdirSync(CERT_DIR, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=chorus-pro.gouv.fr',
      '-addext', 'subjectAltName=DNS:chorus-pro.gouv.fr,DNS:*.chorus-pro.gouv.fr', '-keyout', keyPath, '-out', certPath,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/** `/cpp/saisie?execution=e1s2` → site/cpp/saisie.html (or site/cpp/saisie/index.html). */
function fileFor(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(SITE_DIR, clean);
  if (!base.startsWith(SITE_DIR)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface PortalServer {
  port: number;
  /** Every request the server received, as host + path: proves what the page and the extension asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function startPortalServer(port = 0): Promise<PortalServer> {
  const requests: string[] = [];
  const server: Server = createServer(certificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'chorus-pro.gouv.fr'}`);
    requests.push(`${url.host}${url.pathname}`);
    const file = fileFor(url.pathname === '/' ? '/index' : url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Page introuvable');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
