// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.

/** The fields of a normalized outgoing hangup, one type each, as the schema lists them. */
export interface HangupFields {
  /** Status of the call. Always "hangup" for this event. */
  status: "hangup";
  /** Direction of the call. Always "outbound" for this event. */
  direction: "outbound";
  /** Leg of the call: "a" is the caller (the agent's side), "b" the callee. */
  leg: "a" | "b";
  /** Kind of notification: "cdr" or "event". */
  type: string;
  /** Unique id of this call leg. */
  cmiuuid: string;
  /** The customer's TeleCMI app id. */
  app_id: number;
  /** Timestamp of the event, in milliseconds since the Unix epoch. */
  time: number;
  /** Caller id of the call: the number shown to the called party. Leading zeros are part of the number. */
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
  /** Custom data attached to the call by the customer, usually JSON text. */
  custom?: string;
  /** Extra parameters of the call, usually JSON text. */
  extra_params?: string;
}

/** Wire fields that arrive in more than one type, and the kind each is normalized to. */
export const fieldKinds = {
  app_id: 'integer',
  time: 'integer',
  callerid: 'phone',
  to: 'phone',
  from: 'phone',
  click_to_call: 'boolean',
} as const;
