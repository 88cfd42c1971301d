import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError, ExternalError } from '../errors.ts';
import { untrusted, type Logger } from '../logging.ts';
import { EXPOSITION_CONTENT_TYPE } from '../metrics/exposition.ts';

/** A running exporter endpoint. */
export interface ExporterServer {
  /** `http://HOST:PORT`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (the text `metrics()` gives) and `GET /healthz` (the exporter answers;
 * it measures nothing) on `host:port`. A port already taken is an {@link ExternalError} naming
 * it, never a crash.
 */
export async function serveMetrics(host: string, port: number, metrics: () => Promise<string>, logger: Logger): Promise<ExporterServer> {
  const server = createServer((request, response) => {
    void answer(request, response, metrics, logger);
  });
  // A scraper that goes away mid-request must not keep sockets open forever.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') reject(new ExternalError(`${where} is already in use by another process; stop it, or pass --listen with another port (e.g. --listen ${host.includes(':') ? `[${host}]` : host}:9465).`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new ExternalError(`${host} is not an address of this machine; pass --listen with one of its addresses (127.0.0.1, 0.0.0.0 for all).`));
      else if (error.code === 'EACCES') reject(new ExternalError(`Not permitted to listen on ${where} (ports below 1024 need privileges); pick a port above 1024.`));
      else reject(new ExternalError(`Cannot listen on ${where}: ${describeError(error)}`));
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, metrics: () => Promise<string>, logger: Logger): Promise<void> {
  const pathname = new URL(request.url ?? '/', 'http://exporter').pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Only GET and HEAD.\n');
    return;
  }
  if (pathname === '/healthz') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    return;
  }
  if (pathname !== '/metrics') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the metrics are at /metrics, liveness at /healthz.\n');
    return;
  }
  try {
    const text = await metrics();
    response.writeHead(200, { 'content-type': EXPOSITION_CONTENT_TYPE }).end(request.method === 'HEAD' ? undefined : text);
  } catch (error: unknown) {
    logger.warning(`Measuring for a scrape failed: ${untrusted(describeError(error))}`);
    response.writeHead(500, { 'content-type': 'text/plain' }).end('Measuring the machine failed; see the exporter log.\n');
  }
}
