import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

interface Creds {
  id: string;
  name: string;
  endpoint: string;
  secretId: string;
  secretKey: string;
  defaultRegion: string;
  isSimulation: boolean;
}

const accounts = new Map<string, Creds>();
vi.mock("@/server/accounts/credentials", () => ({
  getCloudAccountCredentials: async (id?: string) => {
    const account = accounts.get(id ?? "default");
    if (!account) throw new Error(`no account ${id}`);
    return { ...account };
  },
}));

const { getCvmClient, resetCvmClients } = await import("./for-account");

function account(id: string, over: Partial<Creds> = {}): Creds {
  return {
    id,
    name: id,
    endpoint: "http://127.0.0.1:4577",
    secretId: `AKID${id}0000000000000000`,
    secretKey: `key-${id}`,
    defaultRegion: "ap-guangzhou",
    isSimulation: true,
    ...over,
  };
}

beforeEach(() => {
  accounts.clear();
  accounts.set("default", account("a1"));
  accounts.set("a1", account("a1"));
  accounts.set("a2", account("a2"));
});
afterEach(() => resetCvmClients());

describe("getCvmClient", () => {
  it("returns the same client for the same account, so keep-alive, limiter and breaker are shared", async () => {
    const first = await getCvmClient("a1");
    expect(await getCvmClient("a1")).toBe(first);
    // undefined = the default account, which the store resolves to a1
    expect(await getCvmClient()).toBe(first);
  });

  it("gives each account its own client", async () => {
    expect(await getCvmClient("a1")).not.toBe(await getCvmClient("a2"));
  });

  it("creates a new client when the secret key, secret id or endpoint changes", async () => {
    const first = await getCvmClient("a1");
    accounts.set("a1", account("a1", { secretKey: "rotated" }));
    const second = await getCvmClient("a1");
    expect(second).not.toBe(first);
    accounts.set("a1", account("a1", { secretKey: "rotated", secretId: "AKIDother000000000000" }));
    const third = await getCvmClient("a1");
    expect(third).not.toBe(second);
    accounts.set("a1", account("a1", { secretKey: "rotated", secretId: "AKIDother000000000000", endpoint: "http://127.0.0.1:1" }));
    const fourth = await getCvmClient("a1");
    expect(fourth).not.toBe(third);
    expect(fourth.endpoint).toBe("http://127.0.0.1:1");
  });

  it("does not expose the secret key through JSON or inspection", async () => {
    const client = await getCvmClient("a1");
    const { inspect } = await import("node:util");
    expect(JSON.stringify(client)).not.toContain("key-a1");
    expect(inspect(client, { showHidden: true, depth: 5 })).not.toContain("key-a1");
    expect(JSON.stringify(client)).not.toContain("AKIDa10000000000000000");
  });
});
