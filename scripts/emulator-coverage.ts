// `npm run emulator:coverage`: lists every action of the seed's catalogue with whether the emulator implements it,
// prints N/98, and exits 1 while any is missing (server/emulator/coverage.ts).
import { actionNames, getActionSpec } from "../server/emulator/catalog/action-specs";
import { implementedActions } from "../server/emulator/actions";
import { coverageReport, formatCoverage } from "../server/emulator/coverage";

const specs = actionNames().map((name) => ({ name, group: getActionSpec(name)!.group }));
const report = coverageReport(specs, implementedActions());
console.log(formatCoverage(report));
process.exitCode = report.exitCode;
