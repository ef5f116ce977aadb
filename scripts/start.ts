// `npm start`: one command for a newcomer. Prepares the data folder (secrets, migrations, first admin), starts the
// embedded CVM emulator unless real Tencent Cloud credentials are configured, builds the console once, then serves it.
// Plain orchestration: every piece it starts is a real process speaking real HTTP.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { buildIsCurrent, writeBuildStamp } from "./build-stamp";
import { prepareConsole } from "./prepare";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const children: ChildProcess[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, pipe = false): ChildProcess {
  const child = spawn(cmd, args, { cwd: root, env, stdio: pipe ? ["ignore", "pipe", "inherit"] : "inherit" });
  children.push(child);
  return child;
}

function shutdown(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));

/** Starts the emulator and resolves with its URL once it prints its listening line. */
function startEmulator(env: NodeJS.ProcessEnv): Promise<string> {
  const child = run(process.execPath, ["--import", "tsx", "server/emulator/main.ts"], env, true);
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffered += chunk.toString();
      const match = buffered.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`the CVM emulator exited with code ${code} before it was ready`)));
  });
}

async function waitUntilServing(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function realCloudConfigured(): boolean {
  if (process.env.EMULATOR === "off") return true;
  if (process.env.EMULATOR === "on") return false;
  return Boolean(process.env.TENCENTCLOUD_SECRET_ID && process.env.TENCENTCLOUD_SECRET_KEY);
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // prepare's lines (the first admin's password) are printed again in the ready banner, where they can't scroll away.
  const notes: string[] = [];
  const { authSecret, dataDir } = await prepareConsole({ log: (line) => (console.log(line), notes.push(line)) });
  env.NEXTAUTH_SECRET ??= authSecret;
  env.DATA_DIR = dataDir;

  let backend = `Tencent Cloud at ${env.TENCENTCLOUD_ENDPOINT ?? "https://cvm.tencentcloudapi.com"}`;
  if (!realCloudConfigured()) {
    env.EMULATOR_DB ??= path.join(dataDir, "emulator", "emulator.db");
    const url = await startEmulator(env);
    // The console's default cloud account is the emulator's demo account (see README: the emulator is a simulation).
    env.TENCENTCLOUD_ENDPOINT = url;
    env.TENCENTCLOUD_SECRET_ID = DEMO_SECRET_ID;
    env.TENCENTCLOUD_SECRET_KEY = DEMO_SECRET_KEY;
    env.TENCENTCLOUD_REGION ??= "ap-guangzhou";
    env.TENCENTCLOUD_ACCOUNT_NAME ??= "Embedded CVM emulator (demo account)";
    backend = `the embedded CVM emulator at ${url} (a simulation: nothing is billed)`;
  }

  const port = env.PORT ?? "3000";
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

  if (dev) {
    run(process.execPath, [nextBin, "dev", "-p", port], env);
  } else {
    if (!buildIsCurrent(root) || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("Building the console (first start or changed sources)…");
      const build = run(process.execPath, [nextBin, "build"], env);
      const code: number = await new Promise((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
      if (code !== 0) {
        console.error("The console build failed; see the output above.");
        shutdown(code);
      }
      writeBuildStamp(root);
    }
    run(process.execPath, [nextBin, "start", "-p", port, ...(env.HOSTNAME ? ["-H", env.HOSTNAME] : [])], env);
  }
  for (const child of children) child.on("exit", (code) => shutdown(code ?? 1));
  await waitUntilServing(`http://127.0.0.1:${port}/login`);
  const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
  const signIn = notes.length > 0 ? notes : ["Sign in with your account (the first admin was printed on the first start)."];
  console.log([``, `cvm-console ${version} is ready: ${env.NEXTAUTH_URL}`, ...signIn.map((l) => `  ${l}`), `  Backend: ${backend}`, ``].join("\n"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  shutdown(1);
});
