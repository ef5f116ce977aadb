import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A designed "nothing here (yet)" panel: icon, title, one sentence, optional action. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  className,
  ...rest
}: { icon?: ReactNode; title: ReactNode; description?: ReactNode; action?: ReactNode; className?: string; "data-testid"?: string }) {
  return (
    <div
      className={cn("flex flex-col items-center justify-center gap-2 px-6 py-12 text-center", className)}
      data-testid={rest["data-testid"]}
    >
      {icon && <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-subtle text-muted">{icon}</div>}
      <h2 className="text-sm font-semibold">{title}</h2>
      {description && <p className="max-w-md text-[13px] text-muted">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
