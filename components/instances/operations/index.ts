// Instance operations: the row menu and the batch bar (each mounts the shared dialog when needed). Account, region
// and role come from props or from one <InstanceOperationsProvider> around the page.
export { InstanceRowActions } from "./row-actions";
export { InstanceBatchBar } from "./batch-bar";
export { InstanceOperationsProvider } from "./operations-context";
export type { OperationTarget } from "@/lib/instances/operations/types";
