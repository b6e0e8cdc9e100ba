// Reads the example's settings from the environment, once, at start. Every variable is optional;
// an empty one counts as unset. A bad value stops the start with a message naming the variable.
const { defaults } = require('./listen.js');
const { logFormats } = require('./log.js');

/** The largest delay Node's timers take, so the largest timeout there is. */
const maxMs = 2_147_483_647;

/**
 * Environment variables of the server, each with the setting it fills and its range. Defaults
 * are in listen.js (`defaults`).
 */
const numbers = [
  { variable: 'PORT', setting: 'port', min: 0, max: 65_535, what: 'a port number' },
  {
    variable: 'HEADERS_TIMEOUT_MS',
    setting: 'headersTimeout',
    min: 1,
    max: maxMs,
    what: 'a whole number of milliseconds',
  },
  {
    variable: 'REQUEST_TIMEOUT_MS',
    setting: 'requestTimeout',
    min: 1,
    max: maxMs,
    what: 'a whole number of milliseconds',
  },
  {
    variable: 'KEEP_ALIVE_TIMEOUT_MS',
    setting: 'keepAliveTimeout',
    min: 1,
    max: maxMs,
    what: 'a whole number of milliseconds',
  },
  {
    variable: 'MAX_CONNECTIONS',
    setting: 'maxConnections',
    min: 1,
    max: 1_000_000,
    what: 'a whole number of connections',
  },
];

/**
 * The settings `startServer` (listen.js) takes, from `env`:
 * `PORT` (default 5000), `HOST` (default: every interface), `HEADERS_TIMEOUT_MS` (10000),
 * `REQUEST_TIMEOUT_MS` (30000), `KEEP_ALIVE_TIMEOUT_MS` (5000), `MAX_CONNECTIONS` (500),
 * `DATABASE` (default `example-app/data/hangups.db`), `TELECMI_TOKEN` (default none) and
 * `LOG_FORMAT` (`text`, the default, or `json`: one JSON object per line, see log.js).
 * Throws one Error naming every variable that is wrong.
 * @param {Record<string, string | undefined>} env Usually `process.env`.
 * @returns {import('./listen.js').ServerSettings}
 */
function readSettings(env) {
  const given = (variable) => (env[variable] === '' ? undefined : env[variable]);
  const problems = [];
  const settings = {};
  for (const { variable, setting, min, max, what } of numbers) {
    const text = given(variable);
    if (text === undefined) continue;
    const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    if (value >= min && value <= max) settings[setting] = value;
    else problems.push(`${variable} must be ${what} from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  const headersTimeout = settings.headersTimeout ?? defaults.headersTimeout;
  const requestTimeout = settings.requestTimeout ?? defaults.requestTimeout;
  const logFormatText = given('LOG_FORMAT');
  const logFormat = logFormats.find((name) => name === logFormatText);
  if (logFormatText !== undefined && logFormat === undefined) {
    const allowed = logFormats.map((name) => `"${name}"`).join(' or ');
    problems.push(`LOG_FORMAT must be ${allowed}, got ${JSON.stringify(logFormatText)}`);
  }
  if (!problems.length && headersTimeout > requestTimeout) {
    problems.push(
      `HEADERS_TIMEOUT_MS (${headersTimeout}) must not be more than REQUEST_TIMEOUT_MS (${requestTimeout}): ` +
        'the request timeout covers the headers too',
    );
  }
  if (problems.length) throw new Error(`bad environment: ${problems.join('; ')}`);

  const host = given('HOST');
  const database = given('DATABASE');
  const token = given('TELECMI_TOKEN');
  return {
    ...settings,
    ...(host !== undefined && { host }),
    app: {
      ...(database !== undefined && { database }),
      ...(token !== undefined && { token }),
      ...(logFormat !== undefined && { logFormat }),
    },
  };
}

module.exports = { readSettings };
