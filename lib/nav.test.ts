import { describe, expect, it } from "vitest";
import { en } from "./i18n/messages/en";
import { activeNavKey, NAV_ITEMS } from "./nav";

describe("NAV_ITEMS", () => {
  it("lists the console's twelve sections in order, settings last", () => {
    expect(NAV_ITEMS.map((i) => i.key)).toEqual([
      "overview", "instances", "images", "hosts", "quotas", "pricing",
      "key-pairs", "placement-groups", "launch-templates", "hpc-clusters", "maintenance", "settings",
    ]);
  });

  it("has unique keys and hrefs, and every label is a translated message", () => {
    expect(new Set(NAV_ITEMS.map((i) => i.key)).size).toBe(NAV_ITEMS.length);
    expect(new Set(NAV_ITEMS.map((i) => i.href)).size).toBe(NAV_ITEMS.length);
    for (const item of NAV_ITEMS) {
      expect(en[item.label], item.key).toBeTruthy();
      expect(en[`page.${item.key}.description`], item.key).toBeTruthy();
    }
  });
});

describe("activeNavKey", () => {
  it("matches the overview only at the root", () => {
    expect(activeNavKey("/")).toBe("overview");
    expect(activeNavKey("/instances")).toBe("instances");
  });

  it("matches nested paths by segment, not by prefix", () => {
    expect(activeNavKey("/settings/users")).toBe("settings");
    expect(activeNavKey("/instances/ins-123")).toBe("instances");
    expect(activeNavKey("/imagesx")).toBeNull();
    expect(activeNavKey("/login")).toBeNull();
  });
});
