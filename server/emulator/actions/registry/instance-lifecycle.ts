import type { ActionHandler } from "../types";

export const instanceLifecycleActions: Record<string, ActionHandler> = {};
