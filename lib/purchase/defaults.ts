import type { ImageOption, TypeOffer } from "./types";

// What a fresh wizard selects so that a price shows at once: a small general-purpose type in stock and a current
// Linux image. Every choice is visible and changeable; nothing is bought without the operator pressing Buy.

/** 2 vCPU / 4 GB of the newest standard family in stock, else the smallest type in stock. */
export function pickDefaultType(offers: readonly TypeOffer[]): string {
  const selling = offers.filter((o) => o.Status === "SELL");
  const standard = selling.filter((o) => /^S\d/.test(o.InstanceFamily) && o.Cpu === 2 && o.Memory === 4);
  const newest = [...standard].sort((a, b) => b.InstanceFamily.localeCompare(a.InstanceFamily, "en", { numeric: true }))[0];
  if (newest) return newest.InstanceType;
  const smallest = [...selling].sort((a, b) => a.Cpu - b.Cpu || a.Memory - b.Memory)[0];
  return smallest?.InstanceType ?? "";
}

/** The first current (not deprecated) Linux image, preferring TencentOS, then any image at all. */
export function pickDefaultImage(images: readonly ImageOption[]): ImageOption | undefined {
  const current = images.filter((i) => !i.ImageDeprecated && i.ImageState === "NORMAL");
  return current.find((i) => /tencentos/i.test(i.Platform) && !/arm/i.test(i.Architecture)) ?? current.find((i) => !/windows/i.test(i.Platform)) ?? current[0];
}

export function platformOfImage(image: Pick<ImageOption, "Platform" | "OsName"> | undefined): "LINUX" | "WINDOWS" {
  return image && /windows/i.test(`${image.Platform} ${image.OsName}`) ? "WINDOWS" : "LINUX";
}

/** The zone a fresh wizard starts in: the first one that sells. */
export function firstAvailableZone(zones: ReadonlyArray<{ Zone: string; ZoneState: string }> | undefined): string {
  return zones?.find((z) => z.ZoneState === "AVAILABLE")?.Zone ?? "";
}
