import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Store } from "./store";

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "emulator-store-"));
  dirs.push(dir);
  return path.join(dir, "emulator.db");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const GZ = { account: "100000000001", region: "ap-guangzhou" };
const SH = { account: "100000000001", region: "ap-shanghai" };
const PEER = { account: "100000000002", region: "ap-guangzhou" };

describe("Store", () => {
  it("a write survives closing and reopening the store on the same file", () => {
    const file = tempDb();
    const a = Store.open(file);
    a.put(GZ, "instances", "ins-aaaaaaaa", { InstanceId: "ins-aaaaaaaa", InstanceState: "RUNNING" });
    a.put(GZ, "instances", "ins-bbbbbbbb", { InstanceId: "ins-bbbbbbbb", InstanceState: "PENDING" });
    a.delete(GZ, "instances", "ins-bbbbbbbb");
    a.close();
    const b = Store.open(file);
    expect(b.list(GZ, "instances")).toEqual([{ InstanceId: "ins-aaaaaaaa", InstanceState: "RUNNING" }]);
    b.close();
  });

  it("an acknowledged write survives kill -9 of the writing process", async () => {
    const file = tempDb();
    const storeModule = path.join(import.meta.dirname, "store.ts");
    const script = `
      const m = await import(${JSON.stringify(storeModule)});
      const { Store } = m.Store ? m : m.default;
      const s = Store.open(${JSON.stringify(file)});
      s.transaction(() => {
        s.put({ account: "1", region: "ap-guangzhou" }, "instances", "ins-crash001", { n: 1 });
        s.put({ account: "1", region: "ap-guangzhou" }, "instances", "ins-crash002", { n: 2 });
      });
      console.log("acknowledged");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("acknowledged") && resolve());
      child.on("exit", (code) => reject(new Error(`writer exited early (${code})`)));
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const s = Store.open(file);
    expect(s.list({ account: "1", region: "ap-guangzhou" }, "instances")).toEqual([{ n: 1 }, { n: 2 }]);
    s.close();
  });

  it("scopes are separate: account and region both part of the key", () => {
    const s = Store.open(":memory:");
    s.put(GZ, "keyPairs", "skey-aaaaaaaa", { name: "gz" });
    expect(s.get(SH, "keyPairs", "skey-aaaaaaaa")).toBeUndefined();
    expect(s.get(PEER, "keyPairs", "skey-aaaaaaaa")).toBeUndefined();
    expect(s.get(GZ, "keyPairs", "skey-aaaaaaaa")).toEqual({ name: "gz" });
    expect(s.scopesWith("keyPairs")).toEqual([GZ]);
    s.close();
  });

  it("lists keep creation order, also after reopening; replacing keeps the position", () => {
    const file = tempDb();
    const a = Store.open(file);
    for (const id of ["c", "a", "b"]) a.put(GZ, "images", id, { id });
    a.put(GZ, "images", "c", { id: "c", renamed: true });
    a.close();
    const b = Store.open(file);
    expect(b.list<{ id: string }>(GZ, "images").map((x) => x.id)).toEqual(["c", "a", "b"]);
    b.close();
  });

  it("returns copies: changing a returned object does not change state", () => {
    const s = Store.open(":memory:");
    s.put(GZ, "instances", "i", { state: "RUNNING" });
    const copy = s.get<{ state: string }>(GZ, "instances", "i")!;
    copy.state = "STOPPED";
    expect(s.get(GZ, "instances", "i")).toEqual({ state: "RUNNING" });
    s.close();
  });

  it("a transaction that throws leaves neither the file nor memory changed", () => {
    const file = tempDb();
    const a = Store.open(file);
    a.put(GZ, "instances", "keep", { v: 1 });
    expect(() =>
      a.transaction(() => {
        a.put(GZ, "instances", "keep", { v: 2 });
        a.put(GZ, "instances", "new", { v: 3 });
        a.delete(GZ, "instances", "keep");
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expect(a.list(GZ, "instances")).toEqual([{ v: 1 }]);
    a.close();
    const b = Store.open(file);
    expect(b.list(GZ, "instances")).toEqual([{ v: 1 }]);
    b.close();
  });

  it("reset wipes one account or everything", () => {
    const s = Store.open(":memory:");
    s.put(GZ, "instances", "a", {});
    s.put(PEER, "instances", "b", {});
    s.reset(GZ.account);
    expect(s.list(GZ, "instances")).toEqual([]);
    expect(s.list(PEER, "instances")).toHaveLength(1);
    s.reset();
    expect(s.list(PEER, "instances")).toEqual([]);
    s.close();
  });

  it("the ClientToken ledger records the first response per (scope, token) and persists it", () => {
    const file = tempDb();
    const a = Store.open(file);
    const entry = { action: "RunInstances", fingerprint: "f1", response: { InstanceIdSet: ["ins-aaaaaaaa"] }, createdAt: 1 };
    a.transaction(() => a.recordClientToken(GZ, "token-1", entry));
    expect(() => a.recordClientToken(GZ, "token-1", entry)).toThrow();
    expect(a.findClientToken(SH, "token-1")).toBeUndefined();
    a.close();
    const b = Store.open(file);
    expect(b.findClientToken(GZ, "token-1")).toEqual(entry);
    b.close();
  });
});
