import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";

export type FieldItem = { label: string; value: ReactNode; mono?: boolean; testId?: string };

/** A titled card of label/value pairs; empty values show a dash so the layout never jumps. */
export function FieldsCard({ title, items, testId, actions }: { title: string; items: FieldItem[]; testId?: string; actions?: ReactNode }) {
  return (
    <Card data-testid={testId}>
      <CardHeader title={title} actions={actions} />
      <dl className="grid grid-cols-[minmax(7rem,max-content)_1fr] gap-x-4 gap-y-1.5 px-4 py-3 text-[13px]">
        {items.map((item) => (
          <div key={item.label} className="contents">
            <dt className="text-muted">{item.label}</dt>
            <dd className={cn("min-w-0 break-words", item.mono && "font-mono text-xs leading-5")} data-testid={item.testId}>
              {item.value === "" || item.value === null || item.value === undefined ? <span className="font-sans text-muted">—</span> : item.value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Several ids or addresses, one per line; "" when there are none (the card shows a dash). */
export function lines(values: readonly string[] | undefined | null): ReactNode {
  if (!values?.length) return "";
  return values.map((v) => (
    <span key={v} className="block select-all">
      {v}
    </span>
  ));
}
