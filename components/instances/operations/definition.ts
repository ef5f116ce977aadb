import type { ComponentType } from "react";
import type { z } from "zod";
import type { EligibilityOptions } from "@/lib/instances/operations/eligibility";
import type { OperationKind } from "@/lib/instances/operations/kinds";
import type { PriceInquiry } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult, OperationTarget } from "@/lib/instances/operations/types";
import type { MessageKey } from "@/lib/i18n/translate";

/** What a form knows about the dialog it sits in. */
export interface DialogContext {
  accountId: string;
  region: string;
  targets: OperationTarget[];
  /** The instances that will go (by the current options). */
  eligible: OperationTarget[];
  /** Field errors from the shared schema, by API field name. */
  errors: Record<string, string>;
}

export interface FormProps<V> {
  values: V;
  set: (patch: Partial<V>) => void;
  ctx: DialogContext;
}

/**
 * One operation as the dialog runs it: the form and its first values, what the form changes about eligibility,
 * the price inquiry (if the change costs or refunds money), and the server action with its input.
 */
export interface OperationDefinition<V extends object = Record<string, unknown>> {
  kind: OperationKind;
  initial: (targets: OperationTarget[]) => V;
  Form?: ComponentType<FormProps<V>>;
  eligibility?: (values: V) => EligibilityOptions;
  /** The inquiry for `ids` (≤ the action's limit, one region); null while the form is incomplete. */
  price?: (values: V, ids: string[]) => PriceInquiry | null;
  /** The action's input for one call. */
  input: (values: V, ids: string[]) => object;
  /** The same schema the server parses with: checked before the confirm button is enabled. */
  schema: z.ZodType;
  action: (input: never) => Promise<InstanceWriteResult>;
  /** A warning shown above the list (e.g. what terminating a prepaid instance does). */
  notice?: (values: V, ctx: DialogContext) => MessageKey | null;
  /** Irreversible: the operator ticks "I understand" first. */
  acknowledge?: boolean;
}

/** Lets a registry hold definitions of different value types. */
export const define = <V extends object>(d: OperationDefinition<V>) => d as unknown as OperationDefinition;
