import { describe, expect, it } from "vitest";
import { decodeUserData, hasBandwidthConfigs } from "./detail-extras";

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
