import { getActionSpec } from "../catalog/action-specs";
import { isKnownErrorCode } from "../catalog/error-codes";

/**
 * A fault injected into one action (or "*" for all): optional latency, then with `probability` the
 * error `errorCode` instead of the real answer. Set through POST /_emulator/faults.
 */
export interface FaultRule {
  action: string;
  errorCode?: string;
  /** 0–1; the chance that errorCode is returned. */
  probability: number;
  latencyMs: number;
}

const MAX_LATENCY_MS = 60_000;

/** Checks an untrusted rule from the admin API; returns the rule or a message saying what is wrong. */
export function parseFaultRule(input: unknown): FaultRule | string {
  if (typeof input !== "object" || input === null) return "expected an object";
  const o = input as Record<string, unknown>;
  if (typeof o.action !== "string" || (o.action !== "*" && !getActionSpec(o.action))) return "action: expected a CVM action name or \"*\"";
  if (o.errorCode !== undefined && (typeof o.errorCode !== "string" || !isKnownErrorCode(o.errorCode))) {
    return "errorCode: expected a code from the seed's error catalogue";
  }
  const probability = o.probability ?? 1;
  if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) return "probability: expected a number from 0 to 1";
  const latencyMs = o.latencyMs ?? 0;
  if (typeof latencyMs !== "number" || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
    return `latencyMs: expected an integer from 0 to ${MAX_LATENCY_MS}`;
  }
  if (o.errorCode === undefined && latencyMs === 0) return "a rule needs an errorCode or a latencyMs";
  return { action: o.action, ...(o.errorCode ? { errorCode: o.errorCode as string } : {}), probability, latencyMs };
}

/** The active rules, one per action; a newer rule for the same action replaces the older one. */
export class FaultRules {
  private readonly rules = new Map<string, FaultRule>();

  set(rule: FaultRule): void {
    this.rules.set(rule.action, rule);
  }

  clear(action?: string): void {
    if (action === undefined) this.rules.clear();
    else this.rules.delete(action);
  }

  list(): FaultRule[] {
    return [...this.rules.values()];
  }

  /** The rule that applies to `action`: its own, else the "*" rule. */
  match(action: string): FaultRule | undefined {
    return this.rules.get(action) ?? this.rules.get("*");
  }
}
