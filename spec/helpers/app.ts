import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express5 from 'express';
import express4 from 'express4';
import type { RequestListener } from 'node:http';
import { telecmiHangup, type HangupMiddleware, type HangupOptions } from '../../lib/index.js';

/** The hosts the middleware is tested in: Express 5, Express 4, and a bare `node:http` server. */
export const flavours = ['express5', 'express4', 'node:http'] as const;
export type Flavour = (typeof flavours)[number];

/** The hosts that have Express's routing and body parsers. */
export const expressFlavours = ['express5', 'express4'] as const;

/** Where every test app mounts the middleware. */
export const webhookPath = '/webhook/cdr';

/** What the tests do with an app of either Express major: mount handlers. */
export interface ExpressApp {
  set(setting: string, value: unknown): unknown;
  use(...handlers: unknown[]): unknown;
  post(path: string, ...handlers: unknown[]): unknown;
}

/**
 * Builds a host with the middleware mounted at {@link webhookPath}. `before` adds middleware in
 * front of it (an upstream body parser, say); `after` adds handlers behind it (for passThrough).
 */
export function buildApp(
  flavour: Flavour,
  options?: HangupOptions,
  hooks: { before?: (app: ExpressApp) => void; after?: (app: ExpressApp) => void } = {},
): { app: RequestListener; hangups: HangupMiddleware } {
  const hangups = telecmiHangup(options);
  if (flavour === 'node:http') return { app: hangups, hangups };
  const app = (flavour === 'express5' ? express5() : express4()) as unknown as ExpressApp;
  // Express's own error handler logs every error it answers unless the environment is 'test'.
  app.set('env', 'test');
  hooks.before?.(app);
  app.use(webhookPath, hangups);
  hooks.after?.(app);
  return { app: app as unknown as RequestListener, hangups };
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
