import { expect } from 'chai';
import request from 'supertest';
import type { RequestListener } from 'node:http';
import express5 from 'express';
import express4 from 'express4';
import { telecmiHangup, type HangupEvent, type HangupRequest } from '../lib/index.js';
import {
  buildApp,
  expressFlavours,
  expressOf,
  fixtureText,
  hangupPayload,
  webhookPath,
  type ExpressApp,
} from './helpers/app.js';

const json = 'application/json';

for (const flavour of expressFlavours) {
  const express = expressOf(flavour);

  describe(`the middleware behind other parsers in ${flavour}`, () => {
    it('uses the object a global express.json() left in req.body', async () => {
      const { app, hangups } = buildApp(flavour, {}, { before: (app) => app.use(express.json()) });
      const events: HangupEvent[] = [];
      hangups.events.on('hangup', (event) => events.push(event));
      await request(app)
        .post(webhookPath)
        .type(json)
        .send(hangupPayload({ to: 9100000000 }))
        .expect(204);
      expect(events[0]?.to).to.equal('9100000000');
    });

    it('reads the stream itself when a global express.json() skipped a form', async () => {
      const { app, hangups } = buildApp(flavour, {}, { before: (app) => app.use(express.json()) });
      const events: HangupEvent[] = [];
      hangups.events.on('hangup', (event) => events.push(event));
      const form = new URLSearchParams(hangupPayload() as Record<string, string>).toString();
      await request(app).post(webhookPath).type('form').send(form).expect(204);
      expect(events[0]?.app_id).to.equal(2223343);
    });

    it('still answers 400 when express.json() refused the body first', async () => {
      const { app } = buildApp(flavour, {}, { before: (app) => app.use(express.json()) });
      // The upstream parser answers for itself: the host chose it. The point is that nothing hangs.
      await request(app).post(webhookPath).type(json).send(fixtureText('seed-leg-a.txt')).expect(400);
    });

    it('parses the Buffer express.raw() left, leading zero included', async () => {
      const { app, hangups } = buildApp(flavour, {}, { before: (app) => app.use(express.raw({ type: '*/*' })) });
      const events: HangupEvent[] = [];
      hangups.events.on('hangup', (event) => events.push(event));
      await request(app).post(webhookPath).type(json).send(fixtureText('seed-leg-a.txt')).expect(204);
      expect(events[0]?.callerid).to.equal('04471000000');
    });

    it('parses the string express.text() left', async () => {
      const { app, hangups } = buildApp(flavour, {}, { before: (app) => app.use(express.text({ type: '*/*' })) });
      const events: HangupEvent[] = [];
      hangups.events.on('hangup', (event) => events.push(event));
      await request(app).post(webhookPath).type(json).send(fixtureText('seed-leg-b.txt')).expect(204);
      expect(events[0]?.from).to.equal('9100000000');
    });

    it('uses the fields express.urlencoded() left', async () => {
      const { app, hangups } = buildApp(
        flavour,
        {},
        { before: (app) => app.use(express.urlencoded({ extended: false })) },
      );
      const events: HangupEvent[] = [];
      hangups.events.on('hangup', (event) => events.push(event));
      const form = new URLSearchParams(hangupPayload() as Record<string, string>).toString();
      await request(app).post(webhookPath).type('form').send(form).expect(204);
      expect(events[0]?.time).to.equal(1650635340436);
    });

    it('answers 500 body_unavailable instead of hanging when the stream was drained and nothing kept', async () => {
      const { app } = buildApp(
        flavour,
        {},
        {
          before: (app) =>
            app.use((req: HangupRequest, _res: unknown, next: () => void) => {
              req.resume();
              req.on('end', next);
            }),
        },
      );
      const res = await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(500);
      expect(res.body.error).to.equal('body_unavailable');
    });

    it('answers 422 for a bare JSON value that express.json({ strict: false }) parsed', async () => {
      const { app } = buildApp(flavour, {}, { before: (app) => app.use(express.json({ strict: false })) });
      for (const value of ['null', 'true', '1']) {
        const res = await request(app).post(webhookPath).type(json).send(value).expect(422);
        expect(res.body.error, value).to.equal('invalid_payload');
      }
    });

    describe('with passThrough', () => {
      it('calls the next handler with req.telecmiHangup set, after the listeners', async () => {
        const order: string[] = [];
        const { app, hangups } = buildApp(
          flavour,
          { passThrough: true },
          {
            after: (app) =>
              app.post(webhookPath, (req: HangupRequest, res: { json(body: unknown): void }) => {
                order.push('handler');
                res.json({ saved: req.telecmiHangup?.cmiuuid });
              }),
          },
        );
        hangups.events.on('hangup', async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          order.push('listener');
        });
        const res = await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(200);
        expect(res.body).to.deep.equal({ saved: 'ccd826f9-67a4-4467-acfb-a53093ff5c9d' });
        expect(order).to.deep.equal(['listener', 'handler']);
      });

      it('still answers rejections itself', async () => {
        let reached = false;
        const { app } = buildApp(flavour, { passThrough: true }, { after: (app) => app.use(() => (reached = true)) });
        await request(app).post(webhookPath).type(json).send('{').expect(400);
        expect(reached).to.equal(false);
      });

      it('answers an ignored notification and a duplicate itself: next() only ever sees a new hangup', async () => {
        const reached: unknown[] = [];
        const { app, hangups } = buildApp(
          flavour,
          { passThrough: true },
          {
            after: (app) =>
              app.use((req: HangupRequest, res: { sendStatus(status: number): void }) => {
                reached.push(req.telecmiHangup?.cmiuuid);
                res.sendStatus(200);
              }),
          },
        );
        const seen: string[] = [];
        hangups.events.on('ignored', () => void seen.push('ignored'));
        hangups.events.on('duplicate', () => void seen.push('duplicate'));
        await request(app).post(webhookPath).type(json).send(fixtureText('piopiy-out-answered.json')).expect(204);
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(200);
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
        expect(seen).to.deep.equal(['ignored', 'duplicate']);
        expect(reached).to.deep.equal(['ccd826f9-67a4-4467-acfb-a53093ff5c9d']);
      });

      it('answers 500 instead of calling next when a listener fails', async () => {
        let reached = false;
        const { app, hangups } = buildApp(
          flavour,
          { passThrough: true },
          { after: (app) => app.use(() => (reached = true)) },
        );
        hangups.events.on('hangup', () => Promise.reject(new Error('no')));
        hangups.events.on('error', () => undefined);
        await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(500);
        expect(reached).to.equal(false);
      });
    });
  });
}

describe('passThrough on plain node:http, where there is no next()', () => {
  it('acknowledges the delivery itself', async () => {
    const { app } = buildApp('node:http', { passThrough: true });
    await request(app).post(webhookPath).type(json).send(hangupPayload()).expect(204);
  });
});

describe('the middleware mounted as a route handler', () => {
  for (const flavour of expressFlavours) {
    it(`takes a POST through app.post() in ${flavour}`, async () => {
      const events: HangupEvent[] = [];
      const hangups = telecmiHangup();
      hangups.events.on('hangup', (event) => events.push(event));
      const app = (flavour === 'express5' ? express5() : express4()) as unknown as ExpressApp;
      app.post(webhookPath, hangups);
      await request(app as unknown as RequestListener)
        .post(webhookPath)
        .type(json)
        .send(hangupPayload())
        .expect(204);
      expect(events).to.have.length(1);
    });
  }
});
