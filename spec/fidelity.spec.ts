import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import {
  hangupSchema,
  parseHangup,
  telecmiHangup,
  type HangupEvent,
  type HangupOptions,
  type HangupVerdict,
  type ParseOptions,
} from '../lib/index.js';
import { decodeJsonObject } from '../lib/judge/facts.js';

/** The facts the README documents on every event. */
const factNames = ['hangupAt', 'answered', 'answeredSeconds', 'endedBy', 'customData', 'extraParamsData'];
import { fieldAliases, fieldKinds } from '../lib/generated/notifications.js';
import { buildApp, fixtureText, flavours, hangupPayload, webhookPath, type Flavour } from './helpers/app.js';

const json = 'application/json';

/** A variant the package accepts: what the host's event holds, and lacks, for it. */
interface Accepted {
  file: string;
  event: Record<string, unknown>;
  absent?: string[];
  strict: 'accepted' | 'refused';
}

/** A variant the package refuses whatever the options: the paths of its error details. */
interface Refused {
  file: string;
  paths: string[];
  message: RegExp;
}

const accepted: Accepted[] = [
  {
    file: 'appid-spelling.json',
    event: { app_id: 2223343, cmiuuid: 'ccd826f9-67a4-4467-acfb-a53093ff5c9d' },
    absent: ['appid'],
    strict: 'refused',
  },
  {
    file: 'cmiuid-spelling.json',
    event: { cmiuuid: '1e12c087-e5bb-4e77-8e42-1249fa40a99b', app_id: 1111113 },
    absent: ['cmiuid'],
    strict: 'refused',
  },
  { file: 'both-spellings-agree.json', event: { app_id: 2223343 }, absent: ['appid'], strict: 'refused' },
  { file: 'click-to-call-boolean.json', event: { click_to_call: true }, strict: 'refused' },
  { file: 'click-to-call-false-text.json', event: { click_to_call: false }, strict: 'accepted' },
  {
    file: 'ids-as-strings.json',
    event: { app_id: 1111113, time: 1571122196059, hangupAt: new Date(1571122196059) },
    strict: 'refused',
  },
  { file: 'phones-as-numbers.json', event: { callerid: '4471000000', from: '919100000000' }, strict: 'accepted' },
  { file: 'phones-with-plus.json', event: { callerid: '+442000000000', to: '+914471000000' }, strict: 'refused' },
  {
    file: 'custom-json-text.json',
    event: {
      custom: '{"crm":"true","lead":{"id":42,"tags":["vip"]}}',
      customData: { crm: 'true', lead: { id: 42, tags: ['vip'] } },
      extra_params: ' {"click2call":"true"}',
      extraParamsData: { click2call: 'true' },
    },
    strict: 'refused',
  },
  {
    file: 'custom-not-json.json',
    event: {
      custom: 'vip caller, call back after 5',
      customData: undefined,
      extra_params: '["click2call"]',
      extraParamsData: undefined,
    },
    strict: 'refused',
  },
  {
    file: 'cdr-hangup-answered-leg-a.json',
    event: {
      type: 'cdr',
      leg: 'a',
      app_id: 2222223,
      to: '442000000000',
      virtual_number: '440000000000',
      answeredsec: 15,
      hangup_reason: 'recv_bye',
      hangupAt: new Date(1650630551178),
      answered: true,
      answeredSeconds: 15,
      endedBy: 'this_leg',
      customData: { crm: 'true' },
      extraParamsData: { click2call: 'true' },
    },
    absent: ['appid', 'record', 'filename'],
    strict: 'refused',
  },
  {
    file: 'cdr-hangup-answered-leg-b.json',
    event: {
      leg: 'b',
      answeredsec: 6,
      hangup_reason: 'sent_bye',
      record: true,
      filename: '16506305548176941220057791_2222223.mp3',
      answered: true,
      answeredSeconds: 6,
      endedBy: 'other_side',
    },
    strict: 'refused',
  },
  {
    file: 'cdr-hangup-missed-leg-a.json',
    event: {
      app_id: 2222223,
      time: 1650628175336,
      virtual_number: '440000000000',
      answeredsec: 0,
      record: false,
      hangup_reason: 'recv_cancel',
      answered: false,
      answeredSeconds: 0,
      endedBy: 'this_leg',
    },
    strict: 'refused',
  },
  {
    file: 'cdr-hangup-rejected-leg-b.json',
    event: { hangup_reason: 'sent_reject', answered: undefined, answeredSeconds: undefined, endedBy: 'other_side' },
    strict: 'refused',
  },
  {
    file: 'hangup-reason-unlisted.json',
    event: { hangup_reason: 'send_cancel', endedBy: undefined, answered: false },
    strict: 'refused',
  },
];

const refused: Refused[] = [
  {
    file: 'both-spellings-differ.json',
    paths: ['/appid'],
    message: /older spelling of app_id but differs from it \(2223344 and 2223343\)/,
  },
];

const variantNames = [...accepted, ...refused].map((variant) => variant.file);

function variantText(file: string): string {
  return fixtureText(join('variants', file));
}

function eventOf(verdict: HangupVerdict): HangupEvent {
  if (!verdict.ok) throw new Error(`expected a hangup, got ${verdict.reason}: ${JSON.stringify(verdict)}`);
  return verdict.event;
}

function expectEvent(event: HangupEvent, variant: Accepted): void {
  expect(event).to.deep.include(variant.event);
  for (const name of variant.absent ?? []) expect(event, name).to.not.have.property(name);
  // Every event, whatever arrived, carries the canonical names and the facts.
  expect(event.hangupAt).to.be.instanceOf(Date);
  expect(event.hangupAt.getTime()).to.equal(event.time);
  for (const name of factNames) expect(event).to.have.property(name);
}

/** Posts a fixture to a fresh app and returns the response and what `'hangup'` carried. */
async function post(flavour: Flavour, options: HangupOptions, text: string) {
  const { app, hangups } = buildApp(flavour, options);
  const events: HangupEvent[] = [];
  hangups.events.on('hangup', (event: HangupEvent) => events.push(event));
  const res = await request(app).post(webhookPath).type(json).send(text);
  return { res, events };
}

describe('fidelity to every documented payload variant', () => {
  it('has a fixture file for every variant, and a variant for every fixture file', () => {
    const dir = join(__dirname, 'fixtures', 'variants');
    const files = readFileSync(join(dir, 'README.md'), 'utf8')
      .split('\n')
      .map((line) => /^\| ([\w-]+\.json) \|/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect([...files].sort()).to.deep.equal([...variantNames].sort());
  });

  describe('through parseHangup', () => {
    for (const variant of accepted) {
      it(`normalizes ${variant.file}`, () => {
        expectEvent(eventOf(parseHangup(variantText(variant.file))), variant);
      });

      it(`${variant.strict === 'accepted' ? 'accepts' : 'refuses'} ${variant.file} under strict`, () => {
        const verdict = parseHangup(variantText(variant.file), { strict: true });
        if (variant.strict === 'accepted') {
          expect(eventOf(verdict)).to.deep.equal(eventOf(parseHangup(variantText(variant.file))));
        } else {
          expect(verdict).to.include({ ok: false, reason: 'invalid_payload' });
        }
      });
    }

    for (const variant of refused) {
      it(`refuses ${variant.file} with a detail naming the field, strict or not`, () => {
        for (const options of [{}, { strict: true }]) {
          const verdict = parseHangup(variantText(variant.file), options);
          if (verdict.ok || verdict.reason !== 'invalid_payload') throw new Error(JSON.stringify(verdict));
          expect(verdict.errors.map((e) => e.path)).to.include.members(variant.paths);
        }
        const lax = parseHangup(variantText(variant.file));
        if (lax.ok || lax.reason !== 'invalid_payload') throw new Error(JSON.stringify(lax));
        expect(lax.errors.map((e) => e.path)).to.deep.equal(variant.paths);
        expect(lax.errors[0]?.message).to.match(variant.message);
      });
    }
  });

  for (const flavour of flavours) {
    describe(`through the middleware in ${flavour}`, () => {
      for (const variant of accepted) {
        it(`acknowledges ${variant.file} and emits the same event parseHangup gives`, async () => {
          const text = variantText(variant.file);
          const { res, events } = await post(flavour, {}, text);
          expect(res.status).to.equal(204);
          expect(events).to.have.length(1);
          const event = events[0] as HangupEvent;
          expectEvent(event, variant);
          expect(event).to.deep.equal(eventOf(parseHangup(text)));
        });

        it(`answers ${variant.file} ${variant.strict === 'accepted' ? '204' : '422'} with strict: true`, async () => {
          const { res, events } = await post(flavour, { strict: true }, variantText(variant.file));
          if (variant.strict === 'accepted') {
            expect(res.status).to.equal(204);
            expect(events).to.have.length(1);
          } else {
            expect(res.status).to.equal(422);
            expect(res.body).to.have.property('error', 'invalid_payload');
            expect(res.body.details).to.be.an('array').that.is.not.empty;
            expect(events).to.be.empty;
          }
        });
      }

      for (const variant of refused) {
        it(`answers ${variant.file} 422 invalid_payload naming ${variant.paths.join(', ')}`, async () => {
          const { res, events } = await post(flavour, {}, variantText(variant.file));
          expect(res.status).to.equal(422);
          expect(res.body.error).to.equal('invalid_payload');
          expect((res.body.details as { path: string }[]).map((d) => d.path)).to.deep.equal(variant.paths);
          expect(events).to.be.empty;
        });
      }
    });
  }
});

describe('older spellings', () => {
  it('are read from the schema: deprecated properties that $ref their current name', () => {
    expect(fieldAliases).to.deep.equal({ cmiuid: 'cmiuuid', appid: 'app_id' });
    const properties = hangupSchema.properties as Record<string, { deprecated?: boolean; $ref?: string }>;
    for (const [alias, canonical] of Object.entries(fieldAliases)) {
      expect(properties[alias]).to.include({ deprecated: true, $ref: `#/properties/${canonical}` });
      expect(fieldKinds).to.not.have.property(alias);
    }
  });

  it('name both spellings when neither arrived', () => {
    const verdict = parseHangup(hangupPayload({ app_id: undefined, cmiuuid: undefined }));
    if (verdict.ok || verdict.reason !== 'invalid_payload') throw new Error(JSON.stringify(verdict));
    expect(verdict.errors).to.deep.equal([
      { path: '/cmiuuid', message: 'is required (or under its older spelling cmiuid)' },
      { path: '/app_id', message: 'is required (or under its older spelling appid)' },
    ]);
  });

  it('still report other missing fields next to a missing spelling', () => {
    const verdict = parseHangup(hangupPayload({ app_id: undefined, leg: undefined }));
    if (verdict.ok) throw new Error('expected a rejection');
    expect(verdict.errors.map((e) => e.path)).to.deep.equal(['/app_id', '/leg']);
  });

  it('refuse a cmiuuid that disagrees with its cmiuid', () => {
    const verdict = parseHangup(hangupPayload({ cmiuid: 'another-leg' }));
    if (verdict.ok) throw new Error('expected a rejection');
    expect(verdict.errors.map((e) => e.path)).to.deep.equal(['/cmiuid']);
  });

  it('check the older spelling’s type as the current one’s', () => {
    const verdict = parseHangup(hangupPayload({ app_id: undefined, appid: 'twelve' }));
    if (verdict.ok) throw new Error('expected a rejection');
    expect(verdict.errors).to.deep.equal([
      { path: '/appid', message: 'must be a non-negative integer, or a string of up to 15 digits' },
    ]);
  });

  it('leave the payload object the host passed as it was', () => {
    const payload = JSON.parse(variantText('appid-spelling.json')) as Record<string, unknown>;
    const copy = structuredClone(payload);
    const verdict = parseHangup(payload);
    expect(eventOf(verdict)).to.not.have.property('appid');
    expect(payload).to.deep.equal(copy);
    if (verdict.ok) expect(verdict.payload).to.have.property('appid', 2223343);
  });

  it('give, for text, the payload as parsed beside the event, as separate objects', () => {
    const text = variantText('appid-spelling.json');
    const verdict = parseHangup(text);
    if (!verdict.ok) throw new Error('expected a hangup');
    expect(verdict.payload).to.deep.equal(JSON.parse(text));
    expect(verdict.event).to.include({ app_id: 2223343 }).and.not.have.property('appid');
    const sentUser = verdict.event.user;
    verdict.event.user = 'changed on the event';
    expect(verdict.payload['user']).to.equal(sentUser);
    verdict.payload['user'] = 'changed on the payload';
    expect(verdict.event.user).to.equal('changed on the event');
  });

  it('keep a __proto__ key of a passed object as plain data, the event’s prototype untouched', () => {
    const text = JSON.stringify(hangupPayload({ appid: 2223343 })).replace('{', '{"__proto__":{"admin":true},');
    const payload = JSON.parse(text) as Record<string, unknown>;
    const event = eventOf(parseHangup(payload));
    expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(event, '__proto__')?.value).to.deep.equal({ admin: true });
    expect(event['admin']).to.equal(undefined);
    expect(event).to.include({ app_id: 2223343 }).and.not.have.property('appid');
  });

  it('make a notification under an older spelling ignored, not invalid', () => {
    const answered = { status: 'answered', cmiuid: '10ee0eb6', direction: 'outbound' };
    expect(parseHangup(answered)).to.include({ ok: false, reason: 'ignored' });
  });
});

describe('the derived facts', () => {
  it('never share a name with a field the schema lists', () => {
    const listed = Object.keys(hangupSchema.properties);
    for (const name of factNames) expect(listed, name).to.not.include(name);
  });

  it('are typed on the event', () => {
    const event = eventOf(parseHangup(variantText('cdr-hangup-answered-leg-b.json')));
    // Compile-time checks: these assignments fail the type check if the types drift.
    const at: Date = event.hangupAt;
    const answered: boolean | undefined = event.answered;
    const seconds: number | undefined = event.answeredSeconds;
    const endedBy: 'this_leg' | 'other_side' | undefined = event.endedBy;
    const custom: Record<string, unknown> | undefined = event.customData;
    const reason: string | undefined = event.hangup_reason;
    expect([at.getTime(), answered, seconds, endedBy, custom?.['crm'], reason]).to.deep.equal([
      1650630551178,
      true,
      6,
      'other_side',
      'true',
      'sent_bye',
    ]);
  });

  it('say which side ended the leg for each hangup_reason TeleCMI lists, and nothing otherwise', () => {
    const cases: [unknown, string | undefined][] = [
      ['recv_bye', 'this_leg'],
      ['recv_cancel', 'this_leg'],
      ['sent_bye', 'other_side'],
      ['sent_reject', 'other_side'],
      ['send_refuse', undefined],
      ['constructor', undefined],
      [undefined, undefined],
    ];
    for (const [reason, endedBy] of cases) {
      const event = eventOf(parseHangup(hangupPayload({ hangup_reason: reason })));
      expect(event.endedBy, String(reason)).to.equal(endedBy);
    }
  });

  it('leave answered and answeredSeconds undefined when answeredsec is absent', () => {
    const event = eventOf(parseHangup(fixtureText('seed-leg-a.txt')));
    expect(event).to.include({ answered: undefined, answeredSeconds: undefined, endedBy: undefined });
    expect(JSON.parse(JSON.stringify(event))).to.not.have.keys('answered', 'answeredSeconds', 'endedBy');
  });

  it('replace a payload field that takes a fact’s name, so the event keeps its types', () => {
    const event = eventOf(parseHangup(hangupPayload({ hangupAt: 'yesterday', answered: 'yes', customData: 1 })));
    expect(event.hangupAt).to.be.instanceOf(Date);
    expect(event.answered).to.equal(undefined);
    expect(event.customData).to.deep.equal({ crm: 'true' });
  });

  it('come out the same when an event is serialized and judged again', () => {
    const event = eventOf(parseHangup(variantText('cdr-hangup-answered-leg-b.json')));
    expect(eventOf(parseHangup(JSON.stringify(event)))).to.deep.equal(event);
  });

  describe('decoding custom and extra_params', () => {
    /** `depth` arrays, each the only element of the one around it. */
    const nested = (depth: number): unknown[] => (depth === 1 ? [] : [nested(depth - 1)]);
    const cases: [string, unknown, Record<string, unknown> | undefined][] = [
      ['an object', '{"crm":"true"}', { crm: 'true' }],
      ['an object after white space', '\n {"a":1}', { a: 1 }],
      ['an object after a byte order mark and a no-break space', '\ufeff\u00a0{"a":1}', { a: 1 }],
      ['an empty object', '{}', {}],
      ['an array', '[1,2]', undefined],
      ['a number', '42', undefined],
      ['JSON null', 'null', undefined],
      ['broken JSON', '{"crm":', undefined],
      ['plain text', 'call back', undefined],
      ['the empty string', '', undefined],
      ['a __proto__ key', '{"__proto__":{"admin":true}}', undefined],
      ['a constructor.prototype key', '{"constructor":{"prototype":{"admin":true}}}', undefined],
      ['a flat __proto__ key, escaped', '{"\\u005f_proto__":1}', undefined],
      ['nesting 64 levels deep', `{"a":${'['.repeat(63)}${']'.repeat(63)}}`, { a: nested(63) }],
      ['nesting deeper than 64 levels', `{"a":${'['.repeat(64)}${']'.repeat(64)}}`, undefined],
      ['a value that is not a string', { crm: 'true' }, undefined],
    ];
    for (const [what, text, expected] of cases) {
      it(`gives ${expected ? 'the object' : 'undefined'} for ${what}`, () => {
        expect(decodeJsonObject(text)).to.deep.equal(expected);
      });
    }

    it('never makes a text that is not JSON an error', () => {
      const verdict = parseHangup(hangupPayload({ custom: '{not json', extra_params: '[' }));
      expect(eventOf(verdict)).to.include({ custom: '{not json', customData: undefined, extraParamsData: undefined });
    });

    it('leaves Object.prototype alone', () => {
      eventOf(parseHangup(hangupPayload({ custom: '{"__proto__":{"polluted":true}}' })));
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
  });
});

describe('the strict option', () => {
  it('accepts the older docs’ own samples, with the same event as without it', () => {
    for (const name of ['seed-leg-a.txt', 'seed-leg-b.txt']) {
      expect(eventOf(parseHangup(fixtureText(name), { strict: true }))).to.deep.equal(
        eventOf(parseHangup(fixtureText(name))),
      );
    }
  });

  it('refuses the fields the older table does not list, one detail each', () => {
    const verdict = parseHangup(fixtureText('current-docs-leg-a.json'), { strict: true });
    if (verdict.ok || verdict.reason !== 'invalid_payload') throw new Error(JSON.stringify(verdict));
    expect(verdict.errors.map((e) => e.path)).to.deep.equal(['/call_id', '/custom', '/extra_params']);
    expect(verdict.errors[0]?.message).to.equal(
      'is not a field of the older property table, so strict mode refuses it',
    );
  });

  it('names the current spelling of an older one', () => {
    const seed = JSON.parse(variantText('click-to-call-false-text.json')) as Record<string, unknown>;
    const { app_id: appId, ...rest } = seed;
    const verdict = parseHangup({ ...rest, appid: appId }, { strict: true });
    if (verdict.ok) throw new Error('expected a rejection');
    expect(verdict.errors).to.deep.include({
      path: '/appid',
      message: 'is the older spelling of app_id; strict mode takes app_id only',
    });
    expect(verdict.errors).to.deep.include({ path: '/app_id', message: 'is required' });
  });

  it('says which of the older table’s types a field missed', () => {
    const verdict = parseHangup(variantText('phones-with-plus.json').replace(/"call_id".*\n/, ''), { strict: true });
    if (verdict.ok) throw new Error('expected a rejection');
    expect(verdict.errors).to.deep.include({
      path: '/callerid',
      message: 'must be a phone number of digits only, as an integer or a string (strict mode: no +)',
    });
    const typed = parseHangup(variantText('ids-as-strings.json'), { strict: true });
    if (typed.ok) throw new Error('expected a rejection');
    expect(typed.errors).to.deep.equal([
      { path: '/app_id', message: 'must be a JSON integer, as the older table types it (strict mode)' },
      { path: '/time', message: 'must be a JSON integer, as the older table types it (strict mode)' },
    ]);
  });

  it('still calls a notification that is not a hangup ignored', () => {
    expect(parseHangup(fixtureText('current-docs-answered-leg-a.json'), { strict: true })).to.include({
      ok: false,
      reason: 'ignored',
    });
  });

  it('is checked at the factory call', () => {
    expect(() => telecmiHangup({ strict: 'yes' } as unknown as HangupOptions)).to.throw(
      TypeError,
      'telecmiHangup: option "strict" must be true or false, got "yes"',
    );
    expect(() => telecmiHangup({ strict: true })).to.not.throw();
  });

  it('is checked by parseHangup', () => {
    const text = fixtureText('seed-leg-a.txt');
    const call = (options: unknown) => () => parseHangup(text, options as ParseOptions);
    expect(call({ strict: 1 })).to.throw(TypeError, 'parseHangup: option "strict" must be true or false, got 1');
    expect(call({ strcit: true })).to.throw(TypeError, 'parseHangup: unknown option "strcit"');
    expect(call('strict')).to.throw(TypeError, 'parseHangup: options must be an object');
    expect(eventOf(parseHangup(text, {})).leg).to.equal('a');
    expect(eventOf(parseHangup(text, { strict: false })).leg).to.equal('a');
  });
});
