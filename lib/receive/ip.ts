import type { BlockList } from 'node:net';

// Loaded when `allowIps` is set, not at import: node:net costs more start-up time than the rest of
// the package's own modules, and most hosts never use it.
const net = () => process.getBuiltinModule('node:net');

/**
 * Checks the `allowIps` option (addresses and CIDR ranges, IPv4 or IPv6) and builds the one
 * `net.BlockList` every request is checked against, or `undefined` when the option is left out.
 * Node's list matches IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) against IPv4 rules and the
 * other way round.
 */
export function allowIpsOption(value: unknown): BlockList | undefined {
  if (value === undefined) return undefined;
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  if (entries.length === 0) {
    throw new TypeError('telecmiHangup: option "allowIps" must list at least one address or CIDR range');
  }
  const list = new (net().BlockList)();
  entries.forEach((entry, index) => addEntry(list, entry, index));
  return list;
}

function addEntry(list: BlockList, entry: unknown, index: number): void {
  if (typeof entry !== 'string') {
    throw new TypeError(`telecmiHangup: option "allowIps" takes strings; entry ${index} is of type ${typeof entry}`);
  }
  const [address = '', prefix, extra] = entry.trim().split('/');
  const family = familyOf(address);
  if (family === undefined || extra !== undefined) throw badEntry(entry);
  if (prefix === undefined) {
    list.addAddress(address, family);
    return;
  }
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  if (bits < 0 || bits > (family === 'ipv4' ? 32 : 128)) throw badEntry(entry);
  list.addSubnet(address, bits, family);
}

function badEntry(entry: string): TypeError {
  return new TypeError(
    `telecmiHangup: option "allowIps" has "${entry}", which is not an IPv4 or IPv6 address or CIDR range ` +
      `such as "203.0.113.7", "203.0.113.0/24" or "2001:db8::/32"`,
  );
}

function familyOf(address: string): 'ipv4' | 'ipv6' | undefined {
  const version = net().isIP(address);
  if (version === 4) return 'ipv4';
  if (version === 6) return 'ipv6';
  return undefined;
}

/** Whether an address is on the list. Anything that is not an IP address (a forged header) is not. */
export function isAllowedAddress(list: BlockList, address: string | undefined): boolean {
  if (address === undefined) return false;
  // A zone index (`fe80::1%eth0`) names the local interface; the rules are about the address.
  const bare = address.replace(/%.*$/, '');
  const family = familyOf(bare);
  return family !== undefined && list.check(bare, family);
}
