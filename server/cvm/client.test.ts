import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CvmClient, isSafeToRetry, type CvmClientOptions } from "./client";
import { CloudApiError } from "./errors";
import { signTc3 } from "./sign";

// A scripted CVM endpoint on 127.0.0.1:0. Each request takes the next step of the script (the last repeats);
// a step returns an envelope, a raw {status, body}, or "hang" (never answers). Every request is recorded.
type Step = { error: string } | { ok: Record<string, unknown> } | { status: number; body: string } | "hang";
interface Seen {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const servers: http.Server[] = [];
const clients: CvmClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve)))),
  );
});

async function scriptedServer(script: Step[]) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const step = script[Math.min(seen.length, script.length - 1)];
      const requestId = `req-${seen.length + 1}`;
      seen.push({ headers: req.headers, body });
      if (step === "hang") return;
      if ("status" in step) {
        res.writeHead(step.status).end(step.body);
        return;
      }
      const response =
        "error" in step
          ? { Error: { Code: step.error, Message: `scripted ${step.error}` }, RequestId: requestId }
          : { ...step.ok, RequestId: requestId };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ Response: response }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, seen };
}

function client(endpoint: string, over: Partial<CvmClientOptions> = {}) {
  const c = new CvmClient({
    endpoint,
    secretId: "AKIDtest00000000000000000000000000",
    secretKey: "test-secret-key-never-shown",
    retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
    ...over,
  });
  clients.push(c);
  return c;
}

async function rejection(p: Promise<unknown>): Promise<CloudApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CloudApiError);
  return err as CloudApiError;
}

describe("CvmClient over loopback HTTP", () => {
  it("sends a TC3-signed JSON POST with the common headers and returns the Response with its RequestId", async () => {
    const { endpoint, seen } = await scriptedServer([{ ok: { TotalCount: 1, RegionSet: [{ Region: "ap-guangzhou" }] } }]);
    const res = await client(endpoint).call("DescribeZones", {}, { region: "ap-guangzhou", language: "en-US" });
    expect(res).toEqual({ TotalCount: 1, RegionSet: [{ Region: "ap-guangzhou" }], RequestId: "req-1" });

    const { headers, body } = seen[0];
    expect(headers["x-tc-action"]).toBe("DescribeZones");
    expect(headers["x-tc-version"]).toBe("2017-03-12");
    expect(headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(headers["x-tc-language"]).toBe("en-US");
    expect(headers["content-type"]).toBe("application/json");
    expect(body).toBe("{}");
    // Recompute the signature from what the server received: host signed without the port.
    const timestamp = Number(headers["x-tc-timestamp"]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
    const expected = signTc3({
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1" },
      payload: body,
      timestamp,
      service: "cvm",
      secretId: "AKIDtest00000000000000000000000000",
      secretKey: "test-secret-key-never-shown",
    });
    expect(headers.authorization).toBe(expected.authorization);
  });

  it("omits X-TC-Region when no region is given and drops null fields from the body", async () => {
    const { endpoint, seen } = await scriptedServer([{ ok: { InstanceSet: [] } }]);
    await client(endpoint).call("DescribeInstances", { Limit: 1, Offset: null as unknown as number });
    expect(seen[0].headers["x-tc-region"]).toBeUndefined();
    expect(JSON.parse(seen[0].body)).toEqual({ Limit: 1 });
  });

  it("turns Response.Error into CloudApiError with code, message, RequestId and action", async () => {
    const { endpoint } = await scriptedServer([{ error: "InvalidParameterValue" }]);
    const err = await rejection(client(endpoint).call("DescribeInstances", {}, { region: "ap-guangzhou" }));
    expect(err).toMatchObject({
      code: "InvalidParameterValue",
      message: "scripted InvalidParameterValue",
      requestId: "req-1",
      action: "DescribeInstances",
    });
  });

  it("retries a read on RequestLimitExceeded until it succeeds", async () => {
    const { endpoint, seen } = await scriptedServer([
      { error: "RequestLimitExceeded" },
      { error: "RequestLimitExceeded.UinLimitExceeded" },
      { ok: { TotalCount: 0 } },
    ]);
    const res = await client(endpoint).call("DescribeInstances", {}, { region: "ap-guangzhou" });
    expect(res.RequestId).toBe("req-3");
    expect(seen).toHaveLength(3);
  });

  it("gives up on a read after maxAttempts and reports the last error", async () => {
    const { endpoint, seen } = await scriptedServer([{ error: "InternalError" }]);
    const err = await rejection(
      client(endpoint, { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }).call("DescribeImages", {}),
    );
    expect(err.code).toBe("InternalError");
    expect(err.requestId).toBe("req-3");
    expect(seen).toHaveLength(3);
  });

  it("does not retry a read on a business error", async () => {
    const { endpoint, seen } = await scriptedServer([{ error: "InvalidParameter" }, { ok: {} }]);
    await rejection(client(endpoint).call("DescribeInstances", {}));
    expect(seen).toHaveLength(1);
  });

  it("does NOT retry a write without ClientToken", async () => {
    const { endpoint, seen } = await scriptedServer([{ error: "RequestLimitExceeded" }, { ok: {} }]);
    const err = await rejection(
      client(endpoint).call("StopInstances", { InstanceIds: ["ins-1"] }, { region: "ap-guangzhou" }),
    );
    expect(err.code).toBe("RequestLimitExceeded");
    expect(seen).toHaveLength(1);
  });

  it("retries a write that carries a ClientToken, sending the same token each time", async () => {
    const { endpoint, seen } = await scriptedServer([
      { error: "RequestLimitExceeded" },
      { error: "InternalError" },
      { ok: { InstanceIdSet: ["ins-new"] } },
    ]);
    const res = await client(endpoint).call(
      "RunInstances",
      { ImageId: "img-1", ClientToken: "intent-42" },
      { region: "ap-guangzhou" },
    );
    expect(res.InstanceIdSet).toEqual(["ins-new"]);
    expect(seen).toHaveLength(3);
    expect(seen.map((s) => JSON.parse(s.body).ClientToken)).toEqual(["intent-42", "intent-42", "intent-42"]);
  });

  it("retries a read on a gateway 503 without an envelope, but not on a 404", async () => {
    const flaky = await scriptedServer([{ status: 503, body: "Service Unavailable" }, { ok: {} }]);
    expect((await client(flaky.endpoint).call("DescribeRegions", {})).RequestId).toBe("req-2");

    const wrong = await scriptedServer([{ status: 404, body: "<html>not found</html>" }]);
    const err = await rejection(client(wrong.endpoint).call("DescribeRegions", {}));
    expect(err).toMatchObject({ code: "ClientInvalidResponse", httpStatus: 404 });
    expect(wrong.seen).toHaveLength(1);
  });

  it("yields ClientTimeout when the server does not answer in time", async () => {
    const { endpoint, seen } = await scriptedServer(["hang"]);
    const started = Date.now();
    const err = await rejection(
      client(endpoint, { timeoutMs: 100, retry: { maxAttempts: 1 } }).call("StartInstances", { InstanceIds: ["ins-1"] }),
    );
    expect(err.code).toBe("ClientTimeout");
    expect(err.action).toBe("StartInstances");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(seen).toHaveLength(1);
  });

  it("rejects with ClientAborted when the caller's signal fires mid-request, without retrying", async () => {
    const { endpoint, seen } = await scriptedServer(["hang"]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await rejection(
      client(endpoint, { timeoutMs: 5_000 }).call("DescribeInstances", {}, { signal: controller.signal }),
    );
    expect(err.code).toBe("ClientAborted");
    expect(seen).toHaveLength(1);
  });

  it("rejects an already-aborted signal without sending anything", async () => {
    const { endpoint, seen } = await scriptedServer([{ ok: {} }]);
    const err = await rejection(client(endpoint).call("DescribeRegions", {}, { signal: AbortSignal.abort() }));
    expect(err.code).toBe("ClientAborted");
    expect(seen).toHaveLength(0);
  });

  it("yields ClientNetworkError when nothing listens", async () => {
    const { endpoint } = await scriptedServer([{ ok: {} }]);
    await new Promise((r) => servers.pop()!.close(r));
    const err = await rejection(client(endpoint, { retry: { maxAttempts: 1 } }).call("DescribeRegions", {}));
    expect(err.code).toBe("ClientNetworkError");
  });

  it("opens the breaker after N consecutive transient failures, fails fast, then half-opens after the cool-down", async () => {
    const { endpoint, seen } = await scriptedServer([
      { error: "InternalError" },
      { error: "InternalError" },
      { error: "InternalError" },
      { ok: {} },
    ]);
    const c = client(endpoint, { retry: { maxAttempts: 1 }, breaker: { failureThreshold: 3, cooldownMs: 150 } });
    for (let i = 0; i < 3; i++) expect((await rejection(c.call("DescribeRegions", {}))).code).toBe("InternalError");

    const fast = await rejection(c.call("DescribeRegions", {}));
    expect(fast.code).toBe("ClientCircuitOpen");
    expect(seen).toHaveLength(3); // failed fast: nothing sent

    // Another region has its own breaker.
    expect((await c.call("DescribeZones", {}, { region: "ap-beijing" })).RequestId).toBe("req-4");

    await new Promise((r) => setTimeout(r, 200));
    expect((await c.call("DescribeRegions", {})).RequestId).toBe("req-5"); // the half-open probe succeeds
    expect((await c.call("DescribeRegions", {})).RequestId).toBe("req-6"); // closed again
  });

  it("does not count business errors towards the breaker", async () => {
    const { endpoint, seen } = await scriptedServer([{ error: "InvalidParameter" }]);
    const c = client(endpoint, { breaker: { failureThreshold: 2, cooldownMs: 60_000 } });
    for (let i = 0; i < 4; i++) expect((await rejection(c.call("DescribeRegions", {}))).code).toBe("InvalidParameter");
    expect(seen).toHaveLength(4);
  });

  it("paces calls to the action's documented rate (DescribeInstances: 40/s, seed 4004)", async () => {
    const { endpoint, seen } = await scriptedServer([{ ok: {} }]);
    const c = client(endpoint);
    const started = Date.now();
    await Promise.all(Array.from({ length: 50 }, () => c.call("DescribeInstances", {}, { region: "ap-guangzhou" })));
    // 40 tokens burst, the other 10 wait for refill at 40/s: at least ~250 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(seen).toHaveLength(50);
  });

  it("keeps the secret key out of JSON, inspection and errors", async () => {
    const { endpoint } = await scriptedServer([{ error: "AuthFailure.SignatureFailure" }]);
    const c = client(endpoint);
    expect(JSON.stringify(c)).not.toContain("test-secret-key-never-shown");
    expect(inspect(c, { showHidden: true, depth: 10 })).not.toContain("test-secret-key-never-shown");
    expect(Object.values(c).join(" ")).not.toContain("test-secret-key-never-shown");
    const err = await rejection(c.call("DescribeRegions", {}));
    expect(inspect(err, { depth: 10 })).not.toContain("test-secret-key-never-shown");
  });
});

describe("isSafeToRetry", () => {
  it("allows reads and inquiries, and writes only with a non-empty ClientToken", () => {
    expect(isSafeToRetry("DescribeInstances", {})).toBe(true);
    expect(isSafeToRetry("InquiryPriceRunInstances", {})).toBe(true);
    expect(isSafeToRetry("InquirePricePurchaseReservedInstancesOffering", {})).toBe(true);
    expect(isSafeToRetry("TerminateInstances", { InstanceIds: ["ins-1"] })).toBe(false);
    expect(isSafeToRetry("RunInstances", { ClientToken: "" })).toBe(false);
    expect(isSafeToRetry("RunInstances", { ClientToken: "t-1" })).toBe(true);
  });
});
