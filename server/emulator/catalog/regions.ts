// Regions and zones the emulator serves.
//
// - Regions: the product's region table (seed 4683–4726), in that order. Chinese names use the form of the
//   DescribeRegions example ("华南地区(广州)", seed 8095); the English names are ours.
// - Zones: the "全网可用区名称" list in ZoneInfo (seed 39370–39488); a zone marked 售罄 (sold out) is
//   UNAVAILABLE, as ap-guangzhou-1 is in the DescribeZones example (seed 8320). ap-mumbai-* is on that
//   list but its region is not in the region table, so it is left out.
// - ZoneId: region prefix × 10000 + zone number. The prefixes for Guangzhou, Shanghai, Hong Kong, Shanghai FSI,
//   Beijing, Singapore, Shenzhen FSI, Silicon Valley, Chengdu, Frankfurt and Seoul come from the legacy zone
//   table (seed 51759–51797, e.g. 广州一区 100001); the others are not in the seed and follow Tencent's
//   public numbering.

export type ZoneState = "AVAILABLE" | "UNAVAILABLE";

export interface ZoneDef {
  zone: string;
  zoneId: string;
  nameZh: string;
  nameEn: string;
  state: ZoneState;
}

export interface RegionDef {
  region: string;
  nameZh: string;
  nameEn: string;
  state: "AVAILABLE";
  zones: ZoneDef[];
}

interface RegionRow {
  region: string;
  area: [zh: string, en: string];
  city: [zh: string, en: string];
  idPrefix: number;
  zones: number[];
  soldOut?: number[];
}

const ROWS: RegionRow[] = [
  { region: "ap-bangkok", area: ["亚太东南", "Southeast Asia"], city: ["曼谷", "Bangkok"], idPrefix: 23, zones: [1, 2] },
  { region: "ap-beijing", area: ["华北地区", "North China"], city: ["北京", "Beijing"], idPrefix: 80, zones: [1, 2, 3, 4, 5, 6, 7], soldOut: [1] },
  { region: "ap-chengdu", area: ["西南地区", "Southwest China"], city: ["成都", "Chengdu"], idPrefix: 16, zones: [1, 2] },
  { region: "ap-chongqing", area: ["西南地区", "Southwest China"], city: ["重庆", "Chongqing"], idPrefix: 19, zones: [1] },
  { region: "ap-guangzhou", area: ["华南地区", "South China"], city: ["广州", "Guangzhou"], idPrefix: 10, zones: [1, 2, 3, 4, 6, 7], soldOut: [1, 2] },
  { region: "ap-hongkong", area: ["港澳台地区", "Hong Kong, Macau and Taiwan (China)"], city: ["中国香港", "Hong Kong, China"], idPrefix: 30, zones: [1, 2, 3], soldOut: [1] },
  { region: "ap-jakarta", area: ["亚太东南", "Southeast Asia"], city: ["雅加达", "Jakarta"], idPrefix: 46, zones: [1, 2] },
  { region: "ap-nanjing", area: ["华东地区", "East China"], city: ["南京", "Nanjing"], idPrefix: 33, zones: [1, 2, 3] },
  { region: "ap-seoul", area: ["亚太东北", "Northeast Asia"], city: ["首尔", "Seoul"], idPrefix: 18, zones: [1, 2] },
  { region: "ap-shanghai", area: ["华东地区", "East China"], city: ["上海", "Shanghai"], idPrefix: 20, zones: [1, 2, 3, 4, 5, 8], soldOut: [1] },
  { region: "ap-shanghai-fsi", area: ["华东地区", "East China"], city: ["上海金融", "Shanghai Finance"], idPrefix: 70, zones: [1, 2, 3] },
  { region: "ap-shenzhen-fsi", area: ["华南地区", "South China"], city: ["深圳金融", "Shenzhen Finance"], idPrefix: 11, zones: [1, 2, 3], soldOut: [3] },
  { region: "ap-singapore", area: ["亚太东南", "Southeast Asia"], city: ["新加坡", "Singapore"], idPrefix: 90, zones: [1, 2, 3, 4] },
  { region: "ap-tokyo", area: ["亚太东北", "Northeast Asia"], city: ["东京", "Tokyo"], idPrefix: 25, zones: [1, 2] },
  { region: "eu-frankfurt", area: ["欧洲地区", "Europe"], city: ["法兰克福", "Frankfurt"], idPrefix: 17, zones: [1, 2] },
  { region: "na-ashburn", area: ["美国东部", "US East"], city: ["弗吉尼亚", "Virginia"], idPrefix: 22, zones: [1, 2] },
  { region: "na-siliconvalley", area: ["美国西部", "US West"], city: ["硅谷", "Silicon Valley"], idPrefix: 15, zones: [1, 2] },
  { region: "sa-saopaulo", area: ["南美地区", "South America"], city: ["圣保罗", "Sao Paulo"], idPrefix: 54, zones: [1] },
];

const ZH_NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

function toRegion(row: RegionRow): RegionDef {
  const [cityZh, cityEn] = row.city;
  return {
    region: row.region,
    nameZh: `${row.area[0]}(${cityZh})`,
    nameEn: `${row.area[1]} (${cityEn})`,
    state: "AVAILABLE",
    zones: row.zones.map((n) => ({
      zone: `${row.region}-${n}`,
      zoneId: String(row.idPrefix * 10000 + n),
      // seed 8326 / 8413: "广州一区" (zh-CN) and "Guangzhou Zone 1" (default).
      nameZh: `${cityZh}${ZH_NUMERALS[n]}区`,
      nameEn: `${cityEn} Zone ${n}`,
      state: row.soldOut?.includes(n) ? "UNAVAILABLE" : "AVAILABLE",
    })),
  };
}

export const REGIONS: readonly RegionDef[] = ROWS.map(toRegion);

const BY_NAME = new Map(REGIONS.map((r) => [r.region, r]));

export function getRegion(region: string): RegionDef | undefined {
  return BY_NAME.get(region);
}

export function isKnownRegion(region: string): boolean {
  return BY_NAME.has(region);
}

/** The zone record for a zone name such as "ap-guangzhou-3", wherever it is. */
export function getZone(zone: string): (ZoneDef & { region: string }) | undefined {
  for (const r of REGIONS) {
    const z = r.zones.find((x) => x.zone === zone);
    if (z) return { ...z, region: r.region };
  }
  return undefined;
}
