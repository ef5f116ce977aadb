import { isImageTab, type ImageTab, type ImageView } from "./types";

// The Images page's filters live in the URL (bookmarkable, the server renders the right tab): the tab, a text
// search (name, id, OS, description), and OS, platform, architecture and family pickers. Everything but the tab is
// applied to the listed images in the browser: DescribeImages can filter by platform and name only (seed
// 24914–25000), and one tab never holds more than the 500 custom images a region allows.

export interface ImageParams {
  tab: ImageTab;
  q: string;
  platform: string;
  os: string;
  arch: string;
  family: string;
}

export const DEFAULT_TAB: ImageTab = "private";

type Search = Record<string, string | string[] | undefined> | URLSearchParams;

function get(params: Search, key: string): string {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" ? one.slice(0, 200) : "";
}

export function readImageParams(params: Search): ImageParams {
  const tab = get(params, "tab");
  return {
    tab: isImageTab(tab) ? tab : DEFAULT_TAB,
    q: get(params, "q"),
    platform: get(params, "platform"),
    os: get(params, "os"),
    arch: get(params, "arch"),
    family: get(params, "family"),
  };
}

/** The query string of `params` (defaults left out). */
export function imageParamsSearch(params: Partial<ImageParams>): string {
  const search = new URLSearchParams();
  if (params.tab && params.tab !== DEFAULT_TAB) search.set("tab", params.tab);
  for (const key of ["q", "platform", "os", "arch", "family"] as const) if (params[key]) search.set(key, params[key]);
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}

export function filterImages(list: readonly ImageView[], p: Omit<ImageParams, "tab">): ImageView[] {
  const q = p.q.trim().toLowerCase();
  return list.filter(
    (i) =>
      (!p.platform || i.Platform === p.platform) &&
      (!p.os || i.OsName === p.os) &&
      (!p.arch || i.Architecture === p.arch) &&
      (!p.family || i.ImageFamily === p.family) &&
      (!q || `${i.ImageId} ${i.ImageName} ${i.OsName} ${i.ImageDescription}`.toLowerCase().includes(q)),
  );
}

export interface ImageFacets {
  platforms: string[];
  /** OS names, only those of the chosen platform when one is chosen. */
  oses: string[];
  arches: string[];
  families: string[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));

export function facetsOf(list: readonly ImageView[], platform = ""): ImageFacets {
  return {
    platforms: sorted(list.map((i) => i.Platform)),
    oses: sorted(list.filter((i) => !platform || i.Platform === platform).map((i) => i.OsName)),
    arches: sorted(list.map((i) => i.Architecture)),
    families: sorted(list.map((i) => i.ImageFamily)),
  };
}

