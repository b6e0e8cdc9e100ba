import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expect } from 'chai';
import { fixtureText } from './helpers/app.js';

const server = join(__dirname, '..', 'example-app', 'server.js');

/** Resolves with the first stdout line matching `pattern`, or rejects when the process exits first. */
function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = buffered.match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`example app exited with ${code}: ${buffered}`)));
  });
}

describe('the example app', function () {
  this.timeout(20_000);
  let child: ChildProcessWithoutNullStreams;
  let base: string;

  before(async () => {
    child = spawn(process.execPath, [server], { env: { ...process.env, PORT: '0' } });
    const [, url] = await waitForLine(child, /listening on (http:\/\/\S+)\n/);
    base = url ?? '';
  });

  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('logs one readable line per hangup posted to /webhook/cdr', async () => {
    const logged = waitForLine(child, /hangup {3}.*\n/);
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: fixtureText('seed-leg-a.txt'),
    });
    expect(res.status).to.equal(204);
    const [line] = await logged;
    expect(line).to.equal(
      'hangup   2019-10-15T06:49:56.059Z leg a to 9100000000 caller id 04471000000 user 109_1111113 ' +
        '(d965c6e0-5493-44f8-8d7d-b9a8077013a4)\n',
    );
  });

  it('logs a rejected delivery with its reason', async () => {
    const logged = waitForLine(child, /rejected .*\n/);
    const res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).to.equal(422);
    expect((await logged)[0]).to.match(/^rejected 422 invalid_payload: /);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).to.equal(0);
  });
});
