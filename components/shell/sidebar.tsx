"use client";

import { NavLink } from "@/components/ui/nav-link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { activeNavKey, NAV_ITEMS } from "@/lib/nav";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { Icon } from "@/components/ui/icons";

/** The left navigation, rendered from lib/nav.ts. `brand` is the server-rendered product mark. */
export function Sidebar({ brand }: { brand: ReactNode }) {
  const t = useT();
  const active = activeNavKey(usePathname());
  const sections = [
    { id: "compute", label: t("nav.section.compute"), items: NAV_ITEMS.filter((i) => i.section === "compute") },
    { id: "admin", label: t("nav.section.console"), items: NAV_ITEMS.filter((i) => i.section === "admin") },
  ];
  return (
    <aside className="flex w-52 shrink-0 flex-col border-r border-line bg-surface">
      <div className="flex h-12 items-center border-b border-line px-4">{brand}</div>
      <nav aria-label={t("nav.label")} className="flex-1 overflow-y-auto px-2 py-3">
        {sections.map((section) => (
          <div key={section.id} className="mb-4">
            <div className="px-2 pb-1 text-[11px] font-medium tracking-wide text-muted uppercase">{section.label}</div>
            <ul className="flex flex-col gap-px">
              {section.items.map((item) => (
                <li key={item.key}>
                  <NavLink
                    href={item.href}
                    data-testid={`nav-${item.key}`}
                    aria-current={active === item.key ? "page" : undefined}
                    className={cn(
                      "flex h-8 items-center gap-2.5 rounded-md px-2 text-[13px] transition-colors",
                      active === item.key ? "bg-accent-soft font-medium text-accent" : "text-fg/80 hover:bg-subtle hover:text-fg",
                    )}
                  >
                    <Icon name={item.icon} className="size-4 shrink-0" />
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </aside>
  );
}
