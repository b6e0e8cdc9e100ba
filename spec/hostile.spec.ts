import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { RequestListener } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import request from 'supertest';
import type { HangupEvent, InvalidDelivery } from '../lib/index.js';
import { buildApp, expressFlavours, expressOf, flavours, hangupPayload, webhookPath } from './helpers/app.js';
import { loopbackServers } from './helpers/serve.js';

const servers = loopbackServers();
const { listen } = servers;

const json = 'application/json';
const form = 'application/x-www-form-urlencoded';

/** A valid hangup with `overrides`, a new call each time so dedupe takes no copy for a repeat. */
function payload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return hangupPayload({ cmiuuid: randomUUID(), ...overrides });
}

/** The JSON text of a valid hangup with `extra` (raw JSON members) spliced in before the end. */
function jsonWith(extra: string, overrides: Record<string, unknown> = {}): string {
  return `${JSON.stringify(payload(overrides)).slice(0, -1)},${extra}}`;
}

/** The fields of a valid hangup as a query string or form body, with `extra` appended as it is. */
function formWith(extra: string): string {
  return `${new URLSearchParams(payload() as Record<string, string>).toString()}&${extra}`;
}

function record(events: ReturnType<typeof buildApp>['hangups']['events']) {
  const seen = { hangup: [] as HangupEvent[], invalid: [] as InvalidDelivery[] };
  events.on('hangup', (event) => void seen.hangup.push(event));
  events.on('invalid', (info) => void seen.invalid.push(info));
  return seen;
}

/** Asserts an answer is not a server error and says nothing about the host. */
function expectSaneAnswer(status: number, text: string, headers: Headers | Record<string, unknown>): void {
  expect(status, text).to.be.within(200, 499);
  expect(text).not.to.match(/\n\s+at |\bat .*:\d+:\d+/);
  for (const leak of ['/work', 'node_modules', 'Error:', process.version]) expect(text).not.to.include(leak);
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  expect(get('server') ?? undefined).to.equal(undefined);
}

/** POSTs bytes exactly as given, with exactly the headers given. */
async function post(app: RequestListener, headers: Record<string, string>, body: string | Buffer) {
  const port = await listen(app);
  const res = await fetch(`http://127.0.0.1:${port}${webhookPath}`, { method: 'POST', headers, body });
  const text = await res.text();
  expectSaneAnswer(res.status, text, res.headers);
  return { status: res.status, text, json: () => JSON.parse(text) as { error: string } };
}

/** Writes raw bytes on one connection; resolves with all it answered once it closes (or after 2 s). */
async function rawExchange(port: number, bytes: string | Buffer): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('latin1');
  let answer = '';
  socket.on('data', (chunk: string) => (answer += chunk));
  socket.on('error', () => undefined);
  socket.write(bytes);
  await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, 2000))]);
  socket.destroy();
  return answer;
}

function statusLines(answer: string): number[] {
  return [...answer.matchAll(/^HTTP\/1\.1 (\d{3}) /gm)].map((match) => Number(match[1]));
}

for (const flavour of flavours) {
  describe(`hostile input in ${flavour}`, () => {
    afterEach(servers.closeAll);
    describe('prototype poisoning', () => {
      const bodies = [
        '"__proto__":{"polluted":1}',
        '"constructor":{"prototype":{"polluted":1}}',
        '"extra":{"deeper":{"__proto__":{"polluted":1}}}',
        '"\\u005f_proto__":{"polluted":1}',
      ].map((extra): [string, string] => [extra, jsonWith(extra)]);
      // No `{` but the payload's own: a single object, nothing nested in it.
      for (const extra of ['"__proto__":"polluted"', '"\\u005f\\u005fproto__":1']) {
        const body = jsonWith(extra, { custom: undefined, extra_params: undefined });
        expect(body.split(/[{[]/), body).to.have.length(2);
        bodies.push([`${extra} and no nested object`, body]);
      }
      for (const [extra, body] of bodies) {
        it(`refuses a JSON body with ${extra} with 400, never passing it on`, async () => {
          const { app, hangups } = buildApp(flavour);
          const seen = record(hangups.events);
          const res = await post(app, { 'content-type': json }, body);
          expect(res.status).to.equal(400);
          expect(res.json().error).to.equal('invalid_json');
          expect(seen.hangup).to.be.empty;
          expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        });
      }

      const fields = [
        '__proto__[polluted]=1',
        '__proto__.polluted=1',
        '%5F%5Fproto%5F%5F=1',
        'constructor[prototype][polluted]=1',
        'constructor.prototype.polluted=1',
        'constructor%5Bprototype%5D%5Bpolluted%5D=1',
      ];
      for (const extra of fields) {
        it(`refuses a query string and a form body with ${extra} with 400`, async () => {
          const { app, hangups } = buildApp(flavour);
          const seen = record(hangups.events);
          const res = await request(app).get(`${webhookPath}?${formWith(extra)}`);
          expectSaneAnswer(res.status, res.text, res.headers);
          expect(res.status).to.equal(400);
          expect(res.body).to.include({ error: 'invalid_form' });
          const posted = await post(app, { 'content-type': form }, formWith(extra));
          expect(posted.status).to.equal(400);
          expect(posted.json().error).to.equal('invalid_form');
          expect(seen.hangup).to.be.empty;
          expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        });
      }
    });

    describe('odd shapes', () => {
      it('answers nesting deeper than 64 levels 400, even thousands deep, and keeps serving', async () => {
        const { app, hangups } = buildApp(flavour, { limit: '1mb' });
        const seen = record(hangups.events);
        const deep = 100_000;
        const texts = [
          '['.repeat(deep) + ']'.repeat(deep),
          '{"a":'.repeat(deep) + '1' + '}'.repeat(deep),
          jsonWith(`"extra":${'['.repeat(deep)}${']'.repeat(deep)}`),
          // The payload is level 1, so 64 arrays in a field reach level 65.
          jsonWith(`"extra":${'['.repeat(64)}${']'.repeat(64)}`),
        ];
        for (const text of texts) {
          const res = await post(app, { 'content-type': json }, text);
          expect(res.status).to.equal(400);
          expect(res.json()).to.deep.include({ error: 'invalid_json' });
        }
        expect(seen.hangup).to.be.empty;
        const deepest = jsonWith(`"extra":${'['.repeat(63)}${']'.repeat(63)}`);
        expect((await post(app, { 'content-type': json }, deepest)).status).to.equal(204);
        expect(seen.hangup).to.have.length(1);
      });

      it('lets the last of duplicate JSON keys win, as JSON.parse does, and judges that', async () => {
        const { app } = buildApp(flavour);
        expect((await post(app, { 'content-type': json }, jsonWith('"app_id":"not a number"'))).status).to.equal(422);
        const res = await post(app, { 'content-type': json }, `{"app_id":"x",${JSON.stringify(payload()).slice(1)}`);
        expect(res.status).to.equal(204);
      });

      it('answers duplicate form and query fields 422, never picking one copy', async () => {
        const { app } = buildApp(flavour);
        const res = await request(app).get(`${webhookPath}?${formWith('status=hangup')}`);
        expectSaneAnswer(res.status, res.text, res.headers);
        expect(res.status).to.equal(422);
        expect(res.body.details.map((detail: { path: string }) => detail.path)).to.include('/status');
        expect((await post(app, { 'content-type': form }, formWith('time=1'))).status).to.equal(422);
      });

      it('keeps fields named like Object.prototype members as plain strings', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const res = await request(app).get(`${webhookPath}?${formWith('constructor=a&toString=b&hasOwnProperty=c')}`);
        expectSaneAnswer(res.status, res.text, res.headers);
        expect(res.status).to.equal(204);
        expect(seen.hangup[0]).to.include({ constructor: 'a', toString: 'b', hasOwnProperty: 'c' });
      });

      it('keeps app_id[]=1&app_id[]=2 in a query apart from app_id', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const res = await request(app).get(`${webhookPath}?${formWith('app_id[]=1&app_id[]=2')}`);
        expectSaneAnswer(res.status, res.text, res.headers);
        expect(res.status).to.equal(204);
        expect(seen.hangup[0]?.app_id).to.equal(2223343);
        expect(seen.hangup[0]?.['app_id[]']).to.deep.equal(['1', '2']);
        const repeated = await request(app).get(`${webhookPath}?${formWith('app_id=1')}`);
        expect(repeated.status).to.equal(422);
      });

      const numbers = ['1e400', '-1', '1.5', '123456789012345678901234567890', '9007199254740993', '9'.repeat(60_000)];
      for (const literal of numbers) {
        it(`answers app_id and time of ${literal.slice(0, 32)} with 422`, async () => {
          const { app } = buildApp(flavour);
          for (const field of ['app_id', 'time']) {
            const text = JSON.stringify(payload({ [field]: 0 })).replace(`"${field}":0`, `"${field}":${literal}`);
            const res = await post(app, { 'content-type': json }, text);
            expect(res.status, field).to.equal(422);
            expect(res.json().error).to.equal('invalid_payload');
          }
        });
      }

      it('answers a huge leading-zero number (the mended form) with 422', async () => {
        const { app } = buildApp(flavour);
        const text = JSON.stringify(payload({ app_id: 0 })).replace('"app_id":0', `"app_id":0${'7'.repeat(60_000)}`);
        expect((await post(app, { 'content-type': json }, text)).status).to.equal(422);
      });

      const misplaced: Record<string, unknown> = {
        status: ['hangup'],
        leg: { a: 1 },
        call_id: ['x', 'y'],
        callerid: [442000000000],
        click_to_call: ['true'],
        time: null,
      };
      for (const [field, value] of Object.entries(misplaced)) {
        it(`answers ${field}: ${JSON.stringify(value)} with 422 at /${field}`, async () => {
          const { app } = buildApp(flavour);
          const res = await post(app, { 'content-type': json }, JSON.stringify(payload({ [field]: value })));
          expect(res.status).to.equal(422);
          expect(res.text).to.include(`"/${field}"`);
        });
      }

      const malformed: [string, Buffer][] = [
        ['a 0xFF byte', Buffer.from([0xff])],
        ['an overlong slash', Buffer.from([0xc0, 0xaf])],
        ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
        ['a truncated sequence', Buffer.from([0xe2, 0x82])],
      ];
      for (const [label, bytes] of malformed) {
        it(`answers a body with ${label} (invalid UTF-8) with 400`, async () => {
          const { app } = buildApp(flavour);
          const text = JSON.stringify(payload({ call_id: 'X' })).split('"X"');
          const body = Buffer.concat([Buffer.from(`${text[0]}"`), bytes, Buffer.from(`"${text[1]}`)]);
          for (const type of [json, `${json}; charset=utf-8`, 'text/plain']) {
            const res = await post(app, { 'content-type': type }, body);
            expect(res.status, type).to.equal(400);
            expect(res.json().error).to.equal('invalid_charset');
          }
        });
      }

      it('takes a U+FFFD the sender did send, alone and beside a byte order mark, as valid UTF-8', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const sent = [
          JSON.stringify(payload({ call_id: 'a\uFFFDb' })),
          `\uFEFF${JSON.stringify(payload({ call_id: '\uFFFD' }))}`,
        ];
        for (const body of sent) {
          const res = await post(app, { 'content-type': json }, Buffer.from(body, 'utf8'));
          expect(res.status, body).to.equal(204);
        }
        expect(seen.hangup.map((event) => (event as { call_id?: unknown }).call_id)).to.deep.equal([
          'a\uFFFDb',
          '\uFFFD',
        ]);
      });

      it('answers percent-encoded invalid UTF-8 in a query or form with 400, not a replacement character', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        for (const extra of ['call_id=%FF', 'call_id=%C0%AF', 'call%E2%82=x']) {
          const res = await request(app).get(`${webhookPath}?${formWith(extra).replace(/call_id=[^&]*&/, '')}`);
          expectSaneAnswer(res.status, res.text, res.headers);
          // API Gateway's REST API hands the query over decoded, U+FFFD and all: see the spec below.
          if (flavour !== 'lambda-v1') {
            expect(res.status, extra).to.equal(400);
            expect(res.body.error, extra).to.equal('invalid_form');
          }
          const posted = await post(app, { 'content-type': form }, formWith(extra));
          expect(posted.status, extra).to.equal(400);
          expect(posted.json().error, extra).to.equal('invalid_form');
        }
        await request(app)
          .get(`${webhookPath}?${formWith('note=%E2%82%AC%EF%BF%BD')}`)
          .expect(204);
        expect(seen.hangup.at(-1)?.['note']).to.equal('€\uFFFD');
      });

      if (flavour === 'lambda-v1') {
        it('takes a query as API Gateway’s REST API decoded it, so a broken escape there is its U+FFFD', async () => {
          const { app, hangups } = buildApp(flavour);
          const seen = record(hangups.events);
          await request(app)
            .get(`${webhookPath}?${formWith('note=%FF')}`)
            .expect(204);
          expect(seen.hangup[0]?.['note']).to.equal('\uFFFD');
        });
      }
    });

    describe('bodies that do not match their headers', () => {
      it('survives a body longer than its Content-Length, and serves the next connection', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const port = await listen(app);
        const body = JSON.stringify(payload());
        const head = `POST ${webhookPath} HTTP/1.1\r\nHost: t\r\nContent-Type: ${json}\r\nContent-Length: ${body.length}\r\n\r\n`;
        const answer = await rawExchange(port, `${head}${body}{"more":"bytes than declared"}\r\n\r\n`);
        // The declared bytes are one delivery; Node parses the rest as a next request, answers it
        // 400 and closes (its 400 may go out before the delivery's own answer, which is then lost).
        expect(seen.hangup).to.have.length(1);
        const statuses = statusLines(answer);
        expect(statuses).to.include(400);
        expect(statuses.every((status) => status === 204 || status === 400)).to.equal(true);
        const closing = head.replace('Host: t', 'Host: t\r\nConnection: close');
        // A new call of the same length (a UUID is always 36 characters), so the head still fits.
        const next = await rawExchange(port, `${closing}${JSON.stringify(payload())}`);
        expect(statusLines(next)).to.deep.equal([204]);
        expect(seen.hangup).to.have.length(2);
      });

      it('answers a body cut short by its Content-Length with 400, and the rest with no 5xx', async () => {
        const { app } = buildApp(flavour);
        const port = await listen(app);
        const body = JSON.stringify(payload());
        const head = `POST ${webhookPath} HTTP/1.1\r\nHost: t\r\nContent-Type: ${json}\r\nContent-Length: 20\r\n\r\n`;
        const statuses = statusLines(await rawExchange(port, `${head}${body}`));
        expect(statuses[0]).to.equal(400);
        expect(statuses.every((status) => status < 500)).to.equal(true);
      });

      it('leaves smuggling shapes (Content-Length with chunked, two lengths) to Node, which answers 400', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const port = await listen(app);
        const heads = [
          `Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
          `Content-Length: 4\r\nContent-Length: 5\r\n\r\n{}{}{`,
        ];
        for (const rest of heads) {
          const answer = await rawExchange(port, `POST ${webhookPath} HTTP/1.1\r\nHost: t\r\n${rest}`);
          expect(statusLines(answer)).to.deep.equal([400]);
        }
        expect(seen.hangup).to.be.empty;
      });
    });

    describe('raw bytes in the request line', () => {
      it('leaves invalid UTF-8 bytes in the URL to Node, which answers 400 before the middleware runs', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const port = await listen(app);
        const line = Buffer.concat([
          Buffer.from(`GET ${webhookPath}?status=hangup&direction=outbound&leg=a&type=event&time=1&call_id=`),
          Buffer.from([0xff, 0xc3, 0xa9]),
          Buffer.from(' HTTP/1.1\r\nHost: t\r\n\r\n'),
        ]);
        expect(statusLines(await rawExchange(port, line))).to.deep.equal([400]);
        expect(seen.hangup).to.be.empty;
        expect(seen.invalid).to.be.empty;
      });
    });

    describe('compressed bodies', () => {
      const zeros = Buffer.alloc(20 * 1024 * 1024, 0x20);
      const bombs: [string, Buffer][] = [
        ['gzip', gzipSync(zeros)],
        ['deflate', deflateSync(zeros)],
        ['br', brotliCompressSync(zeros)],
      ];
      for (const [encoding, bomb] of bombs) {
        it(`answers a ${encoding} bomb (${bomb.length} bytes inflating to 20 MB) 413, inflating no more than the limit`, async () => {
          const { app } = buildApp(flavour);
          const res = await post(app, { 'content-type': json, 'content-encoding': encoding }, bomb);
          expect(res.status).to.equal(413);
        });
      }

      it('decodes a deflate body within the limit', async () => {
        const { app } = buildApp(flavour);
        const body = deflateSync(JSON.stringify(payload()));
        expect((await post(app, { 'content-type': json, 'content-encoding': 'deflate' }, body)).status).to.equal(204);
      });

      it('answers a corrupt gzip body 400 invalid_compression, and stacked or unknown encodings 415', async () => {
        const { app } = buildApp(flavour);
        const corrupt = Buffer.concat([gzipSync(JSON.stringify(payload())).subarray(0, 20), Buffer.from('junk')]);
        const res = await post(app, { 'content-type': json, 'content-encoding': 'gzip' }, corrupt);
        expect(res.status).to.equal(400);
        expect(res.json().error).to.equal('invalid_compression');
        for (const encoding of ['gzip, gzip', 'compress', 'zstd']) {
          const body = gzipSync(JSON.stringify(payload()));
          const res = await post(app, { 'content-type': json, 'content-encoding': encoding }, body);
          expect(res.status, encoding).to.equal(415);
        }
      });
    });
  });
}

describe('error answers on plain node:http', () => {
  afterEach(servers.closeAll);
  it('carry no X-Powered-By and no Server header', async () => {
    const { app } = buildApp('node:http', { token: 'a-token' });
    for (const res of [
      await request(app).post(webhookPath).type(json).send('{'),
      await request(app).get(`${webhookPath}?token=a-token&__proto__=1`),
      await request(app).put(`${webhookPath}?token=a-token`),
    ]) {
      expect(res.status).to.be.within(400, 499);
      expect(res.headers).not.to.have.property('x-powered-by');
      expect(res.headers).not.to.have.property('server');
    }
  });
});

for (const flavour of expressFlavours) {
  describe(`hostile input through an upstream express.json() in ${flavour}`, () => {
    afterEach(servers.closeAll);
    const upstream = (app: { use(...handlers: unknown[]): unknown }) =>
      void app.use(expressOf(flavour).json({ limit: '1mb' }));

    it('refuses a __proto__ key that the upstream parser let through', async () => {
      const { app, hangups } = buildApp(flavour, {}, { before: upstream });
      const seen = record(hangups.events);
      const res = await post(app, { 'content-type': json }, jsonWith('"__proto__":{"polluted":1}'));
      expect(res.status).to.equal(400);
      expect(seen.hangup).to.be.empty;
    });

    it('answers deep nesting parsed upstream 400, not a 5xx', async () => {
      const { app } = buildApp(flavour, {}, { before: upstream });
      const deep = 100_000;
      for (const text of [
        '['.repeat(deep) + ']'.repeat(deep),
        jsonWith(`"extra":${'['.repeat(deep)}${']'.repeat(deep)}`),
      ]) {
        const res = await post(app, { 'content-type': json }, text);
        expect(res.status).to.equal(400);
        expect(res.json().error).to.equal('invalid_json');
      }
    });
  });
}
