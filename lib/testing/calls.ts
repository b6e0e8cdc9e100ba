import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '../generated/notifications.js';
import { sampleNotification } from './notifications.js';
import type { NotificationOverrides, SampleNotification } from './payload.js';
import { requestId } from './sample.js';

/** How a sample call goes. All fields are optional. */
export interface SampleCallOptions {
  /** Whether the call is answered; `false` gives a missed call and its missed CDR. Default `true`. */
  answered?: boolean;
  /** Seconds the call is answered for (ignored when it is missed). Default `42`. */
  talkSeconds?: number;
  /** TeleCMI app id on every notification. Default `2222223`, as in TeleCMI's samples. */
  appId?: number;
}

// Numbers and ids shaped like those of TeleCMI's samples, so a call reads like a real one.
const sampleAppId = 2222223;
const customer = '919876543210';
const virtualNumber = '440000000000';
const team = 'Sales_2222223';
const ringSeconds = 4;
const custom = '{"crm":"true"}';

/** The options with their defaults, checked: a call's numbers must make a call TeleCMI could send. */
function callOptions(name: string, options: SampleCallOptions): Required<SampleCallOptions> {
  const { answered = true, talkSeconds = 42, appId = sampleAppId } = options;
  if (!Number.isSafeInteger(talkSeconds) || talkSeconds < 0) {
    throw new TypeError(`${name}: option "talkSeconds" must be a whole number of seconds, 0 or more`);
  }
  if (!Number.isSafeInteger(appId) || appId < 0)
    throw new TypeError(`${name}: option "appId" must be a whole number, 0 or more`);
  return { answered: answered !== false, talkSeconds, appId };
}

/** The notifications of one call as they are sent, each made from its kind's sample, at its time. */
class CallScript {
  readonly notifications: SampleNotification[] = [];
  #time: number;

  constructor(
    start: number,
    private readonly shared: Record<string, unknown>,
  ) {
    this.#time = start;
  }

  /** Moves the call's clock on: times never decrease. */
  after(seconds: number): this {
    this.#time += seconds * 1000;
    return this;
  }

  add<K extends NotificationKind>(kind: K, fields: Record<string, unknown>): this {
    const overrides = { ...this.shared, ...fields, time: this.#time } as NotificationOverrides<K>;
    this.notifications.push({ kind, payload: sampleNotification(kind, overrides) } as SampleNotification);
    return this;
  }
}

/**
 * Every notification of one incoming call, in the order TeleCMI sends them: the caller waits, an
 * agent's phone rings, the agent answers (both legs' answered events), both legs hang up, and the
 * call detail record comes last. Missed (`answered: false`): the agent's phone rings, the caller
 * gives up and leaves a voicemail, and the missed CDR comes last. Every notification shares one
 * `conversation_uuid` and app; times never decrease; the call ends now.
 *
 * @example
 * for (const { payload } of sampleIncomingCall()) await request(app).post('/webhook/cdr').send(payload);
 */
export function sampleIncomingCall(options: SampleCallOptions = {}): SampleNotification[] {
  const { answered, talkSeconds, appId } = callOptions('sampleIncomingCall', options);
  const conversation = randomUUID();
  const agentLeg = randomUUID();
  const agent = { leg: 'b', cmiuuid: agentLeg, team, user: `204_${appId}` };
  const caller = { cmiuuid: conversation, to: virtualNumber };
  const length = ringSeconds + (answered ? talkSeconds : 0);
  const call = new CallScript(Date.now() - length * 1000, {
    app_id: appId,
    conversation_uuid: conversation,
    from: customer,
    custom,
  });
  call.add('incoming.waiting', caller).add('incoming.agent.started', agent).after(ringSeconds);
  if (answered) {
    call
      .add('incoming.agent.answered', agent)
      .add('incoming.answered', caller)
      .after(talkSeconds)
      .add('incoming.hangup', caller)
      .add('incoming.agent.hangup', agent);
    const recording = `${Date.now()}${appId}_${appId}.mp3`;
    return call.add('cdr.incoming.answered', {
      ...caller,
      appid: undefined,
      virtual_number: virtualNumber,
      user: agent.user,
      team,
      answeredsec: talkSeconds,
      hangup_reason: 'recv_bye',
      record: true,
      filename: recording,
    }).notifications;
  }
  call.add('incoming.agent.hangup', agent).add('incoming.hangup', caller);
  return call.add('cdr.incoming.missed', {
    ...caller,
    appid: undefined,
    virtual_number: virtualNumber,
    team,
    waitedsec: ringSeconds,
    hangup_reason: 'recv_bye',
    voicemail: true,
    voicename: `${Date.now()}${appId}_${appId}.mp3`,
  }).notifications;
}

/**
 * Every notification of one outgoing (click-to-call) call, in the order TeleCMI sends them: the
 * agent's leg (a) starts and is answered, the customer's leg (b) starts and is answered, both hang
 * up, and the two legs' call detail records come last. Missed (`answered: false`): the customer
 * never answers, and leg b's CDR is the missed one. Every notification shares one
 * `conversation_uuid`, `request_id` and app; times never decrease; the call ends now.
 *
 * @example
 * for (const { payload } of sampleOutgoingCall()) await request(app).post('/webhook/cdr').send(payload);
 */
export function sampleOutgoingCall(options: SampleCallOptions = {}): SampleNotification[] {
  const { answered, talkSeconds, appId } = callOptions('sampleOutgoingCall', options);
  const conversation = randomUUID();
  const legA = { leg: 'a', cmiuuid: conversation };
  // No `from`: the outgoing hangup's sample gives leg b one, which this call has no number for.
  const legB = { leg: 'b', cmiuuid: randomUUID(), from: undefined };
  const length = 2 * ringSeconds + (answered ? talkSeconds : 0);
  const call = new CallScript(Date.now() - length * 1000, {
    app_id: appId,
    conversation_uuid: conversation,
    user: `202_${appId}`,
    callerid: virtualNumber,
    to: customer,
    request_id: requestId(),
    call_id: randomUUID(),
    custom,
    extra_params: '{"click2call":"true"}',
  });
  call.add('outgoing.started', legA).after(ringSeconds).add('outgoing.answered', legA).add('outgoing.started', legB);
  call.after(ringSeconds);
  if (answered) call.add('outgoing.answered', legB).after(talkSeconds);
  call.add('outgoing.hangup', legB).add('outgoing.hangup', legA);
  const record = { appid: undefined, virtual_number: virtualNumber };
  call.add('cdr.outgoing.answered', {
    ...record,
    ...legA,
    answeredsec: ringSeconds + (answered ? talkSeconds : 0),
    hangup_reason: answered ? 'sent_bye' : 'recv_bye',
  });
  if (!answered)
    return call.add('cdr.outgoing.missed', { ...record, ...legB, hangup_reason: 'recv_cancel' }).notifications;
  return call.add('cdr.outgoing.answered', {
    ...record,
    ...legB,
    answeredsec: talkSeconds,
    hangup_reason: 'recv_bye',
    record: true,
    filename: `${Date.now()}${appId}_${appId}.mp3`,
  }).notifications;
}
