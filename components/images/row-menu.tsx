"use client";

import { usePopoverMenu } from "@/components/ui/use-popover-menu";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";
import { PopoverMenuItem } from "@/components/ui/popover-menu-item";

export interface RowMenuItem {
  id: string;
  label: string;
  /** Why it cannot be chosen now: the item stays visible, disabled, with the reason as its tooltip and subtitle. */
  disabledReason?: string | null;
  danger?: boolean;
}

/**
 * A row's "⋯" menu in the top layer (popover): never clipped by the table's scroll box, closed by Esc or a click
 * outside, arrow keys move between items. Unavailable items stay listed with their reason, so an operator learns
 * why instead of wondering where an action went.
 */
export function RowMenu({ items, onSelect, label, testId }: { items: RowMenuItem[]; onSelect: (id: string) => void; label: string; testId: string }) {
  const { menuId, buttonRef, menuRef, onKeyDown } = usePopoverMenu();

  return (
    <>
      <button ref={buttonRef} type="button" popoverTarget={menuId} aria-haspopup="menu" aria-label={label} title={label} className={buttonClass("ghost", "icon")} data-testid={testId}>
        <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="currentColor">
          <circle cx="3.5" cy="8" r="1.3" />
          <circle cx="8" cy="8" r="1.3" />
          <circle cx="12.5" cy="8" r="1.3" />
        </svg>
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        role="menu"
        onKeyDown={onKeyDown}
        data-testid={`${testId}-menu`}
        className="fixed inset-auto m-0 max-h-[min(32rem,80vh)] w-64 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-fg shadow-xl"
      >
        {items.map((item) => (
          <PopoverMenuItem
            key={item.id}
            menuRef={menuRef}
            onSelect={() => onSelect(item.id)}
            disabledReason={item.disabledReason}
            danger={item.danger}
            className="flex-col"
            testId={`menu-item-${item.id}`}
          >
            <span className={cn(item.disabledReason && "opacity-70")}>{item.label}</span>
            {item.disabledReason && <span className="text-[11px] leading-tight text-muted">{item.disabledReason}</span>}
          </PopoverMenuItem>
        ))}
      </div>
    </>
  );
}
