// Error answers in the middleware's style, so a client of the API reads one format everywhere.

/**
 * Answers `{ error, message, details }` as JSON, never cached. Does nothing once headers are sent.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status HTTP status.
 * @param {string} error Stable error code, e.g. `not_found`.
 * @param {string} message A sentence saying what was wrong.
 * @param {{ path: string, message: string }[]} [details] Each problem, where it has one.
 * @param {Record<string, string>} [headers] Extra headers, e.g. `Retry-After`.
 */
function sendError(res, status, error, message, details = [], headers = {}) {
  if (res.headersSent) return;
  const body = JSON.stringify({ error, message, details });
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/**
 * Answers 405 `method_not_allowed` for a route that only reads.
 * @param {import('express').Request} req
 * @param {import('node:http').ServerResponse} res
 */
function methodNotAllowed(req, res) {
  sendError(res, 405, 'method_not_allowed', `Method ${req.method} is not allowed; use GET`, [], { Allow: 'GET' });
}

module.exports = { sendError, methodNotAllowed };
