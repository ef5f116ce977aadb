import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "emulator-main-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("main.ts (npm run emulator)", () => {
  it("prints exactly one 'listening' line, serves, writes EMULATOR_DB, and exits 0 on SIGTERM", async () => {
    const db = path.join(dir, "nested", "emulator.db");
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "main.ts")], {
      env: { ...process.env, EMULATOR_PORT: "0", EMULATOR_HOST: "127.0.0.1", EMULATOR_DB: db, EMULATOR_ACCOUNTS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        const m = stdout.match(/^CVM emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
        if (m) resolve(m[1]!);
      });
      void exit.then((code) => reject(new Error(`exited early (${code}): ${stderr}`)));
    });
    const health = await fetch(`${url}/_emulator/health`);
    expect(health.status).toBe(200);
    expect(existsSync(db)).toBe(true);
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });
});
