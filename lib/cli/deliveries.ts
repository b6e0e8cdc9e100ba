import type { Buffer } from 'node:buffer';
import { hangupBody, hangupQuery, sampleCall, type HangupPayload } from '../testing/index.js';

/** How the payloads are put on the wire: a JSON body (current or older docs' form), a form body, or a GET. */
export type Encoding = 'json' | 'legacy' | 'form' | 'get';

/** One request to make. */
export interface Delivery {
  /** 1-based position in the run, for matching output lines to requests. */
  index: number;
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

/** What `send` delivers. */
export interface Plan {
  url: URL;
  /** How many times the calls (or the file's payloads) are sent. */
  count: number;
  encoding: Encoding;
  /** Only this leg of each sample call; both when left out. */
  leg?: 'a' | 'b';
  /** The user's payloads instead of sample calls. */
  file?: FilePayloads;
}

/** How many requests a plan makes. */
export function plannedTotal(plan: Plan): number {
  const perRound = plan.file ? (plan.file.raw ? 1 : plan.file.payloads.length) : plan.leg ? 1 : 2;
  return plan.count * perRound;
}

/** The plan's requests, made one at a time as they are sent (each sample gets a fresh `time`). */
export function* deliveries(plan: Plan): Generator<Delivery> {
  let index = 0;
  for (let round = 0; round < plan.count; round++) {
    if (plan.file?.raw) {
      yield rawDelivery(++index, plan.url, plan.file.raw, plan.file.payloads[0]);
      continue;
    }
    for (const payload of plan.file ? plan.file.payloads : sampleLegs(plan.leg)) {
      yield encodedDelivery(++index, plan, payload);
    }
  }
}

function sampleLegs(leg: 'a' | 'b' | undefined): HangupPayload[] {
  const [legA, legB] = sampleCall();
  if (leg === 'a') return [legA];
  if (leg === 'b') return [legB];
  return [legA, legB];
}

function rawDelivery(index: number, url: URL, raw: Buffer, payload: Readonly<Record<string, unknown>> = {}): Delivery {
  return { index, ...labels(payload), method: 'POST', url, body: raw, contentType: 'application/json' };
}

function encodedDelivery(index: number, plan: Plan, payload: Readonly<Record<string, unknown>>): Delivery {
  if (plan.encoding === 'get') {
    return { index, ...labels(payload), method: 'GET', url: withQuery(plan.url, hangupQuery(payload)) };
  }
  // A file's payloads are sent as the user wrote them; only samples are put in the current docs' form.
  const { body, contentType } =
    plan.file && plan.encoding === 'json'
      ? { body: JSON.stringify(payload), contentType: 'application/json' }
      : hangupBody(payload, plan.encoding);
  return { index, ...labels(payload), method: 'POST', url: plan.url, body, contentType };
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
