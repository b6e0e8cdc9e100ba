import { EventEmitter } from 'node:events';
import type { HangupEventMap, HangupRequest } from './types.js';

type Name = keyof HangupEventMap;

/**
 * An `EventEmitter` whose `on`/`once`/`off` know the middleware's events and listener signatures.
 * It is a plain `EventEmitter` at run time, so any emitter the host passes in fits.
 */
export interface HangupEmitter<Req = HangupRequest> extends EventEmitter {
  on<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
  once<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
  off<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
  addListener<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
  prependListener<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
  removeListener<K extends Name>(event: K, listener: HangupEventMap<Req>[K]): this;
}

/** A fresh emitter for a middleware that was not handed one. */
export function createEmitter(): HangupEmitter {
  return new EventEmitter() as HangupEmitter;
}
