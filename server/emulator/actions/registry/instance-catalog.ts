import type { ActionHandler } from "../types";

export const instanceCatalogActions: Record<string, ActionHandler> = {};
