import type { ActionHandler } from "../types";

export const hostsActions: Record<string, ActionHandler> = {};
