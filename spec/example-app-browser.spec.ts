import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sampleCall } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';

const chromiumPath = '/usr/bin/chromium';
const server = join(__dirname, '..', 'example-app', 'server.js');
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

  it('shows the stored hangups with times in the viewer’s zone, and goes live', async () => {
    await page.goto(`${base}/`);
    await page.locator('#live[data-state="live"]').waitFor();
    const time = page.locator('tr[data-cmiuuid="d965c6e0-5493-44f8-8d7d-b9a8077013a4"] time');
    const expected = new Intl.DateTimeFormat(locale, { timeZone: timezoneId, hour: '2-digit', minute: '2-digit' });
    expect(await time.textContent())
      .to.include(expected.format(new Date(1571122196059)))
      .and.include('GMT+5:30');
    expect(await time.getAttribute('title')).to.equal('2019-10-15 06:49:56 UTC');
  });

  it('adds a delivered call’s rows without a reload, escaping what the sender wrote', async () => {
    await page.evaluate('globalThis.notReloaded = true');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const [legA, legB] = sampleCall({ user: hostile });
    expect((await deliver(JSON.stringify(legA))).status).to.equal(204);
    expect((await deliver(JSON.stringify(legB))).status).to.equal(204);

    const rowA = page.locator(`tr[data-cmiuuid="${legA.cmiuuid}"]`);
    const rowB = page.locator(`tr[data-cmiuuid="${legB.cmiuuid}"]`);
    await rowB.waitFor();
    await rowA.waitFor();
    expect(await page.evaluate('globalThis.notReloaded')).to.equal(true);
    expect(await rowA.locator('td[data-label="User"]').textContent()).to.equal(hostile);
    expect(await rowA.locator('td[data-label="To"]').textContent()).to.equal('9100000000');
    expect(await rowB.locator('td[data-label="From"]').textContent()).to.equal('9100000000');
    expect(await rowA.locator('time').textContent()).to.include('GMT+5:30');
    // Newest first: both legs (sent now) above the 2019 hangup the page was rendered with.
    const order = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll('#hangups tbody tr'), (row) => row.dataset.cmiuuid)`,
    );
    expect(order.slice(2)).to.deep.equal(['d965c6e0-5493-44f8-8d7d-b9a8077013a4']);
    expect(order.slice(0, 2)).to.have.members([legA.cmiuuid, legB.cmiuuid]);
    expect(await page.locator('#hangups img, #hangups script').count()).to.equal(0);
    expect(dialogs).to.deep.equal([]);
  });

  it('adds a rejected delivery to the dead letters without a reload', async () => {
    expect((await deliver('{"leg": "a", <b>')).status).to.equal(400);
    const letter = page.locator('#dead-letters tbody tr[data-id]').first();
    await letter.waitFor();
    expect(await letter.locator('td[data-label="Answer"]').textContent()).to.equal('400 invalid_json');
    expect(await letter.locator('td[data-label="Body"]').textContent()).to.equal('{"leg": "a", <b>');
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
      expect(await phone.locator('#hangups thead').isVisible()).to.equal(false);
      const label = await phone.evaluate(
        `getComputedStyle(document.querySelector('#hangups td[data-label="User"]'), '::before').content`,
      );
      expect(label).to.equal('"User"');
      await phone.screenshot({ path: join(artifacts, 'example-app-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
