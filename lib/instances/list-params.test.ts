import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_PARAMS, fetchParams, readListParams, toQueryString } from "./list-params";

describe("list params ↔ URL", () => {
  it("an empty URL is page 1 of 50 in this region, in API order", () => {
    expect(readListParams(new URLSearchParams())).toEqual(DEFAULT_LIST_PARAMS);
    expect(toQueryString(DEFAULT_LIST_PARAMS)).toBe("");
  });

  it("round-trips every field, defaults left out of the URL", () => {
    const params = { q: "state:running tag:env=prod", page: 3, size: 100 as const, scope: "all" as const, sort: "created" as const, dir: "desc" as const };
    const query = toQueryString(params);
    expect(query).toBe("q=state%3Arunning+tag%3Aenv%3Dprod&scope=all&page=3&size=100&sort=created&dir=desc");
    expect(readListParams(new URLSearchParams(query))).toEqual(params);
  });

  it("reads a server component's searchParams object too (first value of a repeated key)", () => {
    expect(readListParams({ q: ["a", "b"], page: "2" })).toMatchObject({ q: "a", page: 2 });
  });

  it("a hand-edited URL falls back to defaults instead of breaking the page", () => {
    expect(readListParams(new URLSearchParams("page=-1&size=5000&scope=mars&sort=password&dir=up"))).toEqual(DEFAULT_LIST_PARAMS);
    expect(readListParams(new URLSearchParams("sort=tags")).sort).toBeNull(); // not a sortable column
    expect(readListParams(new URLSearchParams(`q=${"x".repeat(5000)}`)).q).toHaveLength(1000);
  });

  it("what is fetched leaves out the in-page sort", () => {
    expect(fetchParams({ ...DEFAULT_LIST_PARAMS, q: " web ", sort: "zone", dir: "desc" })).toEqual({ q: "web", page: 1, size: 50, scope: "region" });
  });
});
