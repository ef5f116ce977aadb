import { describe, expect, it } from "vitest";
import { facetsOf, filterImages, imageParamsSearch, readImageParams } from "./filters";
import type { ImageView } from "./types";

const img = (ImageId: string, Platform: string, OsName: string, Architecture: string, ImageFamily = "", ImageName = OsName) =>
  ({ ImageId, Platform, OsName, Architecture, ImageFamily, ImageName, ImageDescription: "" }) as ImageView;

const LIST = [
  img("img-00000001", "CentOS", "CentOS 7.9 64位", "x86_64", "web"),
  img("img-00000002", "Ubuntu", "Ubuntu Server 22.04 LTS 64位", "x86_64"),
  img("img-00000003", "Ubuntu", "Ubuntu Server 22.04 LTS 64位 ARM64", "arm", "web"),
  img("img-00000004", "Windows", "Windows Server 2022", "x86_64", "", "win-golden"),
];

describe("image filters", () => {
  it("each picker narrows; they combine with AND", () => {
    const none = { q: "", platform: "", os: "", arch: "", family: "" };
    expect(filterImages(LIST, none)).toHaveLength(4);
    expect(filterImages(LIST, { ...none, platform: "Ubuntu" }).map((i) => i.ImageId)).toEqual(["img-00000002", "img-00000003"]);
    expect(filterImages(LIST, { ...none, platform: "Ubuntu", arch: "arm" }).map((i) => i.ImageId)).toEqual(["img-00000003"]);
    expect(filterImages(LIST, { ...none, family: "web" }).map((i) => i.ImageId)).toEqual(["img-00000001", "img-00000003"]);
    expect(filterImages(LIST, { ...none, os: "CentOS 7.9 64位" }).map((i) => i.ImageId)).toEqual(["img-00000001"]);
  });

  it("the search matches id, name and OS, ignoring case", () => {
    const none = { platform: "", os: "", arch: "", family: "" };
    expect(filterImages(LIST, { ...none, q: "WIN-GOLD" }).map((i) => i.ImageId)).toEqual(["img-00000004"]);
    expect(filterImages(LIST, { ...none, q: "img-00000002" })).toHaveLength(1);
  });

  it("facets list what the images hold, OS names only of the chosen platform", () => {
    const f = facetsOf(LIST, "Ubuntu");
    expect(f.platforms).toEqual(["CentOS", "Ubuntu", "Windows"]);
    expect(f.oses).toEqual(["Ubuntu Server 22.04 LTS 64位", "Ubuntu Server 22.04 LTS 64位 ARM64"]);
    expect(f.arches).toEqual(["arm", "x86_64"]);
    expect(f.families).toEqual(["web"]);
  });

  it("URL parameters round-trip; an unknown tab falls back to Custom and defaults are left out of the URL", () => {
    const p = readImageParams({ tab: "shared", q: "web", arch: "arm" });
    expect(p).toEqual({ tab: "shared", q: "web", platform: "", os: "", arch: "arm", family: "" });
    expect(readImageParams(new URLSearchParams(imageParamsSearch(p).slice(1)))).toEqual(p);
    expect(readImageParams({ tab: "bogus" }).tab).toBe("private");
    expect(imageParamsSearch({ tab: "private" })).toBe("");
  });
});
