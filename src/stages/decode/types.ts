/** The contract of the decode stage (re-exported by index.ts). */
export interface Decoded {
  /** the file's characters exactly as on disk, only transcoded: every position indexes this */
  text: string;
  /** e.g. "utf-8", "utf-8-bom", "utf-16le", "windows-1258", "tcvn3", "vni-windows"; "binary" when nothing was decoded */
  encoding: string;
  notes: DecodeNote[];
}

export interface DecodeNote {
  severity: "error" | "warning" | "info";
  ruleId: string;
  reason: string;
  /** offset in the decoded text the note is about, when it is about a place */
  offset?: number;
}

export function note(severity: DecodeNote["severity"], ruleId: string, reason: string, offset?: number): DecodeNote {
  return offset === undefined ? { severity, ruleId, reason } : { severity, ruleId, reason, offset };
}
