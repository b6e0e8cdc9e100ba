import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachCore } from './core/core-key.js';
import { createCore } from './core/pipeline.js';
import type { HangupEmitter } from './emitter.js';
import { fetchHandler, type FetchHandler } from './hosts/fetch.js';
import { nodeHandler, type NextFunction } from './hosts/node.js';
import { resolveOptions, type HangupOptions } from './options.js';
import type { HangupRequest } from './types.js';

/**
 * What {@link telecmiHangup} returns: the `(req, res, next?)` handler of Node's hosts (Express 4
 * and 5, Connect, `http.createServer`), with the web-standard `fetch` beside it; both share one
 * emitter, one dedupe store and one drain. `Req` is the request your listeners get as their
 * second argument: `IncomingMessage` (with `body` and `telecmiHangup`) by default; say `Request`,
 * a Fastify request or a Lambda event when you mount it there.
 */
export interface HangupMiddleware<Req = HangupRequest> {
  (req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  /**
   * Where each kind's event (`'hangup'`, `'cdr.incoming.missed'`, ...), `'notification'`,
   * `'duplicate'`, `'ignored'`, `'invalid'` and `'error'` are emitted.
   */
  readonly events: HangupEmitter<Req>;
  /**
   * The web-standard handler: takes a `Request`, resolves to a `Response`. Bound, so it can be
   * passed on its own: `export default { fetch: hangups.fetch }` (Bun, Deno, Workers),
   * `export const POST = hangups.fetch` (Next.js). The client's address for `allowIps` comes from
   * its second argument: `{ clientAddress }`, `Deno.serve`'s info or Bun's server.
   */
  readonly fetch: FetchHandler;
  /**
   * Stops taking deliveries (they get 503 `shutting_down` with `Retry-After`, so TeleCMI retries
   * elsewhere) and resolves once the deliveries already being handled are over: answered, and their
   * listeners done (with `awaitHandlers: false` those may end after the answer).
   */
  close(): Promise<void>;
}

/**
 * Creates the receiver for TeleCMI's webhooks. Mount it where TeleCMI posts:
 * `app.use('/webhook/cdr', hangups)`, `http.createServer(hangups)`, or `hangups.fetch`.
 *
 * @example
 * const hangups = telecmiHangup();
 * app.use('/webhook/cdr', hangups);
 * hangups.events.on('hangup', async (event) => { await db.save(event); });
 */
export function telecmiHangup<Req = HangupRequest>(options?: HangupOptions): HangupMiddleware<Req>;
// Last, so that `ReturnType<typeof telecmiHangup>` is the Node form, as it was before hosts were added.
export function telecmiHangup(options?: HangupOptions): HangupMiddleware;
export function telecmiHangup(options?: HangupOptions): HangupMiddleware<unknown> {
  const core = createCore(resolveOptions(options));
  const middleware = nodeHandler(core);
  Object.defineProperties(middleware, {
    events: { value: core.config.emitter, enumerable: true },
    fetch: { value: fetchHandler(core), enumerable: true },
    close: { value: core.close, enumerable: true },
  });
  attachCore(middleware, core);
  return middleware as unknown as HangupMiddleware<unknown>;
}
