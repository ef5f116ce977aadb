import type { AccountBook } from "./accounts";
import type { FaultRules } from "./admin/fault-rules";
import type { RateLimiter } from "./protocol/rate-limiter";
import type { Clock } from "./state/clock";
import type { Store } from "./state/store";

/** Everything a running emulator holds; built once by startEmulator and passed to each layer. */
export interface EmulatorRuntime {
  store: Store;
  clock: Clock;
  accounts: AccountBook;
  limiter: RateLimiter;
  faults: FaultRules;
  /** Source of randomness for fault probabilities (injectable for tests). */
  random: () => number;
}
