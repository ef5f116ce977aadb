import { createRequire } from "node:module";
import { stringify as toQuery } from "node:querystring";
import { describe, expect, it } from "vitest";
import { CVM_ACTIONS } from "./actions";
import {
  sha256Hex,
  signTc3,
  signV1,
  tc3CanonicalRequest,
  tc3Date,
  tc3SigningKey,
  v1QueryString,
  v1StringToSign,
  type V1SignatureMethod,
} from "./sign";

// The official SDK is the oracle: same inputs must give the same Authorization / signature.
const require = createRequire(import.meta.url);
const Sign = require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js").default;
const { AbstractClient } = require("tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js");

// The seed masks its example key as 32 asterisks; its printed values are computed with exactly that string.
const SEED_SECRET_ID = "AKID********************************";
const SEED_SECRET_KEY = "********************************";

describe("TC3-HMAC-SHA256: the seed's worked example (seed 4800–5060)", () => {
  const body = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
  const input = {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Host: "cvm.tencentcloudapi.com",
      "X-TC-Action": "DescribeInstances",
    },
    payload: body,
    timestamp: 1551113065,
    service: "cvm",
    secretId: SEED_SECRET_ID,
    secretKey: SEED_SECRET_KEY,
  };

  it("hashes the payload to 35e9c5b0…f064 (seed 4927)", () => {
    expect(sha256Hex(body)).toBe("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
  });

  it("builds the canonical request of seed 4931–4943 (keys and values lower-cased, sorted)", () => {
    const { canonicalRequest, signedHeaders } = tc3CanonicalRequest(input);
    expect(signedHeaders).toBe("content-type;host;x-tc-action");
    expect(canonicalRequest).toBe(
      [
        "POST",
        "/",
        "",
        "content-type:application/json; charset=utf-8",
        "host:cvm.tencentcloudapi.com",
        "x-tc-action:describeinstances",
        "",
        "content-type;host;x-tc-action",
        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
      ].join("\n"),
    );
    expect(sha256Hex(canonicalRequest)).toBe("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
  });

  it("builds the string to sign of seed 4995–5001 with the UTC date, not UTC+8", () => {
    expect(tc3Date(1551113065)).toBe("2019-02-25");
    expect(signTc3(input).stringToSign).toBe(
      "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n" +
        "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84",
    );
  });

  it("derives SecretSigning b596b923…f5af (seed 5016–5020)", () => {
    expect(tc3SigningKey(SEED_SECRET_KEY, "2019-02-25", "cvm").toString("hex")).toBe(
      "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af",
    );
  });

  it("produces signature 10b1a37a…6c4f and the Authorization layout of seed 5068–5070", () => {
    const signed = signTc3(input);
    expect(signed.signature).toBe("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    expect(signed.authorization).toBe(
      `TC3-HMAC-SHA256 Credential=${SEED_SECRET_ID}/2019-02-25/cvm/tc3_request, ` +
        "SignedHeaders=content-type;host;x-tc-action, " +
        "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
    );
  });

  it("changes the signature when one payload byte changes", () => {
    expect(signTc3({ ...input, payload: body.replace("1", "2") }).signature).not.toBe(signTc3(input).signature);
  });
});

/** mulberry32: a seeded PRNG so a failing random case reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20170312);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const TEXT = [...ALNUM, ..." -_.~/+=&?%\"'\\", "未", "命", "名", "广", "州", "é", "😀"];
const word = (alphabet: readonly string[] | string, n: number) =>
  Array.from({ length: n }, () => pick([...alphabet])).join("");

function randomValue(depth: number): unknown {
  switch (int(depth > 2 ? 4 : 6)) {
    case 0:
      return word(TEXT, int(12));
    case 1:
      return int(1e6) - 5e5;
    case 2:
      return rand() < 0.5;
    case 3:
      return rand() * 1000;
    case 4:
      return Array.from({ length: int(4) }, () => randomValue(depth + 1));
    default:
      return randomBody(depth + 1);
  }
}

function randomBody(depth = 0): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: int(5) }, () => [word(ALNUM, 1 + int(10)), randomValue(depth)]));
}

describe("TC3-HMAC-SHA256 against the official SDK's Sign.sign3 (200 random requests)", () => {
  const hosts = ["cvm.tencentcloudapi.com", "cvm.ap-guangzhou.tencentcloudapi.com", "127.0.0.1:4577", "localhost:8080"];
  const cases = Array.from({ length: 200 }, (_, i) => {
    const method = i % 5 === 4 ? "GET" : "POST";
    const body = randomBody();
    return {
      i,
      method,
      action: pick(CVM_ACTIONS),
      url: `${pick(["https", "http"])}://${pick(hosts)}/` + (method === "GET" ? `?${toQuery(body as never)}` : ""),
      body,
      asBuffer: i % 2 === 0,
      timestamp: int(4102444800),
      secretId: `AKID${word(ALNUM, 32)}`,
      secretKey: word(ALNUM + "+/", 32),
    };
  });

  it.each(cases)("case $i: $method $action", (c) => {
    const contentType = c.method === "GET" ? "application/x-www-form-urlencoded" : "application/json";
    const bytes = Buffer.from(JSON.stringify(c.body));
    const expected: string = Sign.sign3({
      method: c.method,
      url: c.url,
      // The SDK hashes a Buffer as-is and JSON-stringifies an object; exercise both.
      payload: c.method === "GET" ? "" : c.asBuffer ? bytes : c.body,
      timestamp: c.timestamp,
      service: "cvm",
      secretId: c.secretId,
      secretKey: c.secretKey,
      headers: { "Content-Type": contentType, "X-TC-Action": c.action },
    });
    const url = new URL(c.url);
    const ours = signTc3({
      method: c.method,
      query: url.search.slice(1),
      // The SDK signs the host name without the port; so do we.
      headers: { "Content-Type": contentType, Host: url.hostname },
      payload: c.method === "GET" ? "" : bytes,
      timestamp: c.timestamp,
      service: "cvm",
      secretId: c.secretId,
      secretKey: c.secretKey,
    });
    expect(ours.authorization).toBe(expected);
  });
});

describe("signature v1 (seed 6960–7120)", () => {
  const seedParams = {
    Action: "DescribeInstances",
    SecretId: SEED_SECRET_ID,
    Timestamp: 1465185768,
    Nonce: 11886,
    Region: "ap-guangzhou",
    "InstanceIds.0": "ins-09dx96dg",
    Offset: 0,
    Limit: 20,
    Version: "2017-03-12",
  };

  it("builds the seed's string to sign (seed 7090) and signs it 7RAM2xfNMO9EiVTNmPg06MRnCvQ= (seed 7113)", () => {
    const s = v1StringToSign("GET", "cvm.tencentcloudapi.com", seedParams);
    expect(s).toBe(
      "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886" +
        `&Offset=0&Region=ap-guangzhou&SecretId=${SEED_SECRET_ID}&Timestamp=1465185768&Version=2017-03-12`,
    );
    expect(signV1(SEED_SECRET_KEY, s)).toBe("7RAM2xfNMO9EiVTNmPg06MRnCvQ=");
    expect(signV1(SEED_SECRET_KEY, s, "HmacSHA256")).not.toBe("7RAM2xfNMO9EiVTNmPg06MRnCvQ=");
  });

  it("sorts by ASCII, so InstanceIds.12 comes before InstanceIds.2 (seed 7028), and skips Signature", () => {
    expect(v1QueryString({ "InstanceIds.2": "b", "InstanceIds.12": "a", Signature: "x", Action: "A" })).toBe(
      "Action=A&InstanceIds.12=a&InstanceIds.2=b",
    );
  });

  const v1Cases = Array.from({ length: 60 }, (_, i) => ({
    i,
    method: (i % 2 ? "HmacSHA256" : "HmacSHA1") as V1SignatureMethod,
    verb: i % 3 ? "POST" : "GET",
    params: {
      Action: pick(CVM_ACTIONS),
      Nonce: int(65535),
      Timestamp: int(4102444800),
      SecretId: `AKID${word(ALNUM, 32)}`,
      Region: pick(["ap-guangzhou", "ap-beijing", "na-siliconvalley"]),
      [`InstanceIds.${int(20)}`]: `ins-${word(ALNUM, 8)}`,
      Limit: int(100),
      Version: "2017-03-12",
    },
    secretKey: word(ALNUM, 32),
  }));

  it.each(v1Cases)("matches the SDK's formatSignString + Sign.sign, case $i ($method, $verb)", (c) => {
    const sdkThis = { profile: { httpProfile: { reqMethod: c.verb } }, endpoint: "cvm.tencentcloudapi.com", path: "/" };
    const expectedString: string = AbstractClient.prototype.formatSignString.call(sdkThis, { ...c.params });
    const ours = v1StringToSign(c.verb, "cvm.tencentcloudapi.com", c.params);
    expect(ours).toBe(expectedString);
    expect(signV1(c.secretKey, ours, c.method)).toBe(Sign.sign(c.secretKey, expectedString, c.method));
  });
});
