// Instance states as the API names them (InstanceStatus, seed 37340–37388), and how the console shows them.

export const INSTANCE_STATES = [
  "PENDING",
  "LAUNCH_FAILED",
  "RUNNING",
  "STOPPED",
  "STARTING",
  "STOPPING",
  "REBOOTING",
  "SHUTDOWN",
  "TERMINATING",
  "ENTER_RESCUE_MODE",
  "RESCUE_MODE",
  "EXIT_RESCUE_MODE",
  "ENTER_SERVICE_LIVE_MIGRATE",
  "SERVICE_LIVE_MIGRATE",
  "EXIT_SERVICE_LIVE_MIGRATE",
] as const;
export type InstanceStateName = (typeof INSTANCE_STATES)[number];

/** seed 37340–37388: the states an operation in flight passes through — the instance is busy. */
export const TRANSITIONAL_STATES: ReadonlySet<string> = new Set<InstanceStateName>([
  "PENDING",
  "STARTING",
  "STOPPING",
  "REBOOTING",
  "TERMINATING",
  "ENTER_RESCUE_MODE",
  "EXIT_RESCUE_MODE",
  "ENTER_SERVICE_LIVE_MIGRATE",
  "SERVICE_LIVE_MIGRATE",
  "EXIT_SERVICE_LIVE_MIGRATE",
]);

export function isInstanceState(value: unknown): value is InstanceStateName {
  return typeof value === "string" && (INSTANCE_STATES as readonly string[]).includes(value);
}

/**
 * Not an API state: the console's name for an instance the live status reports gone (InstanceState null once it
 * is terminated and released), so a row never falls back to the state it was listed with.
 */
export const RELEASED_STATE = "RELEASED";

export type StateTone = "success" | "neutral" | "warning" | "danger" | "accent";

/** Green is running, grey is off, amber is on its way somewhere, red is broken or going away. */
export function stateTone(state: string | undefined): StateTone {
  switch (state) {
    case "RUNNING":
      return "success";
    case "STOPPED":
    case "SHUTDOWN":
    case RELEASED_STATE:
      return "neutral";
    case "LAUNCH_FAILED":
    case "TERMINATING":
      return "danger";
    case "RESCUE_MODE":
    case "SERVICE_LIVE_MIGRATE":
      return "accent";
    default:
      return "warning";
  }
}
