// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.

/** The fields of a normalized outgoing hangup, one type each, as the schema lists them. */
export interface HangupFields {
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
} as const;

/** Older spellings of fields, each with the canonical name the event carries it under. */
export const fieldAliases = {
  cmiuid: 'cmiuuid',
  appid: 'app_id',
} as const;

/** Fields required under any of their spellings, in the order of the schema's `allOf`. */
export const requiredInAnySpelling = ['cmiuuid', 'app_id'] as const;

/**
 * Moves older spellings to their canonical names and gives each multi-typed field its one type,
 * in place, on a copy of a payload that passed the schema (which refused two spellings with
 * different values, so either may stay).
 */
export function normalizeFields(event: Record<string, unknown>): void {
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
}

/** Whether a payload carries some field under both its older and its canonical spelling. */
export function hasBothSpellings(payload: Record<string, unknown>): boolean {
  return (payload.cmiuid !== undefined && payload.cmiuuid !== undefined) || (payload.appid !== undefined && payload.app_id !== undefined);
}
