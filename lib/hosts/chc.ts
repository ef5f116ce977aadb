// The CHC actions a server's state can deny (DescribeChcDeniedActions, seed 22848–23047) and the state table they
// follow (seed 35921–35936: INIT → READY → PREPARED → ONLINE, OPERATING while a change runs).

export const CHC_ACTIONS = ["ConfigureChcAssistVpc", "ConfigureChcDeployVpc", "RemoveChcAssistVpc", "RemoveChcDeployVpc", "ModifyChcAttribute", "RunInstances"] as const;
export type ChcAction = (typeof CHC_ACTIONS)[number];

/** seed 35921–35936: CHC states; each has an i18n description `hosts.chc.state.<STATE>`. */
export const CHC_STATES = ["INIT", "READY", "PREPARED", "ONLINE", "OPERATING", "CLEAR_NETWORK_FAILED"] as const;

export function isChcState(s: string): s is (typeof CHC_STATES)[number] {
  return (CHC_STATES as readonly string[]).includes(s);
}

export function isDenied(denied: readonly string[], action: ChcAction): boolean {
  return denied.includes(action);
}
