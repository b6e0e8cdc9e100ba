import { parseArgs } from 'node:util';
import type { ErrorDetail } from '../errors.js';
import type { NotificationKind } from '../generated/notifications.js';
import { kindRules } from '../generated/notifications.js';
import { parseNotification } from '../parse-notification.js';
import { parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { exitCodes, usageError } from './errors.js';
import { expectedAt } from './expected.js';
import { readInput } from './input.js';
import { writeLines, type CliIo } from './io.js';

const help = `Usage: telecmi-hangup validate [FILE|-] [--json] [--strict]

Checks one payload as the middleware would: finds its kind of notification (outgoing.hangup,
cdr.incoming.missed, ...) from its markers and checks it against that kind's schema. FILE
holds JSON, or the older docs' text with leading-zero numbers (callerid: 04471000000).
Without FILE, or with -, the payload is read from standard input.

Prints the kind found, or every error with its JSON pointer and the type the schema expects.

Options:
      --json     print the normalized notification (the object listeners receive) as JSON
      --strict   judge an outgoing hangup against the older docs' property table only, as
                 the middleware's strict option does
  -h, --help     show this help

Exit codes: 0 valid, 1 invalid, 2 wrong usage or unreadable input.`;

/** `telecmi-hangup validate`: checks a payload and explains every error. */
export const validateCommand: Command = {
  name: 'validate',
  summary: "name a payload's kind and check it against its schema (JSON or the leading-zero form)",
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
    const verdict = parseNotification(bytes, { strict });
    if (verdict.ok) {
      const { notification } = verdict;
      const { kind, cmiuuid } = notification;
      const leg = typeof notification.leg === 'string' ? `, leg ${notification.leg}` : '';
      const verdictLine = `${name}: valid ${kindRules[kind].title} (${kind})${leg}, cmiuuid ${cmiuuid}`;
      writeLines(io.stdout, values.json === true ? JSON.stringify(notification, null, 2) : verdictLine);
      return exitCodes.ok;
    }
    if (verdict.reason === 'invalid_json') {
      writeLines(io.stderr, `${name}: not JSON: ${verdict.errors[0]?.message ?? verdict.message}`);
    } else if (verdict.reason === 'ignored') {
      const { type, direction, status } = verdict.payload;
      const markers = `type ${JSON.stringify(type)}, direction ${JSON.stringify(direction)}, status ${JSON.stringify(status)}`;
      writeLines(
        io.stderr,
        `${name}: a TeleCMI notification of no documented kind (${markers}); the middleware acknowledges it as 'ignored'`,
      );
    } else {
      const kind: NotificationKind = verdict.kind ?? 'outgoing.hangup';
      const count = verdict.errors.length;
      const what = kind === 'outgoing.hangup' ? kindRules[kind].title : `${kindRules[kind].title}, kind ${kind}`;
      writeLines(io.stderr, `${name}: not a valid ${what} (${count} error${count === 1 ? '' : 's'})`);
      printErrors(io, verdict.errors, kind, strict);
    }
    return exitCodes.failed;
  },
};

/** Each error with its JSON pointer; a missing field also gets the type it should have. */
function printErrors(io: CliIo, errors: ErrorDetail[], kind: NotificationKind, strict: boolean): void {
  const lines = errors.map(({ path, message }) => {
    // Every other message already says what is expected ("must be ...").
    const expected = message.startsWith('is required') ? expectedAt(path, kind, strict) : undefined;
    return `  ${path === '' ? '(payload)' : path}: ${message}${expected === undefined ? '' : `; expected ${expected}`}`;
  });
  writeLines(io.stderr, ...lines);
}
