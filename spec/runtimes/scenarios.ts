// The conformance table of the `fetch` handler: what each scenario sends and what must come back.
// Bun, Deno and Node all import this module, so it uses nothing but the language and the web
// globals every runtime has; type-only imports are erased before any of them runs it.
import type { AnsweredErrorCode, HangupErrorCode } from '../../lib/index.js';

/** The payload fixtures of spec/fixtures; only the Node side reads them, and sends them over HTTP. */
export type FixtureName = 'seed-leg-a.txt' | 'seed-leg-b.txt' | JsonFixtureName;

/** The fixtures that are strict JSON, so their fields can be re-sent as a form or a query string. */
export type JsonFixtureName =
  | 'current-docs-leg-a.json'
  | 'current-docs-answered-leg-a.json'
  | 'piopiy-out-answered.json'
  | 'notifications/cdr-incoming-missed.chub.json'
  | 'notifications/incoming-hangup.chub.leg-b.json';

/**
 * What the scenario's `'hangup'` listener does: return nothing, throw, return a rejected promise,
 * return a promise that never settles, or one that resolves after `<ms>` milliseconds.
 */
export type HangupBehaviour = 'ok' | 'throw' | 'reject' | 'hang' | `slow:${number}`;

/** The telecmiHangup options a scenario may set: JSON, so a runtime server can build them from the table. */
export interface ScenarioOptions {
  readonly token?: string;
  readonly allowIps?: string;
  readonly limit?: number;
  readonly handlerTimeout?: number;
  readonly dedupe?: boolean;
  readonly successStatus?: number;
  readonly awaitHandlers?: boolean;
  readonly retryAfter?: number;
}

/** A request body: a fixture's bytes, a JSON fixture's fields as a form, text, or raw bytes. */
export type BodySource =
  | { readonly fixture: FixtureName }
  | { readonly formOf: JsonFixtureName }
  | { readonly text: string }
  | { readonly base64: string };

export interface RequestSpec {
  /** Default `POST`. */
  readonly method?: string;
  /** Path and query after the scenario's prefix; default `/`. */
  readonly path?: string;
  /** A JSON fixture's fields appended to the query string: TeleCMI's GET delivery. */
  readonly queryOf?: JsonFixtureName;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: BodySource;
  /** Gzip the body and say so in `Content-Encoding`. */
  readonly gzip?: true;
  /** Stream the body with no `Content-Length`, so it travels chunked. */
  readonly chunked?: true;
  /**
   * Send the head and the first half of the body, then go away: the receiver is left with a body
   * it can never finish. Whether the length was declared follows `chunked`.
   */
  readonly abandon?: true;
}

/** An event as the recorder keeps it: its name and the fields that tell one outcome from another. */
export type RecordedEvent =
  | {
      readonly name: 'hangup' | 'duplicate';
      readonly leg: unknown;
      readonly callerid: unknown;
      readonly app_id: unknown;
    }
  | { readonly name: 'ignored'; readonly status: unknown }
  /** Recorded for every kind but the outgoing hangup, which its `'hangup'` record stands for. */
  | { readonly name: 'notification'; readonly kind: unknown; readonly from: unknown }
  | { readonly name: 'invalid'; readonly reason: string; readonly status: number | null }
  | { readonly name: 'error'; readonly code: string };

export type EventName = RecordedEvent['name'];

/** A recorded event with the exchange whose request it was emitted for (`null`: no request said). */
export type Recorded = RecordedEvent & { readonly exchange: number | null };

/** What the delivery channel's context says of an exchange's delivery once it is over. */
export interface TracedDelivery {
  readonly outcome: string;
  readonly status: number | null;
  readonly code: string | null;
  readonly kind: string | null;
}

/** A traced delivery, with the scenario and exchange its request was. */
export type RecordedTrace = TracedDelivery & { readonly scenario: string; readonly exchange: number | null };

export interface Expected {
  /** `null`: no one is left to answer (the sender went away), so only the events are compared. */
  readonly status: number | null;
  /** The `error` field of the JSON error answer; left out for an acknowledgement. */
  readonly error?: AnsweredErrorCode;
  /** Response headers by lower-case name; `null` means the header must be absent. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** The events emitted for this exchange's request, in order. */
  readonly events: readonly RecordedEvent[];
  /** The delivery's context on the channel `telecmi-hangup:delivery`, where the scenario checks it. */
  readonly trace?: TracedDelivery;
}

export interface Exchange {
  readonly send: RequestSpec;
  readonly expect: Expected;
  /** Call `close()` before sending, so the request meets a receiver that is shutting down. */
  readonly closeFirst?: true;
  /**
   * Send while that earlier exchange is still being handled: as soon as its first event is
   * recorded, without waiting for its answer. Otherwise an exchange waits for every earlier answer.
   */
  readonly whileHandling?: number;
}

export interface Scenario {
  /** The path prefix the scenario is served under: `/<name>/...`. */
  readonly name: string;
  readonly title: string;
  readonly options?: ScenarioOptions;
  /** Default `'ok'`. */
  readonly hangupListener?: HangupBehaviour;
  /** Whether an `'error'` listener is attached; default `true`. */
  readonly errorListener?: boolean;
  /**
   * What the host passes as `fetch`'s second argument: the runtime's own (Bun's server, Deno's
   * handler info, `{ clientAddress }` on Node), or nothing at all. Default `'runtime'`.
   */
  readonly context?: 'runtime' | 'none';
  readonly exchanges: readonly Exchange[];
  /** The codes of the process warnings the scenario must cause (a failure nobody listens for). */
  readonly warnings?: readonly string[];
}

/** The request header that says which exchange a request is, so every event can be attributed. */
export const exchangeHeader = 'x-conformance-exchange';

const json = { 'content-type': 'application/json' };
const retryAfter = { 'retry-after': '5' };
const errorHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

const currentLegA = { name: 'hangup', leg: 'a', callerid: '442000000000', app_id: 2223343 } as const;
const seedLegA = { name: 'hangup', leg: 'a', callerid: '04471000000', app_id: 1111113 } as const;
const seedLegB = { name: 'hangup', leg: 'b', callerid: '04471000000', app_id: 1111113 } as const;
const duplicateOf = (event: typeof currentLegA | typeof seedLegA) => ({ ...event, name: 'duplicate' }) as const;
const invalid = (reason: HangupErrorCode, status: number | null) => ({ name: 'invalid', reason, status }) as const;
const failure = (code: string) => ({ name: 'error', code }) as const;

const postCurrentLegA: RequestSpec = { headers: json, body: { fixture: 'current-docs-leg-a.json' } };
const postSeedLegA: RequestSpec = { headers: json, body: { fixture: 'seed-leg-a.txt' } };
const postSeedLegB: RequestSpec = { headers: json, body: { fixture: 'seed-leg-b.txt' } };
const acknowledged = (event: RecordedEvent): Expected => ({ status: 204, events: [event] });
const traced = (outcome: string, status: number | null, code: string | null, kind: string | null): TracedDelivery => ({
  outcome,
  status,
  code,
  kind,
});
const refused = (code: AnsweredErrorCode, status: number, headers: Record<string, string | null> = {}): Expected => ({
  status,
  error: code,
  headers: { ...errorHeaders, ...headers },
  events: [invalid(code, status)],
});

export const scenarios: readonly Scenario[] = [
  {
    name: 'ack',
    title: 'acknowledges a valid hangup with an empty 204',
    exchanges: [
      {
        send: postCurrentLegA,
        expect: {
          ...acknowledged(currentLegA),
          headers: { 'content-type': null },
          trace: traced('accepted', 204, null, 'outgoing.hangup'),
        },
      },
    ],
  },
  {
    name: 'success-status',
    title: 'acknowledges with { ok: true } under successStatus 200, repeats included',
    options: { successStatus: 200 },
    exchanges: [
      {
        send: postCurrentLegA,
        expect: { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, events: [currentLegA] },
      },
      { send: postCurrentLegA, expect: { status: 200, events: [duplicateOf(currentLegA)] } },
    ],
  },
  {
    name: 'reset-content',
    title: 'acknowledges with a bare 205 under successStatus 205, the one 2xx a Response may not give a body',
    options: { successStatus: 205 },
    exchanges: [
      {
        send: postCurrentLegA,
        expect: { status: 205, headers: { 'content-type': null }, events: [currentLegA] },
      },
    ],
  },
  {
    name: 'leading-zero',
    title: "keeps the older docs' leading-zero caller id as the string '04471000000', both legs",
    exchanges: [
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
      { send: postSeedLegB, expect: acknowledged(seedLegB) },
    ],
  },
  {
    name: 'duplicate',
    title: "acknowledges a repeat as a 'duplicate' instead of a second 'hangup'",
    exchanges: [
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
      {
        send: postSeedLegA,
        expect: { ...acknowledged(duplicateOf(seedLegA)), trace: traced('duplicate', 204, null, 'outgoing.hangup') },
      },
    ],
  },
  {
    name: 'no-dedupe',
    title: "emits every copy as a 'hangup' with dedupe off",
    options: { dedupe: false },
    exchanges: [
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
    ],
  },
  {
    name: 'kinds',
    title: "types a missed call's record and an agent's hangup by their kinds, never as 'hangup'",
    exchanges: [
      {
        send: { headers: json, body: { fixture: 'notifications/cdr-incoming-missed.chub.json' } },
        expect: {
          ...acknowledged({ name: 'notification', kind: 'cdr.incoming.missed', from: '440000000001' }),
          trace: traced('accepted', 204, null, 'cdr.incoming.missed'),
        },
      },
      {
        send: { headers: json, body: { fixture: 'notifications/incoming-hangup.chub.leg-b.json' } },
        expect: acknowledged({ name: 'notification', kind: 'incoming.agent.hangup', from: '440000000000' }),
      },
    ],
  },
  {
    name: 'ignored',
    title: "acknowledges a notification of no documented kind as 'ignored'",
    exchanges: [
      {
        send: { headers: json, body: { fixture: 'piopiy-out-answered.json' } },
        expect: {
          ...acknowledged({ name: 'ignored', status: 'out_answered' }),
          trace: traced('ignored', 204, null, null),
        },
      },
    ],
  },
  {
    name: 'content-types',
    title: 'takes JSON with a charset, +json, text/plain, no Content-Type, and a form',
    options: { dedupe: false },
    exchanges: [
      {
        send: { headers: { 'content-type': 'application/json; charset=UTF-8' }, body: { fixture: 'seed-leg-a.txt' } },
        expect: acknowledged(seedLegA),
      },
      {
        send: { headers: { 'content-type': 'application/vnd.telecmi+json' }, body: { fixture: 'seed-leg-a.txt' } },
        expect: acknowledged(seedLegA),
      },
      {
        send: { headers: { 'content-type': 'text/plain' }, body: { fixture: 'seed-leg-a.txt' } },
        expect: acknowledged(seedLegA),
      },
      { send: { body: { fixture: 'seed-leg-a.txt' } }, expect: acknowledged(seedLegA) },
      {
        send: {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: { formOf: 'current-docs-leg-a.json' },
        },
        expect: acknowledged(currentLegA),
      },
    ],
  },
  {
    name: 'get-query',
    title: 'takes a GET with the payload in its query string, and judges an empty one',
    exchanges: [
      { send: { method: 'GET', queryOf: 'current-docs-leg-a.json' }, expect: acknowledged(currentLegA) },
      { send: { method: 'GET' }, expect: refused('invalid_payload', 422) },
    ],
  },
  {
    name: 'gzip',
    title: 'takes a gzip-compressed body, streamed or of declared length',
    options: { dedupe: false },
    exchanges: [
      { send: { ...postSeedLegA, gzip: true }, expect: acknowledged(seedLegA) },
      { send: { ...postSeedLegA, gzip: true, chunked: true }, expect: acknowledged(seedLegA) },
    ],
  },
  {
    name: 'invalid-json',
    title: 'answers 400 invalid_json for broken JSON, a __proto__ key and deep nesting',
    exchanges: [
      { send: { headers: json, body: { text: '{"leg":' } }, expect: refused('invalid_json', 400) },
      {
        send: { headers: json, body: { text: '{"leg":"a","__proto__":{"polluted":true}}' } },
        expect: refused('invalid_json', 400),
      },
      {
        send: { headers: json, body: { text: `${'['.repeat(100)}${']'.repeat(100)}` } },
        expect: refused('invalid_json', 400),
      },
    ],
  },
  {
    name: 'invalid-form',
    title: 'answers 400 invalid_form for escapes that are not UTF-8 and a __proto__ field',
    exchanges: [
      {
        send: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: { text: 'leg=%ff' } },
        expect: refused('invalid_form', 400),
      },
      {
        send: { method: 'GET', path: '/?__proto__%5Bpolluted%5D=1' },
        expect: refused('invalid_form', 400),
      },
    ],
  },
  {
    name: 'invalid-charset',
    title: 'answers 400 invalid_charset for bytes that are not UTF-8, 415 for an unknown charset',
    exchanges: [
      // {"leg":"<0xff>"}: one byte no UTF-8 text has.
      { send: { headers: json, body: { base64: 'eyJsZWciOiL/In0=' } }, expect: refused('invalid_charset', 400) },
      {
        send: { headers: { 'content-type': 'application/json; charset=klingon' }, body: { fixture: 'seed-leg-a.txt' } },
        expect: refused('unsupported_media_type', 415),
      },
    ],
  },
  {
    name: 'invalid-compression',
    title: 'answers 400 invalid_compression for a body that is not the gzip it claims, 415 for an unknown coding',
    exchanges: [
      {
        send: { headers: { ...json, 'content-encoding': 'gzip' }, body: { text: 'not gzip at all' } },
        expect: refused('invalid_compression', 400),
      },
      {
        send: { headers: { ...json, 'content-encoding': 'compress' }, body: { fixture: 'seed-leg-a.txt' } },
        expect: refused('unsupported_media_type', 415),
      },
    ],
  },
  {
    name: 'invalid-payload',
    title: 'answers 422 invalid_payload for JSON that is not a TeleCMI notification',
    exchanges: [
      { send: { headers: json, body: { text: '{}' } }, expect: refused('invalid_payload', 422) },
      {
        send: { headers: json, body: { text: '{"status":"hangup","leg":"c"}' } },
        expect: refused('invalid_payload', 422),
      },
    ],
  },
  {
    name: 'unsupported-media-type',
    title: 'answers 415 unsupported_media_type for a body type it does not read',
    exchanges: [
      {
        send: { headers: { 'content-type': 'application/xml' }, body: { text: '<hangup/>' } },
        expect: refused('unsupported_media_type', 415),
      },
    ],
  },
  {
    name: 'method',
    title: 'answers 405 method_not_allowed with Allow for methods other than GET and POST',
    exchanges: [
      { send: { ...postSeedLegA, method: 'PUT' }, expect: refused('method_not_allowed', 405, { allow: 'GET, POST' }) },
      { send: { method: 'DELETE' }, expect: refused('method_not_allowed', 405, { allow: 'GET, POST' }) },
    ],
  },
  {
    name: 'token',
    title: 'answers 401 unauthorized with WWW-Authenticate without the token, takes it in the URL or a header',
    options: { token: 'tok' },
    exchanges: [
      {
        send: postSeedLegA,
        expect: refused('unauthorized', 401, { 'www-authenticate': 'Bearer realm="telecmi-hangup"' }),
      },
      {
        send: { ...postSeedLegA, path: '/?token=wrong' },
        expect: refused('unauthorized', 401, { 'www-authenticate': 'Bearer realm="telecmi-hangup"' }),
      },
      { send: { ...postSeedLegA, path: '/?token=tok' }, expect: acknowledged(seedLegA) },
      {
        send: { headers: { ...json, authorization: 'Bearer tok' }, body: { fixture: 'seed-leg-b.txt' } },
        expect: acknowledged(seedLegB),
      },
      {
        send: { headers: { ...json, 'x-telecmi-token': 'tok' }, body: { fixture: 'current-docs-leg-a.json' } },
        expect: acknowledged(currentLegA),
      },
      {
        send: { method: 'GET', path: '/?token=tok', queryOf: 'current-docs-leg-a.json' },
        expect: acknowledged(duplicateOf(currentLegA)),
      },
    ],
  },
  {
    name: 'allow-ips-loopback',
    title: "takes a delivery from 127.0.0.1 under allowIps '127.0.0.1', the address as the runtime gives it",
    options: { allowIps: '127.0.0.1' },
    exchanges: [{ send: postSeedLegA, expect: acknowledged(seedLegA) }],
  },
  {
    name: 'allow-ips-elsewhere',
    title: "answers 403 forbidden to 127.0.0.1 under allowIps '203.0.113.7'",
    options: { allowIps: '203.0.113.7' },
    exchanges: [{ send: postSeedLegA, expect: refused('forbidden', 403) }],
  },
  {
    name: 'allow-ips-before-token',
    title: 'answers 403 forbidden, not 401, to an address not allowed, whatever token it brings',
    options: { allowIps: '203.0.113.7', token: 'tok' },
    exchanges: [
      { send: postSeedLegA, expect: refused('forbidden', 403, { 'www-authenticate': null }) },
      { send: { ...postSeedLegA, path: '/?token=tok' }, expect: refused('forbidden', 403) },
    ],
  },
  {
    name: 'allow-ips-no-context',
    title: 'answers 403 forbidden under allowIps when the host passes no context to tell the address',
    options: { allowIps: '127.0.0.1' },
    context: 'none',
    exchanges: [{ send: postSeedLegA, expect: refused('forbidden', 403) }],
  },
  {
    name: 'too-large',
    title: 'answers 413 payload_too_large by Content-Length, chunked, and once decompressed',
    options: { limit: 200 },
    exchanges: [
      { send: postSeedLegA, expect: refused('payload_too_large', 413) },
      { send: { ...postSeedLegA, chunked: true }, expect: refused('payload_too_large', 413) },
      {
        // A few dozen bytes on the wire, thousands once inflated.
        send: { headers: json, body: { text: `{"padding":"${'x'.repeat(5000)}"}` }, gzip: true },
        expect: refused('payload_too_large', 413),
      },
    ],
  },
  {
    name: 'abandoned',
    title: "reports a sender that goes away mid-body as 'invalid' request_aborted, with no status",
    exchanges: [
      {
        send: { ...postSeedLegA, abandon: true },
        expect: { status: null, events: [invalid('request_aborted', null)] },
      },
      {
        send: { ...postSeedLegA, abandon: true, chunked: true },
        expect: { status: null, events: [invalid('request_aborted', null)] },
      },
    ],
  },
  {
    name: 'handler-failed',
    title: 'answers 500 handler_failed when the hangup listener throws',
    hangupListener: 'throw',
    exchanges: [
      {
        send: postSeedLegA,
        expect: {
          status: 500,
          error: 'handler_failed',
          events: [seedLegA, failure('handler_failed')],
          trace: traced('failed', 500, 'handler_failed', 'outgoing.hangup'),
        },
      },
    ],
  },
  {
    name: 'handler-rejected',
    title: "answers 500 handler_failed when the hangup listener's promise rejects, and takes the retry afresh",
    hangupListener: 'reject',
    exchanges: [
      {
        send: postSeedLegA,
        expect: { status: 500, error: 'handler_failed', events: [seedLegA, failure('handler_failed')] },
      },
      {
        send: postSeedLegA,
        expect: { status: 500, error: 'handler_failed', events: [seedLegA, failure('handler_failed')] },
      },
    ],
  },
  {
    name: 'handler-timeout',
    title: 'answers 500 handler_timeout when the hangup listener does not settle within handlerTimeout',
    options: { handlerTimeout: 100 },
    hangupListener: 'hang',
    exchanges: [
      {
        send: postSeedLegA,
        expect: { status: 500, error: 'handler_timeout', events: [seedLegA, failure('handler_timeout')] },
      },
    ],
  },
  {
    name: 'in-progress',
    title: 'answers 503 in_progress with Retry-After to a copy that arrives while the first is handled',
    hangupListener: 'slow:400',
    exchanges: [
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
      {
        send: postSeedLegA,
        whileHandling: 0,
        expect: {
          status: 503,
          error: 'in_progress',
          headers: { ...errorHeaders, ...retryAfter },
          events: [],
          trace: traced('rejected', 503, 'in_progress', 'outgoing.hangup'),
        },
      },
      { send: postSeedLegA, expect: acknowledged(duplicateOf(seedLegA)) },
    ],
  },
  {
    name: 'shutting-down',
    title: 'answers 503 shutting_down with Retry-After once close() was called',
    exchanges: [
      { send: postSeedLegA, expect: acknowledged(seedLegA) },
      {
        send: postSeedLegB,
        closeFirst: true,
        expect: { status: 503, error: 'shutting_down', headers: { ...errorHeaders, ...retryAfter }, events: [] },
      },
    ],
  },
  {
    name: 'no-error-listener',
    title: "answers 500 and goes on serving when a listener fails with no 'error' listener attached",
    hangupListener: 'throw',
    errorListener: false,
    warnings: ['TELECMI_HANGUP_HANDLER_FAILED', 'TELECMI_HANGUP_HANDLER_FAILED'],
    exchanges: [
      { send: postSeedLegA, expect: { status: 500, error: 'handler_failed', events: [seedLegA] } },
      { send: postSeedLegB, expect: { status: 500, error: 'handler_failed', events: [seedLegB] } },
    ],
  },
  {
    name: 'acknowledge-first',
    title: "acknowledges first under awaitHandlers false, and reports the listener's failure on 'error'",
    options: { awaitHandlers: false },
    hangupListener: 'throw',
    exchanges: [
      {
        send: postSeedLegA,
        expect: {
          status: 204,
          events: [seedLegA, failure('handler_failed')],
          trace: traced('failed', 204, 'handler_failed', 'outgoing.hangup'),
        },
      },
    ],
  },
];

/** The smallest part of an emitter the recorder needs; a `HangupEmitter` is one. */
export interface ListenerTarget {
  on(name: EventName, listener: (argument: unknown, request: unknown) => unknown): unknown;
}

/**
 * Attaches the scenario's listeners to a receiver's events: each records what it was given, then
 * the `'hangup'` one behaves as the scenario says. The same code runs in every runtime, so what the
 * spec compares is the package's behaviour, not the recorder's.
 */
export function attachListeners(events: ListenerTarget, scenario: Scenario, record: (event: Recorded) => void): void {
  const hangupBehaviour = scenario.hangupListener ?? 'ok';
  events.on('hangup', (event, request) => {
    record({ exchange: exchangeOf(request), ...hangupFields('hangup', event) });
    return behave(hangupBehaviour);
  });
  events.on('duplicate', (event, request) => {
    record({ exchange: exchangeOf(request), ...hangupFields('duplicate', event) });
  });
  events.on('notification', (notification, request) => {
    const kind = fieldOf(notification, 'kind');
    if (kind === 'outgoing.hangup') return;
    record({ exchange: exchangeOf(request), name: 'notification', kind, from: fieldOf(notification, 'from') });
  });
  events.on('ignored', (payload, request) => {
    record({ exchange: exchangeOf(request), name: 'ignored', status: fieldOf(payload, 'status') });
  });
  events.on('invalid', (info, request) => {
    const status = fieldOf(info, 'status');
    record({
      exchange: exchangeOf(request),
      name: 'invalid',
      reason: String(fieldOf(info, 'reason')),
      status: typeof status === 'number' ? status : null,
    });
  });
  if (scenario.errorListener === false) return;
  events.on('error', (error, request) => {
    record({ exchange: exchangeOf(request), name: 'error', code: String(fieldOf(error, 'code')) });
  });
}

function hangupFields(name: 'hangup' | 'duplicate', event: unknown): RecordedEvent {
  return {
    name,
    leg: fieldOf(event, 'leg'),
    callerid: fieldOf(event, 'callerid'),
    app_id: fieldOf(event, 'app_id'),
  };
}

/**
 * What the scenario compares of a delivery channel context, once the delivery is over; the
 * scenario is the first segment of its request's path. `undefined` for a request of no scenario.
 */
export function recordTrace(context: unknown): RecordedTrace | undefined {
  const request = fieldOf(context, 'request');
  if (!(request instanceof Request)) return undefined;
  const orNull = (field: string) => fieldOf(context, field) ?? null;
  return {
    scenario: new URL(request.url).pathname.split('/')[1] ?? '',
    exchange: exchangeOf(request),
    outcome: String(fieldOf(context, 'outcome')),
    status: orNull('status') as number | null,
    code: orNull('code') as string | null,
    kind: orNull('kind') as string | null,
  };
}

function fieldOf(value: unknown, field: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
}

function exchangeOf(request: unknown): number | null {
  const tag = request instanceof Request ? request.headers.get(exchangeHeader) : null;
  return tag === null ? null : Number(tag);
}

function behave(behaviour: HangupBehaviour): unknown {
  switch (behaviour) {
    case 'ok':
      return undefined;
    case 'throw':
      throw new Error('conformance: the hangup listener throws');
    case 'reject':
      return Promise.reject(new Error('conformance: the hangup listener rejects'));
    case 'hang':
      return new Promise<never>(() => undefined);
    default: {
      const milliseconds = Number(behaviour.slice('slow:'.length));
      return new Promise<void>((resolve) => setTimeout(resolve, milliseconds));
    }
  }
}
