// Generated from the schemas in schema/ by `npm run generate`. Do not edit.

import type { Validator } from '../../judge/validator.js';

interface ValidatorModule {
  readonly validate: Validator;
}

/**
 * Loads a validator: each kind's, the older property table's (`olderTable`) and the envelope's.
 * Each is a module of its own, required when first asked for: most of the package by size, and
 * none of it needed before the first delivery of its kind.
 */
export const validatorLoaders = {
  "outgoing.started": () => (require('./outgoing-started.js') as ValidatorModule).validate,
  "outgoing.answered": () => (require('./outgoing-answered.js') as ValidatorModule).validate,
  "outgoing.hangup": () => (require('./outgoing-hangup.js') as ValidatorModule).validate,
  "incoming.waiting": () => (require('./incoming-waiting.js') as ValidatorModule).validate,
  "incoming.answered": () => (require('./incoming-answered.js') as ValidatorModule).validate,
  "incoming.hangup": () => (require('./incoming-hangup.js') as ValidatorModule).validate,
  "incoming.agent.started": () => (require('./incoming-agent-started.js') as ValidatorModule).validate,
  "incoming.agent.answered": () => (require('./incoming-agent-answered.js') as ValidatorModule).validate,
  "incoming.agent.hangup": () => (require('./incoming-agent-hangup.js') as ValidatorModule).validate,
  "cdr.incoming.answered": () => (require('./cdr-incoming-answered.js') as ValidatorModule).validate,
  "cdr.incoming.missed": () => (require('./cdr-incoming-missed.js') as ValidatorModule).validate,
  "cdr.outgoing.answered": () => (require('./cdr-outgoing-answered.js') as ValidatorModule).validate,
  "cdr.outgoing.missed": () => (require('./cdr-outgoing-missed.js') as ValidatorModule).validate,
  "olderTable": () => (require('./older-table.js') as ValidatorModule).validate,
  "envelope": () => (require('./envelope.js') as ValidatorModule).validate,
} as const;

/** What a validator is loaded by: a kind, `olderTable` or `envelope`. */
export type ValidatorName = keyof typeof validatorLoaders;
