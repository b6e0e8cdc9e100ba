import assert from 'node:assert/strict';
import express from 'express';
import request from 'supertest';
import { telecmiHangup, type HangupEvent } from '../lib/index.js';
import { hangupBody, hangupQuery, sampleCall, sampleHangup } from '../lib/testing/index.js';

// The app under test: it stores every hangup TeleCMI reports.
function createApp(calls: HangupEvent[]) {
  const app = express();
  const hangups = telecmiHangup();
  hangups.events.on('hangup', (event) => {
    calls.push(event);
  });
  app.use('/webhook/cdr', hangups);
  return app;
}

describe('the TeleCMI webhook', () => {
  let calls: HangupEvent[];
  let app: express.Express;

  beforeEach(() => {
    calls = [];
    app = createApp(calls);
  });

  it('stores both legs of a call', async () => {
    const [legA, legB] = sampleCall({ to: '919876543210' });

    await request(app).post('/webhook/cdr').send(legA).expect(204);
    await request(app).post('/webhook/cdr').send(legB).expect(204);

    assert.deepEqual(
      calls.map((call) => [call.leg, call.conversation_uuid]),
      [
        ['a', legA.conversation_uuid],
        ['b', legA.conversation_uuid],
      ],
    );
    assert.equal(calls[1]?.from, '919876543210');
  });

  it('keeps the leading zero of a caller id sent in the older docs’ form', async () => {
    const { body, contentType } = hangupBody(sampleHangup({ callerid: '04471000000' }), 'legacy');

    await request(app).post('/webhook/cdr').type(contentType).send(body).expect(204);

    assert.equal(calls[0]?.callerid, '04471000000');
  });

  it('accepts a hangup delivered by GET', async () => {
    await request(app)
      .get(`/webhook/cdr?${hangupQuery(sampleHangup())}`)
      .expect(204);

    assert.equal(calls.length, 1);
  });

  it('turns away a payload with a broken timestamp, saying where', async () => {
    const response = await request(app)
      .post('/webhook/cdr')
      .send({ ...sampleHangup(), time: 'noon' })
      .expect(422);

    assert.equal(response.body.error, 'invalid_payload');
    assert.deepEqual(
      response.body.details.map((detail: { path: string }) => detail.path),
      ['/time'],
    );
    assert.equal(calls.length, 0);
  });
});
