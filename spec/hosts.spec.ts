// What each host adapter adds to the shared behaviour (which spec/middleware.spec.ts and the other
// behaviour specs check on every host): how it is mounted, where it finds the client's address,
// what it refuses at registration, and what its own platform shapes.
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import Fastify, { type FastifyRequest } from 'fastify';
import request from 'supertest';
import { fastifyTelecmiHangup } from '../lib/hosts/fastify.js';
import { toLambdaHandler, type LambdaProxyEvent, type LambdaProxyEventV2 } from '../lib/hosts/lambda.js';
import { telecmiHangup, type HangupEvent, type InvalidDelivery } from '../lib/index.js';
import { hangupPayload, webhookPath } from './helpers/app.js';

const json = 'application/json';
const body = JSON.stringify(hangupPayload());

function post(url = `http://127.0.0.1${webhookPath}`, text = body, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: 'POST', headers: { 'content-type': json, ...headers }, body: text });
}

describe('the fetch host', () => {
  it('is bound, so it can be handed on by itself', async () => {
    const hangups = telecmiHangup<Request>();
    const seen: HangupEvent[] = [];
    hangups.events.on('hangup', (event) => void seen.push(event));
    const { fetch: handler } = hangups;
    const answer = await handler(post());
    expect(answer.status).to.equal(204);
    expect(seen.map((event) => event.cmiuuid)).to.deep.equal(['ccd826f9-67a4-4467-acfb-a53093ff5c9d']);
  });

  it('answers every path, like the node:http form', async () => {
    const hangups = telecmiHangup();
    expect((await hangups.fetch(post('https://calls.example.com/anything/else?x=1'))).status).to.equal(204);
  });

  it('finds the client address given by hand, by Deno.serve, or by Bun’s server', async () => {
    const hangups = telecmiHangup({ allowIps: '203.0.113.7', dedupe: false });
    const bun = { requestIP: (request: Request) => (request instanceof Request ? { address: '203.0.113.7' } : null) };
    const contexts: [string, object][] = [
      ['by hand', { clientAddress: '203.0.113.7' }],
      ['Deno', { remoteAddr: { hostname: '203.0.113.7', port: 5555, transport: 'tcp' } }],
      ['Bun', bun],
    ];
    for (const [label, context] of contexts) {
      expect((await hangups.fetch(post(), context)).status, label).to.equal(204);
    }
    expect((await hangups.fetch(post(), { clientAddress: '198.51.100.1' })).status).to.equal(403);
  });

  it('refuses with allowIps and no address, saying why, rather than letting the delivery pass', async () => {
    const hangups = telecmiHangup({ allowIps: '203.0.113.7' });
    const invalid: InvalidDelivery[] = [];
    hangups.events.on('invalid', (info) => void invalid.push(info));
    // A Workers env, or a Next.js route context: neither says who connected.
    for (const context of [undefined, { MY_SECRET: 'x' }, { params: Promise.resolve({}) }]) {
      const answer = await hangups.fetch(post(), context);
      expect(answer.status).to.equal(403);
      const answerBody = (await answer.json()) as { error: string; message: string };
      expect(answerBody.error).to.equal('forbidden');
      expect(answerBody.message).to.match(/allowIps is set, but this host did not say which address/);
    }
    expect(invalid.map((info) => info.reason)).to.deep.equal(['forbidden', 'forbidden', 'forbidden']);
  });

  it('hands what runs after the answer to the runtime’s waitUntil, as Workers’ third argument', async () => {
    const hangups = telecmiHangup({ awaitHandlers: false });
    let finish: () => void = () => undefined;
    let listenerDone = false;
    hangups.events.on('hangup', () =>
      new Promise<void>((resolve) => (finish = resolve)).then(() => {
        listenerDone = true;
      }),
    );
    const waited: Promise<unknown>[] = [];
    const executionContext = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
    const answer = await hangups.fetch(post(), {}, executionContext);
    expect(answer.status).to.equal(204);
    expect([waited.length, listenerDone]).to.deep.equal([1, false]);
    finish();
    await waited[0];
    expect(listenerDone).to.equal(true);
  });

  it('resolves with a Response even when the sender went away mid-body, and reports it with no status', async () => {
    const hangups = telecmiHangup();
    const invalid = once(hangups.events, 'invalid');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"leg":'));
        setTimeout(() => controller.error(new Error('socket hang up')), 10);
      },
    });
    const request = new Request('http://127.0.0.1/webhook/cdr', {
      method: 'POST',
      headers: { 'content-type': json },
      body: stream,
      duplex: 'half',
    });
    const answer = await hangups.fetch(request);
    expect(answer).to.be.instanceOf(Response);
    const [info] = (await invalid) as [InvalidDelivery];
    expect([info.reason, info.status]).to.deep.equal(['request_aborted', undefined]);
  });

  it('refuses a middleware made with passThrough at first use, naming the option', async () => {
    const hangups = telecmiHangup({ passThrough: true });
    let refusal: unknown;
    await hangups.fetch(post()).catch((error: unknown) => (refusal = error));
    expect(refusal)
      .to.be.instanceOf(TypeError)
      .and.to.have.property('message')
      .that.matches(/"passThrough" needs a host/);
  });

  it('answers 500 body_unavailable, which TeleCMI retries, when something in front already read the body', async () => {
    const hangups = telecmiHangup();
    for (const headers of [{}, { 'content-length': String(body.length) }]) {
      const request = post(undefined, body, headers);
      await request.text();
      const answer = await hangups.fetch(request);
      expect([answer.status, ((await answer.json()) as { error: string }).error]).to.deep.equal([
        500,
        'body_unavailable',
      ]);
    }
  });

  it('survives a compressed body it gave up on whose sender then hangs up', async () => {
    const hangups = telecmiHangup();
    const answers: number[] = [];
    for (const junk of [Buffer.from('not gzip at all'), gzipSync(Buffer.alloc(200_000, 0x20))]) {
      let fail: (error: Error) => void = () => undefined;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(junk));
          fail = (error) => controller.error(error);
        },
      });
      const request = new Request('http://127.0.0.1/webhook/cdr', {
        method: 'POST',
        headers: { 'content-type': json, 'content-encoding': 'gzip' },
        body: stream,
        duplex: 'half',
      });
      answers.push((await hangups.fetch(request)).status);
      // The sender goes away after the answer: nothing may be left to throw an unheard 'error'.
      fail(new Error('socket hang up'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(answers).to.deep.equal([400, 413]);
  });
});

describe('the Fastify host', () => {
  it('reads its own body, whatever content-type parsers the app has, and leaves them to its other routes', async () => {
    const app = Fastify();
    // A parser of the app's own that would break any JSON body it was given.
    app.addContentTypeParser(json, { parseAs: 'string' }, (_request, text, done) =>
      done(null, { parsedByTheApp: String(text).length }),
    );
    app.post('/elsewhere', (req) => req.body);
    const hangups = telecmiHangup<FastifyRequest>();
    const seen: HangupEvent[] = [];
    hangups.events.on('hangup', (event, req) => {
      seen.push(event);
      expect(req.telecmiHangup).to.equal(event);
    });
    await app.register(fastifyTelecmiHangup, { hangups, path: webhookPath });
    const answer = await app.inject({
      method: 'POST',
      url: webhookPath,
      headers: { 'content-type': json },
      payload: body,
    });
    expect(answer.statusCode).to.equal(204);
    expect(seen).to.have.length(1);
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/elsewhere',
      headers: { 'content-type': json },
      payload: '{}',
    });
    expect(elsewhere.json()).to.deep.equal({ parsedByTheApp: 2 });
    await app.close();
  });

  it('lets the app’s own hooks after parsing see the Content-Type it hid from Fastify’s parser choice', async () => {
    const app = Fastify();
    const seen: unknown[] = [];
    app.addHook('preValidation', (request, _reply, done) => {
      seen.push(request.headers['content-type']);
      done();
    });
    app.addHook('preHandler', (request, _reply, done) => {
      seen.push(request.headers['content-type']);
      done();
    });
    await app.register(fastifyTelecmiHangup, { hangups: telecmiHangup(), path: webhookPath });
    const answer = await app.inject({
      method: 'POST',
      url: webhookPath,
      headers: { 'content-type': json },
      payload: body,
    });
    expect(answer.statusCode).to.equal(204);
    expect(seen).to.deep.equal([json, json]);
    await app.close();
  });

  it('mounts under the prefix it is registered with', async () => {
    const app = Fastify();
    await app.register(fastifyTelecmiHangup, { hangups: telecmiHangup(), path: '/cdr', prefix: '/webhook' });
    const answer = await app.inject({
      method: 'POST',
      url: '/webhook/cdr',
      headers: { 'content-type': json },
      payload: body,
    });
    expect(answer.statusCode).to.equal(204);
    await app.close();
  });

  it('checks allowIps against request.ip, so trustProxy decides which hop counts', async () => {
    const app = Fastify({ trustProxy: true });
    await app.register(fastifyTelecmiHangup, {
      hangups: telecmiHangup({ allowIps: '203.0.113.7' }),
      path: webhookPath,
    });
    const send = (forwarded: string) =>
      app.inject({
        method: 'POST',
        url: webhookPath,
        headers: { 'content-type': json, 'x-forwarded-for': forwarded },
        payload: JSON.stringify(hangupPayload({ cmiuuid: forwarded })),
      });
    expect((await send('203.0.113.7')).statusCode).to.equal(204);
    expect((await send('198.51.100.1')).statusCode).to.equal(403);
    await app.close();
  });

  it('answers a gzip body and a Content-Type Fastify itself could not parse in the package’s own words', async () => {
    const app = Fastify();
    await app.register(fastifyTelecmiHangup, { hangups: telecmiHangup(), path: webhookPath });
    const gzipped = await app.inject({
      method: 'POST',
      url: webhookPath,
      headers: { 'content-type': json, 'content-encoding': 'gzip' },
      payload: gzipSync(body),
    });
    expect(gzipped.statusCode).to.equal(204);
    const odd = await app.inject({
      method: 'POST',
      url: webhookPath,
      headers: { 'content-type': ';;' },
      payload: body,
    });
    expect([odd.statusCode, odd.json<{ error: string }>().error]).to.deep.equal([415, 'unsupported_media_type']);
    await app.close();
  });

  it('refuses at registration what it cannot serve, naming the option', async () => {
    const cases: [object, RegExp][] = [
      [{ hangups: telecmiHangup({ passThrough: true }), path: webhookPath }, /option "passThrough" needs a host/],
      [{ hangups: telecmiHangup() }, /option "path" must be a path such as "\/webhook\/cdr"/],
      [{ hangups: () => undefined, path: webhookPath }, /"hangups" must be what telecmiHangup\(\) returned/],
    ];
    for (const [options, message] of cases) {
      const app = Fastify();
      let refusal: unknown;
      try {
        await app.register(fastifyTelecmiHangup, options as never);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).to.be.instanceOf(TypeError).and.to.have.property('message').that.matches(message);
      await app.close();
    }
  });

  it('serves a real socket too, under app.listen', async () => {
    const app = Fastify();
    await app.register(fastifyTelecmiHangup, { hangups: telecmiHangup(), path: webhookPath });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await request(app.server).post(webhookPath).type(json).send(body).expect(204);
    } finally {
      await app.close();
    }
  });
});

function eventV2(overrides: Partial<LambdaProxyEventV2> = {}): LambdaProxyEventV2 {
  return {
    version: '2.0',
    rawPath: webhookPath,
    rawQueryString: '',
    headers: { 'content-type': json },
    body,
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', sourceIp: '203.0.113.7' } },
    ...overrides,
  };
}

describe('the AWS Lambda host', () => {
  it('answers REST (v1), HTTP API (v2) and function URL events with a proxy result', async () => {
    const hangups = telecmiHangup<LambdaProxyEvent>({ dedupe: false });
    const seen: LambdaProxyEvent[] = [];
    hangups.events.on('hangup', (_event, req) => void seen.push(req));
    const handler = toLambdaHandler(hangups);
    const v1: LambdaProxyEvent = {
      httpMethod: 'POST',
      path: webhookPath,
      headers: { 'Content-Type': json },
      multiValueHeaders: { 'Content-Type': [json] },
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      body,
      isBase64Encoded: false,
      requestContext: { identity: { sourceIp: '203.0.113.7' } },
    };
    for (const event of [v1, eventV2()]) {
      expect(await handler(event)).to.deep.equal({ statusCode: 204, headers: {}, body: '', isBase64Encoded: false });
    }
    expect(seen).to.have.length(2);
    const refused = await handler(eventV2({ body: '{' }));
    expect(refused.statusCode).to.equal(400);
    expect(refused.headers['Content-Type']).to.equal('application/json; charset=utf-8');
    expect((JSON.parse(refused.body) as { error: string }).error).to.equal('invalid_json');
  });

  it('decodes base64 bodies, compressed ones included, and checks allowIps against the source IP', async () => {
    const handler = toLambdaHandler(telecmiHangup({ allowIps: '203.0.113.0/24' }));
    const zipped = eventV2({
      headers: { 'content-type': json, 'content-encoding': 'gzip' },
      body: gzipSync(body).toString('base64'),
      isBase64Encoded: true,
    });
    expect((await handler(zipped)).statusCode).to.equal(204);
    const outsider = eventV2({ requestContext: { http: { method: 'POST', sourceIp: '198.51.100.1' } } });
    expect((await handler(outsider)).statusCode).to.equal(403);
  });

  it('resolves only once the listeners are done, even with awaitHandlers: false, since Lambda freezes after', async () => {
    const hangups = telecmiHangup({ awaitHandlers: false });
    let listenerDone = false;
    hangups.events.on('hangup', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      listenerDone = true;
      throw new Error('failed after the answer');
    });
    hangups.events.on('error', () => undefined);
    const result = await toLambdaHandler(hangups)(eventV2());
    expect([result.statusCode, listenerDone]).to.deep.equal([204, true]);
  });

  it('refuses passThrough when the handler is made, and an event that is no HTTP event when called', async () => {
    expect(() => toLambdaHandler(telecmiHangup({ passThrough: true }))).to.throw(TypeError, /"passThrough"/);
    const handler = toLambdaHandler(telecmiHangup());
    let refusal: unknown;
    try {
      await handler({ Records: [] } as unknown as LambdaProxyEvent);
    } catch (error) {
      refusal = error;
    }
    expect(refusal)
      .to.be.instanceOf(TypeError)
      .and.to.have.property('message')
      .that.matches(/not an API Gateway/);
  });
});
