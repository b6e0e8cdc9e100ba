/**
 * `telecmi-hangup/testing`: realistic TeleCMI hangups for a host's own tests, in every wire form
 * TeleCMI delivers them in. No dependencies beyond the package itself.
 *
 * @example
 * import { sampleCall } from 'telecmi-hangup/testing';
 * const [legA, legB] = sampleCall();
 * await request(app).post('/webhook/cdr').send(legA).expect(204);
 */
export { sampleCall, sampleHangup } from './sample.js';
export { hangupBody, hangupQuery } from './encode.js';
export type { AnyPayload, HangupBody, HangupBodyFormat } from './encode.js';
export type { CallOverrides, HangupCall, HangupOverrides, HangupPayload } from './payload.js';
