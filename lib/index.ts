export { telecmiHangup } from './hangups.js';
export type { HangupMiddleware } from './hangups.js';
export type { NextFunction } from './hosts/node.js';
export type { FetchContext, FetchHandler } from './hosts/fetch.js';
export { parseHangup, parseNotification } from './parse-notification.js';
export type { HangupVerdict } from './parse-notification.js';
export type { InvalidVerdict, NotificationVerdict } from './judge/verdict.js';
export { anyNotificationSchema, hangupSchema, notificationSchemas } from './schema.js';
export { HangupError, errorStatuses, reportedOnlyCodes } from './errors.js';
export type { AnsweredErrorCode, ErrorDetail, HangupErrorCode } from './errors.js';
export type { HangupOptions, ParseOptions } from './options.js';
export type { EndedBy } from './judge/facts.js';
export { createMemoryStore } from './dedupe/memory-store.js';
export type { MemoryStore, MemoryStoreOptions } from './dedupe/memory-store.js';
export { defaultDedupeKey } from './dedupe/key.js';
export type { DedupeKeyInput } from './dedupe/key.js';
export type { DedupeOptions } from './dedupe/options.js';
export type { DedupeClaim, DedupeStore, MaybePromise } from './dedupe/store.js';
export type { HangupEmitter } from './emitter.js';
export type { DedupeStoreCall, DeliveryOutcome, DeliveryTrace, HostName } from './observe/channels.js';
export type {
  DeliveryEventMap,
  HangupEvent,
  HangupEventMap,
  HangupRequest,
  InvalidDelivery,
  KindEventMap,
  NotificationEventName,
  NotificationOf,
  TelecmiNotification,
} from './types.js';
export { notificationKinds } from './generated/notifications.js';
export type {
  CdrIncomingAnswered,
  CdrIncomingMissed,
  CdrOutgoingAnswered,
  CdrOutgoingMissed,
  IncomingAgentAnswered,
  IncomingAgentHangup,
  IncomingAgentStarted,
  IncomingAnswered,
  IncomingHangup,
  IncomingWaiting,
  NotificationKind,
  NotificationKinds,
  OutgoingAnswered,
  OutgoingHangup,
  OutgoingHangupFacts as HangupFacts,
  OutgoingHangupFields as HangupFields,
  OutgoingStarted,
} from './generated/notifications.js';
