import { describe, expect, it } from "vitest";
import { pad, textWidth, truncate, wrap } from "../../src/report/width.js";

const nfd = "Hồ sơ công việc".normalize("NFD");

describe("width by code points after NFC", () => {
  it("counts a Vietnamese letter as one column in either normal form", () => {
    expect(nfd.length).toBeGreaterThan(15);
    expect(textWidth(nfd)).toBe(15);
    expect(textWidth("Hồ sơ công việc")).toBe(15);
    expect(textWidth("≥ 80% ▲+")).toBe(8);
  });

  it("pads to a width, output in NFC", () => {
    expect(pad(nfd, 18)).toBe("Hồ sơ công việc   ");
    expect(pad("80%", 6, "right")).toBe("   80%");
  });

  it("truncates with an ellipsis without splitting a letter", () => {
    expect(truncate(nfd, 8)).toBe("Hồ sơ c…");
    expect(truncate("ngắn", 8)).toBe("ngắn");
  });

  it("wraps at spaces, keeping words whole, and cuts only words longer than a line", () => {
    expect(wrap("Hồ sơ công việc trên môi trường mạng", 16)).toEqual(["Hồ sơ công việc", "trên môi trường", "mạng"]);
    expect(wrap("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
    expect(wrap("", 5)).toEqual([""]);
  });
});
