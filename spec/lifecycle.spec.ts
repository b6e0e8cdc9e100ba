import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  Agent,
  createServer,
  request,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { expect } from 'chai';
import { createMemoryStore, telecmiHangup, type DedupeStore, type InvalidDelivery } from '../lib/index.js';
import { buildApp, hangupPayload } from './helpers/app.js';
import { collectGarbage } from './helpers/gc.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const body = JSON.stringify(hangupPayload());

/** Serves `listener` on loopback for the length of `use`. */
async function serving(listener: RequestListener, use: (port: number) => Promise<void>): Promise<void> {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    await use((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Sends `head` and `payload`, then drops the connection after `ms`. */
function sendThenLeave(port: number, payload: string, extraLength: number, ms: number): void {
  const socket = connect(port, '127.0.0.1', () => {
    const length = Buffer.byteLength(payload) + extraLength;
    socket.write(
      `POST /webhook/cdr HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${payload}`,
    );
    setTimeout(() => socket.destroy(), ms);
  });
  socket.on('error', () => undefined);
}

/** Resolves with whether `promise` settled within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

describe('every delivery ends, so close() resolves', () => {
  it('with passThrough and a slow store, when the client leaves while the key is being claimed', async () => {
    const memory = createMemoryStore();
    const slowStore: DedupeStore = {
      claim: async (key, ttl) => {
        await sleep(100);
        return memory.claim(key, ttl);
      },
      commit: (key, token, ttl) => memory.commit(key, token, ttl),
      release: (key, token) => memory.release(key, token),
    };
    const hangups = telecmiHangup({ passThrough: true, dedupe: { store: slowStore } });
    let handled = 0;
    hangups.events.on('hangup', () => void handled++);
    const listener = (req: IncomingMessage, res: ServerResponse) =>
      hangups(req, res, () => {
        res.statusCode = 200;
        res.end('ok');
      });
    await serving(listener, async (port) => {
      sendThenLeave(port, body, 0, 30);
      await sleep(250);
    });
    expect(handled).to.equal(1);
    expect(await settlesWithin(hangups.close(), 1000)).to.equal(true);
    // The claim was released (the answer never reached the sender), so TeleCMI's retry is handled.
    expect(memory.claim('ccd826f9-67a4-4467-acfb-a53093ff5c9d:a:hangup', 1000)).to.have.property('state', 'claimed');
  });

  it('when the client left before the middleware was called', async () => {
    const hangups = telecmiHangup();
    const invalid: InvalidDelivery[] = [];
    hangups.events.on('invalid', (info) => void invalid.push(info));
    // A slow middleware in front, such as an authentication lookup.
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      setTimeout(() => hangups(req, res), 100);
    };
    await serving(listener, async (port) => {
      sendThenLeave(port, body, 10, 30);
      await sleep(250);
    });
    expect(invalid.map((info) => info.reason)).to.deep.equal(['request_aborted']);
    expect(await settlesWithin(hangups.close(), 1000)).to.equal(true);
  });
});

describe("an 'error' listener that fails", () => {
  it('becomes a process warning, not an unhandled rejection, when it is async', async () => {
    const hangups = telecmiHangup();
    hangups.events.on('hangup', () => {
      throw new Error('listener failed');
    });
    hangups.events.on('error', async () => {
      await sleep(1);
      throw new Error('error listener failed too');
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const warning = once(process, 'warning');
      await serving(hangups, async (port) => {
        const res = await fetch(`http://127.0.0.1:${port}/webhook/cdr`, { method: 'POST', body });
        expect(res.status).to.equal(500);
      });
      const [emitted] = (await warning) as [Error & { code: string }];
      expect(emitted.code).to.equal('TELECMI_HANGUP_INTERNAL_ERROR');
      await sleep(10);
      expect(rejections).to.deep.equal([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('after close(), on a kept-alive connection', () => {
  it('a delivery with a large body gets 503 shutting_down with Connection: close, never a reset', async () => {
    const hangups = telecmiHangup();
    await serving(hangups, async (port) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 4 });
      try {
        // Open kept-alive sockets with deliveries that are accepted, then close while they idle.
        const warmUp = await Promise.all(
          Array.from({ length: 4 }, () => post(agent, port, JSON.stringify(hangupPayload({ cmiuuid: randomUUID() })))),
        );
        expect(warmUp.map((answer) => answer.status)).to.deep.equal([204, 204, 204, 204]);
        await hangups.close();
        // Bodies of many segments: a connection closed with some of one unread is reset by the kernel.
        const large = () => JSON.stringify(hangupPayload({ cmiuuid: randomUUID(), note: 'x'.repeat(60_000) }));
        const answers = await Promise.all(Array.from({ length: 20 }, () => post(agent, port, large())));
        expect(
          answers.map((answer) => answer.error ?? `${answer.status} ${answer.code} ${answer.connection}`),
        ).to.deep.equal(Array(20).fill('503 shutting_down close'));
      } finally {
        agent.destroy();
      }
    });
  });

  it('the deliveries still in flight are answered with Connection: close, so no socket is left to reuse', async () => {
    const hangups = telecmiHangup();
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      hangups.events.on('hangup', () => {
        resolve();
        return new Promise<void>((done) => (release = done));
      });
    });
    await serving(hangups, async (port) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const inFlight = post(agent, port, body);
        await started;
        const closed = hangups.close();
        release();
        const answer = await inFlight;
        await closed;
        expect([answer.status, answer.connection]).to.deep.equal([204, 'close']);
      } finally {
        agent.destroy();
      }
    });
  });
});

/** What a POST on `agent` got: its status, error code and Connection header, or the error it met. */
function post(
  agent: Agent,
  port: number,
  payload: string,
): Promise<{ status?: number; code?: string; connection?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/webhook/cdr',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const code = text === '' ? undefined : (JSON.parse(text) as { error?: string }).error;
          resolve({ status: res.statusCode ?? 0, code: code ?? '', connection: String(res.headers.connection) });
        });
        res.on('error', (error) => resolve({ error: error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(payload);
  });
}

describe('a listener that outlives handlerTimeout', () => {
  it('is reported once, as handler_timeout, even when it rejects later', async () => {
    const hangups = telecmiHangup({ handlerTimeout: 30 });
    hangups.events.on('hangup', () => sleep(80).then(() => Promise.reject(new Error('too late'))));
    const codes: string[] = [];
    hangups.events.on('error', (error) => void codes.push(error.code));
    const answer = await hangups.fetch(postRequest(body));
    expect(answer.status).to.equal(500);
    await sleep(120);
    expect(codes).to.deep.equal(['handler_timeout']);
  });

  it('keeps nothing of the delivery alive once answered, even if its promise never settles', async () => {
    const gc = collectGarbage();
    const hangups = telecmiHangup({ handlerTimeout: 10 });
    // The listener's promises live as long as the test: whatever they hold on to stays alive.
    const neverSettled: Promise<void>[] = [];
    hangups.events.on('hangup', () => {
      const pending = new Promise<void>(() => undefined);
      neverSettled.push(pending);
      return pending;
    });
    const requests = await deliverTracked(hangups, 20);
    // One more, untracked: the latest request is kept a while by the runtime itself, not by us.
    await hangups.fetch(postRequest('{}'));
    await sleep(20);
    gc();
    await sleep(0);
    gc();
    expect(neverSettled).to.have.length(20);
    expect(requests.filter((ref) => ref.deref() !== undefined)).to.have.length(0);
  });
});

/** Delivers `count` new hangups by `fetch`, each answered 500, and gives a weak reference to each request. */
async function deliverTracked(hangups: ReturnType<typeof telecmiHangup>, count: number): Promise<WeakRef<Request>[]> {
  const requests: WeakRef<Request>[] = [];
  for (let i = 0; i < count; i++) {
    const delivery = postRequest(JSON.stringify(hangupPayload({ cmiuuid: randomUUID() })));
    requests.push(new WeakRef(delivery));
    expect((await hangups.fetch(delivery)).status).to.equal(500);
  }
  return requests;
}

function postRequest(text: string): Request {
  return new Request('http://127.0.0.1/webhook/cdr', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
}

describe('a kept-alive connection, while not closing', () => {
  for (const flavour of ['node:http', 'fastify', 'express5'] as const) {
    it(`stays open after a GET or a POST answered on ${flavour}`, async () => {
      const { app } = buildApp(flavour);
      await serving(app, async (port) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        try {
          const query = new URLSearchParams(hangupPayload({ cmiuuid: randomUUID() }) as Record<string, string>);
          const got = await getOn(agent, port, `/webhook/cdr?${query.toString()}`);
          const posted = await post(agent, port, JSON.stringify(hangupPayload({ cmiuuid: randomUUID() })));
          expect([got, [posted.status, posted.connection]]).to.deep.equal([
            [204, 'keep-alive'],
            [204, 'keep-alive'],
          ]);
        } finally {
          agent.destroy();
        }
      });
    });
  }
});

describe('a body paused by a middleware in front', () => {
  it('is read all the same', async () => {
    const hangups = telecmiHangup();
    const seen: string[] = [];
    hangups.events.on('hangup', (event) => void seen.push(event.cmiuuid));
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      req.pause();
      setTimeout(() => hangups(req, res), 10);
    };
    await serving(listener, async (port) => {
      const answer = await fetch(`http://127.0.0.1:${port}/webhook/cdr`, { method: 'POST', body });
      expect(answer.status).to.equal(204);
    });
    expect(seen).to.deep.equal(['ccd826f9-67a4-4467-acfb-a53093ff5c9d']);
  });
});

/** A GET on `agent`: its status and Connection header. */
function getOn(agent: Agent, port: number, path: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    request({ agent, port, host: '127.0.0.1', path }, (res) => {
      res.resume();
      res.on('end', () => resolve([res.statusCode ?? 0, String(res.headers.connection)]));
    })
      .on('error', reject)
      .end();
  });
}
