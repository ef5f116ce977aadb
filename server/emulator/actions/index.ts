import { instanceCatalogActions } from "./registry/instance-catalog";
import { instanceChangesActions } from "./registry/instance-changes";
import { instanceLifecycleActions } from "./registry/instance-lifecycle";
import { regionActions } from "./registry/region";
import { imagesActions } from "./registry/images";
import { hostsActions } from "./registry/hosts";
import { accessNetworkActions } from "./registry/access-network";
import { placementTemplatesActions } from "./registry/placement-templates";
import type { ActionHandler } from "./types";

// The one registry of implemented actions: the dispatcher looks handlers up here by X-TC-Action. Each group of
// the seed's catalogue keeps its own list in registry/ (one file per group, so groups can grow independently).
// An action that is in the seed's catalogue but not here answers UnsupportedOperation.
const HANDLERS: Record<string, ActionHandler> = {
  ...regionActions,
  ...instanceLifecycleActions,
  ...instanceChangesActions,
  ...instanceCatalogActions,
  ...imagesActions,
  ...hostsActions,
  ...accessNetworkActions,
  ...placementTemplatesActions,
};

export function getActionHandler(action: string): ActionHandler | undefined {
  return Object.hasOwn(HANDLERS, action) ? HANDLERS[action] : undefined;
}

export function implementedActions(): string[] {
  return Object.keys(HANDLERS);
}
