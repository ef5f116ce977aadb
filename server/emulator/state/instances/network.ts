// The network an instance lands in. CVM has no VPC actions of its own (VPC is a separate product), so the
// emulator gives each account a default VPC per region ("Default-VPC", 172.16.0.0/16) with one default /20
// subnet per zone, as a new Tencent Cloud account has, and derives a stable /24 for any other well-formed
// subnet id a caller names. Ids are stable per account + region, so they survive restarts without storage.
import { getRegion } from "../../catalog/regions";
import { stableHash } from "../../catalog/compute/zone-name";
import { isWellFormedId } from "../ids";
import type { Scope } from "../store";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A Tencent-style id derived from a key: `<prefix>-` + 8 of [a-z0-9], the same for the same key. */
export function stableId(prefix: string, key: string): string {
  let h = stableHash(key);
  let out = "";
  for (let i = 0; i < 8; i++) {
    out += ALPHABET[h % ALPHABET.length];
    h = Math.floor(h / ALPHABET.length) ^ stableHash(`${key}|${i}`);
    h >>>= 0;
  }
  return `${prefix}-${out}`;
}

export interface Subnet {
  vpcId: string;
  subnetId: string;
  /** First address of the block, as a 32-bit number. */
  base: number;
  prefix: number;
  /**
   * A caller's own subnet, whose real CIDR the emulator cannot know: addresses are allocated from `base/prefix`,
   * but any private (RFC 1918) address the caller names is taken as inside it (seed 9346: 10.0.0.18 / 10.0.0.19).
   */
  callerOwned?: boolean;
}

export const ipToNumber = (ip: string) => ip.split(".").reduce((n, o) => n * 256 + Number(o), 0);
export const numberToIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");

export function isIpv4(text: string): boolean {
  return /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(text);
}

export function defaultVpcId(scope: Scope): string {
  return stableId("vpc", `${scope.account}|${scope.region}|default-vpc`);
}

export function defaultSecurityGroupId(scope: Scope): string {
  return stableId("sg", `${scope.account}|${scope.region}|default-sg`);
}

/** The zone's default subnet: 172.16.<16·k>.0/20 for the k-th zone of the region. */
export function defaultSubnet(scope: Scope, zone: string): Subnet {
  const zones = getRegion(scope.region)?.zones.map((z) => z.zone) ?? [];
  const k = Math.max(0, zones.indexOf(zone));
  return {
    vpcId: defaultVpcId(scope),
    subnetId: stableId("subnet", `${scope.account}|${scope.region}|${zone}|default-subnet`),
    base: ipToNumber(`172.16.${(16 * k) % 256}.0`),
    prefix: 20,
  };
}

/** Which zone a default subnet id belongs to (undefined for any other subnet). */
export function zoneOfDefaultSubnet(scope: Scope, subnetId: string): string | undefined {
  return getRegion(scope.region)?.zones.find((z) => defaultSubnet(scope, z.zone).subnetId === subnetId)?.zone;
}

/** A caller's own subnet: a stable 10.x.y.0/24 derived from its id. */
export function namedSubnet(vpcId: string, subnetId: string): Subnet {
  const h = stableHash(subnetId);
  return { vpcId, subnetId, base: ipToNumber(`10.${h % 256}.${(h >>> 8) % 256}.0`), prefix: 24, callerOwned: true };
}

const PRIVATE_BLOCKS: [number, number][] = [
  [ipToNumber("10.0.0.0"), 8],
  [ipToNumber("172.16.0.0"), 12],
  [ipToNumber("192.168.0.0"), 16],
];
const inBlock = (ip: number, base: number, prefix: number) => ip >>> (32 - prefix) === base >>> (32 - prefix);

export function subnetContains(s: Subnet, ip: string): boolean {
  if (!isIpv4(ip)) return false;
  const n = ipToNumber(ip);
  if (s.callerOwned) return PRIVATE_BLOCKS.some(([base, prefix]) => inBlock(n, base, prefix));
  return inBlock(n, s.base, s.prefix);
}

/**
 * `count` free addresses of the subnet, lowest first (Tencent reserves the network address, .1 the gateway
 * and the last two of each block). Returns fewer when the subnet is full.
 */
export function allocatePrivateIps(s: Subnet, used: ReadonlySet<string>, count: number): string[] {
  const size = 2 ** (32 - s.prefix);
  const out: string[] = [];
  for (let i = 2; i < size - 2 && out.length < count; i++) {
    const ip = numberToIp(s.base + i);
    if (!used.has(ip)) out.push(ip);
  }
  return out;
}

/** Public IPv4 blocks Tencent Cloud announces per region (for believable addresses). */
const PUBLIC_BLOCKS: Record<string, string[]> = {
  "ap-guangzhou": ["119.29", "129.204", "43.139", "159.75"],
  "ap-shanghai": ["106.54", "124.222", "101.34", "49.235"],
  "ap-beijing": ["49.232", "82.157", "152.136", "62.234"],
  "ap-singapore": ["43.134", "129.226", "43.156"],
};
const OTHER_BLOCKS = ["43.128", "43.153", "170.106"];

/** A public IP for an instance, stable for its id, not in `used`. */
export function allocatePublicIp(region: string, instanceId: string, used: ReadonlySet<string>): string {
  const blocks = PUBLIC_BLOCKS[region] ?? OTHER_BLOCKS;
  for (let attempt = 0; ; attempt++) {
    const h = stableHash(`${instanceId}|public|${attempt}`);
    const ip = `${blocks[h % blocks.length]}.${(h >>> 8) % 256}.${2 + ((h >>> 16) % 252)}`;
    if (!used.has(ip)) return ip;
  }
}

/** An IPv6 address in the region's /64, stable for the instance. */
export function allocateIpv6(instanceId: string, index = 0): string {
  const h = stableHash(`${instanceId}|ipv6|${index}`);
  const g = (n: number) => (n & 0xffff).toString(16);
  return `240d:c000:2010:${g(h >>> 4)}:0:${g(h >>> 12)}:${g(h)}:${g(h >>> 20) || "1"}`;
}

export function isWellFormedVpcId(id: string): boolean {
  return isWellFormedId("vpc", id);
}

export function isWellFormedSubnetId(id: string): boolean {
  return isWellFormedId("subnet", id);
}
