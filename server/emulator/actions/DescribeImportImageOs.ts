import type { DescribeImportImageOsRequest, DescribeImportImageOsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { importImageOsList } from "../state/images/import-os";
import { defineAction } from "./types";

/** DescribeImportImageOs (seed 25544–25987): the systems ImportImage accepts, by family and by version. */
export default defineAction<DescribeImportImageOsRequest, DescribeImportImageOsResponse>(() => {
  const { supported, versions } = importImageOsList();
  return { ImportImageOsListSupported: supported, ImportImageOsVersionSet: versions };
});
