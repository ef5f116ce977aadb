"use client";

import type { ReactNode, RefObject } from "react";
import { cn } from "@/lib/cn";

/**
 * An item of a popover menu (usePopoverMenu): a menuitem that closes its menu and reports the choice, or, when it
 * cannot be chosen now, stays listed as disabled with the reason as its tooltip.
 */
export function PopoverMenuItem({
  menuRef,
  onSelect,
  disabledReason,
  danger,
  className,
  testId,
  children,
}: {
  menuRef: RefObject<HTMLDivElement | null>;
  onSelect: () => void;
  disabledReason?: string | null;
  danger?: boolean;
  /** Layout of the item's content (a row with a count, a column with the reason under the label). */
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      aria-disabled={disabledReason ? true : undefined}
      title={disabledReason ?? undefined}
      data-testid={testId}
      onClick={() => {
        if (disabledReason) return;
        menuRef.current?.hidePopover();
        onSelect();
      }}
      className={cn(
        "flex w-full rounded px-2 py-1 text-left text-[13px] focus:outline-none",
        disabledReason ? "cursor-not-allowed text-muted" : "hover:bg-subtle focus:bg-subtle",
        !disabledReason && danger && "text-red-700 dark:text-red-300",
        className,
      )}
    >
      {children}
    </button>
  );
}
