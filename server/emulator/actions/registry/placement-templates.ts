import type { ActionHandler } from "../types";

export const placementTemplatesActions: Record<string, ActionHandler> = {};
