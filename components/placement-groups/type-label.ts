import { PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-groups/schemas";

/** A group's Type as one of the three the API documents (seed 24356); anything unknown falls back to HOST. */
export function typeLabel(type: string): PlacementType {
  return (PLACEMENT_TYPES as readonly string[]).includes(type) ? (type as PlacementType) : "HOST";
}
