import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express5 from 'express';
import express4 from 'express4';
import type { RequestListener } from 'node:http';
import type { HangupMiddleware, HangupOptions } from '../../lib/index.js';
import { buildHost, type ExpressHooks, type Flavour } from './hosts.js';

export { webhookPath, type ExpressApp, type Flavour } from './hosts.js';

/** Every host the behaviour specs run on, in this process. */
export const flavours = [
  'express5',
  'express4',
  'node:http',
  'fastify',
  'fetch',
  'lambda-v1',
  'lambda-v2',
  'lambda-url',
] as const satisfies readonly Flavour[];

/** The hosts that have Express's routing and body parsers. */
export const expressFlavours = ['express5', 'express4'] as const satisfies readonly Flavour[];

/** The hosts whose listeners get Node's `IncomingMessage`, with `req.body` and `req.telecmiHangup`. */
export const nodeFlavours = ['express5', 'express4', 'node:http'] as const satisfies readonly Flavour[];

/** The hosts that own the connection, so they can close it after answering a body left unread. */
export const connectionFlavours = [
  'express5',
  'express4',
  'node:http',
  'fastify',
] as const satisfies readonly Flavour[];

/** The hosts that read the body as it streams in (a Lambda event arrives whole). */
export const streamingFlavours = [
  'express5',
  'express4',
  'node:http',
  'fastify',
  'fetch',
] as const satisfies readonly Flavour[];

/** Whether a host is one of a list, narrowing it. */
export function isOneOf<T extends Flavour>(flavour: Flavour, list: readonly T[]): flavour is T {
  return (list as readonly Flavour[]).includes(flavour);
}

/**
 * Builds a host with the middleware mounted at {@link webhookPath}. `before` adds middleware in
 * front of it (an upstream body parser, say); `after` adds handlers behind it (for passThrough).
 */
export function buildApp(
  flavour: Flavour,
  options?: HangupOptions,
  hooks: ExpressHooks = {},
): { app: RequestListener; hangups: HangupMiddleware } {
  return buildHost(flavour, options, hooks);
}

/** The express module of a flavour, for tests that add its body parsers. */
export function expressOf(flavour: (typeof expressFlavours)[number]): typeof express5 | typeof express4 {
  return flavour === 'express5' ? express5 : express4;
}

const fixturesDir = join(__dirname, '..', 'fixtures');

/** A fixture file's text, exactly as TeleCMI's docs print it. */
export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** The names of every payload fixture. */
export const fixtureNames = [
  'seed-leg-a.txt',
  'seed-leg-b.txt',
  'current-docs-leg-a.json',
  'current-docs-answered-leg-a.json',
  'piopiy-out-answered.json',
];

/** A valid hangup as JSON values, with `overrides` applied (an `undefined` override removes the field). */
export function hangupPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    ...(JSON.parse(fixtureText('current-docs-leg-a.json')) as Record<string, unknown>),
    ...overrides,
  };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete payload[key];
  return payload;
}
