import { expect } from 'chai';
import fc from 'fast-check';
import request from 'supertest';
import {
  notificationKinds,
  parseHangup,
  parseNotification,
  type HangupEvent,
  type HangupVerdict,
  type NotificationKind,
  type TelecmiNotification,
} from '../lib/index.js';
import { parseForm } from '../lib/parse/form.js';
import {
  hangupBody,
  hangupQuery,
  sampleCall,
  sampleHangup,
  sampleIncomingCall,
  sampleNotification,
  sampleOutgoingCall,
  type AnyPayload,
  type HangupBodyFormat,
  type HangupOverrides,
  type HangupPayload,
  type SampleNotification,
} from '../lib/testing/index.js';
import { buildApp, fixtureText, flavours, webhookPath } from './helpers/app.js';

function eventOf(verdict: HangupVerdict): HangupEvent {
  if (!verdict.ok) throw new Error(`expected a hangup, got ${JSON.stringify(verdict)}`);
  return verdict.event;
}

/** What the middleware makes of a body in each format: JSON text, or form text read as strings. */
function received(payload: HangupPayload, format: HangupBodyFormat | 'query'): HangupVerdict {
  if (format === 'query') return parseHangup(parseForm(hangupQuery(payload)));
  const { body } = hangupBody(payload, format);
  return format === 'form' ? parseHangup(parseForm(body)) : parseHangup(body);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What `parseNotification` makes of a payload (or its text), which must be a valid notification of `kind`. */
function notificationOf(payload: AnyPayload | string, kind?: NotificationKind): TelecmiNotification {
  const verdict = parseNotification(payload);
  if (!verdict.ok) throw new Error(`expected a valid ${kind ?? 'notification'}, got ${JSON.stringify(verdict)}`);
  if (kind !== undefined) expect(verdict.notification.kind).to.equal(kind);
  return verdict.notification;
}

/** A call's notifications, each as `kind` or `kind leg` where the payload has a leg. */
function labelsOf(call: SampleNotification[]): string[] {
  return call.map(({ kind, payload }) =>
    'leg' in payload && payload.leg !== undefined ? `${kind} ${payload.leg}` : kind,
  );
}

/**
 * The sample calls and the order their JSDoc gives: each stage follows the one before it; the
 * notifications within a stage (both legs hanging up, say) may come in either order.
 */
const sampleCalls: { name: string; make: () => SampleNotification[]; stages: string[][] }[] = [
  {
    name: 'sampleIncomingCall()',
    make: () => sampleIncomingCall(),
    stages: [
      ['incoming.waiting'],
      ['incoming.agent.started b'],
      ['incoming.agent.answered b', 'incoming.answered'],
      ['incoming.hangup', 'incoming.agent.hangup b'],
      ['cdr.incoming.answered'],
    ],
  },
  {
    name: 'sampleIncomingCall({ answered: false })',
    make: () => sampleIncomingCall({ answered: false }),
    stages: [
      ['incoming.waiting'],
      ['incoming.agent.started b'],
      ['incoming.hangup', 'incoming.agent.hangup b'],
      ['cdr.incoming.missed'],
    ],
  },
  {
    name: 'sampleOutgoingCall()',
    make: () => sampleOutgoingCall(),
    stages: [
      ['outgoing.started a'],
      ['outgoing.answered a'],
      ['outgoing.started b'],
      ['outgoing.answered b'],
      ['outgoing.hangup a', 'outgoing.hangup b'],
      ['cdr.outgoing.answered a', 'cdr.outgoing.answered b'],
    ],
  },
  {
    name: 'sampleOutgoingCall({ answered: false })',
    make: () => sampleOutgoingCall({ answered: false }),
    stages: [
      ['outgoing.started a'],
      ['outgoing.answered a'],
      ['outgoing.started b'],
      ['outgoing.hangup a', 'outgoing.hangup b'],
      ['cdr.outgoing.answered a', 'cdr.outgoing.missed b'],
    ],
  },
];

describe('telecmi-hangup/testing', () => {
  describe('sampleHangup', () => {
    it('makes a leg a hangup that passes the schema, loose and strict', () => {
      const sample = sampleHangup();
      expect(sample).to.include({ leg: 'a', status: 'hangup', direction: 'outbound', to: '9100000000' });
      expect(sample).to.not.have.property('from');
      expect(eventOf(parseHangup(sample)).leg).to.equal('a');
      expect(parseHangup(sample, { strict: true }).ok).to.equal(true);
    });

    it('gives every sample a fresh cmiuuid, and the current time', () => {
      const before = Date.now();
      const first = sampleHangup();
      const second = sampleHangup();
      const after = Date.now();
      expect(first.cmiuuid).to.match(uuid);
      expect(second.cmiuuid).to.match(uuid).and.not.equal(first.cmiuuid);
      expect(first.time).to.be.within(before, after);
    });

    it('makes leg b with `from` instead of `to`, as TeleCMI does', () => {
      const sample = sampleHangup({ leg: 'b' });
      expect(sample).to.include({ leg: 'b', from: '9100000000' });
      expect(sample).to.not.have.any.keys('to', 'request_id');
      expect(eventOf(parseHangup(sample)).from).to.equal('9100000000');
    });

    it('applies overrides, and leaves out optional fields set to undefined', () => {
      const sample = sampleHangup({ callerid: '+914471000000', app_id: '42', custom: '{"crm":"42"}', user: undefined });
      expect(sample).to.include({ callerid: '+914471000000', app_id: '42', custom: '{"crm":"42"}' });
      expect(sample).to.not.have.property('user');
      const event = eventOf(parseHangup(sample));
      expect(event).to.include({ callerid: '+914471000000', app_id: 42 });
      expect(event.customData).to.deep.equal({ crm: '42' });
    });

    it('types its overrides, so a wrong field or type does not compile', () => {
      // Each line below is a compile error (tsc checks these specs). At run time the schema
      // refuses the first three; the misspelt field would slip through, which is why it must not compile.
      // @ts-expect-error: a phone number is digits, not a boolean
      const wrongType = sampleHangup({ to: true });
      // @ts-expect-error: there is no leg c
      const wrongLeg = sampleHangup({ leg: 'c' });
      // @ts-expect-error: time is required, so it cannot be removed
      const noTime = sampleHangup({ time: undefined });
      // @ts-expect-error: misspelt callerid
      const misspelt = sampleHangup({ calerid: '04400000000' });
      // @ts-expect-error: the legs of a call are the sample's to choose
      sampleCall({ leg: 'b' });

      for (const invalid of [wrongType, wrongLeg, noTime]) expect(parseHangup(invalid).ok).to.equal(false);
      expect(parseHangup(misspelt).ok).to.equal(true);
      expect(misspelt.callerid).to.equal('04471000000');
    });
  });

  describe('sampleCall', () => {
    it('makes leg a then leg b of one conversation, each with its own cmiuuid', () => {
      const [legA, legB] = sampleCall();
      expect([legA.leg, legB.leg]).to.deep.equal(['a', 'b']);
      expect(legB.conversation_uuid).to.equal(legA.conversation_uuid);
      // TeleCMI names the conversation after leg a's id.
      expect(legA.cmiuuid).to.equal(legA.conversation_uuid);
      expect(legB.cmiuuid).to.match(uuid).and.not.equal(legA.cmiuuid);
      expect(legB.time).to.equal(legA.time);
      expect(eventOf(parseHangup(legA)).leg).to.equal('a');
      expect(eventOf(parseHangup(legB)).leg).to.equal('b');
    });

    it('puts the number called in leg a’s `to` and leg b’s `from`, and shared overrides in both', () => {
      const [legA, legB] = sampleCall({ to: '919876543210', app_id: 2223343, conversation_uuid: 'conv-1' });
      expect(legA).to.include({ to: '919876543210', app_id: 2223343, cmiuuid: 'conv-1', conversation_uuid: 'conv-1' });
      expect(legB).to.include({ from: '919876543210', app_id: 2223343, conversation_uuid: 'conv-1' });
      expect(legB).to.not.have.property('to');
    });

    it('makes a new conversation each time', () => {
      const [first] = sampleCall();
      const [second] = sampleCall();
      expect(second.conversation_uuid).to.not.equal(first.conversation_uuid);
    });
  });

  describe('sampleNotification', () => {
    for (const kind of notificationKinds) {
      it(`makes a sample of ${kind} that parseNotification accepts as that kind`, () => {
        const before = Date.now();
        const payload = sampleNotification(kind);
        const notification = notificationOf(payload, kind);
        expect(notification.cmiuuid).to.match(uuid);
        expect(notification.time).to.be.within(before, Date.now());
      });
    }

    it('gives every sample of a kind a fresh cmiuuid and conversation_uuid', () => {
      for (const kind of notificationKinds) {
        const first = notificationOf(sampleNotification(kind));
        const second = notificationOf(sampleNotification(kind));
        expect(second.cmiuuid, kind).to.not.equal(first.cmiuuid);
        if (first.conversation_uuid !== undefined) {
          expect(second.conversation_uuid, kind).to.not.equal(first.conversation_uuid);
        }
      }
    });

    it('reads back as the same notification from every wire form, for every kind', () => {
      for (const kind of notificationKinds) {
        const payload = sampleNotification(kind);
        const expected = notificationOf(payload, kind);
        expect(notificationOf(hangupBody(payload).body), `${kind} json`).to.deep.equal(expected);
        expect(notificationOf(hangupBody(payload, 'legacy').body), `${kind} legacy`).to.deep.equal(expected);
        expect(notificationOf(parseForm(hangupBody(payload, 'form').body)), `${kind} form`).to.deep.equal(expected);
        expect(notificationOf(parseForm(hangupQuery(payload))), `${kind} query`).to.deep.equal(expected);
      }
    });

    it('applies overrides, and leaves out a field set to undefined', () => {
      const payload = sampleNotification('cdr.incoming.missed', {
        waitedsec: '9',
        voicemail: false,
        conversation_uuid: 'conv-1',
        team: undefined,
      });
      expect(payload).to.include({ waitedsec: '9', voicemail: false, conversation_uuid: 'conv-1' });
      expect(payload).to.not.have.property('team');
      const notification = notificationOf(payload, 'cdr.incoming.missed');
      expect(notification).to.include({ waitedsec: 9, voicemail: false, conversation_uuid: 'conv-1' });
      expect(notification).to.not.have.property('team');
    });

    it('makes the outgoing hangup as sampleHangup does, overrides and all', () => {
      const payload = sampleNotification('outgoing.hangup', { leg: 'b', user: undefined });
      expect(payload).to.include({ leg: 'b', status: 'hangup', from: '9100000000' });
      expect(payload).to.not.have.any.keys('to', 'user');
      expect(eventOf(parseHangup(payload))).to.include({ leg: 'b', callerid: '04471000000' });
    });

    it('refuses an unknown kind with a TypeError naming the known kinds', () => {
      for (const kind of ['cdr.missed', 'hangup', 'toString', '__proto__', '']) {
        expect(() => sampleNotification(kind as NotificationKind))
          .to.throw(TypeError, `sampleNotification: unknown kind ${JSON.stringify(kind)}`)
          .with.property('message')
          .that.includes(`known: ${notificationKinds.join(', ')}`);
      }
    });
  });

  describe('sampleIncomingCall and sampleOutgoingCall', () => {
    for (const { name, make, stages } of sampleCalls) {
      describe(name, () => {
        it('makes notifications that each parse as the kind they are listed as', () => {
          for (const { kind, payload } of make()) notificationOf(payload, kind);
        });

        it('gives every notification one conversation_uuid and app, times never decreasing, the last now', () => {
          const before = Date.now();
          const notifications = make().map(({ kind, payload }) => notificationOf(payload, kind));
          const after = Date.now();
          expect(new Set(notifications.map((n) => n.conversation_uuid)).size).to.equal(1);
          expect(notifications[0]?.conversation_uuid).to.match(uuid);
          expect(new Set(notifications.map((n) => n.app_id))).to.deep.equal(new Set([2222223]));
          const times = notifications.map((n) => n.time);
          expect(times).to.deep.equal([...times].sort((a, b) => a - b));
          expect(times.at(-1)).to.be.within(before, after);
        });

        it('sends the kinds in the documented order, the call records (cdr.*) last', () => {
          const call = make();
          const labels = labelsOf(call);
          let at = 0;
          const got = stages.map((stage) => labels.slice(at, (at += stage.length)).sort());
          expect(got, labels.join(', ')).to.deep.equal(stages.map((stage) => [...stage].sort()));
          expect(labels, 'nothing after the last stage').to.have.length(at);
          const records = call.map(({ kind }) => kind.startsWith('cdr.'));
          const firstRecord = records.indexOf(true);
          expect(firstRecord).to.be.greaterThan(0);
          expect(records.slice(firstRecord).every(Boolean), 'only call records after the first').to.equal(true);
        });

        it('makes a new call each time', () => {
          const [first] = make();
          const [second] = make();
          expect(second?.payload.conversation_uuid).to.not.equal(first?.payload.conversation_uuid);
        });
      });
    }

    it('names the conversation after the caller’s leg of an incoming call and leg a of an outgoing one', () => {
      for (const call of [sampleIncomingCall(), sampleOutgoingCall()]) {
        const [first] = call;
        expect(first?.payload.cmiuuid).to.equal(first?.payload.conversation_uuid);
      }
    });

    it('shares one request_id across an outgoing call', () => {
      const ids = sampleOutgoingCall().map(({ payload }) => ('request_id' in payload ? payload.request_id : undefined));
      expect(new Set(ids).size).to.equal(1);
      expect(ids[0]).to.be.a('string').with.length(43);
    });

    it('puts appId on every notification and talkSeconds in the answered records', () => {
      const incoming = sampleIncomingCall({ talkSeconds: 7, appId: 42 }).map((n) => notificationOf(n.payload, n.kind));
      const outgoing = sampleOutgoingCall({ talkSeconds: 7, appId: 42 }).map((n) => notificationOf(n.payload, n.kind));
      expect(new Set([...incoming, ...outgoing].map((n) => n.app_id))).to.deep.equal(new Set([42]));
      expect(incoming.at(-1)).to.include({ kind: 'cdr.incoming.answered', answeredsec: 7, answeredSeconds: 7 });
      expect(outgoing.at(-1)).to.include({ kind: 'cdr.outgoing.answered', leg: 'b', answeredsec: 7 });
    });

    it('refuses a talkSeconds or appId no call could have, naming the option', () => {
      for (const talkSeconds of [-1, 1.5, Number.NaN]) {
        expect(() => sampleIncomingCall({ talkSeconds })).to.throw(
          TypeError,
          /sampleIncomingCall: option "talkSeconds"/,
        );
        expect(() => sampleOutgoingCall({ talkSeconds })).to.throw(
          TypeError,
          /sampleOutgoingCall: option "talkSeconds"/,
        );
      }
      expect(() => sampleOutgoingCall({ appId: -5 })).to.throw(TypeError, /option "appId"/);
    });

    it('gives every notification of a call the same custom data', () => {
      for (const call of [sampleIncomingCall(), sampleOutgoingCall()]) {
        expect(new Set(call.map(({ payload }) => payload.custom))).to.deep.equal(new Set(['{"crm":"true"}']));
      }
      const legB = sampleOutgoingCall().filter(({ payload }) => payload.leg === 'b');
      expect(legB.map(({ payload }) => 'from' in payload)).to.deep.equal(legB.map(() => false));
    });

    it('ignores talkSeconds for a missed call, and ends a missed incoming call with a voicemail', () => {
      const span = (call: SampleNotification[]) =>
        (call.at(-1)?.payload.time as number) - (call[0]?.payload.time as number);
      const missed = sampleIncomingCall({ answered: false, talkSeconds: 99 });
      expect(span(missed)).to.equal(span(sampleIncomingCall({ answered: false })));
      expect(span(sampleOutgoingCall({ answered: false, talkSeconds: 99 }))).to.equal(
        span(sampleOutgoingCall({ answered: false })),
      );
      const record = missed.at(-1);
      expect(record && notificationOf(record.payload, record.kind)).to.include({
        kind: 'cdr.incoming.missed',
        voicemail: true,
      });
    });
  });

  describe('hangupBody and hangupQuery', () => {
    it('writes the older docs’ samples back byte for byte in the legacy form', () => {
      for (const name of ['seed-leg-a.txt', 'seed-leg-b.txt']) {
        const text = fixtureText(name);
        const verdict = parseHangup(text);
        if (!verdict.ok) throw new Error(`${name} does not parse`);
        expect(hangupBody(verdict.payload, 'legacy')).to.deep.equal({ body: text, contentType: 'application/json' });
      }
    });

    it('writes a leading-zero phone number as a bare literal that reads back as the same digits', () => {
      const payload = sampleHangup({ callerid: '04471000000', to: '9100000000', app_id: '1111113' });
      const { body } = hangupBody(payload, 'legacy');
      expect(body).to.include('"callerid": 04471000000,\n').and.include('"to": 9100000000,\n');
      expect(body).to.include('"app_id": 1111113,\n').and.include('"click_to_call": "true",\n');
      expect(() => JSON.parse(body) as unknown).to.throw(SyntaxError);
      expect(eventOf(parseHangup(body))).to.include({ callerid: '04471000000', to: '9100000000', app_id: 1111113 });
    });

    it('quotes, in the legacy form, numbers a bare literal would change', () => {
      const payload = sampleHangup({ callerid: '+914471000000', to: '12345678901234567890' });
      const { body } = hangupBody(payload, 'legacy');
      expect(body).to.include('"callerid": "+914471000000"').and.include('"to": "12345678901234567890"');
      expect(eventOf(parseHangup(body))).to.include({ callerid: '+914471000000', to: '12345678901234567890' });
    });

    it('writes the current docs’ form: phone numbers as strings, ids as numbers', () => {
      const payload = sampleHangup({ to: 9100000000, callerid: 4471000000, app_id: '1111113', time: '1571122196059' });
      const { body, contentType } = hangupBody(payload);
      expect(contentType).to.equal('application/json');
      expect(JSON.parse(body)).to.include({
        to: '9100000000',
        callerid: '4471000000',
        app_id: 1111113,
        time: 1571122196059,
      });
    });

    it('writes form bodies and query strings with every value as text', () => {
      const payload = sampleHangup({ click_to_call: true, app_id: 7 });
      const { body, contentType } = hangupBody(payload, 'form');
      expect(contentType).to.equal('application/x-www-form-urlencoded');
      expect(hangupQuery(payload)).to.equal(body);
      const fields = Object.fromEntries(new URLSearchParams(body));
      expect(fields).to.include({
        click_to_call: 'true',
        app_id: '7',
        callerid: '04471000000',
        cmiuuid: payload.cmiuuid,
      });
    });

    it('refuses, with a TypeError, what a form cannot carry or a format it does not know', () => {
      expect(() => hangupQuery({ ...sampleHangup(), nested: { a: 1 } })).to.throw(TypeError, /"nested" is an object/);
      expect(() => hangupBody(sampleHangup(), 'xml' as HangupBodyFormat)).to.throw(TypeError, /format must be/);
    });

    it('round-trips any valid payload in every form to the same event', () => {
      const digits = (min: number, max: number) =>
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
      const phone = fc.oneof(
        digits(1, 32),
        digits(1, 20).map((d) => `+${d}`),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      );
      // A form carries every value as text, and the schema takes ids and times as text of up to 15 digits.
      const integerLike = fc.oneof(fc.integer({ min: 0, max: 999_999_999_999_999 }), digits(1, 15));
      const overrides: fc.Arbitrary<HangupOverrides> = fc.record(
        {
          leg: fc.constantFrom('a' as const, 'b' as const),
          callerid: phone,
          to: phone,
          app_id: integerLike,
          time: integerLike,
          click_to_call: fc.constantFrom(true, false, 'true' as const, 'false' as const),
          user: fc.string(),
          custom: fc.string(),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(overrides, (chosen) => {
          const payload = sampleHangup(chosen);
          const expected = eventOf(parseHangup(payload));
          for (const format of ['json', 'legacy', 'form', 'query'] as const) {
            expect(eventOf(received(payload, format)), format).to.deep.equal(expected);
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  for (const flavour of flavours) {
    describe(`through the middleware on ${flavour}`, () => {
      const forms = [
        { name: 'JSON', send: (app: unknown, p: HangupPayload) => post(app, hangupBody(p)) },
        { name: 'legacy text', send: (app: unknown, p: HangupPayload) => post(app, hangupBody(p, 'legacy')) },
        { name: 'form body', send: (app: unknown, p: HangupPayload) => post(app, hangupBody(p, 'form')) },
        {
          name: 'GET query',
          send: (app: unknown, p: HangupPayload) => request(app as never).get(`${webhookPath}?${hangupQuery(p)}`),
        },
      ];
      for (const form of forms) {
        it(`accepts both legs of a call as ${form.name}, leading zero intact`, async () => {
          const { app, hangups } = buildApp(flavour);
          const events: HangupEvent[] = [];
          hangups.events.on('hangup', (event) => {
            events.push(event);
          });
          const [legA, legB] = sampleCall();
          await form.send(app, legA).expect(204);
          await form.send(app, legB).expect(204);
          expect(events.map((e) => [e.leg, e.cmiuuid, e.callerid])).to.deep.equal([
            ['a', legA.cmiuuid, '04471000000'],
            ['b', legB.cmiuuid, '04471000000'],
          ]);
        });
      }
    });
  }
});

function post(app: unknown, { body, contentType }: { body: string; contentType: string }) {
  return request(app as never)
    .post(webhookPath)
    .set('Content-Type', contentType)
    .send(body);
}
