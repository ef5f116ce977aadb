"use client";

import type { ReactNode } from "react";
import { PopoverMenuItem } from "@/components/ui/popover-menu-item";
import { usePopoverMenu } from "@/components/ui/use-popover-menu";
import { useT } from "@/lib/i18n/provider";
import { OPERATION_GROUPS, type OperationGroup, type OperationKind } from "@/lib/instances/operations/kinds";
import { cn } from "@/lib/cn";

export interface MenuEntry {
  kind: OperationKind;
  group: OperationGroup;
  /** Why it cannot be chosen now (shown as the item's tooltip). */
  disabledReason?: string;
  /** How many of the selection it would act on. */
  count?: number;
  danger?: boolean;
}

/**
 * A menu of operations in the top layer (popover): never clipped by the table's scroll box, closed by Esc or a
 * click outside, arrow keys move between items. Positioned under its button, flipped up near the bottom.
 */
export function OperationMenu({ trigger, triggerClassName, triggerLabel, entries, onSelect, testId }: {
  trigger: ReactNode;
  triggerClassName: string;
  triggerLabel: string;
  entries: MenuEntry[];
  onSelect: (kind: OperationKind) => void;
  testId: string;
}) {
  const t = useT();
  const { menuId, buttonRef, menuRef, onKeyDown } = usePopoverMenu();

  const groups = OPERATION_GROUPS.map((g) => [g, entries.filter((e) => e.group === g)] as const).filter(([, list]) => list.length > 0);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        aria-label={triggerLabel}
        title={triggerLabel}
        className={triggerClassName}
        data-testid={testId}
      >
        {trigger}
      </button>
      <div
        ref={menuRef}
        id={menuId}
        popover="auto"
        role="menu"
        onKeyDown={onKeyDown}
        data-testid={`${testId}-menu`}
        className="fixed inset-auto m-0 max-h-[min(32rem,80vh)] w-60 overflow-y-auto rounded-lg border border-line bg-surface p-1 text-fg shadow-xl"
      >
        {groups.map(([group, list], gi) => (
          <div key={group} role="group" aria-label={t(`ops.group.${group}`)} className={cn(gi > 0 && "mt-1 border-t border-line pt-1")}>
            <p className="px-2 pt-1 pb-0.5 text-[11px] font-medium tracking-wide text-muted uppercase">{t(`ops.group.${group}`)}</p>
            {list.map((entry) => (
              <PopoverMenuItem
                key={entry.kind}
                menuRef={menuRef}
                onSelect={() => onSelect(entry.kind)}
                disabledReason={entry.disabledReason}
                danger={entry.danger}
                className={cn("items-center justify-between gap-2", entry.disabledReason && "opacity-60", entry.count === 0 && "text-muted")}
                testId={`op-item-${entry.kind}`}
              >
                <span className="truncate">{t(`ops.kind.${entry.kind}`)}</span>
                {entry.count !== undefined && <span className="text-xs text-muted tabular-nums">{entry.count}</span>}
              </PopoverMenuItem>
            ))}
          </div>
        ))}
      </div>
    </>
  );
}
