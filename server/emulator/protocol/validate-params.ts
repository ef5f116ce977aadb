import type { ParamSpec } from "../catalog/action-specs";
import { getStructureSpec } from "../catalog/structure-specs";
import { invalidParameterValue, missingParameter, unknownParameter } from "./errors";

// seed 7990–8050: the parameter types of API 3.0.
const STRING_TYPES = new Set(["String", "Timestamp", "Timestamp ISO8601", "Date", "Binary"]);
const INTEGER_RE = /^-?\d+$/;
const NUMBER_RE = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

// Structure members whose "required" flag holds for the structure's main use only: the launch actions need a
// data disk's size, but ModifyInstanceDiskType sends `DataDisks: [{ DiskType }]` (seed example). The actions that
// need them check them (state/instances/launch-spec.ts).
const ACTION_DEPENDENT_MEMBERS = new Set(["DataDisk.DiskSize"]);

/**
 * Checks an action's params against its documented table and returns them converted to their types:
 * - a param the table does not list → UnknownParameter (seed 39624), also inside structures;
 * - a required param that is absent → MissingParameter (seed 39580);
 * - a value of the wrong type (Integer, Boolean, String, Array of …, structure) → InvalidParameterValue.
 * `fromForm` says the values arrived as strings (GET, form, multipart): "10" is then a valid Integer and
 * "true" a valid Boolean. In JSON a decimal string is still a valid Integer, because the seed's own examples
 * send them (RunInstances `"DiskSize": "50"`, ModifyInstancesChargeType `"Period": "1"`); any other string is
 * refused. A null counts as absent, as the SDKs strip nulls before sending.
 */
export function validateParams(specs: ParamSpec[], params: Record<string, unknown>, fromForm: boolean): Record<string, unknown> {
  return validateObject(specs, params, "", fromForm, "");
}

function validateObject(
  specs: ParamSpec[],
  value: Record<string, unknown>,
  path: string,
  fromForm: boolean,
  structure: string,
): Record<string, unknown> {
  const known = new Map(specs.map((s) => [s.name, s]));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!known.has(key)) throw unknownParameter(path + key);
  }
  for (const spec of specs) {
    const v = Object.hasOwn(value, spec.name) ? value[spec.name] : undefined;
    if (v === undefined || v === null) {
      if (spec.required && !ACTION_DEPENDENT_MEMBERS.has(`${structure}.${spec.name}`)) throw missingParameter(path + spec.name);
      continue;
    }
    out[spec.name] = convert(v, spec.type, path + spec.name, fromForm);
  }
  return out;
}

function convert(value: unknown, type: string, path: string, fromForm: boolean): unknown {
  if (type.startsWith("Array of ")) {
    if (!Array.isArray(value)) throw invalidParameterValue(path, `expected ${type}`);
    const element = type.slice("Array of ".length);
    return value.map((v, i) => {
      if (v === null || v === undefined) throw invalidParameterValue(`${path}.${i}`, `expected ${element}`);
      return convert(v, element, `${path}.${i}`, fromForm);
    });
  }
  if (STRING_TYPES.has(type)) {
    if (typeof value !== "string") throw invalidParameterValue(path, `expected ${type}`);
    return value;
  }
  if (type === "Integer") {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "string" && INTEGER_RE.test(value)) return Number(value);
    throw invalidParameterValue(path, "expected Integer");
  }
  if (type === "Float" || type === "Double") {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (fromForm && typeof value === "string" && NUMBER_RE.test(value)) return Number(value);
    throw invalidParameterValue(path, `expected ${type}`);
  }
  if (type === "Boolean") {
    if (typeof value === "boolean") return value;
    if (fromForm && (value === "true" || value === "false")) return value === "true";
    throw invalidParameterValue(path, "expected Boolean");
  }
  const structure = getStructureSpec(type);
  if (structure) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidParameterValue(path, `expected a ${type} structure`);
    return validateObject(structure.members, value as Record<string, unknown>, `${path}.`, fromForm, type);
  }
  // A type the catalogue does not describe: pass it through rather than refuse a documented param.
  return value;
}
