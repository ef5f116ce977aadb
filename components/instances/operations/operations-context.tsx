"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Role } from "@/lib/roles";

export type OperationsScope = { accountId: string; region: string; role: Role };

const OperationsContext = createContext<OperationsScope | null>(null);

/**
 * The account, region and role the operations act with, for a page that mounts row menus and the batch bar deep
 * inside its table: wrap the page once instead of threading three props through every row.
 */
export function InstanceOperationsProvider({ accountId, region, role, children }: OperationsScope & { children: ReactNode }) {
  return <OperationsContext.Provider value={{ accountId, region, role }}>{children}</OperationsContext.Provider>;
}

/** Props win over the provider; without either the component renders nothing (and acts on nothing). */
export function useOperationsScope(props: Partial<OperationsScope>): OperationsScope | null {
  const ctx = useContext(OperationsContext);
  const accountId = props.accountId ?? ctx?.accountId;
  const region = props.region ?? ctx?.region;
  const role = props.role ?? ctx?.role;
  return accountId && region && role ? { accountId, region, role } : null;
}
