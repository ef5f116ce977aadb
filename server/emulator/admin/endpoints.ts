import { API_VERSION } from "../catalog/action-specs";
import { implementedActions } from "../actions";
import type { EmulatorRuntime } from "../runtime";
import { parseFaultRule } from "./fault-rules";
import { parseSeedRequest, runSeeders } from "./seed";
// Registers the "instances" seeder with runSeeders.
import "./fleet-seeder";

export interface AdminResult {
  status: number;
  body: unknown;
}

const ok = (body: unknown): AdminResult => ({ status: 200, body });
const bad = (error: string): AdminResult => ({ status: 400, body: { error } });

const asObject = (body: unknown): Record<string, unknown> | null =>
  typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;

/** GET /_emulator/health: liveness plus what this emulator serves. */
export function health(rt: EmulatorRuntime): AdminResult {
  return ok({
    ok: true,
    version: API_VERSION,
    now: new Date(rt.clock.now()).toISOString(),
    clockOffsetMs: rt.clock.offsetMs(),
    accounts: rt.accounts.all.length,
    actions: implementedActions(),
  });
}

/**
 * POST /_emulator/reset {account?}: wipe one account's state (by owner UIN, SecretId or name), or everything:
 * state, rate-limit windows, fault rules, and the clock offset (a clock left days ahead would make every
 * client's signature expire).
 */
export function reset(rt: EmulatorRuntime, body: unknown): AdminResult {
  const o = asObject(body ?? {});
  if (!o) return bad("expected a JSON object");
  if (o.account === undefined) {
    rt.store.reset();
    rt.limiter.reset();
    rt.faults.clear();
    rt.clock.set(Date.now());
    return ok({ ok: true, reset: "all" });
  }
  if (typeof o.account !== "string") return bad("account: expected a string");
  const account = rt.accounts.find(o.account);
  if (!account) return bad(`account: no account ${o.account}`);
  rt.store.reset(account.ownerUin);
  return ok({ ok: true, reset: account.ownerUin });
}

/** GET/POST /_emulator/clock: read, {advanceSeconds: n} or {set: epochSeconds | ISO string}. */
export function clock(rt: EmulatorRuntime, method: string, body: unknown): AdminResult {
  if (method === "POST") {
    const o = asObject(body);
    if (!o) return bad("expected a JSON object");
    if (typeof o.advanceSeconds === "number" && Number.isFinite(o.advanceSeconds)) {
      rt.clock.advance(o.advanceSeconds * 1000);
    } else if (typeof o.set === "number" && Number.isFinite(o.set)) {
      rt.clock.set(o.set * 1000);
    } else if (typeof o.set === "string" && !Number.isNaN(Date.parse(o.set))) {
      rt.clock.set(Date.parse(o.set));
    } else {
      return bad("expected {advanceSeconds: number} or {set: epoch seconds | ISO 8601 string}");
    }
  }
  return ok({ now: new Date(rt.clock.now()).toISOString(), nowSeconds: rt.clock.nowSeconds(), offsetMs: rt.clock.offsetMs() });
}

/** GET lists, POST sets (one rule or {rules: [...]}), DELETE clears (all, or ?action=X) fault rules. */
export function faults(rt: EmulatorRuntime, method: string, body: unknown, query: URLSearchParams): AdminResult {
  if (method === "DELETE") rt.faults.clear(query.get("action") ?? undefined);
  if (method === "POST") {
    const o = asObject(body);
    const inputs = o && Array.isArray(o.rules) ? o.rules : [body];
    const rules = inputs.map(parseFaultRule);
    const error = rules.findIndex((r) => typeof r === "string");
    if (error >= 0) return bad(`rule ${error}: ${rules[error]}`);
    for (const r of rules) if (typeof r !== "string") rt.faults.set(r);
  }
  return ok({ rules: rt.faults.list() });
}

/** POST /_emulator/seed: validates the request and runs the registered fleet seeders. */
export function seed(rt: EmulatorRuntime, body: unknown): AdminResult {
  const request = parseSeedRequest(rt, body);
  if (typeof request === "string") return bad(request);
  return ok({ ok: true, seeded: runSeeders(rt, request) });
}
