// One line per delivery, written once the delivery is over, whatever became of it: its fields are
// those of the tracing channel's context (host, kind, outcome, status, code, dedupe key, listener
// time) and what the app's listeners noted. Two forms (`LOG_FORMAT`):
// - `text`, the default: the first word, padded to one width, says what happened, so
//   `grep '^rejected'` finds every rejection; the channel's fields the words do not already say
//   follow a ` | `, as `name=value`. This app has one host, Node's, so `host` is left out there.
// - `json`: one JSON object per line, every field of the context in each delivery's line (`null`
//   where it has no value), so a log pipeline parses it without rules. A delivery's line is the
//   one with an `outcome`.
// Payload text is the sender's, so control characters are escaped in both: a line break (or
// U+2028, or a C1 control) in a field cannot forge a second line.

/** @typedef {'text' | 'json'} LogFormat */

/** @type {readonly LogFormat[]} */
const logFormats = Object.freeze(['text', 'json']);

/** @typedef {import('./deliveries.js').DeliveryTrace} DeliveryTrace */
/** @typedef {import('./deliveries.js').DeliveryNote} DeliveryNote */

/**
 * The app's log.
 * @param {{ format?: LogFormat, write?: (line: string) => void, clock?: () => number }} [settings]
 *   `format`: `text` (default) or `json`; `write`: receives each line, `console.log` by default;
 *   `clock`: ms since the epoch for the `time` of a JSON line, `Date.now` by default.
 */
function createLog({ format = 'text', write = console.log, clock = Date.now } = {}) {
  if (!logFormats.includes(format)) {
    throw new TypeError(`createApp: "logFormat" must be "text" or "json", got ${JSON.stringify(format)}`);
  }
  const json = format === 'json';
  const time = () => new Date(clock()).toISOString();

  return {
    /**
     * The line of a delivery that is over.
     * @param {DeliveryTrace} trace
     * @param {DeliveryNote} note
     */
    delivery(trace, note) {
      const { event, text, kindSaid } = describeDelivery(trace, note);
      const others = note.errors.filter((error) => error !== trace.error);
      const message = text + others.map((error) => ` (also ${errorText(error)})`).join('');
      if (json) {
        const notification = trace.request?.telecmiNotification;
        const cmiuuid = notification?.cmiuuid ?? note.ignoredPayload?.cmiuuid;
        write(
          jsonLine({
            time: time(),
            event,
            host: trace.host,
            kind: trace.kind ?? null,
            outcome: trace.outcome ?? null,
            status: trace.status ?? null,
            code: trace.code ?? null,
            dedupeKey: trace.dedupeKey ?? null,
            listenerDuration: trace.listenerDuration ?? null,
            cmiuuid: cmiuuid === undefined ? null : String(cmiuuid),
            message,
            errors: note.errors.map((error) => ({ code: codeOf(error) ?? null, message: messageOf(error) })),
          }),
        );
        return;
      }
      const fields = [];
      if (event !== 'rejected' && trace.status !== undefined) fields.push(`status=${trace.status}`);
      if (!kindSaid && trace.kind !== undefined) fields.push(`kind=${trace.kind}`);
      if (trace.dedupeKey !== undefined) fields.push(`key=${trace.dedupeKey}`);
      if (trace.listenerDuration !== undefined) fields.push(`listeners=${milliseconds(trace.listenerDuration)}`);
      write(textLine(event, fields.length ? `${message} | ${fields.join(' ')}` : message));
    },

    /**
     * A failure reported on `'error'` outside any delivery of this app.
     * @param {Error} error
     */
    failure(error) {
      const code = codeOf(error) ?? 'internal_error';
      const message = messageOf(error);
      write(
        json ? jsonLine({ time: time(), event: 'failed', code, message }) : textLine('failed', `${code}: ${message}`),
      );
    },

    /**
     * A page or API request that threw.
     * @param {unknown} error
     * @param {{ method: string, originalUrl: string }} req
     */
    serverError(error, req) {
      const message = `on ${req.method} ${req.originalUrl}: ${error instanceof Error ? error.message : String(error)}`;
      write(
        json
          ? jsonLine({ time: time(), event: 'failed', code: 'internal_error', message })
          : textLine('failed', `internal_error ${message}`),
      );
    },
  };
}

/**
 * A line of the server's own (listening, stopping): the text as it is, or, in JSON, `{ time, event, message }`.
 * @param {LogFormat} format
 * @param {string} event One word, e.g. `listening`.
 * @param {string} message
 * @param {number} [now] ms since the epoch.
 * @returns {string}
 */
function serverLine(format, event, message, now = Date.now()) {
  return format === 'json' ? jsonLine({ time: new Date(now).toISOString(), event, message }) : oneLine(message);
}

/**
 * What a delivery's line says: its first word, the words after it, and whether they name its kind.
 * @param {DeliveryTrace} trace
 * @param {DeliveryNote} note
 * @returns {{ event: string, text: string, kindSaid: boolean }}
 */
function describeDelivery(trace, note) {
  const notification = trace.request?.telecmiNotification;
  const said = (text) => ({ text, kindSaid: notification !== undefined });
  const what = () => (notification ? describe(notification) : String(trace.kind));
  switch (trace.outcome) {
    case 'accepted':
      if (note.alreadyStored) return { event: 'repeated', ...said(`${what()}, already stored`) };
      return { event: notification?.kind === 'outgoing.hangup' ? 'hangup' : 'stored', ...said(what()) };
    case 'duplicate':
      return { event: 'repeated', ...said(`${what()}, already handled`) };
    case 'ignored': {
      const payload = note.ignoredPayload ?? {};
      return {
        event: 'ignored',
        text: `${String(payload.status)} event for ${String(payload.cmiuuid)}`,
        kindSaid: true,
      };
    }
    case 'rejected': {
      const why = note.invalid ? `: ${note.invalid.message}` : '';
      // The sender went away before its body was whole: nothing was answered.
      if (trace.code === 'request_aborted') return { event: 'aborted', text: `${trace.code}${why}`, kindSaid: false };
      return { event: 'rejected', text: `${trace.status ?? 'unanswered'} ${trace.code}${why}`, kindSaid: false };
    }
    default: {
      const error = /** @type {Error | undefined} */ (trace.error) ?? note.errors[0];
      const leg = notification?.leg === undefined ? '' : ` leg ${String(notification.leg)}`;
      const about = notification ? ` for ${String(notification.cmiuuid)}${leg}` : '';
      const why = error ? `: ${messageOf(error)}` : '';
      return {
        event: 'failed',
        text: `${trace.code ?? codeOf(error) ?? 'internal_error'}${about}${why}`,
        kindSaid: false,
      };
    }
  }
}

/**
 * A notification in a few words: for a hangup, when, which leg, the number on the other end,
 * caller id, user and cmiuuid; for another kind, its kind, when, its leg's numbers and user, cmiuuid.
 */
function describe(event) {
  if (event.kind !== undefined && event.kind !== 'outgoing.hangup') {
    const leg = event.leg === undefined ? '' : ` leg ${event.leg}`;
    return `${event.kind} ${event.occurredAt.toISOString()}${leg} from ${event.from ?? '?'} to ${event.to ?? '?'} user ${event.user ?? '?'} (${event.cmiuuid})`;
  }
  const number = event.leg === 'a' ? `to ${event.to ?? '?'}` : `from ${event.from ?? '?'}`;
  return `${event.hangupAt.toISOString()} leg ${event.leg} ${number} caller id ${event.callerid ?? '?'} user ${event.user ?? '?'} (${event.cmiuuid})`;
}

/** @param {unknown} error */
function codeOf(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An error's message, and its cause's when it has one (the database's own words, say). */
function messageOf(error) {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

function errorText(error) {
  return `${codeOf(error) ?? 'internal_error'}: ${messageOf(error)}`;
}

/** Milliseconds to three significant digits: `0.0423ms`, `1.25ms`, `1230ms`. */
function milliseconds(ms) {
  return `${Number(ms.toPrecision(3))}ms`;
}

function textLine(event, text) {
  return oneLine(`${event.padEnd(8)} ${text}`);
}

/**
 * JSON text never holds a raw character below U+0020, but may hold DEL, the C1 controls and
 * U+2028/U+2029, which some readers take for line breaks: escaped as `\uXXXX`, they read back the same.
 */
function jsonLine(fields) {
  return oneLine(JSON.stringify(fields));
}

function oneLine(text) {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

module.exports = { createLog, serverLine, logFormats };
