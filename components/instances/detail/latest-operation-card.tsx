"use client";

import { useT } from "@/lib/i18n/provider";
import type { InstanceView } from "@/lib/instances/instance-view";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { FieldsCard } from "./fields";

const TONES: Record<string, BadgeTone> = { SUCCESS: "success", OPERATING: "warning", FAILED: "danger" };

/** The cloud's record of the last operation on the instance (whoever made it), with its error if it failed. */
export function LatestOperationCard({ i }: { i: InstanceView }) {
  const t = useT();
  const state = i.LatestOperationState ?? "";
  return (
    <FieldsCard
      title={t("instances.detail.latestOperation")}
      testId="detail-latest-operation"
      items={[
        { label: t("instances.detail.operation"), value: i.LatestOperation, mono: true },
        { label: t("instances.detail.operationState"), value: state ? <Badge tone={TONES[state] ?? "neutral"}>{state}</Badge> : "" },
        {
          label: t("instances.detail.operationError"),
          value: i.LatestOperationErrorMsg ? <span className="text-red-700 dark:text-red-300">{i.LatestOperationErrorMsg}</span> : "",
          testId: "detail-operation-error",
        },
        { label: "RequestId", value: i.LatestOperationRequestId ? <span className="select-all">{i.LatestOperationRequestId}</span> : "", mono: true },
      ]}
    />
  );
}
