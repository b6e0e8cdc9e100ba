import { randomBytes, randomUUID } from 'node:crypto';
import type { CallOverrides, HangupCall, HangupOverrides, HangupPayload } from './payload.js';

// The numbers and ids of TeleCMI's own documentation samples, so a sample reads like a real call.
const sampleAppId = 1111113;
const sampleCallerId = '04471000000';
const sampleNumberCalled = '9100000000';
const sampleExtension = 109;

/**
 * A realistic outgoing hangup in the current docs' form (phone numbers as strings), with a fresh
 * `cmiuuid`, `time` set to now and leg `a` unless `overrides` say otherwise. It passes the schema
 * as long as the overrides are typed right, which the compiler checks.
 *
 * It has the fields both versions of TeleCMI's docs list, so it also passes the `strict` option's
 * older property table. Leg a carries `to` (the number called) and a click-to-call `request_id`;
 * leg b carries `from` instead, as in TeleCMI's samples. Add `call_id`, `custom` and the like with
 * overrides.
 *
 * @example
 * await request(app).post('/webhook/cdr').send(sampleHangup({ callerid: '04471000000' })).expect(204);
 */
export function sampleHangup(overrides: HangupOverrides = {}): HangupPayload {
  const leg = overrides.leg ?? 'a';
  const cmiuuid = overrides.cmiuuid ?? randomUUID();
  // On leg a the conversation is named after the caller's leg, as in every TeleCMI sample.
  return withOverrides(baseLeg(leg, cmiuuid, leg === 'a' ? cmiuuid : randomUUID(), overrides), overrides);
}

/**
 * Both legs of one call: leg a (the caller) and leg b (the callee), each with its own `cmiuuid`,
 * sharing `conversation_uuid` and `time`. `overrides` apply to both legs; `to` is the
 * number called, which is leg a's `to` and leg b's `from`.
 *
 * @example
 * const [legA, legB] = sampleCall({ to: '919876543210' });
 */
export function sampleCall(overrides: CallOverrides = {}): HangupCall {
  const conversation = overrides.conversation_uuid ?? randomUUID();
  const shared: HangupOverrides = {
    time: Date.now(),
    ...overrides,
    conversation_uuid: conversation,
  };
  const { to, ...legBOverrides } = shared;
  const legA = withOverrides(baseLeg('a', conversation, conversation, shared), shared);
  const legB = withOverrides(baseLeg('b', randomUUID(), conversation, shared), {
    ...legBOverrides,
    ...(to === undefined ? {} : { from: to }),
  });
  return [legA as HangupPayload & { leg: 'a' }, legB as HangupPayload & { leg: 'b' }];
}

function baseLeg(
  leg: 'a' | 'b',
  cmiuuid: string,
  conversation: string,
  overrides: Pick<HangupOverrides, 'app_id'>,
): HangupPayload {
  const appId = overrides.app_id ?? sampleAppId;
  const callSide = leg === 'a' ? { request_id: requestId(), to: sampleNumberCalled } : { from: sampleNumberCalled };
  return {
    leg,
    type: 'event',
    click_to_call: 'true',
    user: `${sampleExtension}_${appId}`,
    cmiuuid,
    direction: 'outbound',
    callerid: sampleCallerId,
    app_id: appId,
    time: Date.now(),
    ...callSide,
    status: 'hangup',
    conversation_uuid: conversation,
  };
}

/** The payload with each override set, and each `undefined` one removed. */
export function withOverrides<P extends object>(payload: P, overrides: object): P {
  const result = { ...payload } as Record<string, unknown>;
  for (const [field, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[field];
    else result[field] = value;
  }
  return result as P;
}

const alphanumerics = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like TeleCMI's click-to-call request ids: 43 letters and digits. */
export function requestId(): string {
  // The slight bias of `% 62` does not matter for test data.
  return Array.from(randomBytes(43), (byte) => alphanumerics[byte % alphanumerics.length]).join('');
}
