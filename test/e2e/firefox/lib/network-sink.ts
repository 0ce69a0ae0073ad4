import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Where Firefox's traffic to anything but the Chorus Pro replicas goes: the test profile uses this server as its
 * HTTP and HTTPS proxy, so every connection the browser tries outside the replicas (its own services, the
 * extension's background page, a page's request) is recorded here and refused. Nothing reaches the network.
 */
export interface NetworkSink {
  port: number;
  /** One entry per attempt: `CONNECT host:port` for HTTPS, the URL for plain HTTP. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startNetworkSink(): Promise<NetworkSink> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(request.url ?? '');
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('refused by the test network sink');
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
