import DescribeRegions from "../DescribeRegions";
import DescribeZones from "../DescribeZones";
import type { ActionHandler } from "../types";

export const regionActions: Record<string, ActionHandler> = { DescribeRegions, DescribeZones };
