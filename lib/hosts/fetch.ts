import type { Answer, Delivery, DeliveryBody, Host, WebBody } from '../core/delivery.js';
import type { Core } from '../core/pipeline.js';
import { responseOf } from './web-response.js';

/**
 * Where a `fetch` handler learns the client's address, whichever runtime called it: given by
 * hand, `Deno.serve`'s handler info, or Bun's server. Anything else (a Workers `env`, a Next.js
 * route context) gives no address.
 */
export type FetchContext =
  | { readonly clientAddress: string }
  | { readonly remoteAddr: { readonly hostname: string } }
  | { requestIP(request: Request): { readonly address: string } | null }
  | object;

/** The web-standard handler: `(request, context?) => Promise<Response>`. */
export type FetchHandler = (request: Request, context?: FetchContext, executionContext?: unknown) => Promise<Response>;

/**
 * The web-standard host: Bun, Deno, Cloudflare Workers, Next.js route handlers, Hono. A runtime's
 * `waitUntil` (Workers' third argument) is given what is still running after the answer, so
 * `awaitHandlers: false` keeps its listeners alive there.
 */
export function fetchHandler(core: Core): FetchHandler {
  return function fetch(request, context, executionContext) {
    if (core.config.passThrough) {
      return Promise.reject(
        new TypeError(
          'telecmiHangup: option "passThrough" needs a host with a next handler (Express, Connect); fetch has none',
        ),
      );
    }
    return new Promise<Response>((resolve) => {
      const host = new FetchHost(request, resolve);
      const over = core.handle(new FetchDelivery(request, context), host).then(() => host.answerIfSilent());
      waitUntilOf(executionContext ?? context)?.(over);
    });
  };
}

/** A Request as the runtimes have it; `bytes()` is not in the types of Node 20's. */
type RequestWithBytes = Request & { readonly bytes?: () => Promise<Uint8Array> };

class FetchDelivery implements Delivery, WebBody {
  readonly method: string;
  readonly bytes: (() => Promise<Uint8Array>) | undefined;
  readonly #request: Request;
  readonly #context: FetchContext | undefined;
  constructor(request: RequestWithBytes, context: FetchContext | undefined) {
    this.#request = request;
    this.#context = context;
    this.method = request.method;
    const { bytes } = request;
    this.bytes = typeof bytes === 'function' ? () => bytes.call(request) : undefined;
  }
  get query(): string {
    const { url } = this.#request;
    const mark = url.indexOf('?');
    if (mark === -1) return '';
    const hash = url.indexOf('#', mark);
    return url.slice(mark + 1, hash === -1 ? undefined : hash);
  }
  header(name: string): string | undefined {
    return this.#request.headers.get(name) ?? undefined;
  }
  get body(): DeliveryBody {
    // Read already by a middleware in front (Hono's, Next.js's): nothing is left to judge.
    return this.#request.bodyUsed ? { consumed: true } : { web: this };
  }
  stream(): ReadableStream<Uint8Array> | null {
    return this.#request.body;
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#request.arrayBuffer();
  }
  get clientAddress(): string | undefined {
    return addressOf(this.#request, this.#context);
  }
}

function addressOf(request: Request, context: FetchContext | undefined): string | undefined {
  if (context === null || typeof context !== 'object') return undefined;
  const given = context as { clientAddress?: unknown; remoteAddr?: { hostname?: unknown }; requestIP?: unknown };
  if (typeof given.clientAddress === 'string') return given.clientAddress;
  if (typeof given.remoteAddr?.hostname === 'string') return given.remoteAddr.hostname;
  if (typeof given.requestIP === 'function') {
    const found = (given.requestIP as (request: Request) => { address?: unknown } | null).call(context, request);
    return typeof found?.address === 'string' ? found.address : undefined;
  }
  return undefined;
}

function waitUntilOf(context: unknown): ((promise: Promise<unknown>) => void) | undefined {
  if (context === null || typeof context !== 'object') return undefined;
  const { waitUntil } = context as { waitUntil?: unknown };
  return typeof waitUntil === 'function' ? (promise) => void waitUntil.call(context, promise) : undefined;
}

class FetchHost implements Host {
  readonly name = 'fetch';
  readonly request: Request;
  readonly handOn = undefined;
  #resolve: ((response: Response) => void) | undefined;
  constructor(request: Request, resolve: (response: Response) => void) {
    this.request = request;
    this.#resolve = resolve;
  }
  respond(answer: Answer): void {
    const resolve = this.#resolve;
    if (resolve === undefined) return;
    // Built before the resolver is spent: were it to throw, the core answers that failure here,
    // instead of the runtime waiting forever on a Response that never comes.
    const response = responseOf(answer);
    this.#resolve = undefined;
    resolve(response);
  }
  /** A delivery whose sender went away is not answered; the runtime still wants a Response. */
  answerIfSilent(): void {
    this.#resolve?.(new Response(null, { status: 400 }));
    this.#resolve = undefined;
  }
}
