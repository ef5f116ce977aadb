"use client";

import { useEffect, useState, type ReactNode } from "react";
import { activeHost, registerHost, useOperationsStore } from "@/lib/instances/operations/operations-store";
import { OperationDialog } from "./operation-dialog";

export const HOST_PRIORITY = { batchBar: 2, rowActions: 1 } as const;

/**
 * Mounts the operation dialog exactly once per page, whoever is there: the batch bar (list page) wins over row
 * menus (detail page). The dialog's state is in the store, so it survives rows re-rendering with live status.
 */
export function useOperationsHost(priority: number, enabled: boolean): ReactNode {
  const [id] = useState(() => Symbol("operations-host"));
  useEffect(() => (enabled ? registerHost(id, priority) : undefined), [id, priority, enabled]);
  const active = useOperationsStore((s) => activeHost(s) === id);
  return enabled && active ? <OperationDialog /> : null;
}
