import type { AccountBook, EmulatorAccount } from "../accounts";
import type { CallFaults } from "../admin/fault-rules";
import type { Language } from "../protocol/errors";
import type { Clock } from "../state/clock";
import type { Scope, Store } from "../state/store";

/** What a handler may use: the caller, the region, the language, the state and the clock. */
export interface ActionContext {
  action: string;
  requestId: string;
  account: EmulatorAccount;
  /** The validated Region common param; undefined for actions that take none (e.g. DescribeRegions). */
  region: string | undefined;
  /** X-TC-Language when the caller sent one; each action picks its own default. */
  language: Language | undefined;
  store: Store;
  clock: Clock;
  /** The caller's account in the requested region: the key for the store. */
  scope: Scope;
  /** Behaviour faults injected for this call (POST /_emulator/faults with a kind); absent when none apply. */
  faults?: CallFaults;
  /** The accounts the emulator serves (for cross-account features such as image sharing). */
  accounts?: AccountBook;
}

/**
 * One Tencent action: params already checked against the seed table and converted to their types;
 * returns the Response fields without RequestId, or throws an ApiError. Keep it thin (< 80 lines):
 * parse → state → response.
 */
export type ActionHandler = (params: Record<string, unknown>, ctx: ActionContext) => object | Promise<object>;

/**
 * Types a handler with the official SDK's request and response models (cvm_models.d.ts), so the emulator's
 * output shape is checked against the client the console uses.
 */
export function defineAction<Req, Res extends { RequestId?: string }>(
  handler: (params: Req, ctx: ActionContext) => Omit<Res, "RequestId"> | Promise<Omit<Res, "RequestId">>,
): ActionHandler {
  return handler as unknown as ActionHandler;
}
