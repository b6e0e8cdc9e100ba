import { Buffer } from 'node:buffer';
import type { Answer, Delivery, DeliveryBody, Host } from '../core/delivery.js';
import { coreOf } from '../core/core-key.js';
import type { HangupMiddleware } from '../hangups.js';
import { endToEndHeaders } from './answer-headers.js';
import type { LambdaProxyEvent, LambdaProxyEventV1, LambdaProxyEventV2, LambdaProxyResult } from './lambda-events.js';

export type { LambdaProxyEvent, LambdaProxyEventV1, LambdaProxyEventV2, LambdaProxyResult } from './lambda-events.js';

/** The Lambda handler made by {@link toLambdaHandler}. */
export type LambdaHandler = (event: LambdaProxyEvent, context?: unknown) => Promise<LambdaProxyResult>;

/**
 * The AWS Lambda host: API Gateway REST (v1) and HTTP API (v2) proxy events, and function URLs,
 * base64 bodies included; the client's address is the event's source IP. Lambda freezes a
 * function once it returns, so the handler resolves only when the delivery is over, listeners
 * included, even with `awaitHandlers: false` (which then changes the answer, not its timing).
 *
 * @example
 * const hangups = telecmiHangup<LambdaProxyEvent>();
 * hangups.events.on('hangup', async (event) => { await save(event); });
 * export const handler = toLambdaHandler(hangups);
 */
export function toLambdaHandler(hangups: HangupMiddleware<LambdaProxyEvent>): LambdaHandler {
  const core = coreOf(hangups, 'toLambdaHandler');
  return async function telecmiHangupLambda(event) {
    const host = new LambdaHost(event);
    await core.handle(lambdaDelivery(event), host);
    return host.result();
  };
}

function lambdaDelivery(event: LambdaProxyEvent): Delivery {
  if (event === null || typeof event !== 'object') throw notAProxyEvent();
  if ('httpMethod' in event && typeof event.httpMethod === 'string') return deliveryV1(event);
  const v2 = event as Partial<LambdaProxyEventV2>;
  if (typeof v2.requestContext?.http?.method === 'string') return deliveryV2(v2 as LambdaProxyEventV2);
  throw notAProxyEvent();
}

function notAProxyEvent(): TypeError {
  return new TypeError('toLambdaHandler: the event is not an API Gateway (REST or HTTP API) or function URL event');
}

function deliveryV1(event: LambdaProxyEventV1): Delivery {
  const headers = lowerCased(event.headers ?? {});
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    if (values && values.length > 1) headers.set(name.toLowerCase(), [...values]);
  }
  return {
    method: event.httpMethod,
    query: queryOfV1(event),
    header: (name) => headers.get(name),
    body: bodyOf(event.body, event.isBase64Encoded),
    clientAddress: event.requestContext?.identity?.sourceIp,
  };
}

/** API Gateway v1 hands over the query decoded: it is written again, each field as often as it came. */
function queryOfV1(event: LambdaProxyEventV1): string {
  const query = new URLSearchParams();
  const multi = event.multiValueQueryStringParameters;
  if (multi) {
    for (const [name, values] of Object.entries(multi)) for (const value of values ?? []) query.append(name, value);
  } else {
    for (const [name, value] of Object.entries(event.queryStringParameters ?? {}))
      if (value !== undefined) query.append(name, value);
  }
  return query.toString();
}

function deliveryV2(event: LambdaProxyEventV2): Delivery {
  const headers = lowerCased(event.headers ?? {});
  return {
    method: event.requestContext.http.method,
    query: event.rawQueryString ?? '',
    header: (name) => headers.get(name),
    body: bodyOf(event.body, event.isBase64Encoded),
    clientAddress: event.requestContext.http.sourceIp,
  };
}

function lowerCased(headers: Readonly<Record<string, string | undefined>>): Map<string, string | string[]> {
  const map = new Map<string, string | string[]>();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) map.set(name.toLowerCase(), value);
  return map;
}

function bodyOf(body: string | null | undefined, base64: boolean | undefined): DeliveryBody {
  if (body === null || body === undefined) return { bytes: Buffer.alloc(0) };
  return { bytes: Buffer.from(body, base64 === true ? 'base64' : 'utf8') };
}

class LambdaHost implements Host {
  readonly name = 'lambda';
  readonly request: LambdaProxyEvent;
  readonly handOn = undefined;
  #answer: Answer | undefined;
  constructor(event: LambdaProxyEvent) {
    this.request = event;
  }
  respond(answer: Answer): void {
    this.#answer ??= answer;
  }
  result(): LambdaProxyResult {
    // No answer means the sender went away; API Gateway still wants a result.
    const answer = this.#answer ?? { status: 400, headers: {}, body: '' };
    return {
      statusCode: answer.status,
      headers: { ...endToEndHeaders(answer) },
      body: answer.body,
      isBase64Encoded: false,
    };
  }
}
