// The rules every image-making action shares: name and description lengths, unique names, the family's form,
// tags bound at creation, and the per-region image quota.
import type { Scope } from "../store";
import { IMAGE_QUOTA } from "../quota";
import { ApiError } from "../../protocol/errors";
import { refuse, type CodeCtx } from "./codes";
import { IMAGE_KIND } from "./record";
import { scanImages, type ImageCtx } from "./repo";

/** seed 26745 / 27176 / 27725: "最多支持60个字符"; seed 26755 / 27184 / 27743: descriptions "最多支持 256 个字符". */
export const MAX_IMAGE_NAME = 60;
export const MAX_IMAGE_DESCRIPTION = 256;

const TOO_LONG = ["InvalidParameter.ValueTooLarge", "InvalidParameterValue.TooLarge", "InvalidParameterValue"];

export function assertImageName(ctx: CodeCtx, name: string, param = "ImageName"): void {
  if (name.trim() === "") throw new ApiError("InvalidParameterValue", { en: `${param} must not be empty.`, zh: `${param} 不能为空。` });
  if ([...name].length > MAX_IMAGE_NAME) {
    throw refuse(ctx, TOO_LONG, `${param} is longer than ${MAX_IMAGE_NAME} characters.`, `${param} 不得超过${MAX_IMAGE_NAME}个字符。`);
  }
}

export function assertImageDescription(ctx: CodeCtx, description: string | undefined): void {
  if (description !== undefined && [...description].length > MAX_IMAGE_DESCRIPTION) {
    throw refuse(ctx, TOO_LONG, `ImageDescription is longer than ${MAX_IMAGE_DESCRIPTION} characters.`, `ImageDescription 不得超过 ${MAX_IMAGE_DESCRIPTION} 个字符。`);
  }
}

/**
 * seed 26762 example "business-daily-update". The form is the product's (not in the seed): 1–60 lowercase letters,
 * digits and hyphens, starting with a letter and not ending with a hyphen. "" clears a family (ModifyImageAttribute).
 */
const FAMILY = /^[a-z](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export function assertImageFamily(ctx: CodeCtx, family: string | undefined, allowEmpty = false): void {
  if (family === undefined || (allowEmpty && family === "")) return;
  if (!FAMILY.test(family)) {
    throw refuse(
      ctx,
      ["InvalidParameterValue.InvalidImageFamily", "InvalidParameterValue"],
      `The image family \`${family}\` is malformed: use 1–60 lowercase letters, digits and hyphens, starting with a letter.`,
      `镜像族名称 \`${family}\` 格式错误。`,
    );
  }
}

/** seed 26747: "镜像名称不能与已有镜像重复" (among the account's images in the region). */
export function assertNameFree(ctx: ImageCtx, name: string, scope: Scope = ctx.scope, exceptId?: string): void {
  if (scanImages(ctx, scope).some((r) => r.ImageName === name && r.ImageId !== exceptId)) {
    throw new ApiError("InvalidImageName.Duplicate", {
      en: `An image named \`${name}\` already exists in ${scope.region}.`,
      zh: `镜像名称 \`${name}\` 与原有镜像重复。`,
    });
  }
}

/**
 * The account's custom-image quota per region: IMAGE_QUOTA, the figure DescribeAccountQuota and DescribeImageQuota
 * report (seed 47201 "单个账号在每个地域最多支持创建10个自定义镜像"; the current pages say 500, seed 26367).
 */
export function imageQuota(): number {
  return IMAGE_QUOTA;
}

export function assertQuotaFor(ctx: ImageCtx, adding: number, scope: Scope = ctx.scope): void {
  const used = ctx.store.peekAll(scope, IMAGE_KIND).length;
  if (used + adding > imageQuota()) {
    throw new ApiError("ImageQuotaLimitExceeded", {
      en: `The image quota of ${scope.region} is ${imageQuota()} custom images; ${used} exist.`,
      zh: `镜像配额超过了限制：${scope.region} 最多 ${imageQuota()} 个自定义镜像，当前 ${used} 个。`,
    });
  }
}

export interface TagSpecInput {
  ResourceType?: string;
  Tags?: { Key?: string; Value?: string }[];
}

const TAG_KEY = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{1,127}$/u;
const TAG_VALUE = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{0,255}$/u;
/** The tag service's limit per resource (not in the image pages). */
const MAX_TAGS = 50;

/** Tags bound to a new image (TagSpecification seed 39259–39281 with ResourceType "image", seed 39269). */
export function imageTagsOf(ctx: CodeCtx, specs: readonly TagSpecInput[] | undefined): { Key: string; Value: string }[] {
  const tags = new Map<string, string>();
  for (const spec of specs ?? []) {
    if (spec.ResourceType !== "image") {
      throw new ApiError("InvalidParameterValue", { en: `TagSpecification.ResourceType must be "image" here, got "${spec.ResourceType}".` });
    }
    for (const { Key = "", Value = "" } of spec.Tags ?? []) {
      if (!TAG_KEY.test(Key) || Key.toLowerCase().startsWith("qcloud:")) {
        throw refuse(ctx, ["FailedOperation.IllegalTagKey", "InvalidParameterValue"], `The tag key \`${Key}\` is not allowed.`);
      }
      if (!TAG_VALUE.test(Value)) throw refuse(ctx, ["FailedOperation.IllegalTagValue", "InvalidParameterValue"], `The tag value \`${Value}\` is not allowed.`);
      tags.set(Key, Value);
    }
  }
  if (tags.size > MAX_TAGS) {
    throw refuse(ctx, ["InvalidParameterValue.TagQuotaLimitExceeded", "InvalidParameterValue.LimitExceeded", "InvalidParameterValue"], `At most ${MAX_TAGS} tags per image.`);
  }
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}
