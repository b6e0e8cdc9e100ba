// Runs the README's OpenTelemetry subscriber (the file given) under an SDK whose spans go to an
// in-memory exporter, sends it a known set of deliveries, and prints the spans it made as
// `snippet-spans <json>` (and `snippet-answer 204` for the first delivery's answer).
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

const exporter = new InMemorySpanExporter();
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
await import(pathToFileURL(process.argv[2]).href);

// Imported by its own name, as users import it: the build in dist/.
const { telecmiHangup } = await import('telecmi-hangup');
const hangups = telecmiHangup();
hangups.events.on('hangup', (event) => {
  if (event.leg === 'b') throw new Error('the database is down');
});
hangups.events.on('error', () => undefined);

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const post = (body) =>
  hangups.fetch(
    new Request('http://127.0.0.1/webhook/cdr', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
const legA = readFileSync(join(fixtures, 'current-docs-leg-a.json'), 'utf8');
const statuses = [];
for (const body of [legA, legA, '{"status":"hangup"}', readFileSync(join(fixtures, 'seed-leg-b.txt'), 'utf8')]) {
  statuses.push((await post(body)).status);
}
// A fetch answer comes before its delivery is over; its span ends then.
for (let tries = 0; exporter.getFinishedSpans().length < statuses.length && tries < 100; tries++) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
console.log(`snippet-answer ${statuses[0]}`);
const spans = exporter.getFinishedSpans().map((span) => ({
  name: span.name,
  attributes: span.attributes,
  status: span.status.code,
  exceptions: span.events.filter((event) => event.name === 'exception').length,
}));
console.log(`snippet-spans ${JSON.stringify({ statuses, spans })}`);
