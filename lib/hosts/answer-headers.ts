import type { Answer } from '../core/delivery.js';

/**
 * An answer's headers for a host that owns the connection itself (a `fetch` runtime, API
 * Gateway): `Connection` is a hop-by-hop header, theirs to set, and some refuse it.
 */
export function endToEndHeaders(answer: Answer): Readonly<Record<string, string>> {
  if (!('Connection' in answer.headers)) return answer.headers;
  const headers = { ...answer.headers };
  delete headers['Connection'];
  return headers;
}
