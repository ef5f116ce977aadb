"use client";

import { useSyncExternalStore, type ComponentProps } from "react";
import dynamic from "next/dynamic";
import type * as Operations from "./operations";

// Where the operations engineer's parts mount (components/instances/operations): the per-row actions menu and
// the batch bar over selected rows. Loaded after the page has hydrated, never in its first-load JS: only operators
// get them, row actions appear on hover, the batch bar is empty until rows are selected, and viewers never
// download them. (Rendered only once hydrated: a server-rendered dynamic() would put its chunk back in the HTML.)
const RowActions = dynamic(() => import("./operations").then((m) => m.InstanceRowActions), { ssr: false });
const BatchBar = dynamic(() => import("./operations").then((m) => m.InstanceBatchBar), { ssr: false });

const subscribe = () => () => undefined;
const useHydrated = () => useSyncExternalStore(subscribe, () => true, () => false);

export function InstanceRowActions(props: ComponentProps<typeof Operations.InstanceRowActions>) {
  return useHydrated() ? <RowActions {...props} /> : null;
}

export function InstanceBatchBar(props: ComponentProps<typeof Operations.InstanceBatchBar>) {
  return useHydrated() ? <BatchBar {...props} /> : null;
}

export type { OperationTarget } from "./operations";

/** Operations exist: the table shows checkboxes and row actions to operators and admins. */
export const HAS_OPERATIONS = true;
