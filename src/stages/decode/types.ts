/** The contract of the decode stage (re-exported by index.ts). */
import type { Problem } from "../../messages.js";

export interface Decoded {
  /** the file's characters exactly as on disk, only transcoded: every position indexes this */
  text: string;
  /** e.g. "utf-8", "utf-8-bom", "utf-16le", "windows-1258", "tcvn3", "vni-windows"; "binary" when nothing was decoded */
  encoding: string;
  /** placed in `text`; the caller reports them on the file whose value `text` becomes */
  problems: Problem[];
}
