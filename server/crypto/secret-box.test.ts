import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadMasterKey, masterKeyFile } from "./master-key";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box";

let dir: string;
const saved = { DATA_DIR: process.env.DATA_DIR, KEY: process.env.CONSOLE_ENCRYPTION_KEY };
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-crypto-"));
  process.env.DATA_DIR = path.join(dir, "data");
  delete process.env.CONSOLE_ENCRYPTION_KEY;
});
afterEach(() => {
  for (const [k, v] of [["DATA_DIR", saved.DATA_DIR], ["CONSOLE_ENCRYPTION_KEY", saved.KEY]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function flipByteIn(box: string, part: number): string {
  const parts = box.split(":");
  const bytes = Buffer.from(parts[part], "base64url");
  bytes[0] ^= 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(":");
}

describe("secret box", () => {
  it("round-trips, with a fresh IV each time and a versioned format", () => {
    const a = sealSecret("s3cr3t-key-value", "acct-1");
    const b = sealSecret("s3cr3t-key-value", "acct-1");
    expect(a).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("s3cr3t");
    expect(openSecret(a, "acct-1")).toBe("s3cr3t-key-value");
    expect(openSecret(sealSecret("ünïcode ✓"))).toBe("ünïcode ✓");
  });

  it.each([
    ["IV", 1],
    ["auth tag", 2],
    ["ciphertext", 3],
  ])("detects a tampered %s", (_name, part) => {
    const box = sealSecret("value", "acct-1");
    expect(() => openSecret(flipByteIn(box, part), "acct-1")).toThrow(SecretBoxError);
  });

  it("refuses a box moved to another owner, an unknown version, or another key", () => {
    const box = sealSecret("value", "acct-1");
    expect(() => openSecret(box, "acct-2")).toThrow(SecretBoxError);
    expect(() => openSecret(box.replace(/^v1:/, "v9:"), "acct-1")).toThrow(SecretBoxError);
    expect(() => openSecret(box, "acct-1", randomBytes(32))).toThrow(SecretBoxError);
  });
});

describe("master key", () => {
  it("is generated once into <dataDir>/master.key with mode 0600", () => {
    const key = loadMasterKey();
    expect(key.length).toBe(32);
    expect(fs.statSync(masterKeyFile()).mode & 0o777).toBe(0o600);
    expect(loadMasterKey().equals(key)).toBe(true);
    // A box sealed now opens later with the same file.
    expect(openSecret(sealSecret("x"))).toBe("x");
  });

  it("tightens an existing key file with loose permissions", () => {
    loadMasterKey();
    fs.chmodSync(masterKeyFile(), 0o644);
    loadMasterKey();
    expect(fs.statSync(masterKeyFile()).mode & 0o777).toBe(0o600);
  });

  it("prefers CONSOLE_ENCRYPTION_KEY and writes no file", () => {
    const key = randomBytes(32);
    process.env.CONSOLE_ENCRYPTION_KEY = key.toString("base64");
    expect(loadMasterKey().equals(key)).toBe(true);
    expect(fs.existsSync(masterKeyFile())).toBe(false);
  });

  it("rejects a key of the wrong length without echoing it", () => {
    process.env.CONSOLE_ENCRYPTION_KEY = Buffer.from("short-key-material").toString("base64");
    let message = "";
    try {
      loadMasterKey();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/32 bytes/);
    expect(message).not.toContain(process.env.CONSOLE_ENCRYPTION_KEY);
  });
});
