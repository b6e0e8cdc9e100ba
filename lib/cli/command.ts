import type { CliIo } from './io.js';

/** One `telecmi-hangup` command. */
export interface Command {
  /** What the user types. */
  name: string;
  /** One line for the command list of the main help. */
  summary: string;
  /** The command's `--help` text. */
  help: string;
  /** Runs the command on its own arguments; resolves with the exit code. Throws a `CliError` for one-line failures. */
  run(args: string[], io: CliIo): Promise<number>;
}
