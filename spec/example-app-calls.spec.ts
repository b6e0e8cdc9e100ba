// The example app's calls: every notification stored once per dedupe key, read back as calls with
// their timelines, the missed ones to call back, and the API that serves them.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestListener } from 'node:http';
import { expect } from 'chai';
import request from 'supertest';
import {
  sampleIncomingCall,
  sampleNotification,
  sampleOutgoingCall,
  type SampleNotification,
} from '../lib/testing/index.js';

interface ExampleApp {
  app: RequestListener;
  drain(): Promise<void>;
  close(): void;
}
const load = createRequire(__filename);
const { createApp } = load('../example-app/app.js') as {
  createApp: (settings: { database: string; log: (line: string) => void }) => ExampleApp;
};
const { migrations } = load('../example-app/db.js') as { migrations: string[] };
const Database = load('better-sqlite3') as new (file: string) => {
  exec(sql: string): void;
  pragma(pragma: string): unknown;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
};

const webhook = '/webhook/cdr';

interface CallBody {
  summary: Record<string, unknown>;
  timeline: { kind: string; notification: Record<string, unknown> }[];
}

describe('the example app: calls', () => {
  let started: ExampleApp;
  let lines: string[];

  beforeEach(() => {
    lines = [];
    started = createApp({ database: ':memory:', log: (line) => lines.push(line) });
  });
  afterEach(async () => {
    await started.drain();
    started.close();
  });

  async function deliver(call: SampleNotification[]): Promise<void> {
    for (const { payload } of call) await request(started.app).post(webhook).send(payload).expect(204);
  }

  it('stores every notification of a whole call once, and reads it back as one call with its timeline', async () => {
    const call = sampleIncomingCall();
    await deliver(call);
    const conversation = String(call[0]?.payload.conversation_uuid);
    const res = await request(started.app).get(`/api/calls/${conversation}`).expect(200);
    const body = res.body as CallBody;
    expect(body.timeline.map((step) => step.kind)).to.deep.equal(call.map((step) => step.kind));
    expect(body.summary).to.include({
      conversation,
      direction: 'incoming',
      state: 'answered',
      customer: '919876543210',
      agent: '204_2222223',
      team: 'Sales_2222223',
      answeredSeconds: 42,
      endedBy: 'this_leg',
    });
    expect(body.summary['recordingFile']).to.match(/\.mp3$/);
  });

  it("stores TeleCMI's retry after a restart (which empties the in-memory dedupe) only once", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'example-app-calls-'));
    try {
      const database = join(dir, 'calls.db');
      const record = sampleNotification('cdr.outgoing.missed');
      for (let run = 0; run < 2; run++) {
        const app = createApp({ database, log: (line) => lines.push(line) });
        await request(app.app).post(webhook).send(record).expect(204);
        const res = await request(app.app).get('/api/notifications').expect(200);
        expect((res.body as { notifications: unknown[] }).notifications).to.have.length(1);
        await app.drain();
        app.close();
      }
      expect(lines.at(-1)).to.match(
        /^repeated cdr\.outgoing\.missed .*, already stored \| status=204 key=.* listeners=/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists calls newest first with a cursor, and the missed incoming ones to call back', async () => {
    const answered = sampleIncomingCall();
    const missed = sampleIncomingCall({ answered: false });
    const outgoing = sampleOutgoingCall({ answered: false });
    for (const call of [answered, missed, outgoing]) await deliver(call);
    const conversationOf = (call: SampleNotification[]) => call[0]?.payload.conversation_uuid;
    const first = await request(started.app).get('/api/calls?limit=2').expect(200);
    const page = first.body as { calls: CallBody[]; next: string };
    expect(page.calls.map((call) => call.summary['conversation'])).to.deep.equal([
      conversationOf(outgoing),
      conversationOf(missed),
    ]);
    expect(page.calls.map((call) => call.summary['state'])).to.deep.equal(['missed', 'missed']);
    const second = await request(started.app).get(`/api/calls?limit=2&before=${page.next}`).expect(200);
    expect(
      (second.body as { calls: CallBody[]; next: null }).calls.map((call) => call.summary['conversation']),
    ).to.deep.equal([conversationOf(answered)]);
    const toCallBack = await request(started.app).get('/api/calls?missed=true').expect(200);
    const missedCalls = (toCallBack.body as { calls: CallBody[] }).calls;
    expect(missedCalls.map((call) => call.summary['conversation'])).to.deep.equal([conversationOf(missed)]);
    expect(missedCalls[0]?.summary).to.include({ waitedSeconds: 4 });
    expect(missedCalls[0]?.summary['voicemailFile']).to.match(/\.mp3$/);
  });

  it("keeps a ring group's call answered when another agent's leg of it was missed", async () => {
    const call = sampleIncomingCall();
    const conversation = String(call[0]?.payload.conversation_uuid);
    // Its time is after the whole call's, as a late record's would be: it must still not decide.
    const otherAgentMissed = sampleNotification('cdr.incoming.missed', {
      conversation_uuid: conversation,
      leg: 'b',
      user: '305_2222223',
      time: Number(call.at(-1)?.payload.time) + 1000,
    });
    // The other agent's record comes while the caller talks, before the call's own record.
    await deliver([...call.slice(0, 4), { kind: 'cdr.incoming.missed', payload: otherAgentMissed }]);
    const during = await request(started.app).get(`/api/calls/${conversation}`).expect(200);
    expect((during.body as CallBody).summary).to.include({ state: 'connected' });
    const toCallBack = await request(started.app).get('/api/calls?missed=true').expect(200);
    expect((toCallBack.body as { calls: unknown[] }).calls).to.be.empty;
    await deliver(call.slice(4));
    const after = await request(started.app).get(`/api/calls/${conversation}`).expect(200);
    expect((after.body as CallBody).summary).to.include({ state: 'answered', agent: '204_2222223' });
  });

  it('shows the hangups of a database from before notifications had kinds as calls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'example-app-upgrade-'));
    try {
      const database = join(dir, 'old.db');
      const old = new Database(database);
      old.exec(migrations[0] ?? '');
      old.pragma('user_version = 1');
      const hangup = sampleNotification('outgoing.hangup');
      old
        .prepare(
          'INSERT INTO hangups (dedupe_key, cmiuuid, leg, user, time, received_at, event) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          `${hangup.cmiuuid}:a:hangup`,
          hangup.cmiuuid,
          'a',
          hangup.user,
          hangup.time,
          Date.now(),
          JSON.stringify(hangup),
        );
      old.close();
      const upgraded = createApp({ database, log: () => undefined });
      try {
        const res = await request(upgraded.app)
          .get(`/api/calls/${String(hangup.conversation_uuid)}`)
          .expect(200);
        expect((res.body as CallBody).timeline.map((step) => step.kind)).to.deep.equal(['outgoing.hangup']);
      } finally {
        await upgraded.drain();
        upgraded.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists notifications by kind and since a time, with a cursor', async () => {
    await deliver(sampleOutgoingCall());
    const records = await request(started.app).get('/api/notifications?kind=cdr.outgoing.answered').expect(200);
    const listed = records.body as { notifications: { kind: string; notification: Record<string, unknown> }[] };
    expect(listed.notifications.map((row) => [row.kind, row.notification['leg']])).to.deep.equal([
      ['cdr.outgoing.answered', 'b'],
      ['cdr.outgoing.answered', 'a'],
    ]);
    const paged = await request(started.app).get('/api/notifications?limit=3').expect(200);
    const { next } = paged.body as { next: string };
    const rest = await request(started.app).get(`/api/notifications?before=${next}`).expect(200);
    expect((rest.body as { notifications: unknown[] }).notifications).to.have.length(8 - 3);
    const future = await request(started.app)
      .get(`/api/notifications?since=${Date.now() + 60_000}`)
      .expect(200);
    expect((future.body as { notifications: unknown[] }).notifications).to.be.empty;
  });

  it('answers a bad query 400 naming each parameter, and an unknown call 404', async () => {
    const bad = await request(started.app).get('/api/notifications?kind=hangup&limit=0').expect(400);
    expect((bad.body as { details: { path: string }[] }).details.map((detail) => detail.path)).to.deep.equal([
      '/kind',
      '/limit',
    ]);
    await request(started.app).get('/api/calls?missed=maybe').expect(400);
    const unknown = await request(started.app).get('/api/calls/no-such-call').expect(404);
    expect(unknown.body).to.include({ error: 'not_found' });
    await request(started.app).post('/api/calls').expect(405);
  });

  it('keeps serving the hangup API, with the outgoing hangups only', async () => {
    await deliver(sampleOutgoingCall());
    await request(started.app).post(webhook).send(sampleNotification('incoming.agent.hangup')).expect(204);
    const hangups = await request(started.app).get('/api/hangups').expect(200);
    const legs = (hangups.body as { hangups: { event: Record<string, unknown> }[] }).hangups.map(
      (row) => row.event['leg'],
    );
    expect(legs.sort()).to.deep.equal(['a', 'b']);
  });

  it('logs one line per notification, naming its kind', async () => {
    await request(started.app).post(webhook).send(sampleNotification('cdr.incoming.missed')).expect(204);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^stored {3}cdr\.incoming\.missed \d{4}-\d\d-\d\dT/);
  });

  it('shows the calls on its page, the missed ones apart', async () => {
    await deliver(sampleIncomingCall({ answered: false }));
    const page = await request(started.app).get('/').expect(200);
    expect(page.text).to.match(/<table id="missed">[\s\S]*<td data-label="Caller">919876543210<\/td>/);
    expect(page.text).to.include('ringing agent 204_2222223');
    expect(page.text).to.match(/record: missed, waited 4 s, ended by the caller, voicemail \d+_2222223\.mp3/);
  });
});
