import AssociateInstancesKeyPairs from "../AssociateInstancesKeyPairs";
import AssociateSecurityGroups from "../AssociateSecurityGroups";
import CreateKeyPair from "../CreateKeyPair";
import DeleteKeyPairs from "../DeleteKeyPairs";
import DescribeInstanceInternetBandwidthConfigs from "../DescribeInstanceInternetBandwidthConfigs";
import DescribeInternetChargeTypeConfigs from "../DescribeInternetChargeTypeConfigs";
import DescribeKeyPairs from "../DescribeKeyPairs";
import DisassociateInstancesKeyPairs from "../DisassociateInstancesKeyPairs";
import DisassociateSecurityGroups from "../DisassociateSecurityGroups";
import ImportKeyPair from "../ImportKeyPair";
import InquiryPriceResetInstancesInternetMaxBandwidth from "../InquiryPriceResetInstancesInternetMaxBandwidth";
import ModifyInstancesVpcAttribute from "../ModifyInstancesVpcAttribute";
import ModifyKeyPairAttribute from "../ModifyKeyPairAttribute";
import ResetInstancesInternetMaxBandwidth from "../ResetInstancesInternetMaxBandwidth";
import type { ActionHandler } from "../types";

// The seed's groups `keypair` (7), `securitygroup` (2) and `network` (5).
export const accessNetworkActions: Record<string, ActionHandler> = {
  DescribeKeyPairs,
  CreateKeyPair,
  ImportKeyPair,
  ModifyKeyPairAttribute,
  DeleteKeyPairs,
  AssociateInstancesKeyPairs,
  DisassociateInstancesKeyPairs,
  AssociateSecurityGroups,
  DisassociateSecurityGroups,
  DescribeInternetChargeTypeConfigs,
  DescribeInstanceInternetBandwidthConfigs,
  InquiryPriceResetInstancesInternetMaxBandwidth,
  ResetInstancesInternetMaxBandwidth,
  ModifyInstancesVpcAttribute,
};
