import { expect } from 'chai';
import { parseHangup, type HangupEvent, type HangupVerdict } from '../lib/index.js';
import { fixtureText, hangupPayload } from './helpers/app.js';

function hangupOf(verdict: HangupVerdict): HangupEvent {
  if (!verdict.ok) throw new Error(`expected a hangup, got ${JSON.stringify(verdict)}`);
  return verdict.event;
}

function errorsOf(verdict: HangupVerdict) {
  if (verdict.ok) throw new Error('expected a rejection, got a hangup');
  if (verdict.reason === 'ignored') throw new Error('expected a rejection, got ignored');
  return verdict;
}

describe('parseHangup', () => {
  describe('on the documented samples', () => {
    it('keeps the leading zero of the older docs’ integer literal as digits', () => {
      const event = hangupOf(parseHangup(fixtureText('seed-leg-a.txt')));
      expect(event.callerid).to.equal('04471000000');
      expect(event.to).to.equal('9100000000');
      expect(event.app_id).to.equal(1111113);
      expect(event.time).to.equal(1571122196059);
      expect(event.click_to_call).to.equal(true);
      expect(event.leg).to.equal('a');
      expect(event.request_id).to.equal('s96C6XK1BUHX0oVZfOo5NhoJfZZJd0y1nmrNN6dhdkW');
    });

    it('reads leg b, which has `from` instead of `to`', () => {
      const event = hangupOf(parseHangup(fixtureText('seed-leg-b.txt')));
      expect(event.from).to.equal('9100000000');
      expect(event).to.not.have.property('to');
      expect(event.leg).to.equal('b');
    });

    it('keeps the current docs’ extra fields', () => {
      const event = hangupOf(parseHangup(fixtureText('current-docs-leg-a.json')));
      expect(event['call_id']).to.equal('e51d5392-d9cf-123b-fe91-3cecefb9bfb6');
      expect(event.custom).to.equal('{"crm":"true"}');
      expect(event.callerid).to.equal('442000000000');
    });

    it('calls an answered event ignored, not invalid', () => {
      const verdict = parseHangup(fixtureText('current-docs-answered-leg-a.json'));
      expect(verdict).to.include({ ok: false, reason: 'ignored' });
    });
  });

  describe('on its inputs', () => {
    it('takes a string, a Buffer, a Uint8Array or an object alike', () => {
      const text = fixtureText('current-docs-leg-a.json');
      const fromString = hangupOf(parseHangup(text));
      expect(hangupOf(parseHangup(Buffer.from(text)))).to.deep.equal(fromString);
      expect(hangupOf(parseHangup(new TextEncoder().encode(text)))).to.deep.equal(fromString);
      expect(hangupOf(parseHangup(JSON.parse(text) as object))).to.deep.equal(fromString);
    });

    it('does not modify an object it is given', () => {
      const payload = hangupPayload({ callerid: 4471000000, app_id: '12' });
      const copy = structuredClone(payload);
      hangupOf(parseHangup(payload));
      expect(payload).to.deep.equal(copy);
    });

    it('refuses bytes that are not UTF-8', () => {
      const verdict = errorsOf(parseHangup(Buffer.from([0x7b, 0xff, 0x7d])));
      expect(verdict.reason).to.equal('invalid_json');
      expect(verdict.message).to.match(/UTF-8/);
    });
  });

  describe('normalizing', () => {
    it('gives phone numbers as digit strings whether they came as numbers or strings', () => {
      const event = hangupOf(parseHangup(hangupPayload({ callerid: 4471000000, to: '09100000000' })));
      expect(event.callerid).to.equal('4471000000');
      expect(event.to).to.equal('09100000000');
    });

    it('gives app_id and time as numbers whether they came as numbers or strings', () => {
      const event = hangupOf(parseHangup(hangupPayload({ app_id: '2223343', time: '1650635340436' })));
      expect(event.app_id).to.equal(2223343);
      expect(event.time).to.equal(1650635340436);
    });

    it('gives click_to_call as a boolean', () => {
      expect(hangupOf(parseHangup(hangupPayload({ click_to_call: 'false' }))).click_to_call).to.equal(false);
      expect(hangupOf(parseHangup(hangupPayload({ click_to_call: true }))).click_to_call).to.equal(true);
    });

    it('keeps unknown fields as they arrived', () => {
      const event = hangupOf(parseHangup(hangupPayload({ answeredsec: 12, nested: { a: [1] } })));
      expect(event['answeredsec']).to.equal(12);
      expect(event['nested']).to.deep.equal({ a: [1] });
    });

    it('has one static type per known field', () => {
      const event = hangupOf(parseHangup(fixtureText('seed-leg-a.txt')));
      // Compile-time checks: these assignments fail `npm run typecheck` if the types drift.
      const phone: string | undefined = event.callerid;
      const appId: number = event.app_id;
      const clickToCall: boolean | undefined = event.click_to_call;
      const leg: 'a' | 'b' = event.leg;
      expect([typeof phone, typeof appId, typeof clickToCall, leg]).to.deep.equal(['string', 'number', 'boolean', 'a']);
    });
  });

  describe('the leading-zero tolerance', () => {
    it('leaves zeros inside strings alone', () => {
      const text = fixtureText('seed-leg-a.txt').replace('"user": "109_1111113"', '"user": "x: 0123, y"');
      expect(hangupOf(parseHangup(text)).user).to.equal('x: 0123, y');
    });

    it('does not turn other broken JSON into a payload', () => {
      const verdict = errorsOf(parseHangup(fixtureText('seed-leg-a.txt').replace('"leg": "a",', '"leg": "a"')));
      expect(verdict.reason).to.equal('invalid_json');
      expect(verdict.errors[0]?.path).to.equal('');
    });

    it('keeps an integer with a leading zero in an unknown field as its digits', () => {
      const event = hangupOf(
        parseHangup(
          '{"status":"hangup","direction":"outbound","leg":"a","type":"cdr",' +
            '"cmiuuid":"u1","app_id":1,"time":2,"pin":007}',
        ),
      );
      expect(event['pin']).to.equal('007');
    });
  });

  describe('rejecting', () => {
    it('names each missing required field by its JSON pointer', () => {
      const verdict = errorsOf(parseHangup({ status: 'hangup', direction: 'outbound' }));
      expect(verdict.reason).to.equal('invalid_payload');
      const paths = verdict.errors.map((e) => e.path);
      expect(paths).to.include.members(['/leg', '/type', '/cmiuuid', '/app_id', '/time']);
    });

    it('says what type a field must have', () => {
      const verdict = errorsOf(parseHangup(hangupPayload({ time: 'yesterday', to: [1], leg: 'c' })));
      expect(verdict.errors).to.deep.include({
        path: '/time',
        message: 'must be a timestamp in milliseconds: a non-negative integer, or a string of up to 15 digits',
      });
      expect(verdict.errors.map((e) => e.path)).to.include.members(['/to', '/leg']);
      expect(verdict.message).to.match(/^Payload is not a valid TeleCMI outgoing hangup: /);
    });

    it('refuses a phone number too large to be exact as a JSON number', () => {
      const verdict = errorsOf(
        parseHangup(
          '{"status":"hangup","direction":"outbound","leg":"a","type":"cdr",' +
            '"cmiuuid":"u1","app_id":1,"time":2,"to":12345678901234567890}',
        ),
      );
      expect(verdict.errors.map((e) => e.path)).to.deep.equal(['/to']);
    });

    it('refuses a time later than a Date can hold, so hangupAt is always a valid Date', () => {
      const verdict = errorsOf(parseHangup(hangupPayload({ time: 9e15 })));
      expect(verdict.errors.map((e) => e.path)).to.deep.equal(['/time']);
      const latest = hangupOf(parseHangup(hangupPayload({ time: 8.64e15 })));
      expect(latest.hangupAt.getTime()).to.equal(8.64e15);
    });

    it('refuses payloads that are not objects, saying only that', () => {
      for (const input of ['[]', '"hangup"', '42', 'null']) {
        const verdict = errorsOf(parseHangup(input));
        expect(verdict.reason, input).to.equal('invalid_payload');
        expect(verdict.errors, input).to.deep.equal([{ path: '', message: 'must be object' }]);
      }
    });

    it('refuses an outgoing hangup without direction instead of ignoring it', () => {
      expect(errorsOf(parseHangup(hangupPayload({ direction: undefined }))).reason).to.equal('invalid_payload');
    });

    it('ignores an inbound hangup', () => {
      expect(parseHangup(hangupPayload({ direction: 'inbound' }))).to.include({ ok: false, reason: 'ignored' });
    });

    it('refuses __proto__ keys', () => {
      const verdict = errorsOf(parseHangup('{"__proto__":{"polluted":true},"status":"hangup"}'));
      expect(verdict.reason).to.equal('invalid_json');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it('refuses prototype keys at any depth, in arrays too, but keeps a constructor field that reaches no prototype', () => {
      const withField = (extra: string) => JSON.stringify(hangupPayload()).replace('{', `{${extra},`);
      const refused = [
        '"list":[1,{"__proto__":{"polluted":1}}]',
        '"list":[[{"constructor":{"prototype":{"polluted":1}}}]]',
        '"a":{"b":[{"\\u005f_proto__":1}]}',
      ];
      for (const extra of refused) {
        const verdict = errorsOf(parseHangup(withField(extra)));
        expect(verdict.reason, extra).to.equal('invalid_json');
        expect(verdict.message, extra).to.match(/__proto__ or constructor\.prototype/);
      }
      for (const extra of ['"constructor":"Object"', '"constructor":{"name":"x"}', '"list":[{"prototype":1}]']) {
        expect(parseHangup(withField(extra)).ok, extra).to.equal(true);
      }
    });

    it('refuses a __proto__ key in a payload with no nested object, however the key is spelled', () => {
      const flat = JSON.stringify(hangupPayload({ custom: undefined, extra_params: undefined }));
      for (const key of ['__proto__', '\\u005f_proto__', '\\u005f\\u005f\\u0070roto__']) {
        const text = flat.replace('{', `{"${key}":"polluted",`);
        expect(text.split('{')).to.have.length(2);
        // Both as valid JSON and as the older docs' leading-zero text, which is mended first.
        for (const body of [text, text.replace('"polluted"', '04471')]) {
          const verdict = errorsOf(parseHangup(body));
          expect(verdict.reason, body).to.equal('invalid_json');
          expect(verdict.message, body).to.match(/__proto__/);
        }
      }
    });
  });
});
