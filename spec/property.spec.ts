// Property-based fuzzing of the middleware over loopback, on every host: arbitrary bodies,
// content types, encodings, methods and query strings, sent one at a time and as concurrent
// copies. fast-check prints the seed and path of a failure. The app lives through all runs of a
// host (its dedupe store remembers what earlier runs delivered), so to replay a failure pass
// `seed` alone in `fc.assert`'s parameters: that reruns the whole sequence, state included.
//
// The outcome of a request, as asserted here. Every request that reaches the host ends in
// exactly one of:
//   - one 'hangup', 'ignored', 'duplicate' or 'invalid' event whose `req` is that request, and
//     no other of those four (an 'error' event is not an outcome: it rides along with one), or
//   - no event and a 503 `in_progress`: a copy that came while another copy of the same delivery
//     was being handled. It is a deferral, not an outcome; the sender's retry gets the outcome,
//     and it is counted apart, as `deferred`.
// So: requests = hangup + ignored + duplicate + invalid + deferred, and each request's answer
// agrees with its outcome (hangup and ignored: 204, or 500 `handler_failed` when its listener
// failed; duplicate: 204 even when its listener failed; invalid: the status and code the event
// names; deferred: 503 `in_progress`). Nothing else may be 5xx, no request is left unanswered,
// and the middleware never throws.
import { Buffer } from 'node:buffer';
import { Agent } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import fc from 'fast-check';
import { defaultDedupeKey, type HangupEvent } from '../lib/index.js';
import { hangupBody } from '../lib/testing/index.js';
import { buildApp, flavours, hangupPayload, type Flavour } from './helpers/app.js';
import { closesAtOnce, listenTracked, requestId, send, until, type Answer } from './helpers/soak-http.js';
import { requestHeader } from './helpers/hosts.js';

/** Batches of requests tried on each host: enough variety, a few seconds a host. */
const RUNS_PER_HOST = 250;
/** The body limit of the middleware under test: small, so oversized bodies are cheap to make. */
const LIMIT = 4096;
/** How long a 'hangup' listener takes, so a concurrent copy can find its delivery in progress. */
const HANGUP_LISTENER_MS = 2;
/** How long a request may go unanswered before the property fails. */
const ANSWER_TIMEOUT_MS = 5_000;
/** How long the events of a batch may take to settle after its answers arrived. */
const SETTLE_TIMEOUT_MS = 2_000;

/** Tells the listeners to fail for this request: by throwing, or by returning a rejected promise. */
const failHeader = 'x-probe-fail';
type Failure = 'none' | 'throw' | 'reject';

/** A generated request, and what the generator knows its outcome must be. */
interface Probe {
  method: string;
  query: string | undefined;
  body: Buffer | undefined;
  chunked: boolean;
  contentType: string | undefined;
  contentEncoding: string | undefined;
  fail: Failure;
  /**
   * `delivered`: a well-formed delivery (hangup, duplicate, ignored, or deferred);
   * `method_not_allowed`: answered 405; `any`: the accounting must hold, whatever the outcome.
   */
  expect: 'delivered' | 'method_not_allowed' | 'any';
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Calls taken from a small pool, so repeats and concurrent copies of one delivery are common. */
const cmiuuidPool = [
  '0f7c1d52-8f0e-4a57-9f0a-000000000001',
  '0f7c1d52-8f0e-4a57-9f0a-000000000002',
  '0f7c1d52-8f0e-4a57-9f0a-000000000003',
  '0f7c1d52-8f0e-4a57-9f0a-000000000004',
];
const cmiuuidArb = fc.oneof(fc.constantFrom(...cmiuuidPool), fc.uuid());

/** A valid notification: a hangup mostly, else one of a status no kind has (PIOPIY's ringing: ignored). */
const payloadArb = fc
  .record({
    cmiuuid: cmiuuidArb,
    leg: fc.constantFrom('a', 'b'),
    status: fc.constantFrom('hangup', 'hangup', 'ringing'),
  })
  .map((fields) => hangupPayload(fields));

const jsonTypes = [
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON;charset="UTF-8"',
  'text/plain',
  'application/vnd.telecmi+json',
];
const formTypes = ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8'];
/** Content types a body of the wrong kind, or of no kind, may be sent with. */
const otherTypes = [
  ...jsonTypes,
  ...formTypes,
  'application/json; charset=utf-16le',
  'application/json; charset=latin1',
  'application/json; charset=bogus-8',
  'text/html',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json; charset',
  'application/',
  ';;',
  '*/*',
  '',
];
/** Printable ASCII, which Node lets a header carry. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** A body, and the content types under which it is a well-formed delivery (none for most). */
interface GeneratedBody {
  bytes: Buffer;
  validUnder: readonly (string | undefined)[];
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Flat form text of any payload (objects as their JSON), as a sender of forms might write it. */
function formOf(payload: Record<string, unknown>): string {
  const entries = Object.entries(payload).map(([k, v]): [string, string] => [
    k,
    typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
  ]);
  return new URLSearchParams(entries).toString();
}

const validBodyArb: fc.Arbitrary<GeneratedBody> = fc
  .tuple(payloadArb, fc.constantFrom('json', 'legacy', 'form', 'utf-16le'))
  .map(([payload, format]) => {
    if (format === 'utf-16le') {
      return {
        bytes: Buffer.from(JSON.stringify(payload), 'utf16le'),
        validUnder: ['application/json; charset=utf-16le'],
      };
    }
    const { body } = hangupBody(payload, format);
    return { bytes: utf8(body), validUnder: format === 'form' ? formTypes : jsonTypes };
  });

type Payload = Record<string, unknown>;
type ObjectMutation = (payload: Payload) => Payload;
type TextMutation = (bytes: Buffer) => Buffer;

/** Object-level mutations of a valid payload: a field dropped, retyped or added. */
const fieldArb = fc.constantFrom(...Object.keys(hangupPayload()));
const newFieldArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('appid', 'cmiuid', 'from', 'click_to_call', 'answeredsec'),
);
const objectMutationArb = fc.oneof(
  fieldArb.map(
    (field): ObjectMutation =>
      (payload) =>
        without(payload, field),
  ),
  fc
    .tuple(fc.oneof(fieldArb, newFieldArb), fc.jsonValue({ maxDepth: 2 }))
    .map(([field, value]): ObjectMutation => (payload) => ({ ...payload, [field]: value })),
);

function without(payload: Payload, field: string): Payload {
  const copy = { ...payload };
  delete copy[field];
  return copy;
}

const badUtf8 = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf0, 0x28, 0x8c, 0x28], [0xe2, 0x82], [0xc0, 0xaf]];

/** A field's value in JSON text replaced by a bare number literal, e.g. with a leading zero. */
function withLiteral(bytes: Buffer, field: string, literal: string): Buffer {
  const member = new RegExp(`("${field}"\\s*:\\s*)("[^"]*"|[0-9]+)`);
  return utf8(bytes.toString('utf8').replace(member, `$1${literal}`));
}

/** Byte-level mutations of a serialized payload. */
const textMutationArb = fc.oneof(
  // Leading zeros, as the older docs print phone numbers, here on any numeric or text field.
  fc.tuple(fc.constantFrom('callerid', 'to', 'app_id', 'time', 'leg'), fc.stringMatching(/^0[0-9]{0,15}$/)).map(
    ([field, digits]): TextMutation =>
      (bytes) =>
        withLiteral(bytes, field, digits),
  ),
  fc.nat().map(
    (at): TextMutation =>
      (bytes) =>
        bytes.subarray(0, at % (bytes.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(
    ([at, extra]): TextMutation =>
      (bytes) =>
        splice(bytes, at, Buffer.from(extra)),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...badUtf8)).map(
    ([at, bad]): TextMutation =>
      (bytes) =>
        splice(bytes, at, Buffer.from(bad)),
  ),
  fc.constant<TextMutation>((bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])),
  fc.constantFrom('"leg":"b"', '"status":"answered"', '"__proto__":{"x":1}', '"time":1e999').map(
    (member): TextMutation =>
      (bytes) =>
        utf8(bytes.toString('utf8').replace(/}\s*$/, `,${member}}`)),
  ),
);

function splice(bytes: Buffer, at: number, insert: Buffer): Buffer {
  const position = at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, position), insert, bytes.subarray(position)]);
}

/** A valid payload with fields changed, written in any wire form, then with its bytes changed. */
const mutatedBodyArb: fc.Arbitrary<GeneratedBody> = fc
  .tuple(
    payloadArb,
    fc.array(objectMutationArb, { maxLength: 2 }),
    fc.constantFrom('json', 'legacy', 'form'),
    fc.array(textMutationArb, { maxLength: 2 }),
  )
  .map(([payload, objectMutations, format, textMutations]) => {
    const mutated = objectMutations.reduce((p, mutate) => mutate(p), payload);
    const text = format === 'form' ? formOf(mutated) : hangupBody(mutated, format).body;
    const bytes = textMutations.reduce((b, mutate) => mutate(b), utf8(text));
    return { bytes, validUnder: [] };
  });

const otherBodyArb: fc.Arbitrary<GeneratedBody> = fc
  .oneof(
    fc.jsonValue().map((value) => utf8(JSON.stringify(value) ?? 'null')),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ unit: 'grapheme', maxLength: 100 }).map(utf8),
    fc.constant(Buffer.alloc(0)),
    // Nested deeper than the middleware allows, still within the body limit.
    fc.integer({ min: 60, max: 1_500 }).map((depth) => utf8('['.repeat(depth) + ']'.repeat(depth))),
    // A valid payload padded with whitespace past the body limit.
    fc
      .tuple(payloadArb, fc.integer({ min: LIMIT, max: LIMIT + 2_000 }))
      .map(([payload, pad]) => utf8(JSON.stringify(payload) + ' '.repeat(pad))),
  )
  .map((bytes) => ({ bytes, validUnder: [] }));

const bodyArb = fc.oneof(
  { weight: 3, arbitrary: validBodyArb },
  { weight: 4, arbitrary: mutatedBodyArb },
  { weight: 2, arbitrary: otherBodyArb },
);

/** A Content-Encoding header, and whether to actually compress the body with it. */
const encodingArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ header: undefined, compress: false }) },
  {
    weight: 2,
    arbitrary: fc.record({
      header: fc.constantFrom('gzip', 'x-gzip', 'deflate', 'br', 'identity', 'GZIP', ' br ', ''),
      compress: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      header: fc.oneof(fc.constantFrom('compress', 'zstd', 'gzip, br', '*'), headerText),
      compress: fc.constant(false),
    }),
  },
);

const compressors: Record<string, (bytes: Buffer) => Buffer> = {
  gzip: (bytes) => gzipSync(bytes),
  'x-gzip': (bytes) => gzipSync(bytes),
  deflate: (bytes) => deflateSync(bytes),
  br: (bytes) => brotliCompressSync(bytes),
};

/** Encodes `bytes` as the header says; whether a well-formed body stays well-formed. */
function encode(
  bytes: Buffer,
  encoding: { header: string | undefined; compress: boolean },
): { bytes: Buffer; intact: boolean } {
  const name = (encoding.header ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return { bytes, intact: true };
  const compress = compressors[name];
  if (compress && encoding.compress) return { bytes: compress(bytes), intact: true };
  return { bytes, intact: false };
}

/** A query string, and whether it is a well-formed GET delivery. */
const queryArb: fc.Arbitrary<{ query: string | undefined; valid: boolean }> = fc.oneof(
  fc.constant({ query: undefined, valid: false }),
  fc.constant({ query: '', valid: false }),
  fc.webQueryParameters().map((query) => ({ query, valid: false })),
  payloadArb.map((payload) => ({ query: formOf(payload), valid: true })),
  fc
    .tuple(
      payloadArb,
      fc.constantFrom(
        '%zz',
        '%E0%A4%A',
        'leg=b',
        '__proto__[x]=1',
        'a[]=1&a[]=2',
        'time=',
        '=',
        '&&',
        'token=abc',
        'time=0123',
      ),
    )
    .map(([payload, extra]) => ({ query: `${formOf(payload)}&${extra}`, valid: false })),
);

const methodArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('POST') },
  { weight: 3, arbitrary: fc.constant('GET') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND', 'SEARCH', 'PURGE', 'LOCK'),
  },
);

const probeArb: fc.Arbitrary<Probe> = fc
  .tuple(
    methodArb,
    queryArb,
    bodyArb,
    fc.record({ chunked: fc.boolean(), bodyWithGet: fc.boolean() }),
    encodingArb,
    fc.constantFrom<Failure>('none', 'none', 'none', 'throw', 'reject'),
  )
  .chain(([method, query, body, { chunked, bodyWithGet }, encoding, fail]) =>
    fc
      .oneof(
        {
          weight: 4,
          arbitrary: body.validUnder.length > 0 ? fc.constantFrom(...body.validUnder) : fc.constantFrom(...otherTypes),
        },
        { weight: 1, arbitrary: fc.constantFrom(...otherTypes) },
        { weight: 1, arbitrary: headerText },
      )
      .map((contentType): Probe => {
        const encoded = encode(body.bytes, encoding);
        const wellFormedPost = body.validUnder.includes(contentType) && encoded.intact;
        return {
          method,
          query: query.query,
          body: method !== 'GET' || bodyWithGet ? encoded.bytes : undefined,
          chunked,
          contentType,
          contentEncoding: encoding.header,
          fail,
          expect:
            method !== 'GET' && method !== 'POST'
              ? 'method_not_allowed'
              : (method === 'GET' ? query.valid : wellFormedPost)
                ? 'delivered'
                : 'any',
        };
      }),
  );

/** Requests sent at once: a few different ones, or three copies of one (concurrent duplicates). */
const batchArb = fc.oneof(
  { weight: 3, arbitrary: fc.array(probeArb, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: probeArb.map((probe) => [probe, probe, probe]) },
);

// ---------------------------------------------------------------------------------------------
// What the listeners see

/** `notification`: accepted as a kind other than the outgoing hangup (a mutated payload can turn into one). */
type Outcome = 'hangup' | 'notification' | 'ignored' | 'duplicate' | 'invalid';

interface Observed {
  outcomes: { name: Outcome; reason?: string; status?: number | undefined }[];
  errors: string[];
}

/** Makes the listener fail as the request's header asks; otherwise returns `value`. */
function failAsAsked(req: unknown, value?: Promise<void>): unknown {
  const fail = requestHeader(req, failHeader);
  if (fail === 'throw') throw new Error('a listener failing on purpose');
  if (fail === 'reject')
    return (value ?? Promise.resolve()).then(() => Promise.reject(new Error('a listener rejecting on purpose')));
  return value;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The fuzz on one host: the app, its server, a client, and what its listeners saw. */
async function startHost(flavour: Flavour) {
  const { app, hangups } = buildApp(flavour, { limit: LIMIT });
  const server = await listenTracked(app);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const observed = new Map<string, Observed>();
  /** Keys of notifications whose listeners succeeded: committed, so never handled again. */
  const handled = new Set<string>();
  const violations: string[] = [];
  const observe = (id: string): Observed => {
    let entry = observed.get(id);
    if (!entry) observed.set(id, (entry = { outcomes: [], errors: [] }));
    return entry;
  };
  const events = hangups.events;
  events.on('hangup', (_event: HangupEvent, req) => {
    observe(requestId(req)).outcomes.push({ name: 'hangup' });
    return failAsAsked(req, pause(HANGUP_LISTENER_MS));
  });
  // Every accepted kind, the hangup included, reaches 'notification': one dedupe rule for them all.
  events.on('notification', (notification, req) => {
    const key = defaultDedupeKey(notification);
    if (handled.has(key))
      violations.push(`${notification.kind} of ${key} again, after it was handled (${requestId(req)})`);
    if (requestHeader(req, failHeader) === 'none') handled.add(key);
    if (notification.kind === 'outgoing.hangup') return undefined;
    observe(requestId(req)).outcomes.push({ name: 'notification' });
    return failAsAsked(req);
  });
  events.on('duplicate', (event, req) => {
    const key = defaultDedupeKey(event);
    if (!handled.has(key)) violations.push(`'duplicate' of ${key}, never handled (${requestId(req)})`);
    observe(requestId(req)).outcomes.push({ name: 'duplicate' });
    return failAsAsked(req);
  });
  events.on('ignored', (_payload, req) => {
    observe(requestId(req)).outcomes.push({ name: 'ignored' });
    return failAsAsked(req);
  });
  events.on('invalid', (info, req) => {
    observe(requestId(req)).outcomes.push({ name: 'invalid', reason: info.reason, status: info.status });
    return failAsAsked(req);
  });
  events.on('error', (error, req) => void observe(requestId(req)).errors.push(error.code));
  const listenerCounts = () => events.eventNames().map((name) => `${String(name)}:${events.listenerCount(name)}`);
  return {
    hangups,
    server,
    agent,
    observed,
    violations,
    listenerCounts: listenerCounts(),
    currentCounts: listenerCounts,
  };
}

type Host = Awaited<ReturnType<typeof startHost>>;

/** Tallies over a host's whole run. */
interface Tally {
  requests: number;
  hangup: number;
  notification: number;
  ignored: number;
  duplicate: number;
  invalid: number;
  deferred: number;
  failed: number;
}

let nextId = 0;

/** Sends a batch at once and checks every request's outcome and answer against the rules above. */
async function checkBatch(host: Host, batch: Probe[], tally: Tally): Promise<void> {
  const ids = batch.map(() => `p${++nextId}`);
  // Only this batch's: the listeners note a violation when it happens.
  host.violations.length = 0;
  const answers = await Promise.all(
    batch.map((probe, i) => {
      const headers: Record<string, string> = { [failHeader]: probe.fail };
      if (probe.contentType !== undefined) headers['content-type'] = probe.contentType;
      if (probe.contentEncoding !== undefined) headers['content-encoding'] = probe.contentEncoding;
      return send(
        host.agent,
        host.server.port,
        {
          id: ids[i] as string,
          method: probe.method,
          query: probe.query,
          headers,
          body: probe.body,
          chunked: probe.chunked,
        },
        ANSWER_TIMEOUT_MS,
      );
    }),
  );
  // An 'invalid' listener's rejection, and its 'error' event, may come after the answer.
  const settled = () =>
    ids.every((id, i) => {
      const arrival = host.server.arrivals.get(id);
      const seen = host.observed.get(id);
      const wantsError = batch[i]?.fail !== 'none' && (seen?.outcomes.length ?? 0) > 0;
      return arrival?.status !== undefined && (!wantsError || (seen?.errors.length ?? 0) > 0);
    });
  await until(settled, SETTLE_TIMEOUT_MS);

  expect(host.server.thrown, 'the middleware threw').to.deep.equal([]);
  expect(host.violations, 'dedupe').to.deep.equal([]);
  const batchHasHangup = ids.some((id) =>
    host.observed.get(id)?.outcomes.some((o) => o.name === 'hangup' || o.name === 'notification'),
  );
  batch.forEach((probe, i) => {
    const id = ids[i] as string;
    const answer = answers[i] as Answer;
    const status = host.server.arrivals.get(id)?.status;
    const seen = host.observed.get(id) ?? { outcomes: [], errors: [] };
    const where = `${id} ${probe.method} ${JSON.stringify(answer).slice(0, 300)} ${JSON.stringify(seen)}`;
    expect(answer.kind, `left unanswered: ${where}`).not.to.equal('timeout');
    expect(status, `answered on the server: ${where}`).to.be.a('number');
    const code = errorCode(answer);
    tally.requests++;
    const [outcome, ...more] = seen.outcomes;
    expect(more, `more than one outcome: ${where}`).to.deep.equal([]);
    const listenerFailed = probe.fail !== 'none' && outcome !== undefined;
    expect(seen.errors, `'error' events: ${where}`).to.deep.equal(listenerFailed ? ['handler_failed'] : []);
    if (listenerFailed) tally.failed++;
    if (outcome === undefined) {
      tally.deferred++;
      expect([status, code], `no outcome, so a deferral: ${where}`).to.deep.equal([503, maybe(answer, 'in_progress')]);
      expect(batchHasHangup, `deferred with no copy being handled: ${where}`).to.equal(true);
      return;
    }
    tally[outcome.name]++;
    if (outcome.name === 'invalid') {
      expect(status, where).to.equal(outcome.status);
      expect(code, where).to.equal(maybe(answer, outcome.reason));
      expect(status, where).to.be.within(400, 499);
    } else if (outcome.name === 'duplicate' || probe.fail === 'none') {
      expect(status, where).to.equal(204);
    } else {
      expect([status, code], where).to.deep.equal([500, maybe(answer, 'handler_failed')]);
    }
    if (probe.expect === 'method_not_allowed') {
      expect([outcome.name, status], where).to.deep.equal(['invalid', 405]);
      if (answer.kind === 'answer') expect(answer.headers['allow'], where).to.equal('GET, POST');
    }
    if (probe.expect === 'delivered') expect(outcome.name, where).not.to.equal('invalid');
  });
}

/** The error code of an answer's JSON body, when the sender read one. */
function errorCode(answer: Answer): string | undefined {
  if (answer.kind !== 'answer' || answer.text === '') return undefined;
  try {
    return (JSON.parse(answer.text) as { error?: string }).error;
  } catch {
    return `not JSON: ${answer.text.slice(0, 80)}`;
  }
}

/**
 * The code a sender must have read: `code`, or nothing when it could not read the answer (the
 * server may close a connection whose body it did not read, and the reset can beat the answer)
 * or the answer has no body (HEAD).
 */
function maybe(answer: Answer, code: string | undefined): string | undefined {
  return answer.kind === 'answer' && answer.text !== '' ? code : undefined;
}

/** Fastify answers a method it does not route (WebDAV's, say) itself, before any route: those are sent as PUT. */
function routable(flavour: Flavour, batch: Probe[]): Probe[] {
  if (flavour !== 'fastify') return batch;
  const routed = new Set(['GET', 'HEAD', 'TRACE', 'DELETE', 'OPTIONS', 'PATCH', 'PUT', 'POST', 'QUERY']);
  return batch.map((probe) => (routed.has(probe.method) ? probe : { ...probe, method: 'PUT' }));
}

describe('property: every request has exactly one outcome', function () {
  this.timeout(60_000);

  for (const flavour of flavours) {
    it(`holds for fuzzed requests on ${flavour}`, async () => {
      const host = await startHost(flavour);
      const tally: Tally = {
        requests: 0,
        hangup: 0,
        notification: 0,
        ignored: 0,
        duplicate: 0,
        invalid: 0,
        deferred: 0,
        failed: 0,
      };
      const warnings: string[] = [];
      const onWarning = (warning: Error & { code?: string }) =>
        void warnings.push(`${warning.code ?? ''} ${warning.message}`);
      process.on('warning', onWarning);
      try {
        await fc.assert(
          fc.asyncProperty(batchArb, (batch) => checkBatch(host, routable(flavour, batch), tally)),
          { numRuns: RUNS_PER_HOST, interruptAfterTimeLimit: 45_000 },
        );
      } catch (error) {
        host.server.destroy();
        throw error;
      } finally {
        process.off('warning', onWarning);
        host.agent.destroy();
      }
      expect(tally.requests).to.equal(
        tally.hangup + tally.notification + tally.ignored + tally.duplicate + tally.invalid + tally.deferred,
      );
      // The generators reach every outcome, and listener failures, on every host.
      for (const outcome of ['hangup', 'ignored', 'duplicate', 'invalid', 'failed'] as const) {
        expect(tally[outcome], `${outcome} in ${JSON.stringify(tally)}`).to.be.above(0);
      }
      expect(warnings.filter((w) => w.includes('TELECMI'))).to.deep.equal([]);
      expect(await closesAtOnce(() => host.hangups.close()), 'a delivery is still being handled').to.equal(true);
      expect(host.currentCounts()).to.deep.equal(host.listenerCounts);
      await host.server.close();
    });
  }
});
