// Runs a README snippet that is a module a platform calls (a Next.js route handler, a Lambda
// handler): `node readme-call.mjs <snippet>` imports it, hands the seed sample to what it exports
// as the platform would, and prints `snippet-answer <status>`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const seed = readFileSync(new URL('../fixtures/seed-leg-a.txt', import.meta.url), 'utf8');
const module = await import(pathToFileURL(process.argv[2]).href);

let status;
if (typeof module.POST === 'function') {
  const request = new Request('http://127.0.0.1/webhook/cdr', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: seed,
  });
  status = (await module.POST(request, { params: Promise.resolve({}) })).status;
} else if (typeof module.handler === 'function') {
  const event = {
    version: '2.0',
    rawPath: '/webhook/cdr',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body: seed,
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', sourceIp: '203.0.113.7' } },
  };
  status = (await module.handler(event, {})).statusCode;
} else {
  throw new Error('readme-call: the snippet exports neither POST nor handler');
}
console.log(`snippet-answer ${status}`);
