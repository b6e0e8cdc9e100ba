import { EventEmitter } from 'node:events';
import { expect } from 'chai';
import { telecmiHangup, type HangupOptions } from '../lib/index.js';

/** Calls the factory with options the type system would refuse, as JavaScript callers can. */
function factoryWith(options: unknown) {
  return () => telecmiHangup(options as HangupOptions);
}

describe('telecmiHangup options', () => {
  it('work with none at all', () => {
    const hangups = telecmiHangup();
    expect(hangups).to.be.a('function');
    expect(hangups.name).to.equal('telecmiHangupMiddleware');
    expect(hangups.events).to.be.instanceOf(EventEmitter);
  });

  it('give each middleware its own emitter unless one is passed', () => {
    expect(telecmiHangup().events).to.not.equal(telecmiHangup().events);
  });

  it('refuse an unknown option and suggest the closest name', () => {
    expect(factoryWith({ passthrough: true })).to.throw(
      TypeError,
      'unknown option "passthrough"; did you mean "passThrough"?',
    );
    expect(factoryWith({ zzz: 1 })).to.throw(TypeError, /^telecmiHangup: unknown option "zzz"$/);
  });

  it('refuse options that are not an object', () => {
    expect(factoryWith('fast')).to.throw(TypeError, 'options must be an object');
    expect(factoryWith(null)).to.throw(TypeError, 'options must be an object');
  });

  const badValues: [string, unknown, RegExp][] = [
    ['emitter', {}, /"emitter" must be an EventEmitter/],
    ['passThrough', 'yes', /"passThrough" must be true or false, got "yes"/],
    ['awaitHandlers', 1, /"awaitHandlers" must be true or false/],
    ['limit', -5, /"limit" must be a positive number of bytes/],
    ['limit', 'lots', /"limit" must be a positive number of bytes or a size such as '64kb', got "lots"/],
    ['handlerTimeout', 0, /"handlerTimeout" must be an integer from 1/],
    ['handlerTimeout', 1.5, /"handlerTimeout" must be an integer/],
    ['successStatus', 302, /"successStatus" must be an integer from 200 to 299, got 302/],
    ['retryAfter', -1, /"retryAfter" must be an integer from 0/],
  ];
  for (const [name, value, message] of badValues) {
    it(`refuse ${name}: ${JSON.stringify(value)} with a message naming it`, () => {
      expect(factoryWith({ [name]: value })).to.throw(TypeError, message);
    });
  }

  it('take a limit in bytes or as a size string', () => {
    expect(() => telecmiHangup({ limit: 1024 })).to.not.throw();
    expect(() => telecmiHangup({ limit: '1mb' })).to.not.throw();
  });

  it('leave the caller’s options object as it was', () => {
    const options = Object.freeze({ limit: '10kb', passThrough: true });
    expect(() => telecmiHangup(options)).to.not.throw();
    expect(options).to.deep.equal({ limit: '10kb', passThrough: true });
  });
});
