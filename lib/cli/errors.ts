/** Exit codes of every command. */
export const exitCodes = {
  /** Every delivery was acknowledged, the payload is valid, the output was written. */
  ok: 0,
  /** A delivery was not acknowledged with a 2xx, the endpoint could not be reached, or the payload is invalid. */
  failed: 1,
  /** The command line was wrong, or an input could not be read. */
  usage: 2,
} as const;

/**
 * A failure the user is told about in one line, without a stack trace: what went wrong and, for
 * usage errors, where to read how to do it right.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.failed) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A wrong command line: exit code 2, with a pointer to the command's help. */
export function usageError(command: string | undefined, message: string): CliError {
  const help = command === undefined ? 'telecmi-hangup --help' : `telecmi-hangup ${command} --help`;
  return new CliError(`${message} (see ${help})`, exitCodes.usage);
}
