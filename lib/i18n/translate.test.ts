import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-cn";
import { createTranslator } from "./translate";
import { isMessageKey, messagesFor } from "./catalogues";

describe("createTranslator", () => {
  it("fills {placeholders} and leaves unknown ones visible", () => {
    const t = createTranslator({ ...en, "users.title": "Users ({count}) {missing}" });
    expect(t("users.title", { count: 3 })).toBe("Users (3) {missing}");
  });

  it("translates from the catalogue it was given", () => {
    expect(createTranslator(zhCN)("nav.instances")).toBe("实例");
    expect(createTranslator(en)("nav.instances")).toBe("Instances");
  });

  it("messagesFor and isMessageKey agree with the catalogues", () => {
    expect(messagesFor("zh-CN")).toBe(zhCN);
    expect(isMessageKey("nav.settings")).toBe(true);
    expect(isMessageKey("Enter a valid email address")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
  });
});
