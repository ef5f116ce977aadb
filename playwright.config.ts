import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Playwright evaluates this file in the runner and again in every worker (STACK.md gotcha 2): pick ports and the
// data folder once, in the runner, and hand them to the workers through the environment.
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ["-e", script]).toString().trim();
}
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = freePort();
  process.env.E2E_EMULATOR_PORT = freePort();
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "cvm-console-e2e-"));
}
// e2e drives the embedded emulator only: refuse to point a test run at a real cloud endpoint.
const endpoint = process.env.TENCENTCLOUD_ENDPOINT;
if (endpoint && !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(endpoint)) {
  throw new Error(`e2e refuses to run against a non-loopback cloud endpoint (${endpoint})`);
}

export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-1" };
const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: process.env.E2E_PORT!,
      EMULATOR: "on",
      EMULATOR_PORT: process.env.E2E_EMULATOR_PORT!,
      DATA_DIR: process.env.E2E_DATA_DIR!,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      TENCENTCLOUD_SECRET_ID: "",
      TENCENTCLOUD_SECRET_KEY: "",
      DATABASE_URL: "",
    },
  },
});
