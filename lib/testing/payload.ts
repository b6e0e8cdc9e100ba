import type {
  fieldAliases,
  fieldKinds,
  NotificationFields,
  NotificationKind,
  OutgoingHangupFields as HangupFields,
  requiredInAnySpelling,
} from '../generated/notifications.js';

/** How TeleCMI writes each multi-typed kind of field on the wire, across its documentation versions. */
interface WireKinds {
  /** Digits as a string (leading zeros kept, the current docs) or a JSON integer (the older docs). */
  phone: string | number;
  /** A JSON integer, or a string of up to 15 digits. */
  integer: number | string;
  /** A JSON boolean, or the text `"true"`/`"false"` (the older docs). */
  boolean: boolean | 'true' | 'false';
}

type Kinds = typeof fieldKinds;

/**
 * An outgoing hangup as TeleCMI puts it on the wire: the fields of {@link HangupFields}, each in
 * any type TeleCMI has been documented to send it in (`to: 9100000000` as well as `to: "9100000000"`).
 * It is what the middleware accepts; {@link HangupFields} is what it hands the host.
 */
export type HangupPayload = {
  [K in keyof HangupFields]: K extends keyof Kinds ? WireKinds[Kinds[K]] : HangupFields[K];
};

/**
 * A notification of kind `K` as TeleCMI puts it on the wire: its schema's fields in any type TeleCMI
 * has been documented to send them in, and the fields it may send under an older spelling (`appid`,
 * `cmiuid`) under either, so neither spelling is required.
 */
export type NotificationPayload<K extends NotificationKind = NotificationKind> = K extends NotificationKind
  ? WireForm<NotificationFields[K]>
  : never;

type EitherSpelling = (typeof requiredInAnySpelling)[number];
type Aliases = typeof fieldAliases;

type WireForm<Fields> = {
  [F in Exclude<keyof Fields, EitherSpelling>]: F extends keyof Kinds ? WireKinds[Kinds[F]] : Fields[F];
} & {
  [F in Extract<keyof Fields, EitherSpelling>]?: F extends keyof Kinds ? WireKinds[Kinds[F]] : Fields[F];
} & {
  [A in keyof Aliases as Aliases[A] extends keyof Fields ? A : never]?: Aliases[A] extends keyof Kinds
    ? WireKinds[Kinds[Aliases[A]]]
    : string;
};

/**
 * Fields to set on a sample notification of kind `K`: each optional, each typed as the wire allows.
 * `undefined` removes a field from the payload. `type`, `direction` and `status` are the kind's own
 * and cannot be changed (they are what makes it that kind).
 */
export type NotificationOverrides<K extends NotificationKind = NotificationKind> = {
  [F in Exclude<keyof NotificationPayload<K>, 'type' | 'direction' | 'status'>]?: NotificationPayload<K>[F] | undefined;
};

/** One notification of a sample call: its kind, and the payload TeleCMI would post. */
export type SampleNotification = {
  [K in NotificationKind]: { kind: K; payload: NotificationPayload<K> };
}[NotificationKind];

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type RequiredKeys<T> = Exclude<keyof T, OptionalKeys<T>>;

/**
 * Fields to set on a sample hangup. A misspelt field or a value of the wrong type is a compile
 * error. An optional field set to `undefined` is left out of the payload; a required one cannot be.
 * To add a field the schema does not list, spread the sample: `{ ...sampleHangup(), note: 'x' }`.
 */
export type HangupOverrides = { [K in RequiredKeys<HangupPayload>]?: HangupPayload[K] } & {
  [K in OptionalKeys<HangupPayload>]?: HangupPayload[K] | undefined;
};

/**
 * Fields to set on both legs of a sample call. `to` is the number called: leg a's `to` and leg b's
 * `from`. The legs' own ids (`leg`, `cmiuuid`) and `from` are the sample's to choose.
 */
export type CallOverrides = Omit<HangupOverrides, 'leg' | 'cmiuuid' | 'from'>;

/** The two legs of one call, leg a (the caller's side) first. */
export type HangupCall = [legA: HangupPayload & { leg: 'a' }, legB: HangupPayload & { leg: 'b' }];
