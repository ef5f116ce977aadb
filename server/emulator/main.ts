// `npm run emulator`: runs the CVM API emulator as its own process.
//   EMULATOR_PORT (4577), EMULATOR_HOST (127.0.0.1), EMULATOR_DB (data/emulator/emulator.db),
//   EMULATOR_ACCOUNTS (inline JSON array or a JSON file path; default: the demo accounts),
//   EMULATOR_SPEED (realistic | instant | describes:n | realistic:factor), EMULATOR_SEED_DEMO (0 = no demo fleet).
import path from "node:path";
import { dataDir } from "../config/paths";
import { loadAccounts } from "./accounts";
import { seedDemoFleetIfEmpty } from "./admin/fleet-seeder";
import { startEmulator } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.EMULATOR_PORT ?? 4577);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`EMULATOR_PORT: not a port: ${process.env.EMULATOR_PORT}`);
  const host = process.env.EMULATOR_HOST || "127.0.0.1";
  const dbPath = process.env.EMULATOR_DB ? path.resolve(process.env.EMULATOR_DB) : path.join(dataDir(), "emulator", "emulator.db");
  const emulator = await startEmulator({ port, host, dbPath, accounts: loadAccounts() });
  // First start (the demo account holds no instances yet): a believable fleet to look at. EMULATOR_SEED_DEMO=0 skips it.
  if (process.env.EMULATOR_SEED_DEMO !== "0") seedDemoFleetIfEmpty(emulator.runtime);
  console.log(`CVM emulator listening on ${emulator.url}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(`CVM emulator failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
