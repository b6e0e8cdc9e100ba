// Every kind of TeleCMI notification, through the middleware on every host: TeleCMI's documented
// samples (spec/fixtures/notifications/), the variants its doc editions show, and the rules that
// tie a delivery's listeners, answer and dedupe claim together whatever its kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import {
  createMemoryStore,
  defaultDedupeKey,
  type HangupEvent,
  notificationKinds,
  parseHangup,
  parseNotification,
  type HangupMiddleware,
  type NotificationKind,
  type TelecmiNotification,
} from '../lib/index.js';
import { hangupQuery } from '../lib/testing/index.js';
import { buildApp, flavours, nodeFlavours, webhookPath } from './helpers/app.js';

const samplesDir = join(__dirname, 'fixtures', 'notifications');

/** The kind each sample file is documented as, from its name (see the folder's README). */
function kindOfSample(file: string): NotificationKind {
  const stem = file.split('.')[0] ?? '';
  const agentLeg = file.includes('leg-b');
  const kinds: Record<string, NotificationKind> = {
    'outgoing-started': 'outgoing.started',
    'outgoing-answered': 'outgoing.answered',
    'outgoing-hangup': 'outgoing.hangup',
    'incoming-waiting': 'incoming.waiting',
    'incoming-started': 'incoming.agent.started',
    'incoming-answered': agentLeg ? 'incoming.agent.answered' : 'incoming.answered',
    'incoming-hangup': agentLeg ? 'incoming.agent.hangup' : 'incoming.hangup',
    'cdr-incoming-answered': 'cdr.incoming.answered',
    'cdr-incoming-missed': 'cdr.incoming.missed',
    'cdr-incoming-user-missed': 'cdr.incoming.missed',
    'cdr-outgoing-answered': 'cdr.outgoing.answered',
    'cdr-outgoing-missed': 'cdr.outgoing.missed',
  };
  const kind = kinds[stem];
  if (kind === undefined) throw new Error(`no kind is documented for ${file}`);
  return kind;
}

const samples = readdirSync(samplesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    file,
    kind: kindOfSample(file),
    text: readFileSync(join(samplesDir, file), 'utf8'),
    payload: JSON.parse(readFileSync(join(samplesDir, file), 'utf8')) as Record<string, unknown>,
  }));

/** Every notification and kind event a middleware emitted, in order. */
function record(hangups: HangupMiddleware) {
  const seen = {
    byKind: [] as { name: string; notification: TelecmiNotification }[],
    notification: [] as TelecmiNotification[],
    hangup: [] as TelecmiNotification[],
    ignored: [] as unknown[],
    invalid: [] as unknown[],
  };
  for (const kind of notificationKinds) {
    const name = kind === 'outgoing.hangup' ? 'hangup' : kind;
    hangups.events.on(name, (notification: TelecmiNotification) => void seen.byKind.push({ name, notification }));
  }
  hangups.events.on('hangup', (event) => void seen.hangup.push(event));
  hangups.events.on('notification', (notification) => void seen.notification.push(notification));
  hangups.events.on('ignored', (payload) => void seen.ignored.push(payload));
  hangups.events.on('invalid', (info) => void seen.invalid.push(info));
  return seen;
}

const json = 'application/json';

describe('every kind of notification', () => {
  it('has a documented sample of each of the thirteen kinds', () => {
    expect(notificationKinds).to.have.length(13);
    expect([...new Set(samples.map((sample) => sample.kind))].sort()).to.deep.equal([...notificationKinds].sort());
  });

  for (const flavour of flavours) {
    describe(`in ${flavour}`, () => {
      for (const { file, kind, text, payload } of samples) {
        const eventName = kind === 'outgoing.hangup' ? 'hangup' : kind;
        it(`accepts ${file} as ${kind}, by POST and by GET, under '${eventName}' and 'notification'`, async () => {
          const { app, hangups } = buildApp(flavour, { dedupe: false });
          const seen = record(hangups);
          await request(app).post(webhookPath).type(json).send(text).expect(204);
          await request(app)
            .get(`${webhookPath}?${hangupQuery(payload)}`)
            .expect(204);
          expect(seen.byKind.map((event) => event.name)).to.deep.equal([eventName, eventName]);
          expect(seen.notification.map((notification) => notification.kind)).to.deep.equal([kind, kind]);
          // One object per delivery: the kind's listeners and 'notification' get the same one.
          expect(seen.notification[0]).to.equal(seen.byKind[0]?.notification);
          expect(seen.hangup).to.have.length(kind === 'outgoing.hangup' ? 2 : 0);
          expect(seen.ignored).to.be.empty;
          // A GET carries every value as text; normalized, it is the same notification.
          expect(comparable(seen.notification[1])).to.deep.equal(comparable(seen.notification[0]));
        });
      }
    });
  }

  it('answers the samples as printed in the docs (JavaScript, not JSON) 400 invalid_json, never a crash', async () => {
    const printedDir = join(samplesDir, 'printed');
    const { app, hangups } = buildApp('node:http');
    const seen = record(hangups);
    const printed = readdirSync(printedDir);
    expect(printed).to.have.length(samples.length);
    for (const file of printed) {
      const text = readFileSync(join(printedDir, file), 'utf8');
      let isJson = true;
      try {
        JSON.parse(text);
      } catch {
        isJson = false;
      }
      const res = await request(app).post(webhookPath).type(json).send(text);
      if (isJson) expect(res.status, file).to.equal(204);
      else expect([res.status, (res.body as { error?: string }).error], file).to.deep.equal([400, 'invalid_json']);
    }
    expect(seen.invalid.length + seen.notification.length).to.equal(printed.length);
  });
});

describe('the incoming agent leg', () => {
  const agentHangup = samples.find((sample) => sample.file === 'incoming-hangup.chub.leg-b.json')!;

  for (const flavour of flavours) {
    it(`never reaches 'hangup' in ${flavour}, with its leg or without (chub-india)`, async () => {
      const { app, hangups } = buildApp(flavour);
      const seen = record(hangups);
      const withoutLeg = without({ ...agentHangup.payload, cmiuuid: 'agent-leg-without-leg' }, 'leg');
      await request(app).post(webhookPath).type(json).send(agentHangup.text).expect(204);
      await request(app).post(webhookPath).type(json).send(withoutLeg).expect(204);
      expect(seen.hangup).to.be.empty;
      expect(seen.byKind.map((event) => event.name)).to.deep.equal(['incoming.agent.hangup', 'incoming.agent.hangup']);
    });
  }

  it('is not an outgoing hangup to parseHangup or to the outgoing hangup schema either', () => {
    expect(parseHangup(agentHangup.text)).to.deep.include({ ok: false, reason: 'ignored' });
    const verdict = parseNotification(agentHangup.text);
    expect(verdict.ok && verdict.notification.kind).to.equal('incoming.agent.hangup');
  });
});

describe('what each host is handed', () => {
  for (const flavour of nodeFlavours) {
    it(`sets req.telecmiNotification for every kind in ${flavour}, and req.telecmiHangup for the hangup only`, async () => {
      const { app, hangups } = buildApp(flavour);
      const seen: { kind: unknown; notification: unknown; hangup: unknown }[] = [];
      hangups.events.on('notification', (notification, req) => {
        seen.push({ kind: notification.kind, notification: req.telecmiNotification, hangup: req.telecmiHangup });
        expect(req.telecmiNotification).to.equal(notification);
      });
      for (const file of ['cdr-outgoing-answered.chub.leg-b.json', 'outgoing-hangup.chub.leg-a.json']) {
        const sample = samples.find((one) => one.file === file)!;
        await request(app).post(webhookPath).type(json).send(sample.text).expect(204);
      }
      expect(seen.map((one) => [one.kind, one.hangup === undefined ? 'no hangup' : 'hangup'])).to.deep.equal([
        ['cdr.outgoing.answered', 'no hangup'],
        ['outgoing.hangup', 'hangup'],
      ]);
      expect(seen[1]?.hangup).to.equal(seen[1]?.notification);
    });
  }
});

describe("one delivery, whatever its listeners' names", () => {
  const cdr = samples.find((sample) => sample.file === 'cdr-incoming-missed.chub.json')!;

  for (const flavour of flavours) {
    it(`awaits the kind's and 'notification' listeners together, and one failure makes a retry handle it afresh, in ${flavour}`, async () => {
      const { app, hangups } = buildApp(flavour);
      const order: string[] = [];
      let fail = true;
      hangups.events.on('cdr.incoming.missed', async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('kind');
      });
      hangups.events.on('notification', () => {
        order.push('notification');
        if (fail) return Promise.reject(new Error('CRM down'));
        return undefined;
      });
      hangups.events.on('error', () => undefined);
      const failed = await request(app).post(webhookPath).type(json).send(cdr.text).expect(500);
      expect((failed.body as { error: string }).error).to.equal('handler_failed');
      // The answer waited for the slower kind listener, not only for the failed one.
      expect(order).to.deep.equal(['notification', 'kind']);
      fail = false;
      await request(app).post(webhookPath).type(json).send(cdr.text).expect(204);
      expect(order).to.deep.equal(['notification', 'kind', 'notification', 'kind']);
      // Handled now: the next copy is a duplicate, and runs neither listener.
      const duplicates: TelecmiNotification[] = [];
      hangups.events.on('duplicate', (notification) => void duplicates.push(notification));
      await request(app).post(webhookPath).type(json).send(cdr.text).expect(204);
      expect(order).to.have.length(4);
      expect(duplicates.map((notification) => notification.kind)).to.deep.equal(['cdr.incoming.missed']);
    });
  }

  it('names the listener that timed out, not one that settled', async () => {
    const { app, hangups } = buildApp('node:http', { handlerTimeout: 30 });
    const errors: string[] = [];
    hangups.events.on('error', (error) => void errors.push(error.message));
    hangups.events.on('cdr.incoming.missed', () => Promise.resolve());
    hangups.events.on('notification', () => new Promise(() => undefined));
    const res = await request(app).post(webhookPath).type(json).send(cdr.text).expect(500);
    expect((res.body as { error: string }).error).to.equal('handler_timeout');
    expect(errors).to.deep.equal(["A 'notification' listener did not settle within 30 ms"]);
  });
});

describe('dedupe across kinds', () => {
  const live = samples.find((sample) => sample.file === 'outgoing-answered.chub.leg-a.json')!;

  it('keeps a live event and the CDR of the same leg apart, and each kind of one leg apart', async () => {
    const { app, hangups } = buildApp('node:http');
    const seen = record(hangups);
    const duplicates: unknown[] = [];
    hangups.events.on('duplicate', (notification) => void duplicates.push(notification.kind));
    const leg = { cmiuuid: 'one-leg', leg: 'a' };
    const cdr = {
      ...samples.find((sample) => sample.file === 'cdr-outgoing-answered.chub.leg-a.json')!.payload,
      ...leg,
    };
    for (const payload of [{ ...live.payload, ...leg }, cdr, { ...live.payload, ...leg, status: 'hangup' }, cdr]) {
      await request(app).post(webhookPath).type(json).send(payload).expect(204);
    }
    expect(seen.notification.map((notification) => notification.kind)).to.deep.equal([
      'outgoing.answered',
      'cdr.outgoing.answered',
      'outgoing.hangup',
    ]);
    expect(duplicates).to.deep.equal(['cdr.outgoing.answered']);
  });

  it("keeps kinds apart under a key written for hangups alone, and leaves the hangup's key as it returns it", async () => {
    const keys: string[] = [];
    const store = createMemoryStore();
    const claim = store.claim.bind(store);
    store.claim = (key, ttl) => {
      keys.push(key);
      return claim(key, ttl);
    };
    const { app, hangups } = buildApp('node:http', { dedupe: { store, key: (event: HangupEvent) => event.cmiuuid } });
    const seen = record(hangups);
    const leg = { cmiuuid: 'leg-1', leg: 'a' };
    for (const status of ['started', 'answered', 'hangup']) {
      await request(app)
        .post(webhookPath)
        .type(json)
        .send({ ...live.payload, ...leg, status })
        .expect(204);
    }
    expect(seen.notification.map((notification) => notification.kind)).to.deep.equal([
      'outgoing.started',
      'outgoing.answered',
      'outgoing.hangup',
    ]);
    expect(keys).to.deep.equal(['outgoing.started:leg-1', 'outgoing.answered:leg-1', 'leg-1']);
  });

  it('keys the outgoing hangup as since 0.1, and every other kind by its name', () => {
    const keys = samples.map(({ text }) => {
      const verdict = parseNotification(text);
      if (!verdict.ok) throw new Error(verdict.reason);
      return defaultDedupeKey(verdict.notification);
    });
    expect(keys).to.include('ccd826f9-67a4-4467-acfb-a53093ff5c9d:a:hangup');
    expect(keys).to.include('0da4f02e-6ece-42e4-989b-1e6766b5a81e:b:cdr.outgoing.answered');
    expect(keys).to.include('5202a928-07c3-4d32-a1a4-d304c9275971::incoming.waiting');
    // Two documented samples share a key only where they are one leg's one notification.
    expect(new Set(keys).size).to.equal(keys.length);
    // A hangup stored before kinds existed keeps its key.
    expect(defaultDedupeKey({ cmiuuid: 'x', leg: 'b', status: 'hangup' })).to.equal('x:b:hangup');
  });
});

describe('what varies between doc editions', () => {
  const byFile = (file: string) => samples.find((sample) => sample.file === file)!.payload;

  /** The notification of a payload, or the reason it was refused. */
  function accepted(payload: unknown): TelecmiNotification {
    const verdict = parseNotification(payload as object);
    if (!verdict.ok) throw new Error(`${verdict.reason}: ${'message' in verdict ? verdict.message : ''}`);
    return verdict.notification;
  }

  it('takes phone numbers as numbers or strings, and hands them on as digit strings', () => {
    const asNumbers = accepted(byFile('cdr-incoming-answered.chub.json'));
    const { from, to, virtual_number } = byFile('cdr-incoming-answered.chub.json');
    const asStrings = accepted({
      ...byFile('cdr-incoming-answered.chub.json'),
      from: String(from),
      to: String(to),
      virtual_number: String(virtual_number),
    });
    expect(asNumbers).to.include({ from: '440000000002', to: '440000000001', virtual_number: '440000000000' });
    expect(comparable(asStrings)).to.deep.equal(comparable(asNumbers));
  });

  it('keeps the leading zero of the older editions’ number literal', () => {
    const text = JSON.stringify({ ...byFile('cdr-incoming-answered.chub.json'), from: 'FROM' }).replace(
      '"FROM"',
      '04471000000',
    );
    expect(accepted(text)).to.include({ from: '04471000000' });
  });

  it('reads "true" as true, and appid as app_id', () => {
    const india = { ...byFile('cdr-incoming-missed.chub.json'), voicemail: 'true' };
    const notification = accepted(india);
    expect(notification).to.include({ voicemail: true, app_id: 2222223 });
    expect(notification).to.not.have.property('appid');
    const current = accepted({ ...byFile('cdr-incoming-missed.chub.json'), appid: undefined, app_id: '2222223' });
    expect(current).to.include({ app_id: 2222223 });
  });

  it('accepts the CDRs without leg, hangup_reason, custom or conversation_uuid (chub-india)', () => {
    for (const file of [
      'cdr-outgoing-answered.chub.leg-a.json',
      'cdr-outgoing-missed.chub.leg-b.json',
      'cdr-incoming-answered.chub.json',
    ]) {
      const india = without(byFile(file), 'leg', 'hangup_reason', 'custom', 'conversation_uuid');
      const notification = accepted({ ...india, click_to_call: 'true' });
      expect(notification.kind, file).to.equal(kindOfSample(file));
      expect(notification).to.include({ endedBy: undefined, customData: undefined });
    }
  });

  it('works out the facts: when, how long, who ended it, the recording and the voicemail', () => {
    const answered = accepted(byFile('cdr-outgoing-answered.chub.leg-b.json'));
    if (answered.kind !== 'cdr.outgoing.answered') throw new Error(answered.kind);
    expect(answered.occurredAt).to.deep.equal(new Date(1650630551178));
    expect(answered).to.include({
      answeredSeconds: 6,
      endedBy: 'other_side',
      recordingFile: '16506305548176941220057791_2222223.mp3',
    });
    expect(answered.customData).to.deep.equal({ crm: 'true' });
    expect(answered.extraParamsData).to.deep.equal({ click2call: 'true' });
    const missed = accepted(byFile('cdr-incoming-missed.chub.json'));
    if (missed.kind !== 'cdr.incoming.missed') throw new Error(missed.kind);
    expect(missed).to.include({
      waitedSeconds: 127,
      endedBy: 'this_leg',
      voicemailFile: '1634721220656289350027_2222223.mp3',
    });
    const notRecorded = accepted({ ...byFile('cdr-outgoing-answered.chub.leg-b.json'), record: 'false' });
    expect(notRecorded).to.include({ recordingFile: undefined });
    const agent = accepted(byFile('incoming-hangup.chub.leg-b.json'));
    if (agent.kind !== 'incoming.agent.hangup') throw new Error(agent.kind);
    expect(agent.hangupAt).to.equal(agent.occurredAt);
  });
});

describe('parseNotification', () => {
  it('never throws, and says what it found', () => {
    expect(parseNotification('{"status":')).to.deep.include({ ok: false, reason: 'invalid_json' });
    expect(parseNotification({ status: 'ringing', cmiuuid: 'x' })).to.deep.include({ ok: false, reason: 'ignored' });
    const broken = parseNotification({ ...samples[0]!.payload, time: 'yesterday' });
    expect(broken).to.deep.include({ ok: false, reason: 'invalid_payload', kind: samples[0]!.kind });
    if (broken.ok || broken.reason !== 'invalid_payload') throw new Error('expected invalid_payload');
    expect(broken.errors.map((error) => error.path)).to.deep.equal(['/time']);
    for (const input of [null, 7, [], 'null', new Uint8Array([0xff, 0xfe])] as unknown[]) {
      expect(parseNotification(input as object).ok).to.equal(false);
    }
  });

  it('names the kind a payload broke in its message', () => {
    const noTime = without(samples.find((sample) => sample.kind === 'cdr.outgoing.missed')!.payload, 'time');
    const verdict = parseNotification(noTime);
    expect(verdict.ok).to.equal(false);
    expect((verdict as { message: string }).message).to.equal(
      'Payload is not a valid TeleCMI missed outgoing call record: /time is required',
    );
  });

  it('leaves an object it is given untouched', () => {
    const payload = { ...samples[0]!.payload };
    const before = JSON.stringify(payload);
    expect(parseNotification(payload).ok).to.equal(true);
    expect(JSON.stringify(payload)).to.equal(before);
  });
});

/** A notification as JSON values, so two of them compare field by field (a Date as its text). */
function comparable(notification: TelecmiNotification | undefined): unknown {
  return JSON.parse(JSON.stringify(notification ?? null));
}

/** A copy of a payload without some of its fields. */
function without(payload: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !fields.includes(name)));
}
