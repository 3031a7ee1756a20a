import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** the package version, read from package.json so there is one place to bump it */
export const TOOL_VERSION: string = (() => {
  for (const p of ["../package.json", "../../package.json"]) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      /* try the next layout: src/ under tsx, dist/src/ when compiled */
    }
  }
  return "0.0.0";
})();
export { SCHEMA_VERSION } from "./schema/version.js";
