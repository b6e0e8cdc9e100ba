import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * The Redis server the Redis specs share, from `REDIS_URL`. `.ci/redis.sh` starts one
 * (`source .ci/redis.sh; start_redis`); the specs cannot run without it.
 */
export function redisUrl(): string {
  const url = process.env['REDIS_URL'];
  if (!url) {
    throw new Error(
      'REDIS_URL is not set: the Redis specs need a redis-server. Start one with ' +
        '`source .ci/redis.sh && start_redis`, then run `npm run test:redis`.',
    );
  }
  return url;
}

/** A client of `url` whose connection errors (expected while a test stops the server) are kept, not logged. */
export function connectRedis(url: string, options: RedisOptions = {}): Redis & { connectionErrors: Error[] } {
  const client = Object.assign(new Redis(url, options), { connectionErrors: [] as Error[] });
  client.on('error', (error: Error) => void client.connectionErrors.push(error));
  return client;
}

/** A TCP port on 127.0.0.1 that no one listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A redis-server of the test's own on a loopback port, persistence off, that the test may kill
 * and start again on the same port. `redis-server` must be on the PATH (`.ci/redis.sh` installs it).
 */
export class PrivateRedis {
  private process: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'telecmi-hangup-redis-'));

  private constructor(readonly port: number) {}

  /** Starts a server on a free port. */
  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again) on its port, resolving once it accepts connections. */
  async restart(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', [...args, '--dir', this.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`redis-server could not be run (is it installed? see .ci/redis.sh): ${error.message}`));
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    });
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  /** Kills the server and removes its folder. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
