import { parseArgs } from 'node:util';
import { HangupError } from '../errors.js';
import { parseJsonText } from '../parse/json-text.js';
import { hangupQuery } from '../testing/index.js';
import { integerOption, oneOf, parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { deliveries, plannedTotal, type Encoding, type FilePayloads, type Plan } from './deliveries.js';
import { CliError, exitCodes, usageError } from './errors.js';
import { createClient, type Outcome } from './http-client.js';
import { readInput } from './input.js';
import type { CliIo } from './io.js';
import { runBounded } from './pool.js';
import { Reporter } from './report.js';

const limits = { count: 100_000, concurrency: 100, timeout: 600_000 };

const help = `Usage: telecmi-hangup send <url> [options]

Delivers outgoing hangups to a running endpoint the way TeleCMI does: by default one call,
that is two requests (leg a, then leg b) sharing a conversation_uuid, as JSON POSTs with
fresh ids and the current time. Prints one line per request (number, method, leg, status,
time, cmiuuid, error code) and a summary.

Options:
  -n, --count N          send N calls (default 1, at most ${limits.count})
  -c, --concurrency C    keep up to C requests in flight (default 1, at most ${limits.concurrency})
      --leg a|b          send only that leg of each call
      --get              deliver as GET requests with the payload in the query string
      --form             deliver as application/x-www-form-urlencoded bodies
      --legacy           deliver in the older docs' form: phone numbers as bare integers,
                         a leading zero kept as TeleCMI printed it (callerid: 04471000000)
      --file FILE        send your own payload instead (- reads standard input): sent as it
                         is, or each element in turn if it is a JSON array; with --count N,
                         N times
      --token T          add ?token=T to the URL, as TeleCMI passes its secret
      --timeout MS       give up on a request after MS milliseconds (default 10000)
  -q, --quiet            print only the requests that failed, and the summary
  -h, --help             show this help

Exit codes: 0 every request got a 2xx, 1 one did not (or the URL cannot be reached),
2 wrong usage or unreadable file.

Examples:
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --count 500 --concurrency 20 --quiet
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --legacy --token s3cret
  telecmi-hangup send http://127.0.0.1:3000/webhook/cdr --file payload.json --count 2`;

const options = {
  count: { type: 'string', short: 'n' },
  concurrency: { type: 'string', short: 'c' },
  leg: { type: 'string' },
  get: { type: 'boolean' },
  form: { type: 'boolean' },
  legacy: { type: 'boolean' },
  file: { type: 'string' },
  token: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** `telecmi-hangup send`: delivers sample (or given) hangups to an endpoint. */
export const sendCommand: Command = {
  name: 'send',
  summary: "deliver a call's two hangup legs (or more, or your own payload) to a running endpoint",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine('send', () =>
      parseArgs({ args, options, strict: true, allowPositionals: true }),
    );
    if (positionals.length === 0) throw usageError('send', 'give the URL to deliver to');
    if (positionals.length > 1) throw usageError('send', `unexpected argument "${positionals[1]}"`);
    oneOf('send', { get: values.get, form: values.form, legacy: values.legacy });
    oneOf('send', { file: values.file, leg: values.leg });
    const leg = legOption(values.leg);
    const encoding: Encoding = values.get ? 'get' : values.form ? 'form' : values.legacy ? 'legacy' : 'json';
    const url = urlArgument(positionals[0] ?? '', values.token);
    const count = integerOption('send', 'count', values.count, 1, 1, limits.count);
    const concurrency = integerOption('send', 'concurrency', values.concurrency, 1, 1, limits.concurrency);
    const timeout = integerOption('send', 'timeout', values.timeout, 10_000, 1, limits.timeout);
    // The file is read last, so a mistyped flag never costs the user their piped input.
    const file = values.file === undefined ? undefined : await filePayloads(values.file, encoding, io);
    const plan: Plan = { url, count, encoding, ...(leg === undefined ? {} : { leg }), ...(file ? { file } : {}) };
    return send(plan, concurrency, timeout, values.quiet === true, io);
  },
};

async function send(plan: Plan, concurrency: number, timeout: number, quiet: boolean, io: CliIo): Promise<number> {
  const client = createClient(plan.url.protocol, concurrency);
  const reporter = new Reporter(io, plannedTotal(plan), quiet);
  let unreachable: Extract<Outcome, { kind: 'unreachable' }> | undefined;
  try {
    await runBounded(deliveries(plan), concurrency, async (delivery) => {
      const outcome = await client.send(delivery, timeout);
      if (outcome.kind === 'aborted') return false;
      if (outcome.kind === 'unreachable') {
        unreachable ??= outcome;
        client.abortAll();
        return false;
      }
      reporter.record(delivery, outcome);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
