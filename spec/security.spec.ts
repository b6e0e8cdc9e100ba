import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { RequestListener } from 'node:http';
import { connect } from 'node:net';
import { expect } from 'chai';
import request from 'supertest';
import { telecmiHangup, type HangupEvent, type HangupRequest, type InvalidDelivery } from '../lib/index.js';
import { createTokenMatcher } from '../lib/receive/token.js';
import {
  buildApp,
  connectionFlavours,
  expressFlavours,
  flavours,
  hangupPayload,
  isOneOf,
  nodeFlavours,
  streamingFlavours,
  webhookPath,
  type ExpressApp,
} from './helpers/app.js';
import { loopbackServers } from './helpers/serve.js';

const servers = loopbackServers();
const { listen } = servers;

const secret = 'Zq3v9K-rotating-secret-0001';
const nextSecret = 'Lm8w2P-rotating-secret-0002';
const json = 'application/json';

/** A valid hangup, a new call each time so dedupe takes no copy for a repeat. */
function delivery(): string {
  return JSON.stringify(hangupPayload({ cmiuuid: randomUUID() }));
}

/** What a middleware emitted, and the request each event came with. */
function record(events: ReturnType<typeof telecmiHangup>['events']) {
  const seen = { hangup: [] as HangupEvent[], invalid: [] as InvalidDelivery[], requests: [] as HangupRequest[] };
  events.on('hangup', (event, req) => {
    seen.hangup.push(event);
    seen.requests.push(req);
  });
  events.on('invalid', (info) => void seen.invalid.push(info));
  return seen;
}

/** A GET query string carrying the fields of a valid hangup (a new call each time), with `extra` fields appended. */
function freshHangupQuery(extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    ...(hangupPayload({ cmiuuid: randomUUID() }) as Record<string, string>),
    ...extra,
  }).toString();
}

/** Asserts an error answer names nothing about the host: no stack, path, or versions. */
function expectNothingAboutTheHost(text: string): void {
  expect(text).not.to.match(/\n\s+at |\bat .*:\d+:\d+/);
  for (const leak of ['/work', 'node_modules', 'Error:', process.version, webhookPath]) {
    expect(text).not.to.include(leak);
  }
}

/**
 * Writes a request's head and the first bytes of a body its Content-Length says is much longer,
 * then waits (at most 2 s) for the answer and for the server to close the connection.
 */
async function headOnly(port: number, head: string): Promise<{ answer: string; closedByServer: boolean }> {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let answer = '';
  socket.on('data', (chunk: string) => (answer += chunk));
  socket.write(`${head}Content-Type: application/json\r\nContent-Length: 50000\r\n\r\n{"call_id":`);
  const closedByServer = await Promise.race([
    once(socket, 'close').then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000)),
  ]);
  socket.destroy();
  return { answer, closedByServer };
}

function setTrustProxy(value: unknown) {
  return (app: ExpressApp) => (app as unknown as { set(name: string, value: unknown): void }).set('trust proxy', value);
}

describe('the token option', () => {
  it('takes one token or several, and refuses anything else with a TypeError that never repeats a token', () => {
    expect(() => telecmiHangup({ token: secret })).not.to.throw();
    expect(() => telecmiHangup({ token: [secret, nextSecret] })).not.to.throw();
    const bad: [unknown, RegExp][] = [
      ['', /"token" must be a non-empty string/],
      [[], /"token" must list at least one token/],
      [['ok-token', 42], /"token\[1\]" must be a string/],
      ['has a space', /"token" must be a non-empty string of visible ASCII/],
      [['ok-token', 'tab\tinside'], /"token\[1\]"/],
      [{ value: secret }, /"token" must be a string or an array of strings/],
    ];
    for (const [token, message] of bad) {
      expect(() => telecmiHangup({ token } as never), String(token))
        .to.throw(TypeError, message)
        .and.satisfy((error: Error) => !error.message.includes('has a space') && !error.message.includes('tab\t'));
    }
  });
});

describe('the allowIps option', () => {
  it('takes IPv4 and IPv6 addresses and CIDR ranges', () => {
    const entries = ['203.0.113.7', '198.51.100.0/24', '0.0.0.0/0', '::1', '2001:db8::/32', '::ffff:10.0.0.0/104'];
    expect(() => telecmiHangup({ allowIps: entries })).not.to.throw();
    expect(() => telecmiHangup({ allowIps: '10.0.0.0/8' })).not.to.throw();
  });

  it('refuses an entry that is not an address or range with a TypeError naming the option and the entry', () => {
    for (const entry of [
      'example.com',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.0/8/8',
      '10.0.0.0/',
      '10.0.0.0/-1',
      '1.2.3',
    ]) {
      expect(() => telecmiHangup({ allowIps: ['127.0.0.1', entry] }), entry).to.throw(
        TypeError,
        `option "allowIps" has "${entry}"`,
      );
    }
    expect(() => telecmiHangup({ allowIps: [] })).to.throw(TypeError, /"allowIps" must list at least one/);
    expect(() => telecmiHangup({ allowIps: [7] } as never)).to.throw(TypeError, /"allowIps" takes strings/);
  });
});

describe('the token comparison', () => {
  const tokens = ['first-token', 'second-token-is-longer', 'third'];

  it('compares SHA-256 digests with the constant-time function, once per configured token, wherever the match is', () => {
    const presentations = [...tokens, 'none-of-them', 'x', 'first-token-and-more'];
    for (const presented of presentations) {
      const calls: [Buffer, Buffer][] = [];
      const matches = createTokenMatcher(tokens, (a, b) => {
        calls.push([a, b]);
        return a.equals(b);
      });
      expect(matches(presented), presented).to.equal(tokens.includes(presented));
      // Every token is compared, also after a match: rotation does not show which one matched.
      expect(calls, presented).to.have.length(tokens.length);
      // Equal-length digests: neither a token's length nor its content steers the comparison.
      for (const [a, b] of calls) {
        expect(a.length).to.equal(32);
        expect(b.length).to.equal(32);
      }
      expect(new Set(calls.map(([a]) => a.toString('hex')))).to.have.length(1);
    }
  });

  it('matches with the real timingSafeEqual by default', () => {
    const matches = createTokenMatcher(tokens);
    expect(tokens.map(matches)).to.deep.equal([true, true, true]);
    expect(matches('second-token')).to.equal(false);
    expect(matches('')).to.equal(false);
  });
});

for (const flavour of flavours) {
  describe(`access control in ${flavour}`, () => {
    afterEach(servers.closeAll);
    describe('with a token', () => {
      it('answers 401 unauthorized with a Bearer challenge when no token is sent, and emits invalid', async () => {
        const { app, hangups } = buildApp(flavour, { token: secret });
        const seen = record(hangups.events);
        const res = await request(app).post(webhookPath).type(json).send(delivery()).expect(401);
        expect(res.body).to.include({ error: 'unauthorized' });
        expect(res.headers['www-authenticate']).to.equal('Bearer realm="telecmi-hangup"');
        expect(seen.hangup).to.be.empty;
        expect(seen.invalid).to.deep.equal([
          { reason: 'unauthorized', status: 401, message: res.body.message, errors: [], body: '' },
        ]);
        expectNothingAboutTheHost(res.text);
      });

      const ways: [string, (token: string) => [string, Record<string, string>]][] = [
        ['in the query string', (token) => [`${webhookPath}?token=${encodeURIComponent(token)}`, {}]],
        ['as Authorization: Bearer', (token) => [webhookPath, { Authorization: `Bearer ${token}` }]],
        ['as a lower-case bearer', (token) => [webhookPath, { Authorization: `bearer ${token}` }]],
        ['as X-Telecmi-Token', (token) => [webhookPath, { 'X-Telecmi-Token': token }]],
      ];
      for (const [label, sendWith] of ways) {
        it(`accepts the token ${label}`, async () => {
          const { app, hangups } = buildApp(flavour, { token: secret });
          const seen = record(hangups.events);
          const [path, headers] = sendWith(secret);
          await request(app).post(path).set(headers).type(json).send(delivery()).expect(204);
          expect(seen.hangup).to.have.length(1);
        });

        it(`answers 401 for a wrong token ${label}, and repeats no token`, async () => {
          const { app, hangups } = buildApp(flavour, { token: secret });
          const seen = record(hangups.events);
          const [path, headers] = sendWith(`${secret.slice(0, -1)}X`);
          const res = await request(app).post(path).set(headers).type(json).send(delivery()).expect(401);
          expect(res.body).to.include({ error: 'unauthorized', message: 'The token is not valid' });
          expect(seen.hangup).to.be.empty;
          expect(JSON.stringify(seen.invalid) + res.text).not.to.include(secret.slice(0, -1));
        });
      }

      it('accepts every token while rotating, and no other', async () => {
        const { app, hangups } = buildApp(flavour, { token: [secret, nextSecret] });
        const seen = record(hangups.events);
        await request(app).post(`${webhookPath}?token=${secret}`).type(json).send(delivery()).expect(204);
        await request(app).post(webhookPath).set('X-Telecmi-Token', nextSecret).type(json).send(delivery()).expect(204);
        await request(app).post(`${webhookPath}?token=${secret}x`).type(json).send(delivery()).expect(401);
        expect(seen.hangup).to.have.length(2);
        expect(seen.invalid.map((info) => info.reason)).to.deep.equal(['unauthorized']);
      });

      it('uses the first source present: a wrong query token is not rescued by a right header', async () => {
        const { app } = buildApp(flavour, { token: secret });
        await request(app)
          .post(`${webhookPath}?token=wrong`)
          .set('Authorization', `Bearer ${secret}`)
          .type(json)
          .send(delivery())
          .expect(401);
      });

      it('answers 401 when the query string carries the token twice', async () => {
        const { app } = buildApp(flavour, { token: secret });
        const res = await request(app)
          .post(`${webhookPath}?token=${secret}&token=${secret}`)
          .type(json)
          .send(delivery())
          .expect(401);
        expect(res.body.message).to.equal('The token was sent more than once');
      });

      it('leaves a GET’s query token out of the event, req.body and req.telecmiHangup', async () => {
        const { app, hangups } = buildApp(flavour, { token: secret });
        const seen = record(hangups.events);
        await request(app)
          .get(`${webhookPath}?${freshHangupQuery({ token: secret })}`)
          .expect(204);
        expect(seen.hangup[0]).to.not.have.property('token');
        expect(seen.hangup[0]?.call_id).to.equal(hangupPayload()['call_id']);
        // Only Node's hosts put the payload and the event on the request.
        if (isOneOf(flavour, nodeFlavours)) {
          expect(seen.requests[0]?.body).to.not.have.property('token');
          expect(seen.requests[0]?.telecmiHangup).to.not.have.property('token');
        }
      });

      it('leaves a GET’s query token, however spelt, out of the answer and the invalid body', async () => {
        const { app, hangups } = buildApp(flavour, { token: secret });
        const seen = record(hangups.events);
        const query = `app_id=oops&%74oken=${secret}&status=hangup`;
        const res = await request(app).get(`${webhookPath}?${query}`).expect(422);
        expect(seen.invalid[0]?.body).to.equal('app_id=oops&status=hangup');
        expect(JSON.stringify(seen.invalid) + res.text).not.to.include(secret);
        expectNothingAboutTheHost(res.text);
      });

      it('leaves the query token out of the invalid body when a GET has a forbidden key', async () => {
        const { app, hangups } = buildApp(flavour, { token: secret });
        const seen = record(hangups.events);
        const res = await request(app).get(`${webhookPath}?token=${secret}&__proto__[x]=1`).expect(400);
        expect(res.body).to.include({ error: 'invalid_form' });
        expect(JSON.stringify(seen.invalid) + res.text).not.to.include(secret);
      });

      // API Gateway invokes a function only once the whole body has arrived: no head comes alone.
      if (isOneOf(flavour, streamingFlavours))
        it('answers 401 from the head alone, without reading the body, and closes the connection', async () => {
          const { app, hangups } = buildApp(flavour, { token: secret });
          const seen = record(hangups.events);
          const port = await listen(app);
          const { answer, closedByServer } = await headOnly(port, `POST ${webhookPath} HTTP/1.1\r\nHost: t\r\n`);
          expect(answer).to.match(/^HTTP\/1\.1 401 /);
          // A fetch runtime or API Gateway owns the connection, and keeps it or not as it likes.
          if (isOneOf(flavour, connectionFlavours)) {
            expect(answer.toLowerCase()).to.include('connection: close');
            expect(closedByServer).to.equal(true);
          }
          expect(seen.invalid.map((info) => info.reason)).to.deep.equal(['unauthorized']);
        });

      it('checks the token before the method', async () => {
        const { app } = buildApp(flavour, { token: secret });
        await request(app).put(webhookPath).expect(401);
        await request(app).put(`${webhookPath}?token=${secret}`).expect(405);
      });
    });

    describe('with allowIps', () => {
      it('accepts a listed IPv4 address from an IPv4-mapped IPv6 socket, and a listed range', async () => {
        // supertest listens on '::', so an IPv4 client shows as ::ffff:127.0.0.1.
        for (const allowIps of ['127.0.0.1', ['198.51.100.0/24', '127.0.0.0/8']]) {
          const { app, hangups } = buildApp(flavour, { allowIps });
          const seen = record(hangups.events);
          await request(app).post(webhookPath).type(json).send(delivery()).expect(204);
          expect(seen.hangup).to.have.length(1);
        }
      });

      it('accepts a listed IPv4-mapped IPv6 address from a plain IPv4 socket', async () => {
        const { app } = buildApp(flavour, { allowIps: '::ffff:127.0.0.1' });
        const port = await listen(app, '127.0.0.1');
        const res = await fetch(`http://127.0.0.1:${port}${webhookPath}`, { method: 'POST', body: delivery() });
        expect(res.status).to.equal(204);
      });

      it('tells IPv6 loopback apart from IPv4 loopback', async () => {
        for (const [allowIps, status] of [
          ['::1', 204],
          ['::/0', 204],
          ['127.0.0.1', 403],
        ] as const) {
          const { app } = buildApp(flavour, { allowIps });
          const port = await listen(app, '::1');
          const res = await fetch(`http://[::1]:${port}${webhookPath}`, { method: 'POST', body: delivery() });
          expect(res.status, allowIps).to.equal(status);
        }
      });

      it('answers 403 forbidden to other addresses, without naming the address, and emits invalid', async () => {
        const { app, hangups } = buildApp(flavour, { allowIps: ['203.0.113.0/24', '2001:db8::/32'] });
        const seen = record(hangups.events);
        const res = await request(app).post(webhookPath).type(json).send(delivery()).expect(403);
        expect(res.body).to.include({ error: 'forbidden' });
        expect(res.text).not.to.include('127.0.0.1');
        expect(seen.hangup).to.be.empty;
        expect(seen.invalid).to.deep.equal([
          { reason: 'forbidden', status: 403, message: res.body.message, errors: [], body: '' },
        ]);
        expectNothingAboutTheHost(res.text);
      });

      if (isOneOf(flavour, streamingFlavours))
        it('answers 403 from the head alone, without reading the body, and closes the connection', async () => {
          const { app } = buildApp(flavour, { allowIps: '203.0.113.7' });
          const port = await listen(app);
          const { answer, closedByServer } = await headOnly(port, `POST ${webhookPath} HTTP/1.1\r\nHost: t\r\n`);
          expect(answer).to.match(/^HTTP\/1\.1 403 /);
          if (isOneOf(flavour, connectionFlavours)) {
            expect(answer.toLowerCase()).to.include('connection: close');
            expect(closedByServer).to.equal(true);
          }
        });

      it('checks the address before the token, so outsiders cannot try tokens', async () => {
        const { app } = buildApp(flavour, { allowIps: '203.0.113.7', token: secret });
        await request(app).post(`${webhookPath}?token=${secret}`).type(json).send(delivery()).expect(403);
        const inside = buildApp(flavour, { allowIps: '127.0.0.1', token: secret });
        await request(inside.app).post(webhookPath).type(json).send(delivery()).expect(401);
        await request(inside.app).post(`${webhookPath}?token=${secret}`).type(json).send(delivery()).expect(204);
      });
    });
  });
}

describe('allowIps on plain node:http', () => {
  it('ignores X-Forwarded-For: the socket address decides', async () => {
    const { app } = buildApp('node:http', { allowIps: '203.0.113.0/24' });
    await request(app).post(webhookPath).set('X-Forwarded-For', '203.0.113.9').type(json).send(delivery()).expect(403);
  });
});

for (const flavour of expressFlavours) {
  describe(`allowIps behind Express's trust proxy in ${flavour}`, () => {
    const post = (app: RequestListener, forwardedFor: string) =>
      request(app).post(webhookPath).set('X-Forwarded-For', forwardedFor).type(json).send(delivery());

    it('with trust proxy off, checks the socket address and ignores X-Forwarded-For', async () => {
      const outside = buildApp(flavour, { allowIps: '203.0.113.0/24' }, { before: setTrustProxy(false) });
      await post(outside.app, '203.0.113.9').expect(403);
      const local = buildApp(flavour, { allowIps: '127.0.0.1' }, { before: setTrustProxy(false) });
      await post(local.app, '198.51.100.1').expect(204);
    });

    it('with trust proxy on, checks the client X-Forwarded-For names', async () => {
      const outside = buildApp(flavour, { allowIps: '203.0.113.0/24' }, { before: setTrustProxy(true) });
      await post(outside.app, '203.0.113.9').expect(204);
      await post(outside.app, '198.51.100.1').expect(403);
      const local = buildApp(flavour, { allowIps: '127.0.0.1' }, { before: setTrustProxy(true) });
      await post(local.app, '198.51.100.1').expect(403);
    });

    it('with trust proxy set to the loopback hop, takes the first untrusted address from the right', async () => {
      const { app } = buildApp(flavour, { allowIps: '203.0.113.0/24' }, { before: setTrustProxy('loopback') });
      // A client can prepend anything; only the address the trusted proxy saw counts.
      await post(app, '203.0.113.9, 198.51.100.1').expect(403);
      await post(app, '198.51.100.1, 203.0.113.9').expect(204);
    });

    it('answers 403, not an error, when a trusted header holds something that is not an address', async () => {
      const { app } = buildApp(flavour, { allowIps: '0.0.0.0/0' }, { before: setTrustProxy(true) });
      for (const forged of ['not-an-address', '999.1.1.1', '', '203.0.113.9%eth0/8']) {
        const res = await post(app, forged);
        expect([204, 403], forged).to.include(res.status);
      }
      await post(app, 'not-an-address').expect(403);
    });
  });
}
