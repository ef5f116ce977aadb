import type { MessageKey } from "./i18n/translate";

// The console's left navigation, as data: the shell renders it, tests check it, later pages reuse the keys.
export type NavIcon =
  | "overview" | "instances" | "images" | "hosts" | "quotas" | "pricing"
  | "key-pairs" | "placement-groups" | "launch-templates" | "hpc-clusters" | "maintenance" | "settings";

export type NavItem = { key: NavIcon; href: string; label: MessageKey; icon: NavIcon; section: "compute" | "admin" };

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "overview", href: "/", label: "nav.overview", icon: "overview", section: "compute" },
  { key: "instances", href: "/instances", label: "nav.instances", icon: "instances", section: "compute" },
  { key: "images", href: "/images", label: "nav.images", icon: "images", section: "compute" },
  { key: "hosts", href: "/hosts", label: "nav.hosts", icon: "hosts", section: "compute" },
  { key: "quotas", href: "/quotas", label: "nav.quotas", icon: "quotas", section: "compute" },
  { key: "pricing", href: "/pricing", label: "nav.pricing", icon: "pricing", section: "compute" },
  { key: "key-pairs", href: "/key-pairs", label: "nav.keyPairs", icon: "key-pairs", section: "compute" },
  { key: "placement-groups", href: "/placement-groups", label: "nav.placementGroups", icon: "placement-groups", section: "compute" },
  { key: "launch-templates", href: "/launch-templates", label: "nav.launchTemplates", icon: "launch-templates", section: "compute" },
  { key: "hpc-clusters", href: "/hpc-clusters", label: "nav.hpcClusters", icon: "hpc-clusters", section: "compute" },
  { key: "maintenance", href: "/maintenance", label: "nav.maintenance", icon: "maintenance", section: "compute" },
  { key: "settings", href: "/settings", label: "nav.settings", icon: "settings", section: "admin" },
];

/** The nav item that owns `pathname`: the longest matching href, so "/" only matches the overview itself. */
export function activeNavKey(pathname: string): NavIcon | null {
  let best: NavItem | null = null;
  for (const item of NAV_ITEMS) {
    const matches = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
    if (matches && (!best || item.href.length > best.href.length)) best = item;
  }
  return best?.key ?? null;
}
