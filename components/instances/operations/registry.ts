import type { OperationKind } from "@/lib/instances/operations/kinds";
import type { OperationDefinition } from "./definition";
import { billingDefinitions } from "./forms/billing";
import { configDefinitions } from "./forms/config";
import { diskDefinitions } from "./forms/disks";
import { networkDefinitions } from "./forms/network";
import { powerDefinitions } from "./forms/power";
import { systemDefinitions } from "./forms/system";
import { timerDefinitions } from "./forms/timer";
import { securityGroupBindDefinitions } from "./forms/security-group-bind";
import { fpgaDefinitions } from "./forms/fpga";

/** Every operation's dialog definition, by kind. */
export const DEFINITIONS = Object.fromEntries(
  [...powerDefinitions, ...systemDefinitions, ...timerDefinitions, ...configDefinitions, ...diskDefinitions, ...networkDefinitions, ...billingDefinitions, ...securityGroupBindDefinitions, ...fpgaDefinitions].map((d) => [d.kind, d]),
) as Record<OperationKind, OperationDefinition>;
