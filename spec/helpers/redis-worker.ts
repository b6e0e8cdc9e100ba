// One instance of a host app, run as a child process by spec/redis.spec.ts: Express 5 with the
// middleware on a Redis store. It tells the parent over IPC the port it listens on, then every
// event it emits, so the parent can count the 'hangup's of all instances together.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { telecmiHangup } from '../../lib/index.js';
import { createRedisStore } from '../../lib/redis/index.js';
import { connectRedis } from './redis.js';
import { webhookPath } from './app.js';

/** What a worker sends its parent. */
export type WorkerMessage =
  | { type: 'listening'; port: number }
  | { type: 'hangup' | 'duplicate'; cmiuuid: string }
  | { type: 'error'; code: string }
  | { type: 'stopped' };

/** What the parent sends a worker. */
export type ParentMessage = { type: 'stop' };

const send = (message: WorkerMessage): void => void process.send?.(message);

async function main(): Promise<void> {
  const client = connectRedis(process.env['REDIS_URL'] ?? '');
  const store = createRedisStore({ client, prefix: process.env['REDIS_PREFIX'] ?? 'telecmi-hangup:' });
  const hangups = telecmiHangup({ dedupe: { store } });
  const handlingMs = Number(process.env['HANDLING_MS'] ?? '0');
  hangups.events.on('hangup', async (event) => {
    // A listener that takes a while, like a database write, so copies overlap.
    await new Promise((resolve) => setTimeout(resolve, handlingMs));
    send({ type: 'hangup', cmiuuid: event.cmiuuid });
  });
  hangups.events.on('duplicate', (event) => send({ type: 'duplicate', cmiuuid: event.cmiuuid }));
  hangups.events.on('error', (error) => send({ type: 'error', code: error.code }));

  const app = express();
  app.use(webhookPath, hangups);
  const server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  send({ type: 'listening', port: (server.address() as AddressInfo).port });

  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'stop') return;
    void hangups
      .close()
      .then(() => new Promise((resolve) => server.close(resolve)))
      .then(() => client.quit())
      .then(() => {
        send({ type: 'stopped' });
        process.disconnect();
      });
  });
}

void main();
