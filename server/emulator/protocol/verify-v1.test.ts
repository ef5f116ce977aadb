import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { computeV1Signature, verifyV1 } from "./verify-v1";

// The seed's v1 example (seed 7060–7110): its masked key "********************************" is the key
// that produces the printed signature.
const SEED_PARAMS = {
  Action: "DescribeInstances",
  "InstanceIds.0": "ins-09dx96dg",
  Limit: "20",
  Nonce: "11886",
  Offset: "0",
  Region: "ap-guangzhou",
  SecretId: "AKID********************************",
  Timestamp: "1465185768",
  Version: "2017-03-12",
};

describe("signature v1 (unit)", () => {
  it("computeV1Signature reproduces the seed's HmacSHA1 example 7RAM2xfNMO9EiVTNmPg06MRnCvQ= (seed 7113)", () => {
    const signature = computeV1Signature({
      method: "GET",
      host: "cvm.tencentcloudapi.com",
      path: "/",
      params: SEED_PARAMS,
      secretKey: "********************************",
      signatureMethod: undefined,
    });
    expect(signature).toBe("7RAM2xfNMO9EiVTNmPg06MRnCvQ=");
  });

  it("verifyV1 sorts by ASCII and ignores the Signature param itself", () => {
    const params = { ...SEED_PARAMS, Signature: "7RAM2xfNMO9EiVTNmPg06MRnCvQ=" };
    const wire = { method: "GET", path: "/", host: "cvm.tencentcloudapi.com" };
    expect(verifyV1(wire, params, "********************************")).toBe(true);
    expect(verifyV1(wire, { ...params, Limit: "21" }, "********************************")).toBe(false);
    expect(verifyV1({ ...wire, method: "POST" }, params, "********************************")).toBe(false);
  });
});

// A tiny v1 signer written from the seed (seed 7024–7110), independent of the emulator's verifier.
function signV1(method: "GET" | "POST", host: string, params: Record<string, string>, key: string, algorithm: "sha1" | "sha256") {
  const query = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join("&");
  return createHmac(algorithm, key).update(`${method}${host}/?${query}`).digest("base64");
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

type Envelope = { Response: { Error?: { Code: string; Message: string }; RequestId: string; TotalCount?: number } };

async function callV1(
  method: "GET" | "POST",
  algorithm: "sha1" | "sha256",
  business: Record<string, string>,
  opts: { key?: string; tamper?: Record<string, string>; omit?: string; timestamp?: number } = {},
): Promise<Envelope> {
  const host = new URL(emulator.url).host;
  const params: Record<string, string> = {
    Nonce: String(Math.floor(Math.random() * 1e6) + 1),
    Timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
    SecretId: DEMO_ACCOUNT.secretId,
    Version: "2017-03-12",
    Region: "ap-guangzhou",
    // seed 4646: without SignatureMethod the server verifies with HmacSHA1.
    ...(algorithm === "sha256" ? { SignatureMethod: "HmacSHA256" } : {}),
    ...business,
  };
  if (opts.omit) delete params[opts.omit];
  params.Signature = signV1(method, host, params, opts.key ?? DEMO_ACCOUNT.secretKey, algorithm);
  const encoded = new URLSearchParams({ ...params, ...opts.tamper }).toString();
  const res =
    method === "GET"
      ? await fetch(`${emulator.url}/?${encoded}`)
      : await fetch(`${emulator.url}/`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: encoded });
  expect(res.status).toBe(200);
  return (await res.json()) as Envelope;
}

describe("signature v1 over HTTP", () => {
  for (const method of ["GET", "POST"] as const) {
    for (const algorithm of ["sha1", "sha256"] as const) {
      it(`v1 ${method} Hmac${algorithm.toUpperCase()}: a correctly signed call succeeds; a wrong key → SignatureFailure`, async () => {
        const ok = await callV1(method, algorithm, { Action: "DescribeZones" });
        expect(ok.Response.Error).toBeUndefined();
        expect(ok.Response.TotalCount).toBeGreaterThan(0);
        const bad = await callV1(method, algorithm, { Action: "DescribeZones" }, { key: "wrong" });
        expect(bad.Response.Error?.Code).toBe("AuthFailure.SignatureFailure");
      });
    }
  }

  it("v1: a param changed after signing → SignatureFailure", async () => {
    const res = await callV1("GET", "sha256", { Action: "DescribeZones" }, { tamper: { Region: "ap-shanghai" } });
    expect(res.Response.Error?.Code).toBe("AuthFailure.SignatureFailure");
  });

  it("v1: flattened params (Filters.0.Name, non-ASCII values) are signed raw and rebuilt as nested params", async () => {
    // A member the Filter structure lacks shows the nesting was rebuilt and validated after the signature passed.
    const res = await callV1("POST", "sha256", {
      Action: "DescribeInstances",
      "Filters.0.Name": "instance-name",
      "Filters.0.Values.0": "未命名 a+b&c",
      "Filters.0.Bogus": "1",
    });
    expect(res.Response.Error?.Code).toBe("UnknownParameter");
    expect(res.Response.Error?.Message).toContain("Filters.0.Bogus");
  });

  it("v1: Limit=abc for an Integer param → InvalidParameterValue", async () => {
    const res = await callV1("GET", "sha1", { Action: "DescribeInstances", Limit: "abc" });
    expect(res.Response.Error?.Code).toBe("InvalidParameterValue");
  });

  it("v1: no Nonce → MissingParameter", async () => {
    const res = await callV1("GET", "sha1", { Action: "DescribeZones" }, { omit: "Nonce" });
    expect(res.Response.Error?.Code).toBe("MissingParameter");
  });

  it("v1: a Timestamp 301 s old → AuthFailure.SignatureExpire", async () => {
    const res = await callV1("GET", "sha256", { Action: "DescribeZones" }, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(res.Response.Error?.Code).toBe("AuthFailure.SignatureExpire");
  });
});
