import type { ActionHandler } from "../types";

export const imagesActions: Record<string, ActionHandler> = {};
