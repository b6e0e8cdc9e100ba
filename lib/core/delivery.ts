import type { Readable } from 'node:stream';
import type { HangupError } from '../errors.js';
import type { DeliveryTrace, HostName } from '../observe/channels.js';
import type { ResolvedOptions } from '../options.js';
import type { TelecmiNotification } from '../types.js';

/**
 * A delivery's body as the host has it. The core reads it; the host only says what it holds.
 *
 * - `stream`: a Node stream not yet read (`node:http`, Express, Fastify's raw request);
 * - `web`: a `fetch` `Request`'s body, read through the Request itself;
 * - `bytes`: the whole body as it came on the wire, read already (AWS Lambda);
 * - `parsed`: what an upstream parser left: bytes or text (`express.raw()`, `express.text()`),
 *   parsed here, or a value (`express.json()`), judged as it is;
 * - `consumed`: read by someone upstream who left nothing usable.
 */
export type DeliveryBody =
  | { readonly stream: Readable }
  | { readonly web: WebBody }
  | { readonly bytes: Uint8Array }
  | { readonly parsed: unknown }
  | { readonly consumed: true };

/**
 * One delivery as plain data: what every host can say about a request, and nothing of its API.
 * The core reads only these fields.
 */
export interface Delivery {
  /** `GET`, `POST`, ... as the request line says. */
  readonly method: string;
  /** The query string, without the `?` (`''` for none): a GET's payload, and where `?token=` is. */
  readonly query: string;
  /** A header's value by its lower-case name: a string, several strings (sent more than once), or none. */
  header(name: string): string | string[] | undefined;
  readonly body: DeliveryBody;
  /**
   * The client's address, for `allowIps`: `undefined` when the host cannot tell. A getter may
   * stand here, so a host pays for working it out only when `allowIps` asks.
   */
  readonly clientAddress: string | undefined;
}

/** What the core answers: the host turns it into its own response. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** `''` for an empty body. */
  readonly body: string;
}

/**
 * A `fetch` body, as the Request gives it. Reading it whole through the Request lets the runtime
 * keep its own fast path: on Bun, asking for `request.body` alone turns the body into a JS stream.
 */
export interface WebBody {
  /** The body as a stream, `null` when there is none; for bodies read chunk by chunk. */
  stream(): ReadableStream<Uint8Array> | null;
  /** The whole body, read by the runtime. */
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The whole body as bytes, where the runtime's Request has `bytes()`: cheaper than `arrayBuffer()`. */
  readonly bytes?: (() => Promise<Uint8Array>) | undefined;
}

/** What a host lends the core for one delivery: its request, and how to answer on it. */
export interface Host {
  /** Which adapter this is, as the delivery channel's context says. */
  readonly name: HostName;
  /** The host's own request object, handed to listeners as their second argument. */
  readonly request: unknown;
  /** Sends the answer. Called once at most per delivery; never for a sender that went away. */
  respond(answer: Answer): void;
  /**
   * With `passThrough`, on a host that has a `next`: hands an accepted outgoing hangup on instead of
   * answering it, and resolves with whether the handler behind answered it with a 2xx.
   */
  readonly handOn: (() => Promise<boolean>) | undefined;
  /** Told what the payload was (and the notification, when one was accepted), for `req.body`. */
  judged?(payload: unknown, notification: TelecmiNotification | undefined): void;
}

/**
 * The one thing every stage of a delivery reads: the settings, the delivery, and its host; and,
 * when someone subscribes to the delivery channel, the trace the stages fill in.
 */
export interface DeliveryContext {
  readonly config: ResolvedOptions;
  readonly delivery: Delivery;
  readonly host: Host;
  readonly trace: DeliveryTrace | undefined;
  /** What a failed delivery failed with: the delivery channel's `error`. */
  failure: HangupError | undefined;
}
