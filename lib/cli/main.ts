import type { Command } from './command.js';
import { CliError, exitCodes, usageError } from './errors.js';
import { writeLines, type CliIo } from './io.js';
import { schemaCommand } from './schema-command.js';
import { sendCommand } from './send-command.js';
import { validateCommand } from './validate-command.js';

const commands: readonly Command[] = [sendCommand, validateCommand, schemaCommand];

const mainHelp = `Usage: telecmi-hangup <command> [options]

Tries a TeleCMI webhook endpoint without placing a call: delivers hangups, notifications of
any kind or whole calls, and checks payloads against their kind's schema.

Commands:
${commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Run "telecmi-hangup <command> --help" for a command's options.

Exit codes: 0 success, 1 a request was not acknowledged with a 2xx or the payload is
invalid, 2 wrong usage or unreadable input.`;

/**
 * Runs the `telecmi-hangup` command line and resolves with the exit code. Never rejects: every
 * failure is reported on stderr as one line starting with `telecmi-hangup`.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (first === undefined) {
      writeLines(io.stderr, mainHelp);
      return exitCodes.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') return showHelp(rest[0], io);
    command = commands.find((candidate) => candidate.name === first);
    if (command === undefined) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
      throw usageError(undefined, `${what}; the commands are ${commands.map((c) => c.name).join(', ')}`);
    }
    if (wantsHelp(rest)) {
      writeLines(io.stdout, command.help);
      return exitCodes.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    const prefix = command === undefined ? 'telecmi-hangup' : `telecmi-hangup ${command.name}`;
    if (error instanceof CliError) {
      writeLines(io.stderr, `${prefix}: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLines(io.stderr, `${prefix}: unexpected failure: ${message.split('\n')[0] ?? ''}`);
    return exitCodes.failed;
  }
}

/** Runs the command line of this process (what `bin/telecmi-hangup.js` calls). */
export function run(): void {
  // A reader that goes away early (`telecmi-hangup schema | head`) is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`telecmi-hangup: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? exitCodes.ok) : exitCodes.failed);
  });
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}

function showHelp(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    writeLines(io.stdout, mainHelp);
    return exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(undefined, `unknown command "${name}"`);
  writeLines(io.stdout, command.help);
  return exitCodes.ok;
}

/** `-h` or `--help` among a command's arguments, before any `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
