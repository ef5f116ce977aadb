import { getActionSpec } from "../catalog/action-specs";
import { isKnownErrorCode } from "../catalog/error-codes";

/**
 * What a fault does:
 * - `error` (the default): optional latency, then with `probability` the error `errorCode`;
 * - `dropResponseAfterCommit`: the call runs and commits, then the connection is destroyed without an answer
 *   (for ClientToken retry tests);
 * - `stayPendingDescribes`: instances RunInstances creates stay PENDING for `describes` DescribeInstances /
 *   DescribeInstancesStatus calls;
 * - `launchFailed`: each instance RunInstances creates ends LAUNCH_FAILED (with `probability`), with `message`
 *   as LatestOperationErrorMsg.
 * - `imageFailed`: the image CreateImage / ImportImage starts ends CREATEFAILED / IMPORTFAILED (seed 36804) instead of
 *   NORMAL (with `probability`); CreateImage's instance ends its operation FAILED with `message`.
 */
export const FAULT_KINDS = ["error", "dropResponseAfterCommit", "stayPendingDescribes", "launchFailed", "imageFailed"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault injected into one action (or "*" for all). Set through POST /_emulator/faults. */
export interface FaultRule {
  action: string;
  kind?: FaultKind;
  errorCode?: string;
  /** 0–1; the chance that the fault fires (per call; per instance for launchFailed). */
  probability: number;
  latencyMs: number;
  /** stayPendingDescribes: how many describe calls. */
  describes?: number;
  /** launchFailed / imageFailed: the LatestOperationErrorMsg of the instance. */
  message?: string;
  /** Seed of the rule's own random sequence, so probabilities replay the same way (default 1). */
  seed?: number;
}

/** Per-call effects of the behaviour faults, handed to the handler in ActionContext.faults. */
export interface CallFaults {
  /** New instances stay PENDING for this many describes. */
  stayPendingDescribes?: number;
  /** Rolled once per new instance: the failure message, or undefined when this instance launches fine. */
  launchFailed?: () => string | undefined;
  /** Rolled once per new image (CreateImage, ImportImage): the failure message, or undefined when it is made fine. */
  imageFailed?: () => string | undefined;
}

const MAX_LATENCY_MS = 60_000;
const ACTION_KINDS: Partial<Record<FaultKind, string[]>> = {
  stayPendingDescribes: ["RunInstances"],
  launchFailed: ["RunInstances"],
  imageFailed: ["CreateImage", "ImportImage"],
};
export const DEFAULT_LAUNCH_FAILED_MESSAGE = "ResourceInsufficient.SpecifiedInstanceType: the zone has no stock left for this instance type";
export const DEFAULT_IMAGE_FAILED_MESSAGE = "InternalError: the image could not be made from the disks";
const MESSAGE_KINDS: readonly FaultKind[] = ["launchFailed", "imageFailed"];

/** Checks an untrusted rule from the admin API; returns the rule or a message saying what is wrong. */
export function parseFaultRule(input: unknown): FaultRule | string {
  if (typeof input !== "object" || input === null) return "expected an object";
  const o = input as Record<string, unknown>;
  if (typeof o.action !== "string" || (o.action !== "*" && !getActionSpec(o.action))) return "action: expected a CVM action name or \"*\"";
  const kind = (o.kind ?? "error") as FaultKind;
  if (!FAULT_KINDS.includes(kind)) return `kind: expected one of ${FAULT_KINDS.join(", ")}`;
  const only = ACTION_KINDS[kind];
  if (only && !only.includes(o.action)) return `kind ${kind}: only for ${only.join(", ")}`;
  if (o.errorCode !== undefined && (kind !== "error" || typeof o.errorCode !== "string" || !isKnownErrorCode(o.errorCode))) {
    return "errorCode: expected a code from the seed's error catalogue (kind error only)";
  }
  const probability = o.probability ?? 1;
  if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) return "probability: expected a number from 0 to 1";
  const latencyMs = o.latencyMs ?? 0;
  if (typeof latencyMs !== "number" || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
    return `latencyMs: expected an integer from 0 to ${MAX_LATENCY_MS}`;
  }
  if (kind === "error" && o.errorCode === undefined && latencyMs === 0) return "a rule needs an errorCode or a latencyMs";
  const rule: FaultRule = { action: o.action, ...(kind !== "error" ? { kind } : {}), probability, latencyMs };
  if (o.errorCode) rule.errorCode = o.errorCode as string;
  if (kind === "stayPendingDescribes") {
    if (typeof o.describes !== "number" || !Number.isInteger(o.describes) || o.describes < 1 || o.describes > 1000) {
      return "describes: expected an integer from 1 to 1000";
    }
    rule.describes = o.describes;
  }
  if (o.message !== undefined) {
    if (!MESSAGE_KINDS.includes(kind) || typeof o.message !== "string" || o.message.length > 500) {
      return `message: a string of ≤ 500 characters (${MESSAGE_KINDS.join(", ")} only)`;
    }
    rule.message = o.message;
  }
  if (o.seed !== undefined) {
    if (typeof o.seed !== "number" || !Number.isInteger(o.seed)) return "seed: expected an integer";
    rule.seed = o.seed;
  }
  return rule;
}

/** mulberry32: a small seeded generator, so a rule's probabilities replay identically. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const keyOf = (action: string, kind: FaultKind) => `${action}\u0000${kind}`;

/** The active rules, one per action and kind; a newer rule for the same action and kind replaces the older one. */
export class FaultRules {
  private readonly rules = new Map<string, { rule: FaultRule; random: () => number }>();

  set(rule: FaultRule): void {
    this.rules.set(keyOf(rule.action, rule.kind ?? "error"), { rule, random: seeded(rule.seed ?? 1) });
  }

  clear(action?: string): void {
    if (action === undefined) this.rules.clear();
    else for (const [key, r] of this.rules) if (r.rule.action === action) this.rules.delete(key);
  }

  list(): FaultRule[] {
    return [...this.rules.values()].map((r) => r.rule);
  }

  /** The error/latency rule that applies to `action`: its own, else the "*" rule. */
  match(action: string): FaultRule | undefined {
    return this.find(action, "error")?.rule;
  }

  /** Whether the rule of `kind` for `action` fires on this call (its seeded roll). */
  fires(action: string, kind: FaultKind): FaultRule | undefined {
    const entry = this.find(action, kind);
    return entry && entry.random() < entry.rule.probability ? entry.rule : undefined;
  }

  /** The behaviour faults a handler applies itself (see CallFaults); undefined when none is set. */
  callFaults(action: string): CallFaults | undefined {
    const pending = this.fires(action, "stayPendingDescribes");
    const launch = this.roller(action, "launchFailed", DEFAULT_LAUNCH_FAILED_MESSAGE);
    const image = this.roller(action, "imageFailed", DEFAULT_IMAGE_FAILED_MESSAGE);
    if (!pending && !launch && !image) return undefined;
    return {
      ...(pending ? { stayPendingDescribes: pending.describes } : {}),
      ...(launch ? { launchFailed: launch } : {}),
      ...(image ? { imageFailed: image } : {}),
    };
  }

  /** A per-resource roll of a failure kind: its message when it fires, else undefined; undefined when no rule is set. */
  private roller(action: string, kind: FaultKind, defaultMessage: string): (() => string | undefined) | undefined {
    const failed = this.find(action, kind);
    return failed && (() => (failed.random() < failed.rule.probability ? (failed.rule.message ?? defaultMessage) : undefined));
  }

  private find(action: string, kind: FaultKind) {
    return this.rules.get(keyOf(action, kind)) ?? this.rules.get(keyOf("*", kind));
  }
}
