import { Buffer } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { CliError, exitCodes, usageError } from './errors.js';
import type { CliIo } from './io.js';

/** Largest input read: far beyond any TeleCMI payload, small enough to never strain memory. */
const maxInputBytes = 16 * 1024 * 1024;

/** An input's bytes and the name to mention it by. */
export interface Input {
  name: string;
  bytes: Buffer;
}

/**
 * Reads a file, or standard input for `-`. Standard input is refused when it is a terminal, where
 * reading would wait for typing the user did not mean to do.
 */
export async function readInput(command: string, source: string, io: CliIo): Promise<Input> {
  if (source === '-') {
    if (io.stdin.isTTY === true) throw usageError(command, 'give a file, or pipe a payload into standard input');
    return { name: 'stdin', bytes: await readStream(io.stdin) };
  }
  try {
    const { size } = await stat(source);
    if (size > maxInputBytes) throw tooLarge(source);
    return { name: source, bytes: await readFile(source) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${source}: ${reason(error)}`, exitCodes.usage);
  }
}

async function readStream(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > maxInputBytes) throw tooLarge('stdin');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string): CliError {
  return new CliError(`${name} is larger than ${maxInputBytes / 1024 / 1024} MiB`, exitCodes.usage);
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && reasons[code] !== undefined) return reasons[code];
  return error instanceof Error ? error.message : String(error);
}
