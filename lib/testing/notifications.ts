import { randomUUID } from 'node:crypto';
import { notificationKinds, type NotificationKind } from '../generated/notifications.js';
import { notificationSchemas } from '../schema.js';
import type { HangupOverrides, NotificationOverrides, NotificationPayload } from './payload.js';
import { requestId, sampleHangup, withOverrides } from './sample.js';

/**
 * A realistic notification of `kind` as TeleCMI posts it: the first sample TeleCMI's docs give for
 * the kind (its schema's first example), with a fresh `cmiuuid` (and `conversation_uuid`,
 * `request_id`, `call_id` where the sample has them) and `time` set to now, then `overrides`
 * applied (`undefined` removes a field). The outgoing hangup is {@link sampleHangup}'s.
 *
 * @example
 * await request(app).post('/webhook/cdr').send(sampleNotification('cdr.incoming.missed')).expect(204);
 */
export function sampleNotification<K extends NotificationKind>(
  kind: K,
  overrides: NotificationOverrides<K> = {},
): NotificationPayload<K> {
  if (kind === 'outgoing.hangup') return sampleHangup(overrides as HangupOverrides) as NotificationPayload<K>;
  if (!(notificationKinds as readonly string[]).includes(kind)) {
    throw new TypeError(
      `sampleNotification: unknown kind ${JSON.stringify(kind)}; known: ${notificationKinds.join(', ')}`,
    );
  }
  const [example] = notificationSchemas[kind].examples as readonly Record<string, unknown>[];
  const payload: Record<string, unknown> = { ...example };
  const cmiuuid = typeof overrides.cmiuuid === 'string' ? overrides.cmiuuid : randomUUID();
  // The caller's leg of an incoming call, and an outgoing call's leg a, name the conversation.
  if ('conversation_uuid' in payload) {
    payload['conversation_uuid'] = payload['conversation_uuid'] === payload['cmiuuid'] ? cmiuuid : randomUUID();
  }
  payload['cmiuuid'] = cmiuuid;
  payload['time'] = Date.now();
  if ('request_id' in payload) payload['request_id'] = requestId();
  if ('call_id' in payload) payload['call_id'] = randomUUID();
  return withOverrides(payload, overrides as Record<string, unknown>) as NotificationPayload<K>;
}
