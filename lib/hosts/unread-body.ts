import type { IncomingMessage } from 'node:http';

/**
 * Whether a Node request may still have body bytes on the wire when it is answered: then the
 * answer closes the connection, or Node would drain the rest at the sender's pace. A request
 * without a body (a GET) is not `complete` yet while it is answered in the same tick, so its
 * headers decide, not `complete` alone.
 */
export function bodyMayBeUnread(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
