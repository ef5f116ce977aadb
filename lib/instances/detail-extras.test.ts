import { describe, expect, it } from "vitest";
import { decodeUserData, hasBandwidthConfigs, windowInForce } from "./detail-extras";

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");

describe("decodeUserData", () => {
  it("decodes UTF-8 text (a cloud-init script) and counts its bytes", () => {
    const script = "#!/bin/bash\necho 你好 > /tmp/x\n";
    expect(decodeUserData(b64(script))).toEqual({ bytes: Buffer.byteLength(script), text: script });
  });

  it("keeps binary data (gzip) as Base64", () => {
    const gz = b64(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe]));
    expect(decodeUserData(gz)).toEqual({ bytes: 6, base64: gz });
  });

  it("treats an empty value as no user data", () => {
    expect(decodeUserData("")).toEqual({ bytes: 0 });
  });
});

describe("hasBandwidthConfigs", () => {
  it("is true only for BANDWIDTH_PREPAID (seed 30456)", () => {
    expect(hasBandwidthConfigs("BANDWIDTH_PREPAID")).toBe(true);
    expect(hasBandwidthConfigs("TRAFFIC_POSTPAID_BY_HOUR")).toBe(false);
    expect(hasBandwidthConfigs(undefined)).toBe(false);
  });
});

describe("windowInForce", () => {
  const w = (from: string, to: string, Mbps: number) => ({ StartTime: `${from}T00:00:00Z`, EndTime: `${to}T00:00:00Z`, Mbps, ChargeType: "BANDWIDTH_PREPAID" });
  const purchase = w("2026-01-01", "2027-01-01", 5);
  const raise = w("2026-11-01", "2026-12-01", 50);
  const now = Date.parse("2026-11-15T12:00:00Z");

  it("marks only the highest window covering now, not the purchase it overlaps", () => {
    expect(windowInForce([purchase, raise], now)).toBe(raise);
    expect(windowInForce([raise, purchase], now)).toBe(raise);
  });

  it("falls back to the purchase outside a raise, and to nothing outside every window", () => {
    expect(windowInForce([purchase, raise], Date.parse("2026-12-02T00:00:00Z"))).toBe(purchase);
    expect(windowInForce([purchase, raise], Date.parse("2027-02-01T00:00:00Z"))).toBeUndefined();
  });
});
