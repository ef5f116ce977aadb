import { z } from "zod";
import { isRegionId } from "@/lib/region";
import {
  CHARGE_TYPES,
  CLOUD_DISK_TYPES,
  DEFAULT_SYSTEM_DISK_SIZE,
  IMAGE_SOURCES,
  INTERNET_CHARGE_TYPES,
  LOCAL_DISK_TYPES,
  LOCAL_SYSTEM_DISK_RULE,
  LOGIN_MODES,
  MAX_BANDWIDTH,
  MAX_COUNT,
  MAX_DATA_DISKS,
  MAX_INSTANCE_NAME,
  MAX_TAGS,
  MAX_USER_DATA_BYTES,
  MIN_COUNT,
  PREPAID_PERIODS,
  RENEW_FLAGS,
  SYSTEM_DISK_RULE,
  dataDiskRule,
  type SizeRule,
} from "./constants";
import { hostNameProblem, passwordProblem } from "./login-rules";
import { expandNames } from "./naming";
import { base64Length } from "./user-data";

// The wizard's whole configuration: one object the form edits, the price inquiry reads, and the purchase action
// checks again on the server. Error messages are i18n keys; paths name the form field they belong to.

const id = (prefix: string) => new RegExp(`^${prefix}-[a-z0-9]{8}$`);
const ID = {
  image: id("img"),
  key: id("skey"),
  sg: id("sg"),
  vpc: id("vpc"),
  subnet: id("subnet"),
  host: id("host"),
  group: id("ps"),
};

const Disk = z.object({ type: z.string().max(32), size: z.number().int() });
const DataDisk = Disk.extend({ deleteWithInstance: z.boolean() });
const Tag = z.object({ key: z.string().max(127, { error: "purchase.error.tagKey" }), value: z.string().max(255, { error: "purchase.error.tagValue" }) });

const Shape = z.object({
  region: z.string().refine(isRegionId, { error: "validation.region" }),
  zone: z.string().min(1, { error: "purchase.error.zoneRequired" }).max(40),
  chargeType: z.enum(CHARGE_TYPES),
  period: z.number().int(),
  renewFlag: z.enum(RENEW_FLAGS),
  /** SPOTPAID: CNY per instance-hour; "" bids the current price (seed 8845–8847). */
  spotMaxPrice: z.string().max(16),
  /** CDHPAID: the dedicated host (seed 9030 Placement.HostIds). */
  hostId: z.string().max(40),
  instanceType: z.string().min(1, { error: "purchase.error.typeRequired" }).max(40),
  imageSource: z.enum(IMAGE_SOURCES),
  imageId: z.string().max(40),
  /** The chosen image's platform: decides the password and host name rules. */
  platform: z.enum(["LINUX", "WINDOWS"]),
  /** "" = the default type in stock (seed 39205). */
  systemDisk: Disk,
  dataDisks: z.array(DataDisk).max(MAX_DATA_DISKS, { error: "purchase.error.tooManyDisks" }),
  /** Both "" = the zone's default VPC and subnet (seed 39315–39330). */
  vpcId: z.string().max(40),
  subnetId: z.string().max(40),
  publicIp: z.boolean(),
  internetChargeType: z.enum(INTERNET_CHARGE_TYPES),
  bandwidth: z.number().int(),
  /** [] = the project's default security group (seed 8759–8763). */
  securityGroupIds: z.array(z.string().max(40)).max(5, { error: "purchase.error.securityGroups" }),
  loginMode: z.enum(LOGIN_MODES),
  password: z.string().max(64),
  keyIds: z.array(z.string().max(40)).max(5, { error: "purchase.error.keyIds" }),
  instanceName: z.string(),
  hostName: z.string().max(200),
  tags: z.array(Tag).max(MAX_TAGS, { error: "purchase.error.tooManyTags" }),
  /** Plain text; sent base64-encoded (seed 8848). */
  userData: z.string(),
  placementGroupId: z.string().max(40),
  count: z.number().int({ error: "purchase.error.count" }),
  projectId: z.number().int().min(0),
  disableApiTermination: z.boolean(),
});

export type PurchaseConfig = z.infer<typeof Shape>;

/** The size rule of the system disk for its type. */
export function systemDiskRule(type: string): SizeRule {
  return (LOCAL_DISK_TYPES as readonly string[]).includes(type) ? LOCAL_SYSTEM_DISK_RULE : SYSTEM_DISK_RULE;
}

const KNOWN_DISKS: readonly string[] = [...CLOUD_DISK_TYPES, ...LOCAL_DISK_TYPES];
const fitsRule = (size: number, r: SizeRule) => size >= r.min && size <= r.max && (size - r.min) % r.step === 0;

type Issue = { path: (string | number)[]; message: string };

/** Every cross-field rule of a purchase; each problem sits on the field that can fix it. */
export function purchaseProblems(c: PurchaseConfig): Issue[] {
  const out: Issue[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });

  if (c.count < MIN_COUNT || c.count > MAX_COUNT) add(["count"], "purchase.error.count");
  if (c.chargeType === "PREPAID" && !(PREPAID_PERIODS as readonly number[]).includes(c.period)) add(["period"], "purchase.error.period");
  if (c.chargeType === "SPOTPAID" && c.spotMaxPrice !== "" && !(/^\d+(\.\d{1,4})?$/.test(c.spotMaxPrice) && Number(c.spotMaxPrice) > 0)) {
    add(["spotMaxPrice"], "purchase.error.spotMaxPrice");
  }
  if (c.chargeType === "CDHPAID" && !ID.host.test(c.hostId)) add(["hostId"], "purchase.error.hostId");
  if (!ID.image.test(c.imageId)) add(["imageId"], c.imageId ? "purchase.error.imageId" : "purchase.error.imageRequired");

  if (c.systemDisk.type && !KNOWN_DISKS.includes(c.systemDisk.type)) add(["systemDisk", "type"], "purchase.error.diskType");
  if (!fitsRule(c.systemDisk.size, systemDiskRule(c.systemDisk.type))) add(["systemDisk", "size"], "purchase.error.systemDiskSize");
  c.dataDisks.forEach((d, i) => {
    if (!KNOWN_DISKS.includes(d.type)) add(["dataDisks", i, "type"], "purchase.error.diskType");
    else if (!fitsRule(d.size, dataDiskRule(d.type))) add(["dataDisks", i, "size"], "purchase.error.dataDiskSize");
  });
  if (c.dataDisks.filter((d) => (LOCAL_DISK_TYPES as readonly string[]).includes(d.type)).length > 1) add(["dataDisks"], "purchase.error.oneLocalDisk");

  if ((c.vpcId === "") !== (c.subnetId === "")) add([c.vpcId ? "subnetId" : "vpcId"], "purchase.error.vpcPair");
  if (c.vpcId && !ID.vpc.test(c.vpcId)) add(["vpcId"], "purchase.error.vpcId");
  if (c.subnetId && !ID.subnet.test(c.subnetId)) add(["subnetId"], "purchase.error.subnetId");
  if (c.bandwidth < 0 || c.bandwidth > MAX_BANDWIDTH[c.internetChargeType]) add(["bandwidth"], "purchase.error.bandwidth");
  // Prepaid bandwidth is renewed with a prepaid instance only.
  if (c.internetChargeType === "BANDWIDTH_PREPAID" && c.chargeType !== "PREPAID") add(["internetChargeType"], "purchase.error.prepaidBandwidth");
  c.securityGroupIds.forEach((sg, i) => {
    if (!ID.sg.test(sg)) add(["securityGroupIds", i], "purchase.error.securityGroupId");
  });
  if (new Set(c.securityGroupIds).size !== c.securityGroupIds.length) add(["securityGroupIds"], "purchase.error.duplicate");

  // seed 38213–38243: one login method; key pairs not on Windows; keeping the image's login only for non-public images.
  if (c.loginMode === "password") {
    const problem = passwordProblem(c.password, c.platform);
    if (problem) add(["password"], problem);
  }
  if (c.loginMode === "keyPair") {
    if (c.platform === "WINDOWS") add(["keyIds"], "purchase.error.keyPairWindows");
    else if (c.keyIds.length === 0) add(["keyIds"], "purchase.error.keyRequired");
    c.keyIds.forEach((k, i) => {
      if (!ID.key.test(k)) add(["keyIds", i], "purchase.error.keyId");
    });
  }
  if (c.loginMode === "keepImage" && c.imageSource === "PUBLIC_IMAGE") add(["loginMode"], "purchase.error.keepImagePublic");

  if ([...c.instanceName].length > MAX_INSTANCE_NAME) add(["instanceName"], "purchase.error.nameTooLong");
  if (c.hostName) {
    const count = Math.min(Math.max(c.count, 1), MAX_COUNT);
    const bad = expandNames(c.hostName, count).map((h) => hostNameProblem(h, c.platform)).find(Boolean);
    if (bad) add(["hostName"], bad);
  }
  const keys = c.tags.map((t) => t.key.trim());
  c.tags.forEach((t, i) => {
    if (!t.key.trim()) add(["tags", i, "key"], "purchase.error.tagKey");
  });
  if (new Set(keys).size !== keys.length) add(["tags"], "purchase.error.tagDuplicate");
  if (base64Length(c.userData) > MAX_USER_DATA_BYTES) add(["userData"], "purchase.error.userData");
  if (c.placementGroupId && !ID.group.test(c.placementGroupId)) add(["placementGroupId"], "purchase.error.placementGroupId");
  return out;
}

/** The purchase configuration with every rule: used by the wizard (instant feedback) and the purchase action. */
export const PurchaseConfigSchema = Shape.superRefine((c, ctx) => {
  for (const issue of purchaseProblems(c)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});

/** Field path → message key (the first problem of each field). */
export function configErrors(config: PurchaseConfig): Record<string, string> {
  const parsed = PurchaseConfigSchema.safeParse(config);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return out;
}

/** A fresh wizard in a region: pay-as-you-go, 50 GB system disk, 1 Mbps by traffic, one instance. */
export function defaultConfig(region: string): PurchaseConfig {
  return {
    region,
    zone: "",
    chargeType: "POSTPAID_BY_HOUR",
    period: 1,
    renewFlag: "NOTIFY_AND_AUTO_RENEW",
    spotMaxPrice: "",
    hostId: "",
    instanceType: "",
    imageSource: "PUBLIC_IMAGE",
    imageId: "",
    platform: "LINUX",
    systemDisk: { type: "", size: DEFAULT_SYSTEM_DISK_SIZE },
    dataDisks: [],
    vpcId: "",
    subnetId: "",
    publicIp: true,
    internetChargeType: "TRAFFIC_POSTPAID_BY_HOUR",
    bandwidth: 1,
    securityGroupIds: [],
    loginMode: "password",
    password: "",
    keyIds: [],
    instanceName: "",
    hostName: "",
    tags: [],
    userData: "",
    placementGroupId: "",
    count: 1,
    projectId: 0,
    disableApiTermination: false,
  };
}

/**
 * What a launch template keeps: never a password (the instances launched from it get a random one, seed 8750, unless
 * the launch names one). Key pairs and "keep the image's login" are kept.
 */
export function forTemplate(c: PurchaseConfig): PurchaseConfig {
  return c.loginMode === "password" ? { ...c, loginMode: "random", password: "" } : { ...c, password: "" };
}

/**
 * One edit of the form, keeping the rest coherent: prepaid bandwidth only with a prepaid instance; key pairs not on
 * Windows; the image's own login only for images that have one.
 */
export function applyChange(prev: PurchaseConfig, patch: Partial<PurchaseConfig>): PurchaseConfig {
  const next = { ...prev, ...patch };
  if (next.internetChargeType === "BANDWIDTH_PREPAID" && next.chargeType !== "PREPAID") next.internetChargeType = "TRAFFIC_POSTPAID_BY_HOUR";
  if (next.loginMode === "keyPair" && next.platform === "WINDOWS") next.loginMode = "password";
  if (next.loginMode === "keepImage" && next.imageSource === "PUBLIC_IMAGE") next.loginMode = "password";
  return next;
}
