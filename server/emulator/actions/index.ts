import DescribeRegions from "./DescribeRegions";
import DescribeZones from "./DescribeZones";
import type { ActionHandler } from "./types";

// The one registry of implemented actions: the dispatcher looks handlers up here by X-TC-Action.
// An action that is in the seed's catalogue but not here answers UnsupportedOperation.
const HANDLERS: Record<string, ActionHandler> = {
  DescribeRegions,
  DescribeZones,
};

export function getActionHandler(action: string): ActionHandler | undefined {
  return Object.hasOwn(HANDLERS, action) ? HANDLERS[action] : undefined;
}

export function implementedActions(): string[] {
  return Object.keys(HANDLERS);
}
