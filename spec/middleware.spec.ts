import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import request from 'supertest';
import type { HangupEvent, HangupRequest, InvalidDelivery } from '../lib/index.js';
import {
  buildApp,
  fixtureNames,
  fixtureText,
  flavours,
  hangupPayload,
  isOneOf,
  nodeFlavours,
  streamingFlavours,
  webhookPath,
  type Flavour,
} from './helpers/app.js';
import { loopbackServers } from './helpers/serve.js';

const servers = loopbackServers();
const { listen } = servers;

const json = 'application/json';

/** What kind of request object a listener was handed. */
function hostRequestKind(req: unknown): string {
  if (req instanceof Request) return 'Request';
  if (req instanceof IncomingMessage) return 'IncomingMessage';
  const value = req as Record<string, unknown>;
  if (value['raw'] instanceof IncomingMessage) return 'FastifyRequest';
  if (typeof value['httpMethod'] === 'string') return 'Lambda v1 event';
  if (value['version'] === '2.0') return 'Lambda v2 event';
  return typeof req;
}

const expectedRequestKind: Record<Flavour, string> = {
  express5: 'IncomingMessage',
  express4: 'IncomingMessage',
  'node:http': 'IncomingMessage',
  fastify: 'FastifyRequest',
  fetch: 'Request',
  'lambda-v1': 'Lambda v1 event',
  'lambda-v2': 'Lambda v2 event',
  'lambda-url': 'Lambda v2 event',
};

/** Collects what a middleware emits, by event name. */
function record(events: EventEmitter) {
  const seen: Record<'hangup' | 'ignored' | 'invalid' | 'error', unknown[]> = {
    hangup: [],
    ignored: [],
    invalid: [],
    error: [],
  };
  for (const name of Object.keys(seen) as (keyof typeof seen)[])
    events.on(name, (value: unknown) => seen[name].push(value));
  return seen;
}

for (const flavour of flavours) {
  describe(`the middleware in ${flavour}`, () => {
    afterEach(servers.closeAll);
    describe('accepting', () => {
      for (const name of fixtureNames.filter((n) => !n.includes('answered'))) {
        it(`acknowledges ${name} with 204 and emits the normalized event`, async () => {
          const { app, hangups } = buildApp(flavour);
          const seen = record(hangups.events);
          await request(app).post(webhookPath).type(json).send(fixtureText(name)).expect(204, '');
          expect(seen.hangup).to.have.length(1);
          const event = seen.hangup[0] as HangupEvent;
          expect(event.status).to.equal('hangup');
          expect(typeof event.app_id).to.equal('number');
          expect(seen.invalid).to.be.empty;
        });
      }

      if (isOneOf(flavour, [...nodeFlavours, 'fastify'])) {
        it('hands listeners the request with req.body parsed and req.telecmiHangup set', async () => {
          const { app, hangups } = buildApp(flavour);
          let seenRequest: HangupRequest | undefined;
          hangups.events.on('hangup', (_event, req) => (seenRequest = req));
          await request(app).post(webhookPath).type(json).send(fixtureText('seed-leg-a.txt')).expect(204);
          expect(seenRequest?.telecmiHangup?.callerid).to.equal('04471000000');
          expect((seenRequest?.body as Record<string, unknown>)['click_to_call']).to.equal('true');
        });
      }

      it('hands every listener the host’s own request as its second argument', async () => {
        const { app, hangups } = buildApp(flavour, { token: 'tok' });
        const requests: unknown[] = [];
        for (const name of ['hangup', 'notification', 'outgoing.answered', 'ignored', 'invalid'] as const)
          hangups.events.on(name, (_x: unknown, req: unknown) => void requests.push(req));
        await request(app).post(`${webhookPath}?token=tok`).type(json).send(fixtureText('seed-leg-a.txt')).expect(204);
        await request(app)
          .post(`${webhookPath}?token=tok`)
          .type(json)
          .send(fixtureText('current-docs-answered-leg-a.json'))
          .expect(204);
        await request(app)
          .post(`${webhookPath}?token=tok`)
          .type(json)
          .send(fixtureText('piopiy-out-answered.json'))
          .expect(204);
        await request(app).post(webhookPath).type(json).send('{}').expect(401);
        // hangup and notification, outgoing.answered and notification, ignored, invalid.
        expect(requests).to.have.length(6);
        for (const req of requests) expect(hostRequestKind(req), flavour).to.equal(expectedRequestKind[flavour]);
      });

      const bodies: [string, string | undefined, string][] = [
        ['application/json with a charset', 'application/json; charset=utf-8', JSON.stringify(hangupPayload())],
        ['a +json type', 'application/vnd.telecmi+json', JSON.stringify(hangupPayload())],
        ['text/plain', 'text/plain', JSON.stringify(hangupPayload())],
        ['no content type', undefined, JSON.stringify(hangupPayload())],
        [
          'a form',
          'application/x-www-form-urlencoded',
          new URLSearchParams(hangupPayload() as Record<string, string>).toString(),
        ],
      ];
      for (const [label, type, body] of bodies) {
        it(`reads ${label}`, async () => {
          const { app, hangups } = buildApp(flavour);
          const seen = record(hangups.events);
          // A Buffer, so fetch adds no Content-Type of its own.
          const res = await sendRaw(app, type ? { 'content-type': type } : {}, Buffer.from(body));
          expect(res.status).to.equal(204);
          expect((seen.hangup[0] as HangupEvent).time).to.equal(1650635340436);
        });
      }

      it('reads a GET with the fields in the query string, coercing them by the schema', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const query = new URLSearchParams(hangupPayload({ click_to_call: 'true' }) as Record<string, string>);
        await request(app).get(`${webhookPath}?${query.toString()}`).expect(204);
        const event = seen.hangup[0] as HangupEvent;
        expect(event.app_id).to.equal(2223343);
        expect(event.click_to_call).to.equal(true);
        expect(event.callerid).to.equal('442000000000');
      });

      it('reads a gzip-compressed body', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const res = await sendRaw(
          app,
          { 'content-type': json, 'content-encoding': 'gzip' },
          gzipSync(JSON.stringify(hangupPayload())),
        );
        expect(res.status).to.equal(204);
        expect(seen.hangup).to.have.length(1);
      });

      it('decodes a declared charset other than UTF-8', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const body = Buffer.from(JSON.stringify(hangupPayload({ user: 'Zoë' })), 'latin1');
        const res = await sendRaw(app, { 'content-type': 'application/json; charset=iso-8859-1' }, body);
        expect(res.status).to.equal(204);
        expect((seen.hangup[0] as HangupEvent).user).to.equal('Zoë');
      });

      it('acknowledges TeleCMI notifications of no documented kind and emits them as ignored', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        await request(app).post(webhookPath).type(json).send(fixtureText('piopiy-out-answered.json')).expect(204);
        expect(seen.hangup).to.be.empty;
        expect((seen.ignored[0] as Record<string, unknown>)['status']).to.equal('out_answered');
      });

      it('acknowledges with a bare 205 under successStatus 205, which may carry no content', async () => {
        const { app } = buildApp(flavour, { successStatus: 205 });
        const res = await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(205);
        expect(res.text).to.equal('');
        expect(res.headers['content-type']).to.equal(undefined);
      });

      it('answers with successStatus when it is set', async () => {
        const { app } = buildApp(flavour, { successStatus: 200 });
        const res = await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(200);
        expect(res.body).to.deep.equal({ ok: true });
      });

      it('emits on the emitter it is given', async () => {
        const emitter = new EventEmitter();
        const { app, hangups } = buildApp(flavour, { emitter });
        const seen = record(emitter);
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
        expect(hangups.events).to.equal(emitter);
        expect(seen.hangup).to.have.length(1);
      });

      it('calls a once listener once', async () => {
        const { app, hangups } = buildApp(flavour);
        let calls = 0;
        hangups.events.once('hangup', () => calls++);
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
        await request(app)
          .post(webhookPath)
          .type(json)
          .send(hangupPayload({ cmiuuid: 'other' }))
          .expect(204);
        expect(calls).to.equal(1);
        expect(hangups.events.listenerCount('hangup')).to.equal(0);
      });
    });

    describe('rejecting', () => {
      it('answers 400 invalid_json for text that is not JSON, and emits invalid with the raw body', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const res = await request(app).post(webhookPath).type(json).send('{"leg": "a",').expect(400);
        expect(res.body.error).to.equal('invalid_json');
        expect(res.body.message).to.match(/^Body is not valid JSON/);
        const info = seen.invalid[0] as InvalidDelivery;
        expect(info).to.include({ reason: 'invalid_json', status: 400, body: '{"leg": "a",' });
      });

      it('answers 422 invalid_payload with a JSON pointer for each problem', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const res = await request(app)
          .post(webhookPath)
          .type(json)
          .send(hangupPayload({ time: 'noon', leg: undefined }))
          .expect(422);
        expect(res.body.error).to.equal('invalid_payload');
        expect(res.body.details).to.deep.include({ path: '/leg', message: 'is required' });
        expect(res.body.details.map((d: { path: string }) => d.path)).to.include('/time');
        expect((seen.invalid[0] as InvalidDelivery).errors).to.deep.equal(res.body.details);
        expect(seen.hangup).to.be.empty;
      });

      it('answers 413 payload_too_large over the limit, declared or streamed', async () => {
        const { app, hangups } = buildApp(flavour, { limit: '1kb' });
        const seen = record(hangups.events);
        const big = JSON.stringify(hangupPayload({ padding: 'x'.repeat(2000) }));
        const declared = await request(app).post(webhookPath).type(json).send(big).expect(413);
        expect(declared.body.error).to.equal('payload_too_large');
        expect(declared.headers['connection']).to.equal('close');
        expect((seen.invalid[0] as InvalidDelivery).reason).to.equal('payload_too_large');
        const port = await listen(app);
        const streamed = await rawRequest(
          port,
          `POST ${webhookPath} HTTP/1.1\r\nHost: x\r\nContent-Type: ${json}\r\nTransfer-Encoding: chunked\r\n\r\n` +
            `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
        );
        expect(streamed).to.match(/^HTTP\/1.1 413/);
      });

      it('counts the limit after decompression', async () => {
        const { app } = buildApp(flavour, { limit: 1024 });
        const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
        expect(bomb.length).to.be.lessThan(1024 * 4);
        const res = await sendRaw(app, { 'content-type': json, 'content-encoding': 'gzip' }, bomb);
        expect(res.status).to.equal(413);
        expect(((await res.json()) as { error: string }).error).to.equal('payload_too_large');
      });

      it('answers 415 unsupported_media_type for other content types, encodings and charsets', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        const body = JSON.stringify(hangupPayload());
        const type = await request(app).post(webhookPath).set('Content-Type', 'application/xml').send(body).expect(415);
        expect(type.body.error).to.equal('unsupported_media_type');
        await request(app)
          .post(webhookPath)
          .set('Content-Type', json)
          .set('Content-Encoding', 'compress')
          .send(body)
          .expect(415);
        await request(app)
          .post(webhookPath)
          .set('Content-Type', 'application/json; charset=klingon')
          .send(body)
          .expect(415);
        expect(seen.invalid.map((i) => (i as InvalidDelivery).reason)).to.deep.equal(
          Array(3).fill('unsupported_media_type'),
        );
      });

      it('answers 405 with an Allow header for other methods', async () => {
        const { app } = buildApp(flavour);
        for (const method of ['put', 'delete', 'patch'] as const) {
          const res = await request(app)[method](webhookPath).expect(405);
          expect(res.headers['allow']).to.equal('GET, POST');
          expect(res.body.error).to.equal('method_not_allowed');
        }
      });

      it('answers errors as JSON with no stack trace', async () => {
        const { app } = buildApp(flavour);
        const res = await request(app).post(webhookPath).type(json).send('nope').expect(400);
        expect(res.headers['content-type']).to.equal('application/json; charset=utf-8');
        expect(Object.keys(res.body)).to.deep.equal(['error', 'message', 'details']);
        expect(res.text).to.not.match(/\bat \w|node_modules|\.ts:\d/);
      });
    });

    describe('listeners', () => {
      it('awaits a listener’s promise before acknowledging', async () => {
        const { app, hangups } = buildApp(flavour);
        let saved = false;
        hangups.events.on('hangup', async () => {
          await new Promise((resolve) => setTimeout(resolve, 30));
          saved = true;
        });
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
        expect(saved).to.equal(true);
      });

      it('answers 500 handler_failed when a listener throws, and emits error', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        hangups.events.on('hangup', () => {
          throw new Error('database down');
        });
        const res = await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(500);
        expect(res.body.error).to.equal('handler_failed');
        expect(res.text).to.not.include('database down');
        const error = seen.error[0] as Error & { code: string; cause: Error };
        expect(error.code).to.equal('handler_failed');
        expect(error.cause.message).to.equal('database down');
      });

      it('answers 500 handler_failed when a listener’s promise rejects', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        hangups.events.on('hangup', () => Promise.reject(new Error('nope')));
        await request(app)
          .post(webhookPath)
          .type(json)
          .send(hangupPayload())
          .expect(500, /handler_failed/);
        expect(seen.error).to.have.length(1);
      });

      it('answers 500 handler_timeout when a listener outlives handlerTimeout', async () => {
        const { app, hangups } = buildApp(flavour, { handlerTimeout: 50 });
        const seen = record(hangups.events);
        let finish: () => void = () => undefined;
        hangups.events.on('hangup', () => new Promise<void>((resolve) => (finish = resolve)));
        await request(app)
          .post(webhookPath)
          .type(json)
          .send(hangupPayload())
          .expect(500, /handler_timeout/);
        finish();
        expect((seen.error[0] as { code: string }).code).to.equal('handler_timeout');
      });

      it('acknowledges first with awaitHandlers: false, and still reports failures', async () => {
        const { app, hangups } = buildApp(flavour, { awaitHandlers: false });
        const reported = once(hangups.events, 'error');
        hangups.events.on('hangup', () => Promise.reject(new Error('late failure')));
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
        const [error] = (await reported) as [{ code: string }];
        expect(error.code).to.equal('handler_failed');
      });

      it('turns a failure with no error listener into a process warning, not a crash', async () => {
        const { app, hangups } = buildApp(flavour);
        hangups.events.on('hangup', () => {
          throw new Error('unheard');
        });
        const warning = once(process, 'warning');
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(500);
        const [emitted] = (await warning) as [Error & { code: string }];
        expect(emitted.code).to.equal('TELECMI_HANGUP_HANDLER_FAILED');
      });

      it('survives an error listener that throws', async () => {
        const { app, hangups } = buildApp(flavour);
        hangups.events.on('hangup', () => {
          throw new Error('first');
        });
        hangups.events.on('error', () => {
          throw new Error('second');
        });
        const warning = once(process, 'warning');
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(500);
        const [emitted] = (await warning) as [Error & { code: string }];
        expect(emitted.code).to.equal('TELECMI_HANGUP_INTERNAL_ERROR');
      });

      it('keeps the 4xx when an invalid listener fails, and reports the failure', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups.events);
        hangups.events.on('invalid', () => Promise.reject(new Error('dead letter table missing')));
        await request(app).post(webhookPath).type(json).send('[').expect(400);
        await new Promise((resolve) => setImmediate(resolve));
        expect((seen.error[0] as { code: string }).code).to.equal('handler_failed');
      });
    });

    describe('aborted requests', () => {
      // API Gateway invokes a function only once it has the whole body: nothing can be aborted there.
      if (!isOneOf(flavour, streamingFlavours)) return;
      it('emits invalid with request_aborted, and no status, when the client leaves mid-body', async () => {
        const { app, hangups } = buildApp(flavour);
        const invalid = once(hangups.events, 'invalid');
        const port = await listen(app);
        const socket = connect(port, '127.0.0.1');
        await once(socket, 'connect');
        socket.write(
          `POST ${webhookPath} HTTP/1.1\r\nHost: x\r\nContent-Type: ${json}\r\nContent-Length: 500\r\n\r\n{"leg":`,
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
        socket.destroy();
        const [info] = (await invalid) as [InvalidDelivery];
        expect(info.reason).to.equal('request_aborted');
        // Nothing was answered: the sender had gone.
        expect(info.status).to.equal(undefined);
      });
    });

    describe('close()', () => {
      it('lets in-flight deliveries finish, then answers 503 shutting_down with Retry-After', async () => {
        const { app, hangups } = buildApp(flavour, { retryAfter: 7 });
        let release: () => void = () => undefined;
        let started: () => void = () => undefined;
        const listenerStarted = new Promise<void>((resolve) => (started = resolve));
        hangups.events.on('hangup', () => {
          started();
          return new Promise<void>((resolve) => (release = resolve));
        });
        const port = await listen(app);
        const inFlight = fetch(`http://127.0.0.1:${port}${webhookPath}`, {
          method: 'POST',
          headers: { 'content-type': json },
          body: JSON.stringify(hangupPayload()),
        });
        await listenerStarted;
        let closed = false;
        const closing = hangups.close().then(() => (closed = true));
        const refused = await fetch(`http://127.0.0.1:${port}${webhookPath}`, { method: 'POST', body: '{}' });
        expect(refused.status).to.equal(503);
        expect(refused.headers.get('retry-after')).to.equal('7');
        expect(((await refused.json()) as { error: string }).error).to.equal('shutting_down');
        expect(closed).to.equal(false);
        release();
        expect((await inFlight).status).to.equal(204);
        await closing;
        expect(closed).to.equal(true);
      });
    });
  });
}

/** POSTs bytes exactly as given (supertest would serialize a Buffer sent as JSON). */
async function sendRaw(
  app: (req: IncomingMessage, res: ServerResponse) => void,
  headers: Record<string, string>,
  body: string | Buffer,
): Promise<Response> {
  const port = await listen(app);
  return fetch(`http://127.0.0.1:${port}${webhookPath}`, { method: 'POST', headers, body });
}

/** Writes raw bytes to the server and resolves with whatever it answers before closing. */
async function rawRequest(port: number, text: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  socket.write(text);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (answer += chunk));
  await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, 2000))]);
  socket.destroy();
  return answer;
}
