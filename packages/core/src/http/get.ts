import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { HttpClient } from '@actions/http-client';
import { describeError } from '../errors.ts';
import { formatDuration } from '../units.ts';
import { TransientError } from './errors.ts';

/**
 * GETs for one download. A URL the runner's proxy settings (`https_proxy`, `http_proxy`,
 * `no_proxy`, read as @actions/http-client reads them) send through a proxy goes through
 * @actions/http-client, which speaks to proxies; it is loaded only then, as it brings undici and
 * costs tens of milliseconds of start-up. Every other URL goes straight through node:http(s),
 * one connection per request (no keep-alive), as http-client does.
 */
export class Getter {
  #client: HttpClient | undefined;

  /** `timeoutMs`: how long to wait for the response's headers (the body is the caller's to watch). */
  constructor(private readonly timeoutMs: number) {}

  /** The response to a GET of `url`, its body unread; no answer within the timeout is a {@link TransientError}. */
  async get(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
    return getProxyUrl(new URL(url)) ? this.viaProxy(url, headers) : this.direct(url, headers);
  }

  /** Frees the proxy client's sockets, if one was made. */
  dispose(): void {
    this.#client?.dispose();
  }

  private direct(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
    const client = url.startsWith('https:') ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.get(url, { headers: { 'user-agent': 'runner-kit', ...headers }, agent: false, timeout: this.timeoutMs }, resolve);
      request.on('timeout', () => request.destroy(new TransientError(`no response within ${formatDuration(this.timeoutMs)}`)));
      request.on('error', reject);
    });
  }

  private async viaProxy(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
    if (!this.#client) {
      const { HttpClient } = await import('@actions/http-client');
      // Retries and redirects are the caller's (with resume, and relative Locations resolved).
      this.#client = new HttpClient('runner-kit', [], { socketTimeout: this.timeoutMs, allowRetries: false, allowRedirects: false });
    }
    try {
      return (await this.#client.get(url, headers)).message;
    } catch (error: unknown) {
      // http-client reports its socket timeout as a plain Error, with no code to go by.
      if ((error as NodeJS.ErrnoException | null)?.code === undefined && describeError(error).startsWith('Request timeout')) {
        throw new TransientError(`no response within ${formatDuration(this.timeoutMs)}`);
      }
      throw error;
    }
  }
}
