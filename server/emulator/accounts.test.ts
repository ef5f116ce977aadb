import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AccountBook, DEMO_ACCOUNTS, DEMO_SECRET_ID, DEMO_SECRET_KEY, SECRET_ID_PATTERN, loadAccounts, parseAccounts } from "./accounts";

const ONE = { secretId: "AKIDtestAccount00000000000000000001", secretKey: "k1", appId: 1251000001, ownerUin: "200000000001", name: "one" };

describe("accounts", () => {
  it("without EMULATOR_ACCOUNTS: the two demo accounts, the first being DEMO_SECRET_ID/DEMO_SECRET_KEY", () => {
    const accounts = loadAccounts({});
    expect(accounts).toHaveLength(2);
    expect(accounts[0]).toMatchObject({ secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY });
    expect(new Set(accounts.map((a) => a.ownerUin)).size).toBe(2);
    for (const a of DEMO_ACCOUNTS) expect(a.secretId).toMatch(SECRET_ID_PATTERN);
  });

  it("EMULATOR_ACCOUNTS as inline JSON replaces the demo accounts", () => {
    expect(loadAccounts({ EMULATOR_ACCOUNTS: JSON.stringify([ONE]) })).toEqual([ONE]);
  });

  it("EMULATOR_ACCOUNTS as a path to a JSON file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "emulator-accounts-"));
    try {
      const file = path.join(dir, "accounts.json");
      writeFileSync(file, JSON.stringify([{ ...ONE, appId: "1251000001", ownerUin: 200000000001 }]));
      expect(loadAccounts({ EMULATOR_ACCOUNTS: file })).toEqual([ONE]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses malformed accounts with a message naming the field", () => {
    expect(() => parseAccounts("[]")).toThrow(/non-empty/);
    expect(() => parseAccounts("[{]")).toThrow(/not valid JSON/);
    expect(() => parseAccounts(JSON.stringify([{ ...ONE, secretId: "short" }]))).toThrow(/\[0\]\.secretId/);
    expect(() => parseAccounts(JSON.stringify([{ ...ONE, appId: -1 }]))).toThrow(/appId/);
    expect(() => parseAccounts(JSON.stringify([ONE, ONE]))).toThrow(/duplicate/);
  });

  it("AccountBook finds by SecretId, owner UIN or name", () => {
    const book = new AccountBook([ONE]);
    expect(book.bySecretId(ONE.secretId)).toBe(ONE);
    expect(book.bySecretId("AKIDother")).toBeUndefined();
    expect(book.find("200000000001")).toBe(ONE);
    expect(book.find("one")).toBe(ONE);
  });
});
