"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentProps } from "react";
import type * as Operations from "./operations";

// Where the operations engineer's parts mount (components/instances/operations): the per-row actions menu and
// the batch bar over selected rows. Loaded after the page has hydrated, never in its first-load JS: only operators
// get them, row actions appear on hover, the batch bar is empty until rows are selected, and viewers never
// download them. (Rendered only once hydrated: a server-rendered lazy part would put its chunk back in the HTML.)
// React.lazy, not next/dynamic: next/dynamic's loader is ~1.5 kB gzip of first-load JS (issue 5).
const RowActions = lazy(() => import("./operations").then((m) => ({ default: m.InstanceRowActions })));
const BatchBar = lazy(() => import("./operations").then((m) => ({ default: m.InstanceBatchBar })));

const subscribe = () => () => undefined;
const useHydrated = () => useSyncExternalStore(subscribe, () => true, () => false);

export function InstanceRowActions(props: ComponentProps<typeof Operations.InstanceRowActions>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <RowActions {...props} />
    </Suspense>
  ) : null;
}

export function InstanceBatchBar(props: ComponentProps<typeof Operations.InstanceBatchBar>) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <BatchBar {...props} />
    </Suspense>
  ) : null;
}

export type { OperationTarget } from "./operations";

/** Operations exist: the table shows checkboxes and row actions to operators and admins. */
export const HAS_OPERATIONS = true;
