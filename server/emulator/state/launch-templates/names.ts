// The template's own fields: its name (seed 31946), a version's description (seed 31980 / 32692) and the tags
// LaunchTemplateTagSpecification binds to it (seed 32281).
import { ApiError } from "../../protocol/errors";
import { withDocumentedCodes } from "../pricing-inputs/documented-codes";
import { assertTag, MAX_TAGS_PER_RESOURCE, type Tag, type TagSpecInput } from "../instances/tags";

/** seed 31946: "长度为2~128个英文或中文字符". */
export const TEMPLATE_NAME_LENGTH = { min: 2, max: 128 };
/** seed 31980: "长度为2~256个英文或中文字符，默认为空字符". */
export const VERSION_DESCRIPTION_LENGTH = { min: 2, max: 256 };

const lengthOf = (s: string) => [...s].length;

export function isValidTemplateName(name: string): boolean {
  return lengthOf(name) >= TEMPLATE_NAME_LENGTH.min && lengthOf(name) <= TEMPLATE_NAME_LENGTH.max && name.trim() !== "";
}

export function checkTemplateName(name: string): string {
  if (!isValidTemplateName(name)) {
    throw new ApiError("InvalidParameterValue.InvalidLaunchTemplateName", {
      en: `LaunchTemplateName must be ${TEMPLATE_NAME_LENGTH.min}–${TEMPLATE_NAME_LENGTH.max} characters; got "${name}".`,
      zh: `实例启动模板名称长度为${TEMPLATE_NAME_LENGTH.min}~${TEMPLATE_NAME_LENGTH.max}个字符。`,
    });
  }
  return name;
}

/** The description as kept: "" when none is given; otherwise 2–256 characters. */
export function checkVersionDescription(text: string | undefined): string {
  if (text === undefined || text === "") return "";
  if (lengthOf(text) < VERSION_DESCRIPTION_LENGTH.min || lengthOf(text) > VERSION_DESCRIPTION_LENGTH.max) {
    throw new ApiError("InvalidParameterValue.InvalidLaunchTemplateVersionDescription", {
      en: `LaunchTemplateVersionDescription must be ${VERSION_DESCRIPTION_LENGTH.min}–${VERSION_DESCRIPTION_LENGTH.max} characters.`,
      zh: `实例启动模板版本描述长度为${VERSION_DESCRIPTION_LENGTH.min}~${VERSION_DESCRIPTION_LENGTH.max}个字符。`,
    });
  }
  return text;
}

/** The tags of every LaunchTemplateTagSpecification entry, checked by the tag service's rules. */
export function templateTagsOf(action: string, specs: readonly TagSpecInput[] | undefined): Tag[] {
  const tags = new Map<string, string>();
  for (const { Key = "", Value = "" } of (specs ?? []).flatMap((s) => s.Tags ?? [])) {
    withDocumentedCodes(action, () => assertTag(Key, Value));
    if (tags.has(Key)) throw new ApiError("InvalidParameterValue", { en: `The tag key \`${Key}\` is given twice.`, zh: `标签键 \`${Key}\` 重复。` });
    tags.set(Key, Value);
  }
  if (tags.size > MAX_TAGS_PER_RESOURCE) throw new ApiError("InvalidParameterValue", { en: `At most ${MAX_TAGS_PER_RESOURCE} tags per launch template.` });
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}
