import type { NotificationKind } from '../generated/notifications.js';
import { notificationSchemas } from '../schema.js';

/** The parts of a JSON Schema node this description reads. */
interface SchemaNode {
  $ref?: string;
  anyOf?: readonly SchemaNode[];
  const?: unknown;
  enum?: readonly unknown[];
  type?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  properties?: Readonly<Record<string, SchemaNode>>;
}

/**
 * What a kind's schema expects at a JSON pointer, in a few words (`non-negative integer or string
 * of 1-15 digits`), read from the schema itself so it cannot drift from it; with `strict`, from the
 * outgoing hangup's older property table. `undefined` for a place the schema says nothing about,
 * such as a field it does not list.
 */
export function expectedAt(pointer: string, kind: NotificationKind, strict = false): string | undefined {
  const schema = notificationSchemas[kind] as unknown as SchemaNode;
  const root = strict && kind === 'outgoing.hangup' ? resolve(schema, '#/$defs/olderTable') : schema;
  if (root === undefined) return undefined;
  if (pointer === '') return describe(schema, root);
  const field = /^\/([^/]+)$/.exec(pointer)?.[1];
  if (field === undefined) return undefined;
  const name = field.replaceAll('~1', '/').replaceAll('~0', '~');
  const node = Object.hasOwn(root.properties ?? {}, name) ? root.properties?.[name] : undefined;
  return node === undefined ? undefined : describe(schema, node);
}

function describe(schema: SchemaNode, node: SchemaNode): string {
  // The older table narrows a shared definition with its own type (`app_id`: integers only).
  if (node.$ref !== undefined && node.type !== undefined) return describe(schema, { type: node.type });
  if (node.$ref !== undefined) {
    const target = resolve(schema, node.$ref);
    return target === undefined ? 'any value' : describe(schema, target);
  }
  if (node.anyOf !== undefined) return node.anyOf.map((branch) => describe(schema, branch)).join(' or ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return node.enum.map((value) => JSON.stringify(value)).join(' or ');
  if (node.type === 'string') return describeString(node);
  if (node.type === 'integer') return node.minimum === 0 ? 'non-negative integer' : 'integer';
  return node.type ?? 'any value';
}

/** The node a local `$ref` (`#/$defs/phoneNumber`, `#/properties/app_id`) points to. */
function resolve(schema: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = schema;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    node =
      node !== null && typeof node === 'object' && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  return node as SchemaNode | undefined;
}

function describeString(node: SchemaNode): string {
  const digits = /^\^(\\\+\?)?\[0-9\]\{(\d+),(\d+)\}\$$/.exec(node.pattern ?? '');
  if (digits) return `string of ${digits[2]}-${digits[3]} digits${digits[1] ? ' (a leading + allowed)' : ''}`;
  return node.minLength !== undefined && node.minLength > 0 ? 'non-empty string' : 'string';
}
