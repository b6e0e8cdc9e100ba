import { once } from 'node:events';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { expect } from 'chai';
import { createMemoryStore, telecmiHangup, type DedupeStore, type InvalidDelivery } from '../lib/index.js';
import { hangupPayload } from './helpers/app.js';

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
