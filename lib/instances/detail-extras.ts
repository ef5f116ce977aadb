import { instanceKeys } from "./query-keys";

// The instance detail page's extra reads (issue 7 coverage): the instance's user data (DescribeInstancesAttributes)
// and its public bandwidth configurations (DescribeInstanceInternetBandwidthConfigs). Isomorphic types and keys.

/**
 * The instance's user data. Operators and admins get the content (decoded when it is UTF-8 text); viewers only
 * learn whether there is any and its size — it may hold secrets (bootstrap tokens, passwords).
 */
export type UserDataAnswer = {
  present: boolean;
  /** Size of the decoded data in bytes. */
  bytes: number;
  /** True for a viewer: the content was withheld on the server. */
  redacted: boolean;
  /** The decoded text (operators only, when the data is UTF-8 text). */
  text?: string;
  /** The raw Base64 (operators only, when the data is binary, e.g. gzip). */
  base64?: string;
};

export type BandwidthWindow = { StartTime: string; EndTime: string; Mbps: number; ChargeType: string };

/**
 * The window whose bandwidth is in force at `now`: of those covering it, the highest (a window can only raise the
 * bandwidth, seed 31074, so the purchase and a raise that overlap it leave the raise in force). Undefined when none
 * covers `now`.
 */
export function windowInForce(windows: readonly BandwidthWindow[], now: number): BandwidthWindow | undefined {
  let best: BandwidthWindow | undefined;
  for (const w of windows) {
    if (Date.parse(w.StartTime) <= now && now < Date.parse(w.EndTime) && (!best || w.Mbps > best.Mbps)) best = w;
  }
  return best;
}

/** Only BANDWIDTH_PREPAID instances with a public IP have configurations; others say why not. */
export type BandwidthHistoryAnswer = { supported: true; windows: BandwidthWindow[] } | { supported: false; code: string; message: string };

export const detailExtraKeys = {
  userData: (accountId: string, region: string, instanceId: string) => [...instanceKeys.all(accountId), "userData", region, instanceId] as const,
  bandwidth: (accountId: string, region: string, instanceId: string) => [...instanceKeys.all(accountId), "bandwidthConfigs", region, instanceId] as const,
};

/** Whether the instance can have bandwidth configurations (seed 30456: BANDWIDTH_PREPAID only). */
export const hasBandwidthConfigs = (internetChargeType: string | undefined) => internetChargeType === "BANDWIDTH_PREPAID";

/**
 * Decodes user data as the API returns it (Base64, seed 20166). Text when the bytes are valid UTF-8 without NULs;
 * otherwise the Base64 is kept (a gzip'd cloud-init, for instance).
 */
export function decodeUserData(base64: string): { bytes: number; text?: string; base64?: string } {
  if (!base64) return { bytes: 0 };
  const bytes = Uint8Array.from(atob(base64.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (!text.includes("\u0000")) return { bytes: bytes.length, text };
  } catch {
    // not UTF-8: fall through
  }
  return { bytes: bytes.length, base64 };
}
