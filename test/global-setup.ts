import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

// Gives every vitest run a real Postgres: TEST_DATABASE_URL when CI provides one, otherwise a throwaway
// cluster built from the installed binaries on a random loopback port. Test files create their own
// database in it (test/postgres.ts). No binaries → the run fails: store tests never silently skip Postgres.

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster; test/postgres.ts creates one database per test file in it. */
    postgresUrl: string;
  }
}

const run = promisify(execFile);

function findPostgresBin(): string {
  const candidates = [process.env.TEST_PG_BIN]
    .concat(
      fs.existsSync("/usr/lib/postgresql")
        ? fs
            .readdirSync("/usr/lib/postgresql")
            .sort((a, b) => Number(b) - Number(a)) // newest major first
            .map((v) => `/usr/lib/postgresql/${v}/bin`)
        : [],
    )
    .filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")));
  if (!found) {
    throw new Error(
      "Store tests need Postgres: set TEST_DATABASE_URL, or install the server binaries " +
        "(apt-get install postgresql, giving /usr/lib/postgresql/<v>/bin/initdb), or set TEST_PG_BIN.",
    );
  }
  return found;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Postgres refuses to run as root: as root we run its tools as the `postgres` system user. */
async function asClusterUser(): Promise<{ wrap: (cmd: string, args: string[]) => [string, string[]]; uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return { wrap: (cmd, args) => [cmd, args] };
  let ids: string[];
  try {
    ids = (await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])])).map((r) => r.stdout.trim());
  } catch {
    throw new Error("Running tests as root needs the 'postgres' system user to run a throwaway cluster (or set TEST_DATABASE_URL).");
  }
  return { wrap: (cmd, args) => ["runuser", ["-u", "postgres", "--", cmd, ...args]], uid: Number(ids[0]), gid: Number(ids[1]) };
}

async function startCluster(): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = findPostgresBin();
  const user = await asClusterUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-pg-"));
  const data = path.join(dir, "data");
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(path.join(dir, "pw"), password, { mode: 0o600 });
  if (user.uid !== undefined) {
    fs.chownSync(dir, user.uid, user.gid!);
    fs.chownSync(path.join(dir, "pw"), user.uid, user.gid!);
  }
  const exec = (tool: string, args: string[]) => run(...user.wrap(path.join(bin, tool), args), { cwd: dir });

  const stop = async () => {
    await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await exec("initdb", ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${path.join(dir, "pw")}`, "-E", "UTF8", "--locale=C", "--no-sync"]);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freeLoopbackPort(); // another process may grab it first: retry on a new port
      // fsync off: a throwaway cluster needs no durability, and the machine's 2 cores are shared.
      const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await exec("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "30", "-o", opts, "start"]);
        return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
      } catch (error) {
        lastError = error;
      }
    }
    const log = fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8").slice(-2000) : "";
    throw new Error(`Could not start the test Postgres cluster:\n${log}`, { cause: lastError });
  } catch (error) {
    await stop();
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("postgresUrl", process.env.TEST_DATABASE_URL);
    return async () => undefined;
  }
  const cluster = await startCluster();
  project.provide("postgresUrl", cluster.url);
  return cluster.stop;
}
