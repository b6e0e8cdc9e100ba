import { parseArgs } from 'node:util';
import { HangupError } from '../errors.js';
import { notificationKinds, type NotificationKind } from '../generated/notifications.js';
import { parseJsonText } from '../parse/json-text.js';
import { hangupQuery, sampleIncomingCall, sampleOutgoingCall } from '../testing/index.js';
import { integerOption, oneOf, parseCommandLine } from './args.js';
import type { Command } from './command.js';
import {
  deliveries,
  kindWidth,
  plannedTotal,
  type CallDirection,
  type Encoding,
  type FilePayloads,
  type Plan,
  type Source,
} from './deliveries.js';
import { CliError, exitCodes, usageError } from './errors.js';
import { createClient, type Outcome } from './http-client.js';
import { readInput } from './input.js';
import type { CliIo } from './io.js';
import { runBounded } from './pool.js';
import { Reporter } from './report.js';

const limits = { count: 100_000, concurrency: 100, timeout: 600_000 };

/** The kinds `--kind` takes, as the help lists them: several a line, indented under the option. */
const kindList = wrap(notificationKinds.join(', '), 67).join(`\n${' '.repeat(25)}`);

/** How many requests one call of each sort makes, read from the samples so the help cannot drift. */
const callLength = (direction: CallDirection, answered: boolean) =>
  (direction === 'incoming' ? sampleIncomingCall : sampleOutgoingCall)({ answered }).length;

const help = `Usage: telecmi-hangup send <url> [options]

Delivers sample TeleCMI notifications to a running endpoint the way TeleCMI does: JSON POSTs
with fresh ids and the current time. By default one outgoing call's two hangups (leg a, then
leg b) sharing a conversation_uuid; --kind sends notifications of one kind, --call whole
calls, --file your own payloads. Prints one line per request (number, method, kind, leg,
status, time, cmiuuid, error code) and a summary.

What to send (at most one of --leg, --kind, --call, --file):
      --leg a|b          only that leg of each call's hangups
      --kind KIND        N notifications of KIND, each a fresh sample; KIND is one of
                         ${kindList}
                         (--kind outgoing.hangup sends leg a's hangup each time; without
                         --kind, each call's two legs are sent)
      --call incoming|outgoing
                         N whole calls: every notification TeleCMI sends for one call, live
                         events then call records, sharing a conversation_uuid, in order,
                         each sent once the one before it is answered (incoming: ${callLength('incoming', true)}
                         requests a call, outgoing: ${callLength('outgoing', true)})
      --missed           with --call: missed calls (no agent answers the incoming call, the
                         customer does not answer the outgoing one), ending in the missed
                         call record (incoming: ${callLength('incoming', false)} requests a call, outgoing: ${callLength('outgoing', false)})
      --file FILE        your own payload (- reads standard input): sent as it is, or each
                         element in turn if it is a JSON array; with --count N, N times

Options:
  -n, --count N          how many calls, notifications (--kind) or times the file is sent
                         (default 1, at most ${limits.count})
  -c, --concurrency C    keep up to C requests in flight (default 1, at most ${limits.concurrency}); with
                         --call, up to C calls at once, each call's requests still in order
      --get              deliver as GET requests with the payload in the query string
      --form             deliver as application/x-www-form-urlencoded bodies
      --legacy           deliver in the older docs' form: phone numbers as bare integers,
                         a leading zero kept as TeleCMI printed it (callerid: 04471000000)
      --token T          add ?token=T to the URL, as TeleCMI passes its secret
      --timeout MS       give up on a request after MS milliseconds (default 10000)
  -q, --quiet            print only the requests that failed, and the summary
  -h, --help             show this help

A request that is not acknowledged does not stop its call: the rest of it is still sent.

Exit codes: 0 every request got a 2xx, 1 one did not (or the URL cannot be reached),
2 wrong usage or unreadable file.

Examples:
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --count 500 --concurrency 20 --quiet
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --kind cdr.incoming.missed --count 2
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --call incoming --form
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --call outgoing --missed -n 10 -c 5
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --legacy --token s3cret
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --file payload.json --count 2`;

const options = {
  count: { type: 'string', short: 'n' },
  concurrency: { type: 'string', short: 'c' },
  leg: { type: 'string' },
  kind: { type: 'string' },
  call: { type: 'string' },
  missed: { type: 'boolean' },
  get: { type: 'boolean' },
  form: { type: 'boolean' },
  legacy: { type: 'boolean' },
  file: { type: 'string' },
  token: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** `telecmi-hangup send`: delivers sample (or given) notifications to an endpoint. */
export const sendCommand: Command = {
  name: 'send',
  summary: "deliver a call's two hangup legs, notifications of any kind, whole calls or your own payload",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine('send', () =>
      parseArgs({ args, options, strict: true, allowPositionals: true }),
    );
    if (positionals.length === 0) throw usageError('send', 'give the URL to deliver to');
    if (positionals.length > 1) throw usageError('send', `unexpected argument "${positionals[1]}"`);
    oneOf('send', { get: values.get, form: values.form, legacy: values.legacy });
    oneOf('send', { kind: values.kind, call: values.call, file: values.file, leg: values.leg });
    if (values.missed === true && values.call === undefined) {
      throw usageError('send', '--missed needs --call incoming or --call outgoing');
    }
    const leg = legOption(values.leg);
    const kind = kindOption(values.kind);
    const call = callOption(values.call);
    const encoding: Encoding = values.get ? 'get' : values.form ? 'form' : values.legacy ? 'legacy' : 'json';
    const url = urlArgument(positionals[0] ?? '', values.token);
    const count = integerOption('send', 'count', values.count, 1, 1, limits.count);
    const concurrency = integerOption('send', 'concurrency', values.concurrency, 1, 1, limits.concurrency);
    const timeout = integerOption('send', 'timeout', values.timeout, 10_000, 1, limits.timeout);
    let source: Source;
    if (kind !== undefined) source = { type: 'kind', kind };
    else if (call !== undefined) source = { type: 'call', direction: call, answered: values.missed !== true };
    // The file is read last, so a mistyped flag never costs the user their piped input.
    else if (values.file !== undefined) source = { type: 'file', file: await filePayloads(values.file, encoding, io) };
    else source = { type: 'hangups', ...(leg === undefined ? {} : { leg }) };
    return send({ url, count, encoding, source }, concurrency, timeout, values.quiet === true, io);
  },
};

async function send(plan: Plan, concurrency: number, timeout: number, quiet: boolean, io: CliIo): Promise<number> {
  const client = createClient(plan.url.protocol, concurrency);
  const reporter = new Reporter(io, plannedTotal(plan), quiet, kindWidth(plan));
  let unreachable: Extract<Outcome, { kind: 'unreachable' }> | undefined;
  try {
    // A sequence's requests go one after another (a call's notifications keep their order);
    // sequences run side by side up to the concurrency.
    await runBounded(deliveries(plan), concurrency, async (sequence) => {
      for (const delivery of sequence) {
        // Another sequence found the endpoint unreachable while this one waited for an answer.
        if (unreachable) return false;
        const outcome = await client.send(delivery, timeout);
        if (outcome.kind === 'aborted') return false;
        if (outcome.kind === 'unreachable') {
          unreachable ??= outcome;
          client.abortAll();
          return false;
        }
        reporter.record(delivery, outcome);
      }
      return true;
    });
  } finally {
    client.close();
    reporter.finish();
  }
  if (unreachable) {
    throw new CliError(
      `cannot reach ${plan.url.origin}: ${unreachable.message} (${unreachable.code})`,
      exitCodes.failed,
    );
  }
  return reporter.anyFailed ? exitCodes.failed : exitCodes.ok;
}

function kindOption(value: string | undefined): NotificationKind | undefined {
  if (value === undefined || (notificationKinds as readonly string[]).includes(value)) {
    return value as NotificationKind | undefined;
  }
  throw usageError('send', `unknown --kind "${value}"; the kinds are ${notificationKinds.join(', ')}`);
}

function callOption(value: string | undefined): CallDirection | undefined {
  if (value === undefined || value === 'incoming' || value === 'outgoing') return value;
  throw usageError('send', `--call must be incoming or outgoing, got "${value}"`);
}

function legOption(value: string | undefined): 'a' | 'b' | undefined {
  if (value === undefined || value === 'a' || value === 'b') return value;
  throw usageError('send', `--leg must be a or b, got "${value}"`);
}

function urlArgument(text: string, token: string | undefined): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usageError('send', `"${text}" is not a URL; give one such as http://127.0.0.1:3000/webhook/cdr`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError('send', `the URL must start with http:// or https://, got "${text}"`);
  }
  if (token !== undefined) {
    if (token === '') throw usageError('send', '--token needs a value');
    url.searchParams.set('token', token);
  }
  return url;
}

/**
 * Reads `--file`. Without an encoding flag the bytes go out untouched, even if they are not JSON
 * (so a host can see how it answers a broken delivery); the flags re-encode, so they need JSON.
 */
async function filePayloads(source: string, encoding: Encoding, io: CliIo): Promise<FilePayloads> {
  const { name, bytes } = await readInput('send', source, io);
  let parsed: unknown;
  try {
    parsed = parseJsonText(bytes.toString('utf8'));
  } catch (error) {
    if (!(error instanceof HangupError)) throw error;
    if (encoding === 'json') return { payloads: [], raw: bytes };
    throw new CliError(
      `${name}: not JSON, so it cannot be re-encoded for --${encoding}: ${error.message}`,
      exitCodes.usage,
    );
  }
  if (!Array.isArray(parsed)) {
    if (encoding === 'json') return { payloads: isRecord(parsed) ? [parsed] : [], raw: bytes };
    if (isRecord(parsed)) return { payloads: encodable(name, [parsed], encoding) };
  } else if (parsed.length > 0 && parsed.every(isRecord)) {
    return { payloads: encodable(name, parsed, encoding) };
  }
  throw new CliError(`${name}: must hold a JSON object, or an array of JSON objects`, exitCodes.usage);
}

/** The payloads, once each is known to fit the encoding (a form cannot carry nested objects). */
function encodable(name: string, payloads: Record<string, unknown>[], encoding: Encoding): Record<string, unknown>[] {
  if (encoding !== 'form' && encoding !== 'get') return payloads;
  for (const payload of payloads) {
    try {
      hangupQuery(payload);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new CliError(`${name}: ${error.message}`, exitCodes.usage);
    }
  }
  return payloads;
}

/** Text cut into lines of at most `width` characters, at the spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
