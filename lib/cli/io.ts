import type { Readable, Writable } from 'node:stream';

/** A stream that may be a terminal. */
type MaybeTerminal = { isTTY?: boolean };

/** Where a command reads and writes: the process's own streams, or test doubles. */
export interface CliIo {
  stdout: Writable & MaybeTerminal;
  stderr: Writable & MaybeTerminal;
  stdin: Readable & MaybeTerminal;
}

/** Writes lines (each gets its newline) to a stream. */
export function writeLines(stream: Writable, ...lines: string[]): void {
  stream.write(lines.map((line) => `${line}\n`).join(''));
}
