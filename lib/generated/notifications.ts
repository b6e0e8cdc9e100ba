// Generated from the schemas in schema/ by `npm run generate`. Do not edit.

import { decodeJsonObject, endedByOf, fileNamed, type EndedBy } from '../judge/facts.js';

/** The fields of a normalized outgoing.started, one type each, as its schema lists them. */
export interface OutgoingStartedFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the call: always "outbound" for this notification. */
  direction: "outbound";
  /** Status of the call: always "started" for this notification. */
  status: "started";
  /** Leg of the call: "a" is the agent who dials, "b" the customer called. */
  leg: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** Unique id of the user (agent) who placed the call. */
  user?: string;
  /** Caller id of the call: the number shown to the called party. Leading zeros and a leading "+" are part of the number. */
  callerid?: string;
  /** The number called (leg a). */
  to?: string;
  /** The number the call came from (leg b). */
  from?: string;
  /** Whether the call was placed through the click-to-call API. */
  click_to_call?: boolean;
  /** Id of the click-to-call request that placed the call. */
  request_id?: string;
  /** TeleCMI's id of the call. */
  call_id?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData. */
  extra_params?: string;
}

/** The facts worked out once from a outgoing.started's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface OutgoingStartedFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as `customData`. */
  extraParamsData: Record<string, unknown> | undefined;
}

/** TeleCMI outgoing started (`outgoing.started`): A live event TeleCMI posts when a leg of an agent's outgoing call starts (leg a: the agent dials; leg b: TeleCMI calls the customer). */
export interface OutgoingStarted extends OutgoingStartedFields, OutgoingStartedFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'outgoing.started';
  readonly [field: string]: unknown;
}

/** The fields of a normalized outgoing.answered, one type each, as its schema lists them. */
export interface OutgoingAnsweredFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the call: always "outbound" for this notification. */
  direction: "outbound";
  /** Status of the call: always "answered" for this notification. */
  status: "answered";
  /** Leg of the call: "a" is the agent who dials, "b" the customer called. */
  leg: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** Unique id of the user (agent) who placed the call. */
  user?: string;
  /** Caller id of the call: the number shown to the called party. Leading zeros and a leading "+" are part of the number. */
  callerid?: string;
  /** The number called (leg a). */
  to?: string;
  /** The number the call came from (leg b). */
  from?: string;
  /** Whether the call was placed through the click-to-call API. */
  click_to_call?: boolean;
  /** Id of the click-to-call request that placed the call. */
  request_id?: string;
  /** TeleCMI's id of the call. */
  call_id?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData. */
  extra_params?: string;
}

/** The facts worked out once from a outgoing.answered's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface OutgoingAnsweredFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as `customData`. */
  extraParamsData: Record<string, unknown> | undefined;
}

/** TeleCMI outgoing answered (`outgoing.answered`): A live event TeleCMI posts when a leg of an agent's outgoing call is answered. */
export interface OutgoingAnswered extends OutgoingAnsweredFields, OutgoingAnsweredFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'outgoing.answered';
  readonly [field: string]: unknown;
}

/** The fields of a normalized outgoing.hangup, one type each, as its schema lists them. */
export interface OutgoingHangupFields {
  /** Status of the call. Always "hangup" for this event. */
  status: "hangup";
  /** Direction of the call. Always "outbound" for this event. */
  direction: "outbound";
  /** Leg of the call: "a" is the caller (the agent's side), "b" the callee. */
  leg: "a" | "b";
  /** Kind of notification: "event" (a live event) or "cdr" (a call detail record, which may carry answeredsec, hangup_reason, record and filename). */
  type: string;
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** Timestamp of the event, in milliseconds since the Unix epoch. */
  time: number;
  /** Caller id of the call: the number shown to the called party. Leading zeros and a leading "+" are part of the number. */
  callerid?: string;
  /** The number the call was made to (leg a). */
  to?: string;
  /** The number the call came from (leg b). */
  from?: string;
  /** Unique id of the user (agent) who placed the call. */
  user?: string;
  /** Whether the call was placed through the click-to-call API. */
  click_to_call?: boolean;
  /** Unique id of the whole conversation; both legs of a call share it. */
  conversation_uuid?: string;
  /** Id of the click-to-call request that placed the call. */
  request_id?: string;
  /** TeleCMI's id of the call (current documentation only). */
  call_id?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the event adds the decoded object as customData. */
  custom?: string;
  /** Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the event adds the decoded object as extraParamsData. */
  extra_params?: string;
  /** The TeleCMI number the outbound call was placed from (call detail records), as a string or a number. */
  virtual_number?: string;
  /** Seconds the leg was answered for (call detail records); 0 or absent when it was not answered. */
  answeredsec?: number;
  /** How the leg ended (call detail records). TeleCMI lists "sent_bye" (the call ended by the user), "recv_bye" (ended by the caller), "recv_cancel" (ended because the user did not answer) and "sent_reject" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent. */
  hangup_reason?: "sent_bye" | "recv_bye" | "recv_cancel" | "sent_reject" | (string & {});
  /** Whether the call was recorded (call detail records); filename then names the recording. */
  record?: boolean;
  /** File name of the call's recording, when record is true (call detail records). */
  filename?: string;
}

/** The facts worked out once from a outgoing.hangup's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface OutgoingHangupFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** When the leg hung up: `time` as a `Date` (the same object as `occurredAt`). */
  hangupAt: Date;
  /** Whether the leg was answered: `answeredsec > 0`. `undefined` when the payload has no `answeredsec` (live events do not carry it). */
  answered: boolean | undefined;
  /** Seconds the call was answered for: `answeredsec` as a number, `undefined` when absent. */
  answeredSeconds: number | undefined;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /** The recording's file name: `filename` when the call was recorded (`record` is not false) and it names a file; `undefined` otherwise. */
  recordingFile: string | undefined;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as `customData`. */
  extraParamsData: Record<string, unknown> | undefined;
}

/** TeleCMI outgoing hangup (`outgoing.hangup`): The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. */
export interface OutgoingHangup extends OutgoingHangupFields, OutgoingHangupFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'outgoing.hangup';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.waiting, one type each, as its schema lists them. */
export interface IncomingWaitingFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the call: always "inbound" for this notification. */
  direction: "inbound";
  /** Status of the call: always "waiting" for this notification. */
  status: "waiting";
  /** Leg of the call: "a", the caller's. Current samples leave it out. */
  leg?: "a" | "b";
  /** Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples). */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The caller's number. */
  from?: string;
  /** The number the caller dialled: the TeleCMI virtual number. */
  to?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.waiting's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingWaitingFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming waiting (`incoming.waiting`): A live event TeleCMI posts when a caller reaches a virtual number and waits to be put through. */
export interface IncomingWaiting extends IncomingWaitingFields, IncomingWaitingFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.waiting';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.answered, one type each, as its schema lists them. */
export interface IncomingAnsweredFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the call: always "inbound" for this notification. */
  direction: "inbound";
  /** Status of the call: always "answered" for this notification. */
  status: "answered";
  /** Leg of the call: "a", the caller's. Current samples leave it out. */
  leg?: "a" | "b";
  /** Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples). */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The caller's number. */
  from?: string;
  /** The number the caller dialled: the TeleCMI virtual number. */
  to?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.answered's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingAnsweredFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming answered (`incoming.answered`): A live event TeleCMI posts when the caller's leg of an incoming call is answered. */
export interface IncomingAnswered extends IncomingAnsweredFields, IncomingAnsweredFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.answered';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.hangup, one type each, as its schema lists them. */
export interface IncomingHangupFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the call: always "inbound" for this notification. */
  direction: "inbound";
  /** Status of the call: always "hangup" for this notification. */
  status: "hangup";
  /** Leg of the call: "a", the caller's. Current samples leave it out. */
  leg?: "a" | "b";
  /** Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples). */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The caller's number. */
  from?: string;
  /** The number the caller dialled: the TeleCMI virtual number. */
  to?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.hangup's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingHangupFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** When the leg hung up: `time` as a `Date` (the same object as `occurredAt`). */
  hangupAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming hangup (`incoming.hangup`): A live event TeleCMI posts when the caller's leg of an incoming call hangs up. */
export interface IncomingHangup extends IncomingHangupFields, IncomingHangupFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.hangup';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.agent.started, one type each, as its schema lists them. */
export interface IncomingAgentStartedFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the leg: always "outbound", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's. */
  direction: "outbound";
  /** Status of the call: always "started" for this notification. */
  status: "started";
  /** Leg of the call: "b", the agent's leg of the incoming call. Older editions leave it out. */
  leg?: "a" | "b";
  /** Unique id of the agent's leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it. */
  team: string;
  /** Unique id of the user (agent) TeleCMI rings. */
  user?: string;
  /** The caller's number (the customer who called in). */
  from?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.agent.started's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingAgentStartedFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming agent started (`incoming.agent.started`): A live event TeleCMI posts when it starts ringing an agent for an incoming call. */
export interface IncomingAgentStarted extends IncomingAgentStartedFields, IncomingAgentStartedFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.agent.started';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.agent.answered, one type each, as its schema lists them. */
export interface IncomingAgentAnsweredFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the leg: always "outbound", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's. */
  direction: "outbound";
  /** Status of the call: always "answered" for this notification. */
  status: "answered";
  /** Leg of the call: "b", the agent's leg of the incoming call. Older editions leave it out. */
  leg?: "a" | "b";
  /** Unique id of the agent's leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it. */
  team: string;
  /** Unique id of the user (agent) TeleCMI rings. */
  user?: string;
  /** The caller's number (the customer who called in). */
  from?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.agent.answered's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingAgentAnsweredFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming agent answered (`incoming.agent.answered`): A live event TeleCMI posts when the agent answers an incoming call. */
export interface IncomingAgentAnswered extends IncomingAgentAnsweredFields, IncomingAgentAnsweredFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.agent.answered';
  readonly [field: string]: unknown;
}

/** The fields of a normalized incoming.agent.hangup, one type each, as its schema lists them. */
export interface IncomingAgentHangupFields {
  /** Family of the notification: always "event", a live event sent while the call is in progress. */
  type: "event";
  /** Direction of the leg: always "outbound", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's. */
  direction: "outbound";
  /** Status of the call: always "hangup" for this notification. */
  status: "hangup";
  /** Leg of the call: "b", the agent's leg of the incoming call. Older editions leave it out. */
  leg?: "a" | "b";
  /** Unique id of the agent's leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it. */
  team: string;
  /** Unique id of the user (agent) TeleCMI rings. */
  user?: string;
  /** The caller's number (the customer who called in). */
  from?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
}

/** The facts worked out once from a incoming.agent.hangup's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface IncomingAgentHangupFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** When the leg hung up: `time` as a `Date` (the same object as `occurredAt`). */
  hangupAt: Date;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI incoming agent hangup (`incoming.agent.hangup`): A live event TeleCMI posts when the agent's leg of an incoming call hangs up. */
export interface IncomingAgentHangup extends IncomingAgentHangupFields, IncomingAgentHangupFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'incoming.agent.hangup';
  readonly [field: string]: unknown;
}

/** The fields of a normalized cdr.incoming.answered, one type each, as its schema lists them. */
export interface CdrIncomingAnsweredFields {
  /** Family of the notification: always "cdr", a call detail record sent once the leg is over. */
  type: "cdr";
  /** Direction of the call: always "inbound" for this notification. */
  direction: "inbound";
  /** Status of the call: always "answered" for this notification. */
  status: "answered";
  /** Leg of the record: absent for the caller's whole call, as in TeleCMI's samples; "b" would be one agent's leg. */
  leg?: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The TeleCMI virtual number the caller dialled. */
  virtual_number?: string;
  /** The caller's number. */
  from?: string;
  /** The number the call was put through to. */
  to?: string;
  /** The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it. */
  team?: string;
  /** Name of the IVR (the call flow) the incoming call came through. */
  ivr_name?: string;
  /** How the leg ended. TeleCMI lists "sent_bye" (the call ended by the user), "recv_bye" (ended by the caller), "recv_cancel" (ended because the user did not answer) and "sent_reject" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent. */
  hangup_reason?: "sent_bye" | "recv_bye" | "recv_cancel" | "sent_reject" | (string & {});
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Unique id of the user (agent) who answered. */
  user?: string;
  /** Seconds the call was answered for. */
  answeredsec?: number;
  /** Whether the call was recorded; filename then names the recording. */
  record?: boolean;
  /** File name of the call's recording, when record is true. */
  filename?: string;
}

/** The facts worked out once from a cdr.incoming.answered's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface CdrIncomingAnsweredFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** Seconds the call was answered for: `answeredsec` as a number, `undefined` when absent. */
  answeredSeconds: number | undefined;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /** The recording's file name: `filename` when the call was recorded (`record` is not false) and it names a file; `undefined` otherwise. */
  recordingFile: string | undefined;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI answered incoming call record (`cdr.incoming.answered`): The call detail record TeleCMI posts once an answered incoming call is over: how long it was answered, who ended it, its recording. */
export interface CdrIncomingAnswered extends CdrIncomingAnsweredFields, CdrIncomingAnsweredFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'cdr.incoming.answered';
  readonly [field: string]: unknown;
}

/** The fields of a normalized cdr.incoming.missed, one type each, as its schema lists them. */
export interface CdrIncomingMissedFields {
  /** Family of the notification: always "cdr", a call detail record sent once the leg is over. */
  type: "cdr";
  /** Direction of the call: always "inbound" for this notification. */
  direction: "inbound";
  /** Status of the call: always "missed" for this notification. */
  status: "missed";
  /** Leg of the record: "b" with user when it is one agent's leg (an agent missed the call); absent for the caller's whole call. */
  leg?: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** The TeleCMI virtual number the caller dialled. */
  virtual_number?: string;
  /** The caller's number. */
  from?: string;
  /** The number the call was put through to. */
  to?: string;
  /** The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it. */
  team?: string;
  /** Name of the IVR (the call flow) the incoming call came through. */
  ivr_name?: string;
  /** How the leg ended. TeleCMI lists "sent_bye" (the call ended by the user), "recv_bye" (ended by the caller), "recv_cancel" (ended because the user did not answer) and "sent_reject" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent. */
  hangup_reason?: "sent_bye" | "recv_bye" | "recv_cancel" | "sent_reject" | (string & {});
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Unique id of the user (agent) who missed the call (leg "b" only). */
  user?: string;
  /** Seconds the caller waited before the call ended unanswered. */
  waitedsec?: number;
  /** Whether the caller left a voicemail; voicename then names its file. */
  voicemail?: boolean;
  /** File name of the voicemail the caller left, when voicemail is true. */
  voicename?: string;
}

/** The facts worked out once from a cdr.incoming.missed's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface CdrIncomingMissedFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** Seconds the caller waited: `waitedsec` as a number, `undefined` when absent. */
  waitedSeconds: number | undefined;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /** The voicemail's file name: `voicename` when the caller left one (`voicemail` is not false) and it names a file; `undefined` otherwise. */
  voicemailFile: string | undefined;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
}

/** TeleCMI missed incoming call record (`cdr.incoming.missed`): The call detail record TeleCMI posts once an incoming call ended unanswered: how long the caller waited, and the voicemail they left. */
export interface CdrIncomingMissed extends CdrIncomingMissedFields, CdrIncomingMissedFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'cdr.incoming.missed';
  readonly [field: string]: unknown;
}

/** The fields of a normalized cdr.outgoing.answered, one type each, as its schema lists them. */
export interface CdrOutgoingAnsweredFields {
  /** Family of the notification: always "cdr", a call detail record sent once the leg is over. */
  type: "cdr";
  /** Direction of the call: always "outbound" for this notification. */
  direction: "outbound";
  /** Status of the call: always "answered" for this notification. */
  status: "answered";
  /** Leg of the record: "a" is the agent who dials, "b" the customer called. Older editions leave it out. */
  leg?: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** Unique id of the user (agent) who placed the call. */
  user?: string;
  /** The TeleCMI number the outgoing call was placed from. */
  virtual_number?: string;
  /** Caller id of the call: the number shown to the called party. Leading zeros and a leading "+" are part of the number. */
  callerid?: string;
  /** The number called. */
  to?: string;
  /** The number the call came from. */
  from?: string;
  /** How the leg ended. TeleCMI lists "sent_bye" (the call ended by the user), "recv_bye" (ended by the caller), "recv_cancel" (ended because the user did not answer) and "sent_reject" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent. */
  hangup_reason?: "sent_bye" | "recv_bye" | "recv_cancel" | "sent_reject" | (string & {});
  /** Whether the call was placed through the click-to-call API. */
  click_to_call?: boolean;
  /** Id of the click-to-call request that placed the call. */
  request_id?: string;
  /** TeleCMI's id of the call. */
  call_id?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData. */
  extra_params?: string;
  /** Seconds the call was answered for. */
  answeredsec?: number;
  /** Whether the call was recorded; filename then names the recording. */
  record?: boolean;
  /** File name of the call's recording, when record is true. */
  filename?: string;
}

/** The facts worked out once from a cdr.outgoing.answered's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface CdrOutgoingAnsweredFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** Seconds the call was answered for: `answeredsec` as a number, `undefined` when absent. */
  answeredSeconds: number | undefined;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /** The recording's file name: `filename` when the call was recorded (`record` is not false) and it names a file; `undefined` otherwise. */
  recordingFile: string | undefined;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as `customData`. */
  extraParamsData: Record<string, unknown> | undefined;
}

/** TeleCMI answered outgoing call record (`cdr.outgoing.answered`): The call detail record TeleCMI posts once an answered leg of an outgoing call is over: how long it was answered, who ended it, its recording. */
export interface CdrOutgoingAnswered extends CdrOutgoingAnsweredFields, CdrOutgoingAnsweredFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'cdr.outgoing.answered';
  readonly [field: string]: unknown;
}

/** The fields of a normalized cdr.outgoing.missed, one type each, as its schema lists them. */
export interface CdrOutgoingMissedFields {
  /** Family of the notification: always "cdr", a call detail record sent once the leg is over. */
  type: "cdr";
  /** Direction of the call: always "outbound" for this notification. */
  direction: "outbound";
  /** Status of the call: always "missed" for this notification. */
  status: "missed";
  /** Leg of the record: "a" is the agent who dials, "b" the customer called. Older editions leave it out. */
  leg?: "a" | "b";
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** When TeleCMI sent the notification, in milliseconds since the Unix epoch. */
  time: number;
  /** Unique id of the whole conversation: every leg and notification of one call shares it. */
  conversation_uuid?: string;
  /** Unique id of the user (agent) who placed the call. */
  user?: string;
  /** The TeleCMI number the outgoing call was placed from. */
  virtual_number?: string;
  /** Caller id of the call: the number shown to the called party. Leading zeros and a leading "+" are part of the number. */
  callerid?: string;
  /** The number called. */
  to?: string;
  /** The number the call came from. */
  from?: string;
  /** How the leg ended. TeleCMI lists "sent_bye" (the call ended by the user), "recv_bye" (ended by the caller), "recv_cancel" (ended because the user did not answer) and "sent_reject" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent. */
  hangup_reason?: "sent_bye" | "recv_bye" | "recv_cancel" | "sent_reject" | (string & {});
  /** Whether the call was placed through the click-to-call API. */
  click_to_call?: boolean;
  /** Id of the click-to-call request that placed the call. */
  request_id?: string;
  /** TeleCMI's id of the call. */
  call_id?: string;
  /** Custom data attached to the call by the customer, usually JSON text such as "{\"crm\":\"true\"}". Kept as sent; the notification adds the decoded object as customData. */
  custom?: string;
  /** Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData. */
  extra_params?: string;
}

/** The facts worked out once from a cdr.outgoing.missed's wire fields. Every key is always present; `undefined` means the payload does not say. */
export interface CdrOutgoingMissedFacts {
  /** When it happened: `time` as a `Date`. */
  occurredAt: Date;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /** `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded. */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as `customData`. */
  extraParamsData: Record<string, unknown> | undefined;
}

/** TeleCMI missed outgoing call record (`cdr.outgoing.missed`): The call detail record TeleCMI posts once a leg of an outgoing call ended unanswered (cancelled or rejected). */
export interface CdrOutgoingMissed extends CdrOutgoingMissedFields, CdrOutgoingMissedFacts {
  /** The kind of notification, worked out from its markers. */
  readonly kind: 'cdr.outgoing.missed';
  readonly [field: string]: unknown;
}

/** Every kind of notification, by its name: the type a listener of that kind receives. */
export interface NotificationKinds {
  'outgoing.started': OutgoingStarted;
  'outgoing.answered': OutgoingAnswered;
  'outgoing.hangup': OutgoingHangup;
  'incoming.waiting': IncomingWaiting;
  'incoming.answered': IncomingAnswered;
  'incoming.hangup': IncomingHangup;
  'incoming.agent.started': IncomingAgentStarted;
  'incoming.agent.answered': IncomingAgentAnswered;
  'incoming.agent.hangup': IncomingAgentHangup;
  'cdr.incoming.answered': CdrIncomingAnswered;
  'cdr.incoming.missed': CdrIncomingMissed;
  'cdr.outgoing.answered': CdrOutgoingAnswered;
  'cdr.outgoing.missed': CdrOutgoingMissed;
}

/** Every kind's wire fields, normalized, without its facts: what its schema lists. */
export interface NotificationFields {
  'outgoing.started': OutgoingStartedFields;
  'outgoing.answered': OutgoingAnsweredFields;
  'outgoing.hangup': OutgoingHangupFields;
  'incoming.waiting': IncomingWaitingFields;
  'incoming.answered': IncomingAnsweredFields;
  'incoming.hangup': IncomingHangupFields;
  'incoming.agent.started': IncomingAgentStartedFields;
  'incoming.agent.answered': IncomingAgentAnsweredFields;
  'incoming.agent.hangup': IncomingAgentHangupFields;
  'cdr.incoming.answered': CdrIncomingAnsweredFields;
  'cdr.incoming.missed': CdrIncomingMissedFields;
  'cdr.outgoing.answered': CdrOutgoingAnsweredFields;
  'cdr.outgoing.missed': CdrOutgoingMissedFields;
}

/** The name of a kind of notification, such as `cdr.outgoing.answered`. */
export type NotificationKind = keyof NotificationKinds;

/** Every kind, in the order the schemas list them. */
export const notificationKinds = ['outgoing.started', 'outgoing.answered', 'outgoing.hangup', 'incoming.waiting', 'incoming.answered', 'incoming.hangup', 'incoming.agent.started', 'incoming.agent.answered', 'incoming.agent.hangup', 'cdr.incoming.answered', 'cdr.incoming.missed', 'cdr.outgoing.answered', 'cdr.outgoing.missed'] as const;

/** Wire fields that arrive in more than one type, and the kind each is normalized to. */
export const fieldKinds = {
  app_id: 'integer',
  time: 'integer',
  callerid: 'phone',
  to: 'phone',
  from: 'phone',
  click_to_call: 'boolean',
  virtual_number: 'phone',
  answeredsec: 'integer',
  record: 'boolean',
  waitedsec: 'integer',
  voicemail: 'boolean',
} as const;

/** Older spellings of fields, each with the canonical name a notification carries it under. */
export const fieldAliases = {
  cmiuid: 'cmiuuid',
  appid: 'app_id',
} as const;

/** Fields every kind requires under any of their spellings, in the order of the schemas' `allOf`. */
export const requiredInAnySpelling = ['cmiuuid', 'app_id'] as const;

/** Whether a payload carries some field under both its older and its canonical spelling. */
export function hasBothSpellings(payload: Record<string, unknown>): boolean {
  return (payload.cmiuid !== undefined && payload.cmiuuid !== undefined) || (payload.appid !== undefined && payload.app_id !== undefined);
}

/**
 * The kind whose markers (schema/notification.schema.json) a payload carries, or `undefined` when it
 * carries no kind's. The markers only say which schema to judge the payload by; they do not judge it.
 */
export function kindOf(value: unknown): NotificationKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const payload = value as Record<string, unknown>;
  if (payload.status === "started" && payload.type === "event" && payload.direction === "outbound" && payload.team === undefined) return 'outgoing.started';
  if (payload.status === "answered" && payload.type === "event" && payload.direction === "outbound" && payload.team === undefined) return 'outgoing.answered';
  if (payload.status === "hangup" && (payload.direction === undefined || payload.direction === "outbound") && payload.team === undefined) return 'outgoing.hangup';
  if (payload.status === "waiting" && payload.type === "event" && payload.direction === "inbound") return 'incoming.waiting';
  if (payload.status === "answered" && payload.type === "event" && payload.direction === "inbound") return 'incoming.answered';
  if (payload.status === "hangup" && payload.type === "event" && payload.direction === "inbound") return 'incoming.hangup';
  if (payload.status === "started" && payload.type === "event" && payload.direction === "outbound" && payload.team !== undefined) return 'incoming.agent.started';
  if (payload.status === "answered" && payload.type === "event" && payload.direction === "outbound" && payload.team !== undefined) return 'incoming.agent.answered';
  if (payload.status === "hangup" && payload.type === "event" && payload.direction === "outbound" && payload.team !== undefined) return 'incoming.agent.hangup';
  if (payload.status === "answered" && payload.type === "cdr" && payload.direction === "inbound") return 'cdr.incoming.answered';
  if (payload.status === "missed" && payload.type === "cdr" && payload.direction === "inbound") return 'cdr.incoming.missed';
  if (payload.status === "answered" && payload.type === "cdr" && payload.direction === "outbound") return 'cdr.outgoing.answered';
  if (payload.status === "missed" && payload.type === "cdr" && payload.direction === "outbound") return 'cdr.outgoing.missed';
  return undefined;
}

function normalizeOutgoingStarted(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.callerid;
  if (typeof value === 'number') event.callerid = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.click_to_call;
  if (typeof value === 'string') event.click_to_call = value === 'true';
  event.kind = 'outgoing.started';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
  event.extraParamsData = decodeJsonObject(event.extra_params);
}

function normalizeOutgoingAnswered(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.callerid;
  if (typeof value === 'number') event.callerid = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.click_to_call;
  if (typeof value === 'string') event.click_to_call = value === 'true';
  event.kind = 'outgoing.answered';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
  event.extraParamsData = decodeJsonObject(event.extra_params);
}

function normalizeOutgoingHangup(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.callerid;
  if (typeof value === 'number') event.callerid = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.click_to_call;
  if (typeof value === 'string') event.click_to_call = value === 'true';
  value = event.virtual_number;
  if (typeof value === 'number') event.virtual_number = String(value);
  value = event.answeredsec;
  if (typeof value === 'string') event.answeredsec = Number(value);
  value = event.record;
  if (typeof value === 'string') event.record = value === 'true';
  event.kind = 'outgoing.hangup';
  const at = new Date(event.time as number);
  event.hangupAt = at;
  event.occurredAt = at;
  event.answered = event.answeredsec === undefined ? undefined : (event.answeredsec as number) > 0;
  event.answeredSeconds = event.answeredsec;
  event.endedBy = endedByOf(event.hangup_reason);
  event.recordingFile = fileNamed(event.record, event.filename);
  event.customData = decodeJsonObject(event.custom);
  event.extraParamsData = decodeJsonObject(event.extra_params);
}

function normalizeIncomingWaiting(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  event.kind = 'incoming.waiting';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeIncomingAnswered(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  event.kind = 'incoming.answered';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeIncomingHangup(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  event.kind = 'incoming.hangup';
  const at = new Date(event.time as number);
  event.hangupAt = at;
  event.occurredAt = at;
  event.customData = decodeJsonObject(event.custom);
}

function normalizeIncomingAgentStarted(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  event.kind = 'incoming.agent.started';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeIncomingAgentAnswered(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  event.kind = 'incoming.agent.answered';
  event.occurredAt = new Date(event.time as number);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeIncomingAgentHangup(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  event.kind = 'incoming.agent.hangup';
  const at = new Date(event.time as number);
  event.hangupAt = at;
  event.occurredAt = at;
  event.customData = decodeJsonObject(event.custom);
}

function normalizeCdrIncomingAnswered(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.virtual_number;
  if (typeof value === 'number') event.virtual_number = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.answeredsec;
  if (typeof value === 'string') event.answeredsec = Number(value);
  value = event.record;
  if (typeof value === 'string') event.record = value === 'true';
  event.kind = 'cdr.incoming.answered';
  event.occurredAt = new Date(event.time as number);
  event.answeredSeconds = event.answeredsec;
  event.endedBy = endedByOf(event.hangup_reason);
  event.recordingFile = fileNamed(event.record, event.filename);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeCdrIncomingMissed(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.virtual_number;
  if (typeof value === 'number') event.virtual_number = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.waitedsec;
  if (typeof value === 'string') event.waitedsec = Number(value);
  value = event.voicemail;
  if (typeof value === 'string') event.voicemail = value === 'true';
  event.kind = 'cdr.incoming.missed';
  event.occurredAt = new Date(event.time as number);
  event.waitedSeconds = event.waitedsec;
  event.endedBy = endedByOf(event.hangup_reason);
  event.voicemailFile = fileNamed(event.voicemail, event.voicename);
  event.customData = decodeJsonObject(event.custom);
}

function normalizeCdrOutgoingAnswered(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.virtual_number;
  if (typeof value === 'number') event.virtual_number = String(value);
  value = event.callerid;
  if (typeof value === 'number') event.callerid = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.click_to_call;
  if (typeof value === 'string') event.click_to_call = value === 'true';
  value = event.answeredsec;
  if (typeof value === 'string') event.answeredsec = Number(value);
  value = event.record;
  if (typeof value === 'string') event.record = value === 'true';
  event.kind = 'cdr.outgoing.answered';
  event.occurredAt = new Date(event.time as number);
  event.answeredSeconds = event.answeredsec;
  event.endedBy = endedByOf(event.hangup_reason);
  event.recordingFile = fileNamed(event.record, event.filename);
  event.customData = decodeJsonObject(event.custom);
  event.extraParamsData = decodeJsonObject(event.extra_params);
}

function normalizeCdrOutgoingMissed(event: Record<string, unknown>): void {
  if (event.cmiuid !== undefined) {
    event.cmiuuid ??= event.cmiuid;
    delete event.cmiuid;
  }
  if (event.appid !== undefined) {
    event.app_id ??= event.appid;
    delete event.appid;
  }
  let value: unknown;
  value = event.app_id;
  if (typeof value === 'string') event.app_id = Number(value);
  value = event.time;
  if (typeof value === 'string') event.time = Number(value);
  value = event.virtual_number;
  if (typeof value === 'number') event.virtual_number = String(value);
  value = event.callerid;
  if (typeof value === 'number') event.callerid = String(value);
  value = event.to;
  if (typeof value === 'number') event.to = String(value);
  value = event.from;
  if (typeof value === 'number') event.from = String(value);
  value = event.click_to_call;
  if (typeof value === 'string') event.click_to_call = value === 'true';
  event.kind = 'cdr.outgoing.missed';
  event.occurredAt = new Date(event.time as number);
  event.endedBy = endedByOf(event.hangup_reason);
  event.customData = decodeJsonObject(event.custom);
  event.extraParamsData = decodeJsonObject(event.extra_params);
}

/** What the judge needs of a kind besides its validator: what to call it in a message, its normalizer. */
export interface KindRules {
  /** The title of its schema, such as "TeleCMI outgoing hangup". */
  readonly title: string;
  /** Turns a payload that passed the validator into the kind's notification, in place. */
  readonly normalize: (event: Record<string, unknown>) => void;
}

/** The rules of each kind. */
export const kindRules: { readonly [K in NotificationKind]: KindRules } = {
  'outgoing.started': {
    title: "TeleCMI outgoing started",
    normalize: normalizeOutgoingStarted,
  },
  'outgoing.answered': {
    title: "TeleCMI outgoing answered",
    normalize: normalizeOutgoingAnswered,
  },
  'outgoing.hangup': {
    title: "TeleCMI outgoing hangup",
    normalize: normalizeOutgoingHangup,
  },
  'incoming.waiting': {
    title: "TeleCMI incoming waiting",
    normalize: normalizeIncomingWaiting,
  },
  'incoming.answered': {
    title: "TeleCMI incoming answered",
    normalize: normalizeIncomingAnswered,
  },
  'incoming.hangup': {
    title: "TeleCMI incoming hangup",
    normalize: normalizeIncomingHangup,
  },
  'incoming.agent.started': {
    title: "TeleCMI incoming agent started",
    normalize: normalizeIncomingAgentStarted,
  },
  'incoming.agent.answered': {
    title: "TeleCMI incoming agent answered",
    normalize: normalizeIncomingAgentAnswered,
  },
  'incoming.agent.hangup': {
    title: "TeleCMI incoming agent hangup",
    normalize: normalizeIncomingAgentHangup,
  },
  'cdr.incoming.answered': {
    title: "TeleCMI answered incoming call record",
    normalize: normalizeCdrIncomingAnswered,
  },
  'cdr.incoming.missed': {
    title: "TeleCMI missed incoming call record",
    normalize: normalizeCdrIncomingMissed,
  },
  'cdr.outgoing.answered': {
    title: "TeleCMI answered outgoing call record",
    normalize: normalizeCdrOutgoingAnswered,
  },
  'cdr.outgoing.missed': {
    title: "TeleCMI missed outgoing call record",
    normalize: normalizeCdrOutgoingMissed,
  },
};
