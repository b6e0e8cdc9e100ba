import type { Answer } from '../core/delivery.js';
import { endToEndHeaders } from './answer-headers.js';

/** An answer as a `fetch` `Response`: no body for an empty one, and its end-to-end headers. */
export function responseOf(answer: Answer): Response {
  return new Response(answer.body === '' ? null : answer.body, initOf(answer));
}

function initOf(answer: Answer): ResponseInit {
  const headers = endToEndHeaders(answer);
  // An acknowledgement (204 by default) has no headers: given no record at all, Bun and Deno make
  // no Headers of it either, which saves about 1 µs of a Response that costs 2 µs.
  return isEmpty(headers) ? { status: answer.status } : { status: answer.status, headers };
}

function isEmpty(record: Readonly<Record<string, string>>): boolean {
  for (const name in record) if (Object.hasOwn(record, name)) return false;
  return true;
}
