// The payloads every section sends, read from the spec fixtures so the benchmark and the tests
// agree on what TeleCMI posts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: where the built package is required from and where `npm run bench` runs. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where every host mounts its webhook handler. */
export const webhookPath = '/webhook/cdr';

function fixture(name) {
  return readFileSync(join(packageRoot, 'spec', 'fixtures', name), 'utf8');
}

/** The current docs' hangup: valid JSON, the strict fast path. */
export const currentDocsText = fixture('current-docs-leg-a.json');

/** The older docs' hangup: a leading-zero integer literal, so the mending slow path. */
export const seedText = fixture('seed-leg-a.txt');

/** The same hangup as valid JSON (the caller id quoted), for the strict fast path and its baseline. */
export const seedJsonText = seedText.replace('"callerid": 04471000000', '"callerid": "04471000000"');
if (seedJsonText === seedText)
  throw new Error('bench/fixtures.mjs: the seed fixture no longer has its leading-zero caller id');

/**
 * The current docs' hangup with its cmiuuid replaced by autocannon's `[<id>]` placeholder: with
 * `idReplacement` every request is a new delivery, as TeleCMI's traffic is, so dedupe (on by
 * default) lets each through to the listener instead of answering a duplicate.
 */
export const uniqueDeliveryTemplate = withPlaceholderId(currentDocsText);

function withPlaceholderId(text) {
  const { cmiuuid } = JSON.parse(text);
  const field = `"cmiuuid": "${cmiuuid}"`;
  if (!text.includes(field)) throw new Error('bench/fixtures.mjs: the fixture no longer has `"cmiuuid": "<id>"`');
  return text.replace(field, '"cmiuuid": "[<id>]"');
}
