import type { fieldKinds, HangupFields } from '../generated/hangup-fields.js';

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
