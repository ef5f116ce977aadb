import { describe, expect, it } from "vitest";
import Sign from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign";
import { computeTc3Signature, hostnameOf, parseTc3Authorization, utcDate, verifyTc3 } from "./verify-tc3";
import type { WireRequest } from "./wire-request";

// The seed's worked example (seed 4822–5077). Its key is printed masked as 32 asterisks, and the example's
// results (derived keys, signature) are those of exactly that string.
const SEED_KEY = "********************************";
const SEED_BODY = `{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}`;
const SEED_SIGNATURE = "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f";

function seedWire(overrides: Partial<WireRequest> = {}): WireRequest {
  return {
    method: "POST",
    path: "/",
    rawQuery: "",
    headers: {
      host: "cvm.tencentcloudapi.com",
      "content-type": "application/json; charset=utf-8",
      "x-tc-action": "DescribeInstances",
    },
    body: Buffer.from(SEED_BODY),
    ...overrides,
  };
}

const seedAuth = parseTc3Authorization(
  `TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=${SEED_SIGNATURE}`,
)!;

describe("TC3 verification", () => {
  it("computeTc3Signature reproduces the seed's worked example (seed 5038)", () => {
    const signature = computeTc3Signature({
      method: "POST",
      path: "/",
      rawQuery: "",
      canonicalHeaders: "content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n",
      signedHeaders: "content-type;host;x-tc-action",
      body: Buffer.from(SEED_BODY),
      timestamp: "1551113065",
      date: "2019-02-25",
      service: "cvm",
      secretKey: SEED_KEY,
    });
    expect(signature).toBe(SEED_SIGNATURE);
  });

  it("verifyTc3 accepts the seed's request (x-tc-action value lower-cased in the canonical form, seed 4890)", () => {
    expect(seedAuth.signedHeaders).toEqual(["content-type", "host", "x-tc-action"]);
    expect(verifyTc3(seedWire(), seedAuth, "1551113065", SEED_KEY)).toBe(true);
  });

  it("verifyTc3 refuses the seed's request with another key, timestamp, body or signed header value", () => {
    expect(verifyTc3(seedWire(), seedAuth, "1551113065", "another-key")).toBe(false);
    expect(verifyTc3(seedWire(), seedAuth, "1551113066", SEED_KEY)).toBe(false);
    expect(verifyTc3(seedWire({ body: Buffer.from(SEED_BODY + " ") }), seedAuth, "1551113065", SEED_KEY)).toBe(false);
    const headers = { ...seedWire().headers, "x-tc-action": "RunInstances" };
    expect(verifyTc3(seedWire({ headers }), seedAuth, "1551113065", SEED_KEY)).toBe(false);
  });

  it("verifyTc3 accepts the official SDK's signature, which signs host without the port (oracle: SDK Sign.sign3)", () => {
    const timestamp = 1700000000;
    const headers = { "Content-Type": "application/json" };
    const authorization = Sign.sign3({
      method: "POST",
      url: "http://127.0.0.1:4577/",
      payload: { Limit: 1 },
      timestamp,
      service: "127",
      secretId: "AKIDcvmEmulatorDemo0000000000000000",
      secretKey: "k",
      multipart: false,
      boundary: "",
      headers,
    });
    const auth = parseTc3Authorization(authorization)!;
    expect(auth.service).toBe("127");
    const wire = seedWire({ headers: { host: "127.0.0.1:4577", "content-type": "application/json" }, body: Buffer.from(`{"Limit":1}`) });
    expect(verifyTc3(wire, auth, String(timestamp), "k")).toBe(true);
    expect(verifyTc3(wire, auth, String(timestamp), "other")).toBe(false);
  });

  it("parseTc3Authorization refuses headers that are not TC3", () => {
    expect(parseTc3Authorization(undefined)).toBeNull();
    expect(parseTc3Authorization("Basic dXNlcjpwYXNz")).toBeNull();
    expect(parseTc3Authorization("TC3-HMAC-SHA256 Credential=AKID/2019-02-25/cvm/tc3_request, SignedHeaders=host, Signature=zz")).toBeNull();
  });

  it("utcDate uses UTC, not local time (seed 4981: 1551113065 is 2019-02-25, not 02-26)", () => {
    expect(utcDate(1551113065)).toBe("2019-02-25");
  });

  it("hostnameOf strips the port, also for IPv6", () => {
    expect(hostnameOf("127.0.0.1:4577")).toBe("127.0.0.1");
    expect(hostnameOf("[::1]:4577")).toBe("[::1]");
    expect(hostnameOf("cvm.tencentcloudapi.com")).toBe("cvm.tencentcloudapi.com");
  });
});
