import { createHash, createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, DEMO_ACCOUNTS, type EmulatorAccount } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { errorCodeOf, sdkClient } from "../testing";

// A temporary credential: requests must carry its token (seed 4509–4513).
const TEMP: EmulatorAccount = {
  secretId: "AKIDcvmEmulatorTemp0000000000000000",
  secretKey: "tempSecretKey",
  appId: 1250000009,
  ownerUin: "100000000009",
  name: "temp",
  token: "session-token-1",
};

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, accounts: [...DEMO_ACCOUNTS, TEMP] });
});
afterAll(() => emulator.close());
afterEach(() => emulator.runtime.clock.set(Date.now()));

/** A minimal TC3 signer written from the seed (seed 4852–5040), independent of the emulator's verifier. */
function tc3Fetch(opts: {
  body: string;
  sentBody?: string;
  timestamp?: number;
  date?: string;
  service?: string;
  key?: string;
  action?: string;
}) {
  const url = new URL(emulator.url);
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const date = opts.date ?? new Date(ts * 1000).toISOString().slice(0, 10);
  const service = opts.service ?? "cvm";
  const ct = "application/json; charset=utf-8";
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");
  const hmac = (k: string | Buffer, m: string) => createHmac("sha256", k).update(m).digest();
  const canonical = ["POST", "/", "", `content-type:${ct}\nhost:${url.host}\n`, "content-type;host", sha(opts.body)].join("\n");
  const toSign = ["TC3-HMAC-SHA256", String(ts), `${date}/${service}/tc3_request`, sha(canonical)].join("\n");
  const kSigning = hmac(hmac(hmac(`TC3${opts.key ?? DEMO_ACCOUNT.secretKey}`, date), service), "tc3_request");
  const signature = createHmac("sha256", kSigning).update(toSign).digest("hex");
  return fetch(emulator.url + "/", {
    method: "POST",
    headers: {
      "Content-Type": ct,
      Authorization: `TC3-HMAC-SHA256 Credential=${DEMO_ACCOUNT.secretId}/${date}/${service}/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
      "X-TC-Action": opts.action ?? "DescribeZones",
      "X-TC-Version": "2017-03-12",
      "X-TC-Region": "ap-guangzhou",
      "X-TC-Timestamp": String(ts),
    },
    body: opts.sentBody ?? opts.body,
  }).then(async (r) => ({ status: r.status, json: (await r.json()) as { Response: { Error?: { Code: string }; TotalCount?: number } } }));
}

describe("signature v3 (TC3-HMAC-SHA256)", () => {
  it("TC3: a request signed with the wrong SecretKey → AuthFailure.SignatureFailure", async () => {
    for (const reqMethod of ["POST", "GET"] as const) {
      const client = sdkClient(emulator.url, { reqMethod, account: { secretId: DEMO_ACCOUNT.secretId, secretKey: "wrong-key" } });
      expect(await errorCodeOf(client.DescribeZones())).toBe("AuthFailure.SignatureFailure");
    }
  });

  it("TC3: Timestamp more than 300 s from the emulator clock → AuthFailure.SignatureExpire; 299 s is fine", async () => {
    emulator.runtime.clock.advance(301_000);
    expect(await errorCodeOf(sdkClient(emulator.url).DescribeZones())).toBe("AuthFailure.SignatureExpire");
    emulator.runtime.clock.advance(-602_000);
    expect(await errorCodeOf(sdkClient(emulator.url).DescribeZones())).toBe("AuthFailure.SignatureExpire");
    emulator.runtime.clock.set(Date.now() + 298_000);
    expect((await sdkClient(emulator.url).DescribeZones()).TotalCount).toBeGreaterThan(0);
  });

  it("TC3: a well-formed SecretId no account has → AuthFailure.SecretIdNotFound", async () => {
    const client = sdkClient(emulator.url, { account: { secretId: "AKIDnobodyHasThisKey000000000000000", secretKey: "x" } });
    expect(await errorCodeOf(client.DescribeZones())).toBe("AuthFailure.SecretIdNotFound");
  });

  it("TC3: a SecretId that is not an API key → AuthFailure.InvalidSecretId", async () => {
    const client = sdkClient(emulator.url, { account: { secretId: "not-a-key", secretKey: "x" } });
    expect(await errorCodeOf(client.DescribeZones())).toBe("AuthFailure.InvalidSecretId");
  });

  it("TC3: the signature covers the raw body bytes: a body changed after signing → SignatureFailure", async () => {
    const ok = await tc3Fetch({ body: "{}" });
    expect(ok.json.Response.TotalCount).toBeGreaterThan(0);
    // Same JSON meaning, different bytes.
    const changed = await tc3Fetch({ body: "{}", sentBody: "{ }" });
    expect(changed.json.Response.Error?.Code).toBe("AuthFailure.SignatureFailure");
  });

  it("TC3: a credential scope date other than the UTC date of X-TC-Timestamp → SignatureFailure", async () => {
    const res = await tc3Fetch({ body: "{}", date: "2001-01-01" });
    expect(res.status).toBe(200);
    expect(res.json.Response.Error?.Code).toBe("AuthFailure.SignatureFailure");
  });

  it("TC3: service cvm or the Host's first label is accepted, any other service → SignatureFailure", async () => {
    expect((await tc3Fetch({ body: "{}", service: "cvm" })).json.Response.Error).toBeUndefined();
    expect((await tc3Fetch({ body: "{}", service: "127" })).json.Response.Error).toBeUndefined();
    expect((await tc3Fetch({ body: "{}", service: "cbs" })).json.Response.Error?.Code).toBe("AuthFailure.SignatureFailure");
  });

  it("TC3: a malformed Authorization header → AuthFailure.InvalidAuthorization", async () => {
    const res = await fetch(emulator.url + "/", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Basic abc", "X-TC-Action": "DescribeZones" },
      body: "{}",
    });
    expect(((await res.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe("AuthFailure.InvalidAuthorization");
  });

  it("TC3: a JSON POST without Authorization → AuthFailure.InvalidAuthorization", async () => {
    const res = await fetch(emulator.url + "/", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(((await res.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe("AuthFailure.InvalidAuthorization");
  });
});

describe("tokens", () => {
  it("Token: a long-term key sending X-TC-Token → AuthFailure.TokenFailure", async () => {
    const client = sdkClient(emulator.url, { account: { ...DEMO_ACCOUNT, token: "unexpected" } });
    expect(await errorCodeOf(client.DescribeZones())).toBe("AuthFailure.TokenFailure");
  });

  it("Token: a temporary credential works with its token, and without it or with another → TokenFailure", async () => {
    expect((await sdkClient(emulator.url, { account: TEMP }).DescribeZones()).TotalCount).toBeGreaterThan(0);
    expect(await errorCodeOf(sdkClient(emulator.url, { account: { ...TEMP, token: undefined } }).DescribeZones())).toBe("AuthFailure.TokenFailure");
    expect(await errorCodeOf(sdkClient(emulator.url, { account: { ...TEMP, token: "other" } }).DescribeZones())).toBe("AuthFailure.TokenFailure");
  });

  it("Token: signature v1 carries the token as the Token param", async () => {
    expect((await sdkClient(emulator.url, { account: TEMP, signMethod: "HmacSHA256" }).DescribeZones()).TotalCount).toBeGreaterThan(0);
  });
});
