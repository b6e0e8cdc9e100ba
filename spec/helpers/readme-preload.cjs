// Loaded before a README snippet: whatever port the snippet asks for, its server listens on a free
// loopback port; once it does, the seed sample is posted to /webhook/cdr, the answer's status is
// printed as `snippet-answer <status>`, and the process ends. Snippets without a server run as is.
// When TELECMI_TOKEN is set, the sample is posted with it in the URL, as TeleCMI would.
const net = require('node:net');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-leg-a.txt'));
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  this.once('listening', async () => {
    const { port } = this.address();
    const query = process.env.TELECMI_TOKEN ? `?token=${encodeURIComponent(process.env.TELECMI_TOKEN)}` : '';
    const res = await fetch(`http://127.0.0.1:${port}/webhook/cdr${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: seed,
    });
    // Let the snippet's listeners print before the process ends.
    setImmediate(() => {
      console.log(`snippet-answer ${res.status}`);
      process.exit(0);
    });
  });
  return listen.call(this, 0, '127.0.0.1', callback);
};
