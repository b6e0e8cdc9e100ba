import { parseArgs } from 'node:util';
import type { ErrorDetail } from '../errors.js';
import { parseHangup } from '../parse-hangup.js';
import { hangupErrors } from '../judge/schema-errors.js';
import { parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { exitCodes, usageError } from './errors.js';
import { expectedAt } from './expected.js';
import { readInput } from './input.js';
import { writeLines, type CliIo } from './io.js';

const help = `Usage: telecmi-hangup validate [FILE|-] [--json] [--strict]

Checks one payload against the outgoing-hangup schema, as the middleware would. FILE holds
JSON, or the older docs' text with leading-zero numbers (callerid: 04471000000). Without
FILE, or with -, the payload is read from standard input.

Prints a verdict, or every error with its JSON pointer and the type the schema expects.

Options:
      --json     print the normalized event (the object listeners receive) as JSON instead
      --strict   judge against the older docs' property table only, as the middleware's
                 strict option does
  -h, --help     show this help

Exit codes: 0 valid, 1 invalid, 2 wrong usage or unreadable input.`;

/** `telecmi-hangup validate`: checks a payload and explains every error. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a payload (JSON or the leading-zero form) against the schema',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine('validate', () =>
      parseArgs({
        args,
        options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
        strict: true,
        allowPositionals: true,
      }),
    );
    if (positionals.length > 1) throw usageError('validate', 'give one file (or - for standard input)');
    const { name, bytes } = await readInput('validate', positionals[0] ?? '-', io);
    const strict = values.strict === true;
    const verdict = parseHangup(bytes, { strict });
    if (verdict.ok) {
      const { event } = verdict;
      const verdictLine = `${name}: valid TeleCMI outgoing hangup, leg ${event.leg}, cmiuuid ${event.cmiuuid}`;
      writeLines(io.stdout, values.json === true ? JSON.stringify(event, null, 2) : verdictLine);
      return exitCodes.ok;
    }
    if (verdict.reason === 'invalid_json') {
      writeLines(io.stderr, `${name}: not JSON: ${verdict.errors[0]?.message ?? verdict.message}`);
    } else if (verdict.reason === 'ignored') {
      const status = JSON.stringify(verdict.payload['status']);
      const what = `a TeleCMI ${status} notification, not an outgoing hangup`;
      writeLines(io.stderr, `${name}: ${what} (the middleware acknowledges and ignores it)`);
      printErrors(io, hangupErrors(verdict.payload, strict), strict);
    } else {
      const count = verdict.errors.length;
      writeLines(io.stderr, `${name}: not a valid TeleCMI outgoing hangup (${count} error${count === 1 ? '' : 's'})`);
      printErrors(io, verdict.errors, strict);
    }
    return exitCodes.failed;
  },
};

/** Each error with its JSON pointer; a missing field also gets the type it should have. */
function printErrors(io: CliIo, errors: ErrorDetail[], strict: boolean): void {
  const lines = errors.map(({ path, message }) => {
    // Every other message already says what is expected ("must be ...").
    const expected = message.startsWith('is required') ? expectedAt(path, strict) : undefined;
    return `  ${path === '' ? '(payload)' : path}: ${message}${expected === undefined ? '' : `; expected ${expected}`}`;
  });
  writeLines(io.stderr, ...lines);
}
