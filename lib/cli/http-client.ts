import { Buffer } from 'node:buffer';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import type { Delivery } from './deliveries.js';

/** What became of one request. */
export type Outcome =
  | {
      kind: 'answered';
      status: number;
      ms: number;
      /** The `error` field of a JSON error answer, such as `invalid_payload`. */
      code?: string;
      /** The `message` field of a JSON error answer. */
      message?: string;
    }
  /** No answer: timed out, or the connection broke. */
  | { kind: 'failed'; ms: number; code: string; message: string }
  /** The endpoint cannot be connected to at all; further requests would fail the same way. */
  | { kind: 'unreachable'; ms: number; code: string; message: string }
  /** Cut short because the run was stopped. */
  | { kind: 'aborted' };

/** Sends deliveries over kept-alive connections, at most `sockets` at once. */
export interface Client {
  send(delivery: Delivery, timeoutMs: number): Promise<Outcome>;
  /** Ends every request in flight; each resolves as `aborted`. */
  abortAll(): void;
  /** Closes the kept-alive connections, so the process can exit. */
  close(): void;
}

/** Most of an answer's body read, to find its error code; the rest is drained unread. */
const maxAnswerBytes = 16 * 1024;

const unreachableCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'no route to host',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
};

/** A client for the endpoint's protocol (`http:` or `https:`). */
export function createClient(protocol: string, sockets: number): Client {
  const secure = protocol === 'https:';
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, maxSockets: sockets })
    : new HttpAgent({ keepAlive: true, maxSockets: sockets });
  const request = secure ? httpsRequest : httpRequest;
  const inFlight = new Set<() => void>();
  return {
    send(delivery, timeoutMs) {
      return new Promise((resolve) => {
        const started = performance.now();
        const elapsed = () => performance.now() - started;
        let settled = false;
        const settle = (outcome: Outcome) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          inFlight.delete(abort);
          resolve(outcome);
        };
        const headers: Record<string, string | number> = { 'User-Agent': 'telecmi-hangup-cli' };
        if (delivery.body !== undefined) {
          headers['Content-Type'] = delivery.contentType ?? 'application/json';
          headers['Content-Length'] = Buffer.byteLength(delivery.body);
        }
        const req = request(delivery.url, { method: delivery.method, agent, headers });
        const timer = setTimeout(() => {
          settle({ kind: 'failed', ms: elapsed(), code: 'timeout', message: `no answer within ${timeoutMs} ms` });
          req.destroy();
        }, timeoutMs);
        const abort = () => {
          settle({ kind: 'aborted' });
          req.destroy();
        };
        inFlight.add(abort);
        req.on('error', (error) => settle(failure(error, elapsed())));
        req.on('response', (res) => {
          readAnswer(res).then(
            (body) =>
              settle({ kind: 'answered', status: res.statusCode ?? 0, ms: elapsed(), ...errorFields(res, body) }),
            (error: unknown) => settle(failure(error, elapsed())),
          );
        });
        req.end(delivery.body);
      });
    },
    abortAll: () => {
      for (const abort of [...inFlight]) abort();
    },
    close: () => agent.destroy(),
  };
}

function readAnswer(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      if (size >= maxAnswerBytes) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}

/** The stable `error` code and `message` of the middleware's error answers, when the body has them. */
function errorFields(res: IncomingMessage, body: Buffer): { code?: string; message?: string } {
  if (!/json/i.test(res.headers['content-type'] ?? '') || body.length === 0) return {};
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (parsed === null || typeof parsed !== 'object') return {};
    const { error, message } = parsed as { error?: unknown; message?: unknown };
    return {
      ...(typeof error === 'string' ? { code: error } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    };
  } catch {
    return {};
  }
}

function failure(error: unknown, ms: number): Outcome {
  const code = (error as { code?: unknown }).code;
  const text = typeof code === 'string' ? code : 'network_error';
  if (unreachableCodes[text] !== undefined)
    return { kind: 'unreachable', ms, code: text, message: unreachableCodes[text] };
  return { kind: 'failed', ms, code: text, message: error instanceof Error ? error.message : String(error) };
}
