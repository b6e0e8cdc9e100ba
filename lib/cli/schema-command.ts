import { parseArgs } from 'node:util';
import { hangupSchema } from '../schema.js';
import { parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { exitCodes } from './errors.js';
import { writeLines } from './io.js';

const help = `Usage: telecmi-hangup schema

Prints the JSON Schema (draft 2020-12) of TeleCMI's outgoing-hangup payload, for piping
into other tools:

  telecmi-hangup schema > outgoing-hangup.schema.json

Options:
  -h, --help   show this help`;

/** `telecmi-hangup schema`: prints the JSON Schema. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the payload',
  help,
  run(args, io) {
    parseCommandLine('schema', () => parseArgs({ args, options: {}, strict: true, allowPositionals: false }));
    writeLines(io.stdout, JSON.stringify(hangupSchema, null, 2));
    return Promise.resolve(exitCodes.ok);
  },
};
