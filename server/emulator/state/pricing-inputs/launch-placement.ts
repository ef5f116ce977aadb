// InquiryPriceRunInstances: where the quoted instances would go, checked as RunInstances checks it ("本接口仅允许针对
// 购买限制范围内的实例配置进行询价", seed 11968): the dedicated hosts must have room (CDHPAID), and an HPC type needs a
// cluster of its zone with room (HpcClusterId, seed 12210). Nothing is reserved by a quote.
import type { InquiryPriceRunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { findInstanceType, parseCdhInstanceType } from "../../catalog/compute/instance-types";
import type { PriceInstanceInput } from "../../pricing";
import { checkHostCapacity, hostDemandOf } from "../hosts/capacity";
import { checkHpcPlacement } from "../hpc/launch";
import type { InstanceCtx } from "../instances/repo";
import { withDocumentedCodes } from "./documented-codes";

const ACTION = "InquiryPriceRunInstances";
/** RunInstances codes this page does not document, and the nearest it does. */
const CODE_MAP = {
  // A host that is not RUNNING cannot take the instance: "不存在支持指定子机规格的CDH母机" (seed 12868).
  "InvalidParameter.HostIdStatusNotSupport": "InvalidParameter.InstanceTypeSupportedHostNotFound",
};

export function checkOrderPlacement(ctx: InstanceCtx, req: InquiryPriceRunInstancesRequest, order: PriceInstanceInput): void {
  const standard = findInstanceType(order.instanceType);
  const count = order.count ?? 1;
  withDocumentedCodes(
    ACTION,
    () => {
      if (order.chargeType === "CDHPAID") {
        const size = standard ?? parseCdhInstanceType(order.instanceType)!;
        const demand = hostDemandOf({
          zone: order.zone,
          diskInstanceType: standard ? order.instanceType : "S5.SMALL1",
          cpu: size.cpu,
          memory: size.memory,
          systemDisk: req.SystemDisk,
          dataDisks: req.DataDisks,
          count,
        });
        checkHostCapacity(ctx, req.Placement.HostIds ?? [], demand);
      }
      checkHpcPlacement(ctx, { hpcClusterId: req.HpcClusterId, zone: order.zone, instanceType: order.instanceType, count });
    },
    CODE_MAP,
  );
}
