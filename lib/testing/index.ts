/**
 * `telecmi-hangup/testing`: realistic TeleCMI notifications for a host's own tests, of every kind
 * and in every wire form TeleCMI delivers them in, and whole calls in the order TeleCMI sends them.
 * No dependencies beyond the package itself.
 *
 * @example
 * import { sampleCall, sampleIncomingCall } from 'telecmi-hangup/testing';
 * const [legA, legB] = sampleCall();
 * await request(app).post('/webhook/cdr').send(legA).expect(204);
 * for (const { payload } of sampleIncomingCall()) await request(app).post('/webhook/cdr').send(payload);
 */
export { sampleCall, sampleHangup } from './sample.js';
export { sampleNotification } from './notifications.js';
export { sampleIncomingCall, sampleOutgoingCall } from './calls.js';
export type { SampleCallOptions } from './calls.js';
export { hangupBody, hangupQuery } from './encode.js';
export type { AnyPayload, HangupBody, HangupBodyFormat } from './encode.js';
export type {
  CallOverrides,
  HangupCall,
  HangupOverrides,
  HangupPayload,
  NotificationOverrides,
  NotificationPayload,
  SampleNotification,
} from './payload.js';
