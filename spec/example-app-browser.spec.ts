import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sampleCall } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';

const chromiumPath = '/usr/bin/chromium';
const server = join(__dirname, '..', 'example-app', 'server.js');
const cli = join(__dirname, '..', 'bin', 'telecmi-hangup.js');
const artifacts = join(__dirname, 'artifacts');
// Headless, and nothing that would reach beyond this machine or make the run depend on state.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A zone and language other than the machine's UTC, so a local time is told apart from the fallback.
const timezoneId = 'Asia/Kolkata';
const locale = 'en-GB';

describe('the example app in a browser', function () {
  this.timeout(60_000);
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  function deliver(body: string): Promise<Response> {
    return fetch(`${base}/webhook/cdr`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }

  before(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `${chromiumPath} is missing: the browser spec needs Debian's chromium package. ` +
          'Install it with `source .ci/chromium.sh` (or `install_chromium` once sourced).',
      );
    }
    dir = mkdtempSync(join(tmpdir(), 'example-app-browser-'));
    child = spawn(process.execPath, [server], {
      env: { ...process.env, PORT: '0', DATABASE: join(dir, 'hangups.db') },
    });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = out.match(/listening on (http:\/\/\S+)\/webhook\/cdr/);
        if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`example app exited with ${code}: ${out}`)));
    });
    // One hangup from before the page loads: the server renders it.
    expect((await deliver(fixtureText('seed-leg-a.txt'))).status).to.equal(204);

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      timezoneId,
      locale,
      viewport: { width: 1200, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  after(async () => {
    await context?.close();
    if (child && child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Sends a whole call with the package's own command, as a user tries the app. */
  async function sendCall(direction: 'incoming' | 'outgoing'): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      'send',
      `${base}/webhook/cdr`,
      '--call',
      direction,
    ]);
    return stdout;
  }

  it('shows the stored calls with times in the viewer’s zone, and goes live', async () => {
    await page.goto(`${base}/`);
    await page.locator('#live[data-state="live"]').waitFor();
    const time = page.locator(
      'tr[data-conversation="d965c6e0-5493-44f8-8d7d-b9a8077013a4"] td[data-label="Started"] time',
    );
    const expected = new Intl.DateTimeFormat(locale, { timeZone: timezoneId, hour: '2-digit', minute: '2-digit' });
    expect(await time.textContent())
      .to.include(expected.format(new Date(1571122196059)))
      .and.include('GMT+5:30');
    expect(await time.getAttribute('title')).to.equal('2019-10-15 06:49:56 UTC');
  });

  it('adds a delivered call without a reload, escaping what the sender wrote', async () => {
    await page.evaluate('globalThis.notReloaded = true');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const [legA, legB] = sampleCall({ user: hostile });
    expect((await deliver(JSON.stringify(legA))).status).to.equal(204);
    expect((await deliver(JSON.stringify(legB))).status).to.equal(204);

    // Both legs are one call: one row, whose timeline grows with the second.
    const row = page.locator(`#calls tr[data-conversation="${legA.conversation_uuid}"]`);
    await row.locator('li[data-kind="outgoing.hangup"]').nth(1).waitFor();
    expect(await row.count()).to.equal(1);
    expect(await page.evaluate('globalThis.notReloaded')).to.equal(true);
    expect(await row.locator('td[data-label="Agent"]').textContent()).to.equal(hostile);
    expect(await row.locator('td[data-label="Customer"]').textContent()).to.equal('9100000000');
    expect(await row.locator('td[data-label="Started"] time').textContent()).to.include('GMT+5:30');
    // Newest first: the call sent now above the 2019 hangup the page was rendered with.
    const order = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll('#calls tbody tr'), (row) => row.dataset.conversation)`,
    );
    expect(order).to.deep.equal([legA.conversation_uuid, 'd965c6e0-5493-44f8-8d7d-b9a8077013a4']);
    expect(await page.locator('#calls img, #calls script').count()).to.equal(0);
    expect(dialogs).to.deep.equal([]);
    expect(legB.conversation_uuid).to.equal(legA.conversation_uuid);
  });

  it('completes the timelines of a whole incoming and a whole outgoing call sent with the CLI, without a reload', async () => {
    await sendCall('incoming');
    await sendCall('outgoing');
    const incoming = page.locator('#calls tr:has(li[data-kind="cdr.incoming.answered"])');
    const outgoing = page.locator('#calls tr:has(li[data-kind="cdr.outgoing.answered"])');
    await incoming.waitFor();
    await outgoing.locator('li[data-kind="cdr.outgoing.answered"]').nth(1).waitFor();
    expect(await page.evaluate('globalThis.notReloaded')).to.equal(true);
    const kinds = (row: string) =>
      page.evaluate<string[]>(
        `Array.from(document.querySelector(${JSON.stringify(row)}).querySelectorAll('li'), (item) => item.dataset.kind)`,
      );
    expect(await kinds('#calls tr:has(li[data-kind="cdr.incoming.answered"])')).to.deep.equal([
      'incoming.waiting',
      'incoming.agent.started',
      'incoming.agent.answered',
      'incoming.answered',
      'incoming.hangup',
      'incoming.agent.hangup',
      'cdr.incoming.answered',
    ]);
    expect(await kinds('#calls tr:has(li[data-kind="cdr.outgoing.answered"])')).to.deep.equal([
      'outgoing.started',
      'outgoing.answered',
      'outgoing.started',
      'outgoing.answered',
      'outgoing.hangup',
      'outgoing.hangup',
      'cdr.outgoing.answered',
      'cdr.outgoing.answered',
    ]);
    for (const row of [incoming, outgoing]) {
      expect(await row.getAttribute('data-state')).to.equal('answered');
      expect(await row.locator('li[data-kind^="cdr."]').last().textContent()).to.match(
        /record: answered \d+ s, ended by the \w+, recording \d+_2222223\.mp3/,
      );
    }
    expect(await incoming.locator('td[data-label="Call"]').textContent()).to.equal('incoming');
    expect(await outgoing.locator('td[data-label="Call"]').textContent()).to.equal('outgoing');
  });

  it('adds a rejected delivery to the dead letters without a reload', async () => {
    expect((await deliver('{"leg": "a", <b>')).status).to.equal(400);
    const letter = page.locator('#dead-letters tbody tr[data-id]').first();
    await letter.waitFor();
    expect(await letter.locator('td[data-label="Answer"]').textContent()).to.equal('400 invalid_json');
    expect(await letter.locator('td[data-label="Body"]').textContent()).to.equal('{"leg": "a", <b>');
    expect(await page.evaluate('globalThis.notReloaded')).to.equal(true);
  });

  it('redraws the last hour at a glance as deliveries come, without a reload', async () => {
    const chart = page.locator('#deliveries-chart');
    const delivered = async () => {
      const stats = (await (await fetch(`${base}/api/stats`)).json()) as { totals: Record<string, number> };
      return { stats, total: Object.values(stats.totals).reduce((sum, count) => sum + count, 0) };
    };
    const counted = (outcome: string) =>
      page.evaluate<number>(
        `Array.from(document.querySelectorAll('#deliveries-chart rect[data-outcome="${outcome}"]'))` +
          '.reduce((sum, bar) => sum + Number(bar.dataset.count), 0)',
      );
    // The earlier tests' deliveries, once the last 'stats' event (at most a second behind) is drawn.
    const before = await delivered();
    expect(before.total).to.be.above(0);
    await page.locator(`#deliveries-chart[data-total="${before.total}"]`).waitFor();
    const rejected = await counted('rejected');

    expect((await deliver(JSON.stringify(sampleCall()[0]))).status).to.equal(204);
    expect((await deliver('{"leg": "c"}')).status).to.equal(422);
    await page.locator(`#deliveries-chart[data-total="${before.total + 2}"]`).waitFor();
    expect(await counted('rejected')).to.equal(rejected + 1);
    expect(await chart.locator('g.minute').count()).to.equal(60);
    expect(await page.locator('#reasons li[data-code="invalid_payload"] b').textContent()).to.equal('1');
    expect(await page.locator('#latency').textContent()).to.match(
      /^p50 [\d.e-]+ ms · p99 [\d.e-]+ ms, over \d+ deliveries$/,
    );
    // What the page drew is what the API says.
    const after = await delivered();
    expect(after.total).to.equal(before.total + 2);
    expect(await page.locator('#outcomes li[data-outcome="rejected"] b').textContent()).to.equal(
      String(after.stats.totals['rejected']),
    );
    expect(await page.evaluate('globalThis.notReloaded')).to.equal(true);
  });

  it('reads on a phone: no sideways scrolling, one card per row', async () => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'example-app.png'), fullPage: true });

    const phone = await context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${base}/`);
      await phone.locator('#live[data-state="live"]').waitFor();
      expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).to.equal(true);
      expect(await phone.locator('#calls thead').isVisible()).to.equal(false);
      const label = await phone.evaluate(
        `getComputedStyle(document.querySelector('#calls td[data-label="Agent"]'), '::before').content`,
      );
      expect(label).to.equal('"Agent"');
      await phone.screenshot({ path: join(artifacts, 'example-app-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
