import type { ActionHandler } from "../types";

export const instanceChangesActions: Record<string, ActionHandler> = {};
