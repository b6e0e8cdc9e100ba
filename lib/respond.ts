import type { ServerResponse } from 'node:http';
import type { HangupError } from './errors.js';

/** Writes an error answer: `{ error, message, details }` as JSON, nothing about the host. */
export function sendError(res: ServerResponse, error: HangupError, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const body = JSON.stringify({ error: error.code, message: error.message, details: error.details });
  res.statusCode = error.status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/** Acknowledges a delivery: an empty answer for 204, `{ ok: true }` for other 2xx statuses. */
export function sendAcknowledgement(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.statusCode = status;
  if (status === 204) {
    res.end();
    return;
  }
  const body = '{"ok":true}';
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
