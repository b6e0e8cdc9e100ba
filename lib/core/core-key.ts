import type { Core } from './pipeline.js';

// Symbol.for, so the core is found whichever copy of the package made the middleware.
const coreKey = Symbol.for('telecmi-hangup.core');

/** Lends a middleware its core, for the host adapters that are not on the middleware itself. */
export function attachCore(middleware: object, core: Core): void {
  Object.defineProperty(middleware, coreKey, { value: core });
}

/**
 * The core behind a `telecmiHangup()` middleware, for the host adapters of the subpaths
 * (`telecmi-hangup/fastify`, `telecmi-hangup/lambda`). `who` names the caller in the TypeError
 * thrown for anything else, or for a middleware made with `passThrough`, which they cannot honour.
 */
export function coreOf(hangups: unknown, who: string): Core {
  const core = (
    typeof hangups === 'function' ? (hangups as unknown as Record<symbol, unknown>)[coreKey] : undefined
  ) as Core | undefined;
  if (core === undefined) throw new TypeError(`${who}: "hangups" must be what telecmiHangup() returned`);
  if (core.config.passThrough) {
    throw new TypeError(
      `${who}: option "passThrough" needs a host with a next handler (Express, Connect); this one has none`,
    );
  }
  return core;
}
