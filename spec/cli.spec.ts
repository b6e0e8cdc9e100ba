import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, RequestListener } from 'node:http';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { once } from 'node:events';
import { expect } from 'chai';
import {
  hangupSchema,
  notificationKinds,
  parseHangup,
  telecmiHangup,
  type HangupEvent,
  type HangupOptions,
  type NotificationOf,
  type TelecmiNotification,
} from '../lib/index.js';
import { expectedAt } from '../lib/cli/expected.js';
import { main } from '../lib/cli/main.js';
import { sampleIncomingCall, sampleOutgoingCall } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';
import { loopbackServers } from './helpers/serve.js';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'telecmi-hangup.js');
const fixture = (name: string) => join(root, 'spec', 'fixtures', name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, with `input` on its standard input. */
function spawnBinary(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs the command line in this process, through `main` with stand-in streams, so coverage sees it. */
async function runInProcess(args: string[], input = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough().end(input) });
  stdout.end();
  stderr.end();
  await Promise.all([once(stdout, 'end'), once(stderr, 'end')]);
  return { code, stdout: out, stderr: err };
}

const runners = [
  { mode: 'the built binary', cli: spawnBinary },
  { mode: 'main() in process', cli: runInProcess },
];

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A request as it reached the recording server. */
interface Recorded {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

const servers = loopbackServers();

/** A loopback server for the duration of a test, and the webhook URL on it. */
async function listen(handler: RequestListener): Promise<{ url: string }> {
  return { url: `http://127.0.0.1:${await servers.listen(handler)}/webhook/cdr` };
}

/** The middleware on a real server, with every hangup it accepted, and every notification of any kind. */
async function hangupServer(options?: HangupOptions) {
  const hangups = telecmiHangup(options);
  const events: { event: HangupEvent; method: string | undefined }[] = [];
  const notifications: { notification: TelecmiNotification; method: string | undefined }[] = [];
  const duplicates: TelecmiNotification[] = [];
  hangups.events.on('hangup', (event, req) => {
    events.push({ event, method: req.method });
  });
  hangups.events.on('notification', (notification, req) => {
    notifications.push({ notification, method: req.method });
  });
  hangups.events.on('duplicate', (event) => {
    duplicates.push(event);
  });
  const { url } = await listen(hangups);
  return { url, hangups, events, notifications, duplicates };
}

/** The kinds of one sample call, in the order TeleCMI sends them. */
function callKinds(direction: 'incoming' | 'outgoing', answered = true): string[] {
  const call = direction === 'incoming' ? sampleIncomingCall({ answered }) : sampleOutgoingCall({ answered });
  return call.map(({ kind }) => kind);
}

/** A server that answers `status` to everything and keeps each request as it arrived. */
async function recordingServer(status = 204) {
  const requests: Recorded[] = [];
  const { url } = await listen((req, res) => {
    void bodyOf(req).then((body) => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body });
      res.statusCode = status;
      res.end();
    });
  });
  return { url, requests };
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/**
 * The bundles the binary loads must be newer than every source, or the binary under test is not
 * this code (each bundle is built from many of them).
 */
function assertBuildIsCurrent(): void {
  const dist = join(root, 'dist', 'cjs');
  const entry = join(dist, 'cli.js');
  if (!existsSync(entry)) throw new Error('dist/cjs/cli.js is missing: run `npm run build`');
  const sources = readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  const newest = Math.max(...sources.map((file) => statSync(join(root, 'lib', file)).mtimeMs));
  for (const bundle of readdirSync(dist).filter((file) => file.endsWith('.js'))) {
    if (statSync(join(dist, bundle)).mtimeMs < newest) {
      throw new Error(`dist/cjs/${bundle} is older than the sources: run \`npm run build\``);
    }
  }
}

const requestLine =
  /^#\s*\d+ {2}(GET|POST) {2}([a-z.]+|-) +leg (a|b|-) {2}(\d{3}|---) +\d+\.\d ms {2}(\S+)(?: {2}(.*))?$/;

/** The kind column of each request line, in the order printed. */
function kindsPrinted(stdout: string): string[] {
  return linesOf(stdout).flatMap((line) => requestLine.exec(line)?.[2] ?? []);
}
const summaryLine = /^(\d+) requests? in \d+\.\d\d s: (\d+) acknowledged \(2xx\), (\d+) failed \[(.*)\]; latency p50 /;

for (const { mode, cli } of runners) {
  describe(`the telecmi-hangup command, run as ${mode}`, function () {
    // A test through the binary starts a Node process; on a busy machine that takes a while.
    this.timeout(30_000);

    before(() => {
      if (cli === spawnBinary) assertBuildIsCurrent();
    });

    afterEach(servers.closeAll);

    describe('send', () => {
      it('delivers both legs of one call as JSON, one line each and a summary', async () => {
        const { url, events } = await hangupServer();
        const run = await cli(['send', url]);
        expect(run.code, run.stderr).to.equal(0);
        expect(run.stderr).to.equal('');
        const [first, second, summary, ...rest] = linesOf(run.stdout);
        expect(rest).to.deep.equal([]);
        expect(first).to.match(requestLine).and.include('POST  outgoing.hangup  leg a  204');
        expect(second).to.match(requestLine).and.include('POST  outgoing.hangup  leg b  204');
        expect(summary)
          .to.match(summaryLine)
          .and.include('2 requests')
          .and.include('2 acknowledged (2xx), 0 failed [204 x2]');
        const [legA, legB] = events.map((e) => e.event);
        expect([legA?.leg, legB?.leg]).to.deep.equal(['a', 'b']);
        expect(legB?.conversation_uuid).to.equal(legA?.conversation_uuid);
        expect(first).to.include(legA?.cmiuuid);
        expect(second).to.include(legB?.cmiuuid);
        expect(legA?.callerid).to.equal('04471000000');
      });

      it('sends --count calls with at most --concurrency requests in flight', async () => {
        const { url, hangups, events } = await hangupServer();
        let inFlight = 0;
        let most = 0;
        hangups.events.on('hangup', async () => {
          most = Math.max(most, ++inFlight);
          await sleep(40);
          inFlight--;
        });
        const run = await cli(['send', url, '--count', '3', '--concurrency', '2']);
        expect(run.code, run.stderr).to.equal(0);
        expect(linesOf(run.stdout).filter((line) => requestLine.test(line))).to.have.length(6);
        expect(run.stdout).to.include('6 requests').and.include('6 acknowledged (2xx), 0 failed');
        expect(most).to.equal(2);
        const conversations = new Map<string, string[]>();
        for (const { event } of events) {
          const legs = conversations.get(event.conversation_uuid ?? '') ?? [];
          conversations.set(event.conversation_uuid ?? '', [...legs, event.leg]);
        }
        expect([...conversations.values()].map((legs) => legs.sort())).to.deep.equal([
          ['a', 'b'],
          ['a', 'b'],
          ['a', 'b'],
        ]);
      });

      it('delivers with --get as a query string, which the middleware accepts', async () => {
        const recorder = await recordingServer();
        const run = await cli(['send', recorder.url, '--get', '--leg', 'a']);
        expect(run.code, run.stderr).to.equal(0);
        const [delivered] = recorder.requests;
        expect(delivered).to.include({ method: 'GET', body: '' });
        const query = new URL(delivered?.url ?? '', 'http://x').searchParams;
        expect(query.get('leg')).to.equal('a');
        expect(query.get('callerid')).to.equal('04471000000');

        const { url, events } = await hangupServer();
        expect((await cli(['send', url, '--get'])).code).to.equal(0);
        expect(events.map((e) => [e.method, e.event.leg])).to.deep.equal([
          ['GET', 'a'],
          ['GET', 'b'],
        ]);
      });

      it('delivers with --form as form bodies, which the middleware accepts', async () => {
        const recorder = await recordingServer();
        expect((await cli(['send', recorder.url, '--form'])).code).to.equal(0);
        expect(recorder.requests.map((r) => r.contentType)).to.deep.equal([
          'application/x-www-form-urlencoded',
          'application/x-www-form-urlencoded',
        ]);
        expect(new URLSearchParams(recorder.requests[1]?.body).get('leg')).to.equal('b');

        const { url, events } = await hangupServer();
        expect((await cli(['send', url, '--form'])).code).to.equal(0);
        expect(events.map((e) => e.event.callerid)).to.deep.equal(['04471000000', '04471000000']);
      });

      it('delivers with --legacy in the older docs’ text, leading zero and all', async () => {
        const recorder = await recordingServer();
        expect((await cli(['send', recorder.url, '--legacy', '--leg', 'b'])).code).to.equal(0);
        const [delivered] = recorder.requests;
        expect(delivered?.body).to.include('"callerid": 04471000000,\n').and.include('"from": 9100000000,\n');
        expect(delivered?.contentType).to.equal('application/json');
        const verdict = parseHangup(delivered?.body ?? '');
        expect(verdict.ok && verdict.event.callerid).to.equal('04471000000');

        const { url, events } = await hangupServer({ strict: true });
        const run = await cli(['send', url, '--legacy']);
        expect(run.code, run.stdout).to.equal(0);
        expect(events).to.have.length(2);
      });

      it('sends only the leg asked for with --leg', async () => {
        const { url, events } = await hangupServer();
        const run = await cli(['send', url, '--leg', 'b', '-n', '2']);
        expect(run.code).to.equal(0);
        expect(events.map((e) => e.event.leg)).to.deep.equal(['b', 'b']);
        expect(run.stdout).to.include('2 requests');
      });

      it('sends --count notifications of one --kind, each a fresh sample the middleware emits as that kind', async () => {
        const { url, hangups, notifications } = await hangupServer();
        const missed: NotificationOf<'cdr.incoming.missed'>[] = [];
        hangups.events.on('cdr.incoming.missed', (notification) => {
          missed.push(notification);
        });
        const run = await cli(['send', url, '--kind', 'cdr.incoming.missed', '--count', '2']);
        expect(run.code, run.stderr).to.equal(0);
        const [first, second, summary] = linesOf(run.stdout);
        expect(first).to.match(requestLine).and.include('POST  cdr.incoming.missed  leg -  204');
        expect(second).to.match(requestLine).and.include('POST  cdr.incoming.missed  leg -  204');
        expect(summary).to.include('2 requests').and.include('[204 x2]');
        expect(notifications.map((n) => n.notification.kind)).to.deep.equal([
          'cdr.incoming.missed',
          'cdr.incoming.missed',
        ]);
        const [one, two] = missed;
        expect(one?.cmiuuid).to.be.a('string').and.not.equal(two?.cmiuuid);
        expect(first).to.include(one?.cmiuuid);
        expect(second).to.include(two?.cmiuuid);
      });

      it('sends --kind outgoing.hangup as leg a’s hangup, a new call each time', async () => {
        const { url, events } = await hangupServer();
        const run = await cli(['send', url, '--kind', 'outgoing.hangup', '-n', '2']);
        expect(run.code, run.stderr).to.equal(0);
        expect(kindsPrinted(run.stdout)).to.deep.equal(['outgoing.hangup', 'outgoing.hangup']);
        expect(events.map((e) => e.event.leg)).to.deep.equal(['a', 'a']);
        expect(events[0]?.event.conversation_uuid).to.not.equal(events[1]?.event.conversation_uuid);
      });

      for (const direction of ['incoming', 'outgoing'] as const) {
        for (const answered of [true, false]) {
          const args = ['--call', direction, ...(answered ? [] : ['--missed'])];
          it(`delivers a whole \`${args.join(' ')}\` in order, one conversation, one request at a time`, async () => {
            const { url, hangups, notifications } = await hangupServer();
            let inFlight = 0;
            let most = 0;
            hangups.events.on('notification', async () => {
              most = Math.max(most, ++inFlight);
              await sleep(5);
              inFlight--;
            });
            const run = await cli(['send', url, ...args]);
            expect(run.code, run.stderr).to.equal(0);
            const expected = callKinds(direction, answered);
            expect(notifications.map((n) => n.notification.kind)).to.deep.equal(expected);
            expect(expected.at(-1)).to.match(/^cdr\./);
            expect(kindsPrinted(run.stdout)).to.deep.equal(expected);
            expect(new Set(notifications.map((n) => n.notification.conversation_uuid)).size).to.equal(1);
            expect(most, 'each request waits for the answer to the one before it').to.equal(1);
            expect(run.stdout).to.include(`${expected.length} requests`).and.include(`[204 x${expected.length}]`);
          });
        }
      }

      it('sends --count calls side by side with --concurrency, each call’s notifications still in order', async () => {
        const { url, hangups, notifications } = await hangupServer();
        const perCall = new Map<string, number>();
        let inFlight = 0;
        let most = 0;
        let mostInOneCall = 0;
        hangups.events.on('notification', async (notification) => {
          const call = notification.conversation_uuid ?? '';
          const mine = (perCall.get(call) ?? 0) + 1;
          perCall.set(call, mine);
          most = Math.max(most, ++inFlight);
          mostInOneCall = Math.max(mostInOneCall, mine);
          await sleep(10);
          inFlight--;
          perCall.set(call, (perCall.get(call) ?? 1) - 1);
        });
        const run = await cli(['send', url, '--call', 'outgoing', '--count', '3', '--concurrency', '2', '-q']);
        expect(run.code, run.stderr).to.equal(0);
        const expected = callKinds('outgoing');
        expect(run.stdout).to.include(`${3 * expected.length} requests`);
        expect(most).to.equal(2);
        expect(mostInOneCall).to.equal(1);
        const calls = new Map<string, string[]>();
        for (const { notification } of notifications) {
          const call = notification.conversation_uuid ?? '';
          calls.set(call, [...(calls.get(call) ?? []), notification.kind]);
        }
        expect([...calls.values()]).to.deep.equal([expected, expected, expected]);
      });

      for (const encoding of ['--get', '--form', '--legacy']) {
        it(`delivers --kind and --call with ${encoding}, in a form the middleware accepts`, async () => {
          const { url, notifications } = await hangupServer();
          const kind = await cli(['send', url, encoding, '--kind', 'cdr.outgoing.missed']);
          expect(kind.code, kind.stdout).to.equal(0);
          const incoming = await cli(['send', url, encoding, '--call', 'incoming']);
          expect(incoming.code, incoming.stdout).to.equal(0);
          const outgoing = await cli(['send', url, encoding, '--call', 'outgoing', '--missed']);
          expect(outgoing.code, outgoing.stdout).to.equal(0);
          const expected = ['cdr.outgoing.missed', ...callKinds('incoming'), ...callKinds('outgoing', false)];
          expect(notifications.map((n) => n.notification.kind)).to.deep.equal(expected);
          const method = encoding === '--get' ? 'GET' : 'POST';
          expect(notifications.every((n) => n.method === method)).to.equal(true);
        });
      }

      it('goes on with a call after a request that is refused, and exits 1', async () => {
        const { url, hangups, notifications } = await hangupServer();
        hangups.events.on('error', () => undefined);
        hangups.events.on('incoming.agent.started', () => {
          throw new Error('database down');
        });
        const run = await cli(['send', url, '--call', 'incoming']);
        expect(run.code).to.equal(1);
        const lines = linesOf(run.stdout);
        const expected = callKinds('incoming');
        expect(kindsPrinted(run.stdout)).to.deep.equal(expected);
        expect(lines[1]).to.include('incoming.agent.started').and.include('500').and.include('handler_failed');
        expect(notifications.map((n) => n.notification.kind)).to.deep.equal(expected);
        expect(lines.at(-1)).to.include(`${expected.length - 1} acknowledged (2xx), 1 failed`);
      });

      it('sends a --file as it is, leading-zero literal included', async () => {
        const recorder = await recordingServer();
        const run = await cli(['send', recorder.url, '--file', fixture('seed-leg-a.txt')]);
        expect(run.code, run.stderr).to.equal(0);
        expect(recorder.requests.map((r) => r.body)).to.deep.equal([fixtureText('seed-leg-a.txt')]);
        expect(run.stdout).to.include('leg a').and.include('d965c6e0-5493-44f8-8d7d-b9a8077013a4');
      });

      it('sends each payload of a JSON array from standard input (--file -), --count times', async () => {
        const { url, events, duplicates } = await hangupServer();
        const payloads = [
          JSON.parse(fixtureText('current-docs-leg-a.json')) as object,
          { status: 'answered', cmiuuid: 'x' },
        ];
        const run = await cli(['send', url, '--file', '-', '--count', '2'], JSON.stringify(payloads));
        expect(run.code, run.stderr).to.equal(0);
        expect(run.stdout).to.include('4 requests').and.include('[204 x4]');
        // The second copy of the hangup is a repeat, which the middleware acknowledges as a duplicate.
        expect(events.map((e) => e.event.cmiuuid)).to.deep.equal(['ccd826f9-67a4-4467-acfb-a53093ff5c9d']);
        expect(duplicates.map((e) => e.cmiuuid)).to.deep.equal(['ccd826f9-67a4-4467-acfb-a53093ff5c9d']);
      });

      it('sends a --file that is not JSON as it is, to see how the endpoint answers it', async () => {
        const { url } = await hangupServer();
        const run = await cli(['send', url, '--file', '-'], 'leg=a&status=hangup');
        expect(run.code).to.equal(1);
        expect(linesOf(run.stdout)[0]).to.match(requestLine).and.include('400').and.include('invalid_json');
      });

      it('exits 1 when a delivery is refused, naming the error code', async () => {
        const { url } = await hangupServer();
        const run = await cli(['send', url, '--file', '-'], '{"status":"hangup","direction":"outbound","leg":"a"}');
        expect(run.code).to.equal(1);
        const [line, summary] = linesOf(run.stdout);
        expect(line).to.match(requestLine).and.include('422').and.include('invalid_payload: Payload is not a valid');
        expect(summary).to.include('0 acknowledged (2xx), 1 failed [422 x1]');
      });

      it('exits 1 when the host’s listener fails (500), after sending every request', async () => {
        const { url, hangups } = await hangupServer();
        hangups.events.on('error', () => undefined);
        hangups.events.on('hangup', (event) => {
          if (event.leg === 'b') throw new Error('database down');
        });
        const run = await cli(['send', url, '-n', '2']);
        expect(run.code).to.equal(1);
        expect(
          linesOf(run.stdout).filter((line) => line.includes('500  ') && line.includes('handler_failed')),
        ).to.have.length(2);
        expect(run.stdout).to.include('2 acknowledged (2xx), 2 failed [204 x2, 500 x2]');
      });

      it('passes --token as ?token=, which a token-guarded endpoint requires', async () => {
        const recorder = await recordingServer();
        await cli(['send', recorder.url, '--token', 's3cret', '--leg', 'a']);
        expect(recorder.requests[0]?.url).to.equal('/webhook/cdr?token=s3cret');

        const { url } = await hangupServer({ token: 's3cret' });
        const refused = await cli(['send', url, '--leg', 'a']);
        expect(refused.code).to.equal(1);
        expect(refused.stdout).to.include('401').and.include('unauthorized');
        const accepted = await cli(['send', url, '--token', 's3cret']);
        expect(accepted.code, accepted.stdout).to.equal(0);
      });

      it('reports a request that gets no answer within --timeout', async () => {
        const { url } = await listen(() => undefined);
        const run = await cli(['send', url, '--leg', 'a', '--timeout', '300']);
        expect(run.code).to.equal(1);
        expect(linesOf(run.stdout)[0])
          .to.match(requestLine)
          .and.include('---')
          .and.include('timeout: no answer within 300 ms');
      });

      it('prints only failures and the summary with --quiet', async () => {
        const { url } = await hangupServer();
        const run = await cli(['send', url, '-n', '3', '-q']);
        expect(run.code).to.equal(0);
        expect(linesOf(run.stdout)).to.have.length(1);
        expect(run.stdout).to.match(summaryLine);
      });

      it('stops a --call run in one line, exit 1, when the URL cannot be reached', async () => {
        const { url } = await listen(() => undefined);
        await servers.closeAll();
        const run = await cli(['send', url, '--call', 'outgoing', '-n', '4', '-c', '3']);
        expect(run.code).to.equal(1);
        expect(run.stdout).to.equal('');
        expect(linesOf(run.stderr)).to.deep.equal([
          `telecmi-hangup send: cannot reach ${new URL(url).origin}: connection refused (ECONNREFUSED)`,
        ]);
      });

      it('says in one line, exit 1, that an unreachable URL cannot be reached', async () => {
        const { url } = await listen(() => undefined);
        await servers.closeAll();
        const port = new URL(url).port;
        const run = await cli(['send', url, '-n', '5', '-c', '3']);
        expect(run.code).to.equal(1);
        expect(run.stdout).to.equal('');
        expect(run.stderr).to.equal(
          `telecmi-hangup send: cannot reach http://127.0.0.1:${port}: connection refused (ECONNREFUSED)\n`,
        );
      });
    });

    describe('validate', () => {
      it('accepts a valid payload file, exit 0', async () => {
        const run = await cli(['validate', fixture('current-docs-leg-a.json')]);
        expect(run.code).to.equal(0);
        expect(run.stdout).to.match(
          /current-docs-leg-a\.json: valid TeleCMI outgoing hangup \(outgoing\.hangup\), leg a, cmiuuid ccd826f9-/,
        );
      });

      it('reads the older docs’ leading-zero text, and prints the normalized event with --json', async () => {
        const run = await cli(['validate', fixture('seed-leg-a.txt'), '--json']);
        expect(run.code, run.stderr).to.equal(0);
        const verdict = parseHangup(fixtureText('seed-leg-a.txt'));
        if (!verdict.ok) throw new Error('the seed fixture must parse');
        expect(JSON.parse(run.stdout)).to.deep.equal(JSON.parse(JSON.stringify(verdict.event)));
        expect(JSON.parse(run.stdout)).to.include({ callerid: '04471000000', to: '9100000000', app_id: 1111113 });
      });

      it('reads standard input for - (and when no file is given)', async () => {
        const dash = await cli(['validate', '-'], fixtureText('seed-leg-b.txt'));
        expect(dash.code).to.equal(0);
        expect(dash.stdout).to.include('stdin: valid TeleCMI outgoing hangup (outgoing.hangup), leg b');
        const none = await cli(['validate'], fixtureText('seed-leg-b.txt'));
        expect(none.stdout).to.equal(dash.stdout);
      });

      it('prints every error with its JSON pointer and the expected type, exit 1', async () => {
        const payload = {
          status: 'hangup',
          direction: 'outbound',
          leg: 'c',
          cmiuuid: 'x',
          app_id: 1,
          time: 'noon',
          to: true,
        };
        const run = await cli(['validate', '-'], JSON.stringify(payload));
        expect(run.code).to.equal(1);
        expect(run.stdout).to.equal('');
        expect(linesOf(run.stderr)).to.deep.equal([
          'stdin: not a valid TeleCMI outgoing hangup (4 errors)',
          '  /type: is required; expected non-empty string',
          '  /leg: must be "a" or "b"',
          '  /time: must be a timestamp in milliseconds: a non-negative integer, or a string of up to 15 digits',
          '  /to: must be a phone number: digits with an optional leading +, as a string, or a non-negative integer',
        ]);
      });

      it('judges against the older property table with --strict', async () => {
        const loose = await cli(['validate', fixture('current-docs-leg-a.json'), '--strict']);
        expect(loose.code).to.equal(1);
        expect(loose.stderr).to.include('  /call_id: is not a field of the older property table');
        expect((await cli(['validate', '--strict', fixture('seed-leg-a.txt')])).code).to.equal(0);
      });

      it('names the kind of any other notification, exit 0', async () => {
        const run = await cli(['validate', fixture('current-docs-answered-leg-a.json')]);
        expect(run.code, run.stderr).to.equal(0);
        expect(run.stdout).to.match(
          /: valid TeleCMI outgoing answered \(outgoing\.answered\), leg a, cmiuuid ccd826f9-/,
        );
      });

      it('says a notification of no documented kind is acknowledged as ignored, exit 1', async () => {
        const run = await cli(['validate', fixture('piopiy-out-answered.json')]);
        expect(run.code).to.equal(1);
        expect(run.stderr).to.include(
          'a TeleCMI notification of no documented kind (type "event", direction "outbound", status "out_answered")',
        );
      });

      it('says in one line that text is not JSON, exit 1', async () => {
        const run = await cli(['validate'], '{"leg": ');
        expect(run.code).to.equal(1);
        expect(linesOf(run.stderr)).to.have.length(1);
        expect(run.stderr).to.match(/^stdin: not JSON: /);
      });

      it('says in one line that a file cannot be read, exit 2', async () => {
        const run = await cli(['validate', 'no-such-file.json']);
        expect(run.code).to.equal(2);
        expect(run.stderr).to.equal('telecmi-hangup validate: cannot read no-such-file.json: no such file\n');
      });
    });

    describe('schema', () => {
      it('prints the JSON Schema, exactly the package’s hangupSchema', async () => {
        const run = await cli(['schema']);
        expect(run.code).to.equal(0);
        expect(JSON.parse(run.stdout)).to.deep.equal(JSON.parse(JSON.stringify(hangupSchema)));
      });
    });

    describe('help and usage errors', () => {
      it('lists the commands with --help, exit 0', async () => {
        for (const args of [['--help'], ['-h'], ['help']]) {
          const run = await cli(args);
          expect(run.code).to.equal(0);
          expect(run.stdout).to.match(/^Usage: telecmi-hangup <command>/);
          expect(run.stdout).to.include('  send ').and.include('  validate ').and.include('  schema ');
        }
      });

      it('shows each command’s help with --help or help <command>', async () => {
        const send = await cli(['send', '--help']);
        expect(send.code).to.equal(0);
        expect(send.stdout).to.match(/^Usage: telecmi-hangup send <url>/);
        const flags = [
          '--count',
          '--concurrency',
          '--leg',
          '--kind',
          '--call',
          '--missed',
          '--get',
          '--form',
          '--legacy',
        ];
        for (const flag of [...flags, '--file', '--token', '--timeout', '--quiet']) {
          expect(send.stdout).to.include(flag);
        }
        for (const kind of notificationKinds) expect(send.stdout).to.include(kind);
        expect((await cli(['help', 'validate'])).stdout).to.match(/^Usage: telecmi-hangup validate/);
        expect((await cli(['schema', '-h'])).stdout).to.match(/^Usage: telecmi-hangup schema/);
      });

      it('prints the usage on stderr, exit 2, when no command is given', async () => {
        const run = await cli([]);
        expect(run.code).to.equal(2);
        expect(run.stdout).to.equal('');
        expect(run.stderr).to.match(/^Usage: telecmi-hangup <command>/);
      });

      const usageErrors: [args: string[], message: string, input?: string][] = [
        [['launch'], 'telecmi-hangup: unknown command "launch"; the commands are send, validate, schema'],
        [['--verbose'], 'telecmi-hangup: unknown option --verbose; the commands are send, validate, schema'],
        [['send', 'http://127.0.0.1:9/', '--colour'], 'telecmi-hangup send: unknown option --colour'],
        [['send'], 'telecmi-hangup send: give the URL to deliver to'],
        [
          ['send', 'localhost:3000'],
          'telecmi-hangup send: the URL must start with http:// or https://, got "localhost:3000"',
        ],
        [['send', 'not a url'], 'telecmi-hangup send: "not a url" is not a URL'],
        [['send', 'http://127.0.0.1:9/', '--count'], 'telecmi-hangup send: --count needs a value'],
        [
          ['send', 'http://127.0.0.1:9/', '-n', '0'],
          'telecmi-hangup send: --count must be a whole number from 1 to 100000, got "0"',
        ],
        [['send', 'http://127.0.0.1:9/', '--leg', 'c'], 'telecmi-hangup send: --leg must be a or b, got "c"'],
        [
          ['send', 'http://127.0.0.1:9/', '--get', '--form'],
          'telecmi-hangup send: --get and --form cannot be used together',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '-n', '--get'],
          'telecmi-hangup send: -n needs a value before the next option',
        ],
        [['send', 'http://127.0.0.1:9/', '--get=yes'], 'telecmi-hangup send: --get takes no value'],
        [
          ['send', 'http://127.0.0.1:9/', 'http://127.0.0.1:10/'],
          'telecmi-hangup send: unexpected argument "http://127.0.0.1:10/"',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--kind', 'cdr.missed'],
          `telecmi-hangup send: unknown --kind "cdr.missed"; the kinds are ${notificationKinds.join(', ')} (see telecmi-hangup send --help)`,
        ],
        [['send', 'http://127.0.0.1:9/', '--kind'], 'telecmi-hangup send: --kind needs a value'],
        [
          ['send', 'http://127.0.0.1:9/', '--call', 'sideways'],
          'telecmi-hangup send: --call must be incoming or outgoing, got "sideways"',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--call', 'incoming', '--kind', 'incoming.waiting'],
          'telecmi-hangup send: --kind and --call cannot be used together',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--kind', 'outgoing.hangup', '--leg', 'a'],
          'telecmi-hangup send: --kind and --leg cannot be used together',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--call', 'outgoing', '--leg', 'b'],
          'telecmi-hangup send: --call and --leg cannot be used together',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--file', '-', '--call', 'incoming'],
          'telecmi-hangup send: --call and --file cannot be used together',
          '{"leg":"a"}',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--kind', 'cdr.incoming.missed', '--file', '-'],
          'telecmi-hangup send: --kind and --file cannot be used together',
          '{"leg":"a"}',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--missed'],
          'telecmi-hangup send: --missed needs --call incoming or --call outgoing',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--kind', 'cdr.incoming.missed', '--missed'],
          'telecmi-hangup send: --missed needs --call incoming or --call outgoing',
        ],
        [['validate', 'a.json', 'b.json'], 'telecmi-hangup validate: give one file (or - for standard input)'],
        [['schema', '--pretty'], 'telecmi-hangup schema: unknown option --pretty'],
        [
          ['send', 'http://127.0.0.1:9/', '--form', '--file', '-'],
          'telecmi-hangup send: stdin: not JSON, so it cannot be re-encoded for --form',
          'leg=a',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--get', '--file', '-'],
          'telecmi-hangup send: stdin: Field "custom" is an object; a form or query string carries only strings',
          '{"leg":"a","custom":{"crm":true}}',
        ],
        [
          ['send', 'http://127.0.0.1:9/', '--legacy', '--file', '-'],
          'telecmi-hangup send: stdin: must hold a JSON object, or an array of JSON objects',
          '[{"leg":"a"},2]',
        ],
      ];
      for (const [args, message, input] of usageErrors) {
        it(`refuses \`${args.join(' ')}\` in one line, exit 2`, async () => {
          const run = await cli(args, input);
          expect(run.code).to.equal(2);
          expect(run.stdout).to.equal('');
          expect(linesOf(run.stderr)).to.have.length(1);
          expect(run.stderr.startsWith(message), run.stderr).to.equal(true);
          expect(run.stderr).to.not.match(/\n\s+at /);
        });
      }
    });
  });
}

describe('what validate says a missing field should be', () => {
  const cases: [pointer: string, strict: boolean, expected: string | undefined][] = [
    ['', false, 'object'],
    ['/time', false, 'non-negative integer or string of 1-15 digits'],
    ['/time', true, 'integer'],
    ['/callerid', false, 'string of 1-32 digits (a leading + allowed) or non-negative integer'],
    ['/callerid', true, 'string of 1-32 digits or non-negative integer'],
    ['/click_to_call', false, 'boolean or "true" or "false"'],
    ['/leg', false, '"a" or "b"'],
    ['/status', false, '"hangup"'],
    ['/cmiuid', false, 'non-empty string'],
    ['/user', false, 'string'],
    ['/call_id', true, undefined],
    ['/not_a_field', false, undefined],
    ['/custom/nested', false, undefined],
  ];
  it("reads another kind's schema for that kind", () => {
    expect(expectedAt('/waitedsec', 'cdr.incoming.missed')).to.equal('non-negative integer or string of 1-15 digits');
    expect(expectedAt('/status', 'cdr.incoming.missed')).to.equal('"missed"');
    expect(expectedAt('/waitedsec', 'outgoing.hangup')).to.equal(undefined);
  });
  for (const [pointer, strict, expected] of cases) {
    it(`expects ${expected ?? 'nothing in particular'} at "${pointer}"${strict ? ' (strict)' : ''}`, () => {
      expect(expectedAt(pointer, 'outgoing.hangup', strict)).to.equal(expected);
    });
  }
});

describe('the progress line of telecmi-hangup send', () => {
  afterEach(servers.closeAll);

  it('shows a progress line on a terminal, and clears it at the end', async () => {
    const { url, hangups } = await hangupServer();
    hangups.events.on('hangup', () => sleep(120));
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    let out = '';
    let err = '';
    stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await main(['send', url, '-n', '3'], { stdout, stderr, stdin: new PassThrough() });
    expect(code).to.equal(0);
    const clear = '\r\x1b[2K';
    expect(err.split(clear).filter((drawn) => /^sent [1-5]\/6, 0 failed, \d+\/s$/.test(drawn))).to.not.be.empty;
    expect(err.endsWith(clear), 'the progress line is cleared at the end').to.equal(true);
    expect(out).to.not.include('\x1b');
    expect(linesOf(out)).to.have.length(7);
  });

  it('draws no progress line when stderr is not a terminal', async () => {
    const { url } = await hangupServer();
    const stderr = new PassThrough();
    let err = '';
    stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await main(['send', url, '-q'], { stdout: new PassThrough(), stderr, stdin: new PassThrough() });
    expect(code).to.equal(0);
    expect(err).to.equal('');
  });
});
