import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-cn";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n catalogues", () => {
  it("zh-CN has exactly the keys of en-US", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("every message is non-empty in both languages", () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zhCN)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("each zh-CN message uses the same {placeholders} as its en-US source", () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("zh-CN is actually translated (most messages differ from English)", () => {
    const same = (Object.keys(en) as Array<keyof typeof en>).filter((k) => en[k] === zhCN[k]);
    // Product terms such as "SecretId" and "RequestId" legitimately stay as they are.
    expect(same.length).toBeLessThan(Object.keys(en).length * 0.05);
  });
});
