// What the purchase GET routes answer (wire names kept as Tencent spells them, STYLE: wire types).

/** One InstanceTypeQuotaItem of DescribeZoneInstanceConfigInfos (seed 20572–20929), trimmed to what the wizard shows. */
export interface TypeOffer {
  InstanceType: string;
  InstanceFamily: string;
  TypeName: string;
  Cpu: number;
  Memory: number;
  Gpu: number;
  GpuCount: number;
  CpuType: string;
  Frequency: string;
  InstanceBandwidth: number;
  InstancePps: number;
  NetworkCard: number;
  /** SELL | SOLD_OUT. */
  Status: string;
  /** EnoughStock | NormalStock | UnderStock | WithoutStock. */
  StatusCategory: string;
  SoldOutReason: string;
  Remark: string;
  /** Hourly (postpaid, spot) or one month (prepaid) list and paid prices for ONE instance, from the catalogue. */
  UnitPrice: number;
  UnitPriceDiscount: number;
  MonthPrice: number;
  MonthPriceDiscount: number;
  LocalDiskTypeList: Array<{ Type: string; PartitionType: string; MinSize: number; MaxSize: number; Required: string }>;
}

export interface OffersAnswer {
  zone: string;
  chargeType: string;
  TypeSet: TypeOffer[];
}

/** One Image of DescribeImages (seed 36738–36885). */
export interface ImageOption {
  ImageId: string;
  ImageName: string;
  OsName: string;
  ImageType: string;
  Platform: string;
  Architecture: string;
  ImageSize: number;
  ImageState: string;
  ImageDeprecated: boolean;
}

export interface ImagesAnswer {
  ImageSet: ImageOption[];
  /** Set when the cloud could not list this kind (e.g. an API the backend lacks): the picker takes an id instead. */
  unavailable?: { code: string; message: string };
}

export type OptionKind = "keyPairs" | "placementGroups" | "hosts";
export const OPTION_KINDS: readonly OptionKind[] = ["keyPairs", "placementGroups", "hosts"];

export interface PurchaseOption {
  id: string;
  name: string;
  hint?: string;
  /** hosts: the zone it is in. */
  zone?: string;
}

export interface OptionsAnswer {
  items: PurchaseOption[];
  unavailable?: { code: string; message: string };
}
