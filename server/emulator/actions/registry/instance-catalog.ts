import DescribeInstanceFamilyConfigs from "../DescribeInstanceFamilyConfigs";
import DescribeInstanceTypeConfigs from "../DescribeInstanceTypeConfigs";
import DescribeZoneInstanceConfigInfos from "../DescribeZoneInstanceConfigInfos";
import InquiryPriceModifyInstancesChargeType from "../InquiryPriceModifyInstancesChargeType";
import InquiryPriceRenewInstances from "../InquiryPriceRenewInstances";
import InquiryPriceResetInstance from "../InquiryPriceResetInstance";
import InquiryPriceResetInstancesType from "../InquiryPriceResetInstancesType";
import InquiryPriceResizeInstanceDisks from "../InquiryPriceResizeInstanceDisks";
import InquiryPriceRunInstances from "../InquiryPriceRunInstances";
import InquiryPriceTerminateInstances from "../InquiryPriceTerminateInstances";
import type { ActionHandler } from "../types";

// The catalogue and pricing actions: what is for sale, and what it costs before and after purchase. Every price
// comes from the one model in pricing/.
export const instanceCatalogActions: Record<string, ActionHandler> = {
  DescribeZoneInstanceConfigInfos,
  DescribeInstanceTypeConfigs,
  DescribeInstanceFamilyConfigs,
  InquiryPriceRunInstances,
  InquiryPriceRenewInstances,
  InquiryPriceResetInstance,
  InquiryPriceResetInstancesType,
  InquiryPriceModifyInstancesChargeType,
  InquiryPriceResizeInstanceDisks,
  InquiryPriceTerminateInstances,
};
