import type { Buffer } from 'node:buffer';
import { kindOf, type NotificationKind } from '../generated/notifications.js';
import {
  hangupBody,
  hangupQuery,
  sampleCall,
  sampleIncomingCall,
  sampleNotification,
  sampleOutgoingCall,
  type HangupPayload,
  type SampleCallOptions,
} from '../testing/index.js';

/** How the payloads are put on the wire: a JSON body (current or older docs' form), a form body, or a GET. */
export type Encoding = 'json' | 'legacy' | 'form' | 'get';

/** One request to make. */
export interface Delivery {
  /** 1-based position in the run, for matching output lines to requests. */
  index: number;
  /** The kind of notification sent (for a file's payload, the kind its markers name), or `-` where none. */
  kind: string;
  /** The payload's `leg`, or `-` where it has none. */
  leg: string;
  /** The payload's `cmiuuid`, or `-` where it has none. */
  cmiuuid: string;
  method: 'GET' | 'POST';
  url: URL;
  body?: string | Buffer;
  contentType?: string;
}

/** The user's own payloads, from `--file`. */
export interface FilePayloads {
  /** The parsed payloads: one, or each element of a JSON array. Empty when the file is not JSON. */
  payloads: Record<string, unknown>[];
  /** The file's bytes, sent as they are when the file is not a JSON array and no encoding is asked for. */
  raw?: Buffer;
}

/** Which side placed a whole sample call: TeleCMI's incoming or outgoing (click-to-call) call. */
export type CallDirection = 'incoming' | 'outgoing';

/** What each round of a plan sends. */
export type Source =
  /** An outgoing call's two hangup legs (or only `leg`), as since 0.1. */
  | { type: 'hangups'; leg?: 'a' | 'b' }
  /** One sample notification of `kind`. */
  | { type: 'kind'; kind: NotificationKind }
  /** Every notification of one sample call, in the order TeleCMI sends them. */
  | { type: 'call'; direction: CallDirection; answered: boolean }
  /** The user's payloads. */
  | { type: 'file'; file: FilePayloads };

/** What `send` delivers. */
export interface Plan {
  url: URL;
  /** How many rounds are sent: calls, notifications of a kind, or times the file's payloads are sent. */
  count: number;
  encoding: Encoding;
  source: Source;
}

/**
 * Requests that go out one after another, each once the one before it is answered: one whole call
 * for `--call`, a single request otherwise (so a round's requests may be in flight together).
 */
export type Sequence = Delivery[];

/** How many requests a plan makes. */
export function plannedTotal(plan: Plan): number {
  return plan.count * roundKinds(plan.source).length;
}

/** The width of the widest kind label a plan's requests carry, so the report's columns line up. */
export function kindWidth(plan: Plan): number {
  return Math.max(1, ...roundKinds(plan.source).map((kind) => kind.length));
}

/** The kind label of each request of one round. */
function roundKinds(source: Source): string[] {
  switch (source.type) {
    case 'hangups':
      return source.leg ? ['outgoing.hangup'] : ['outgoing.hangup', 'outgoing.hangup'];
    case 'kind':
      return [source.kind];
    case 'call':
      return sampleOf(source).map(({ kind }) => kind);
    case 'file':
      return source.file.raw ? [kindLabel(source.file.payloads[0])] : source.file.payloads.map(kindLabel);
  }
}

/**
 * The plan's requests, made as they are taken (each sample gets a fresh `time`, a call's times end
 * when it is taken), in sequences: those of a call are sent in order, one at a time.
 */
export function* deliveries(plan: Plan): Generator<Sequence> {
  const { source } = plan;
  let index = 0;
  for (let round = 0; round < plan.count; round++) {
    if (source.type === 'file' && source.file.raw) {
      yield [rawDelivery(++index, plan.url, source.file.raw, source.file.payloads[0])];
    } else if (source.type === 'call') {
      yield sampleOf(source).map(({ kind, payload }) => encodedDelivery(++index, plan, payload, kind));
    } else if (source.type === 'kind') {
      yield [encodedDelivery(++index, plan, sampleNotification(source.kind), source.kind)];
    } else if (source.type === 'file') {
      for (const payload of source.file.payloads) yield [encodedDelivery(++index, plan, payload, kindLabel(payload))];
    } else {
      for (const payload of sampleLegs(source.leg)) yield [encodedDelivery(++index, plan, payload, 'outgoing.hangup')];
    }
  }
}

function sampleOf({ direction, answered }: Extract<Source, { type: 'call' }>) {
  const options: SampleCallOptions = { answered };
  return direction === 'incoming' ? sampleIncomingCall(options) : sampleOutgoingCall(options);
}

function sampleLegs(leg: 'a' | 'b' | undefined): HangupPayload[] {
  const [legA, legB] = sampleCall();
  if (leg === 'a') return [legA];
  if (leg === 'b') return [legB];
  return [legA, legB];
}

function rawDelivery(index: number, url: URL, raw: Buffer, payload: Readonly<Record<string, unknown>> = {}): Delivery {
  return {
    index,
    kind: kindLabel(payload),
    ...labels(payload),
    method: 'POST',
    url,
    body: raw,
    contentType: 'application/json',
  };
}

function encodedDelivery(
  index: number,
  plan: Plan,
  payload: Readonly<Record<string, unknown>>,
  kind: string,
): Delivery {
  if (plan.encoding === 'get') {
    return { index, kind, ...labels(payload), method: 'GET', url: withQuery(plan.url, hangupQuery(payload)) };
  }
  // A file's payloads are sent as the user wrote them; only samples are put in the current docs' form.
  const { body, contentType } =
    plan.source.type === 'file' && plan.encoding === 'json'
      ? { body: JSON.stringify(payload), contentType: 'application/json' }
      : hangupBody(payload, plan.encoding);
  return { index, kind, ...labels(payload), method: 'POST', url: plan.url, body, contentType };
}

/** The kind a payload's markers name, or `-`: a file's payload may be of no kind, or not JSON at all. */
function kindLabel(payload: Readonly<Record<string, unknown>> | undefined): string {
  return kindOf(payload) ?? '-';
}

function labels(payload: Readonly<Record<string, unknown>>): Pick<Delivery, 'leg' | 'cmiuuid'> {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '-');
  return { leg: text(payload['leg']), cmiuuid: text(payload['cmiuuid']) };
}

/** The URL with the payload's query after any query it already has (a `token`, say). */
function withQuery(url: URL, query: string): URL {
  const target = new URL(url);
  const existing = url.search.slice(1);
  target.search = existing === '' ? query : `${existing}&${query}`;
  return target;
}
