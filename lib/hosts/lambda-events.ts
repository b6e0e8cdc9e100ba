// The shapes of what AWS Lambda hands the handler and takes back from it: only the fields the
// handler reads or writes, so no AWS type package is needed.

/** An API Gateway REST API (payload format 1.0) proxy event: the fields the handler reads. */
export interface LambdaProxyEventV1 {
  httpMethod: string;
  path?: string;
  headers?: Readonly<Record<string, string | undefined>> | null;
  multiValueHeaders?: Readonly<Record<string, readonly string[] | undefined>> | null;
  queryStringParameters?: Readonly<Record<string, string | undefined>> | null;
  multiValueQueryStringParameters?: Readonly<Record<string, readonly string[] | undefined>> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { identity?: { sourceIp?: string } };
}

/** An API Gateway HTTP API (payload format 2.0) or Lambda function URL event: the fields the handler reads. */
export interface LambdaProxyEventV2 {
  version: '2.0';
  rawPath?: string;
  rawQueryString?: string;
  headers?: Readonly<Record<string, string | undefined>>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext: { http: { method: string; sourceIp?: string } };
}

/** Any event the handler takes: REST API (v1), HTTP API (v2) or a function URL (v2's shape). */
export type LambdaProxyEvent = LambdaProxyEventV1 | LambdaProxyEventV2;

/** What the handler resolves to: a proxy result, which every one of those event sources takes. */
export interface LambdaProxyResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}
