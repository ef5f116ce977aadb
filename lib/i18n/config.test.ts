import { describe, expect, it } from "vitest";
import { resolveLocale } from "./config";

describe("resolveLocale", () => {
  it("prefers a valid locale cookie over Accept-Language", () => {
    expect(resolveLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
    expect(resolveLocale("en-US", "zh-CN,zh;q=0.9")).toBe("en-US");
  });

  it("ignores an unknown cookie value and falls back to Accept-Language", () => {
    expect(resolveLocale("fr-FR", "zh-TW,zh;q=0.8")).toBe("zh-CN");
    expect(resolveLocale("", "zh")).toBe("zh-CN");
  });

  it("ranks Accept-Language entries by q-value and skips languages we don't speak", () => {
    expect(resolveLocale(undefined, "fr;q=1, en;q=0.5, zh;q=0.8")).toBe("zh-CN");
    expect(resolveLocale(undefined, "de-DE, en-GB;q=0.3")).toBe("en-US");
    expect(resolveLocale(undefined, "zh;q=0, en;q=0.1")).toBe("en-US");
  });

  it("defaults to en-US with no usable hint", () => {
    expect(resolveLocale(undefined, null)).toBe("en-US");
    expect(resolveLocale(undefined, "fr-FR,de;q=0.9")).toBe("en-US");
  });
});
