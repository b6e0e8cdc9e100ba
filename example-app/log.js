// One readable line per delivery. The first word, padded to one width, says what happened, so
// `grep '^rejected'` finds every rejection. Payload text is the sender's, so control characters
// are escaped: a line break in a field cannot forge a second line.

/**
 * A hangup stored: when, which leg, the number on the other end, caller id, user, cmiuuid.
 * @param {Record<string, any>} event
 * @returns {string}
 */
function hangup(event) {
  return oneLine(`hangup   ${describe(event)}`);
}

/**
 * A notification of another kind stored: its kind, when, its leg's numbers and user, cmiuuid.
 * @param {Record<string, any>} notification
 * @returns {string}
 */
function notification(notification) {
  return oneLine(`stored   ${describe(notification)}`);
}

/**
 * A repeat of a stored notification, of any kind: `why` says how it was recognised.
 * @param {Record<string, any>} event
 * @param {string} why
 * @returns {string}
 */
function repeated(event, why) {
  return oneLine(`repeated ${describe(event)}, ${why}`);
}

/**
 * A TeleCMI notification of no documented kind.
 * @param {Record<string, unknown>} payload
 * @returns {string}
 */
function ignored(payload) {
  return oneLine(`ignored  ${String(payload.status)} event for ${String(payload.cmiuuid)}`);
}

/**
 * A rejected delivery.
 * @param {{ status: number, reason: string, message: string }} info
 * @returns {string}
 */
function rejected(info) {
  return oneLine(`rejected ${info.status} ${info.reason}: ${info.message}`);
}

/**
 * A delivery its sender abandoned before the body was complete: nothing was answered.
 * @param {{ reason: string, message: string }} info
 * @returns {string}
 */
function abandoned(info) {
  return oneLine(`aborted  ${info.reason}: ${info.message}`);
}

/**
 * A delivery that could not be handled (TeleCMI was answered 5xx and retries), with the cause.
 * @param {Error & { code: string, cause?: unknown }} error
 * @param {Record<string, any> | undefined} event The hangup it was handling, when known.
 * @returns {string}
 */
function failed(error, event) {
  const what = event ? ` for ${String(event.cmiuuid)} leg ${String(event.leg)}` : '';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return oneLine(`failed   ${error.code}${what}: ${error.message}${cause}`);
}

/**
 * A page or API request that threw.
 * @param {unknown} error
 * @param {{ method: string, originalUrl: string }} req
 * @returns {string}
 */
function serverError(error, req) {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`failed   internal_error on ${req.method} ${req.originalUrl}: ${message}`);
}

function describe(event) {
  if (event.kind !== undefined && event.kind !== 'outgoing.hangup') {
    const leg = event.leg === undefined ? '' : ` leg ${event.leg}`;
    return `${event.kind} ${event.occurredAt.toISOString()}${leg} from ${event.from ?? '?'} to ${event.to ?? '?'} user ${event.user ?? '?'} (${event.cmiuuid})`;
  }
  const number = event.leg === 'a' ? `to ${event.to ?? '?'}` : `from ${event.from ?? '?'}`;
  return `${event.hangupAt.toISOString()} leg ${event.leg} ${number} caller id ${event.callerid ?? '?'} user ${event.user ?? '?'} (${event.cmiuuid})`;
}

function oneLine(text) {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

module.exports = { hangup, notification, repeated, ignored, rejected, abandoned, failed, serverError };
