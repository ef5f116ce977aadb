import type { ActionHandler } from "../types";

export const accessNetworkActions: Record<string, ActionHandler> = {};
