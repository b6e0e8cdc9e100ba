import type { Answer } from '../core/delivery.js';
import type { HangupError } from '../errors.js';

const jsonType = 'application/json; charset=utf-8';

/** An error answer: `{ error, message, details }` as JSON, nothing about the host. */
export function errorAnswer(error: HangupError, headers: Readonly<Record<string, string>> = {}): Answer {
  const body = JSON.stringify({ error: error.code, message: error.message, details: error.details });
  return {
    status: error.status ?? 500, // only answered codes reach an answer
    headers: {
      ...headers,
      'Content-Type': jsonType,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    },
    body,
  };
}

const noHeaders = Object.freeze({});
// 205 Reset Content must carry no content; the length says so, so the connection stays framed.
const resetHeaders = Object.freeze({ 'Content-Length': '0' });
const okBody = '{"ok":true}';
const okHeaders = Object.freeze({ 'Content-Type': jsonType, 'Content-Length': String(okBody.length) });
const acknowledgements = new Map<number, Answer>();

/**
 * The acknowledgement of a delivery: an empty answer for 204 and 205 (which may carry no content),
 * `{ ok: true }` for other 2xx statuses. One frozen answer per status, so acknowledging allocates
 * nothing.
 */
export function acknowledgement(status: number): Answer {
  let answer = acknowledgements.get(status);
  if (answer === undefined) {
    answer = Object.freeze(
      status === 204
        ? { status, headers: noHeaders, body: '' }
        : status === 205
          ? { status, headers: resetHeaders, body: '' }
          : { status, headers: okHeaders, body: okBody },
    );
    acknowledgements.set(status, answer);
  }
  return answer;
}
