import type { AddressInfo } from "node:net";
import { AccountBook, DEMO_ACCOUNTS, type EmulatorAccount } from "./accounts";
import { FaultRules } from "./admin/fault-rules";
import { createEmulatorServer } from "./protocol/http-server";
import { RateLimiter } from "./protocol/rate-limiter";
import type { EmulatorRuntime } from "./runtime";
import { createClock, type Clock } from "./state/clock";
import { Store } from "./state/store";

export interface StartEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** SQLite file for state; absent → ":memory:" (throwaway state, for tests). */
  dbPath?: string;
  /** Defaults to the two demo accounts. */
  accounts?: EmulatorAccount[];
  /** Defaults to real time with a zero offset. */
  clock?: Clock;
}

export interface RunningEmulator {
  /** e.g. "http://127.0.0.1:4577" */
  url: string;
  port: number;
  /** The live state, for tests that look behind the API. */
  runtime: EmulatorRuntime;
  close(): Promise<void>;
}

/** Starts the CVM API 3.0 emulator (its own HTTP server and SQLite store); resolves once it is listening. */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = opts.clock ?? createClock();
  const runtime: EmulatorRuntime = {
    store: Store.open(opts.dbPath ?? ":memory:"),
    clock,
    accounts: new AccountBook(opts.accounts ?? DEMO_ACCOUNTS.map((a) => ({ ...a }))),
    limiter: new RateLimiter(clock),
    faults: new FaultRules(),
    random: Math.random,
  };
  const server = createEmulatorServer(runtime);
  const host = opts.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    runtime.store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    runtime,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          runtime.store.close();
          resolve();
        });
        server.closeAllConnections();
      })),
  };
}
