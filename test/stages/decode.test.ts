import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { decode } from "../../src/stages/decode/index.js";
import { detectLegacy, SAMPLE_BYTES } from "../../src/stages/decode/detect.js";
import { LEGACY_CODECS } from "../../src/stages/decode/legacy.js";
import { isSyllable } from "../../src/stages/decode/syllable.js";
import { TCVN3_TABLE, tcvn3Damage } from "../../src/stages/decode/tcvn3.js";
import { decodeVni, VNI_TABLE } from "../../src/stages/decode/vni.js";
import { growth } from "../support/growth.js";
import { damagedTcvn3, tcvn3, vniWindows, windows1258 } from "../support/perturb.js";

const SENTENCE = "Nghị quyết về chuyển đổi số tỉnh Thanh Hóa";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** bytes of a string written in Windows-1252 (how legacy Vietnamese looks in a Western viewer) */
const cp1252 = (mojibake: string) => new Uint8Array(iconv.encode(mojibake, "windows1252"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const ruleIds = (bytes: Uint8Array) => decode(bytes).problems.map((n) => `${n.severity}:${n.ruleId}`);

/** all 134 non-ASCII Vietnamese letters, lower case then upper case */
const LETTERS = (() => {
  const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const lower: string[] = [];
  for (const vowel of ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
    for (const tone of tones) {
      const letter = (vowel + tone).normalize("NFC");
      if (letter.charCodeAt(0) > 0x7f) lower.push(letter);
    }
  lower.push("đ");
  return [...lower, ...lower.map((l) => l.toUpperCase())];
})();

describe("decode: UTF-8 and UTF-16", () => {
  it("reads ASCII-only and Vietnamese UTF-8 as UTF-8, without problems", () => {
    expect(decode(utf8("Nghi quyet so 10\n"))).toEqual({ text: "Nghi quyet so 10\n", encoding: "utf-8", problems: [] });
    expect(decode(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: "utf-8", problems: [] });
  });

  it("keeps the UTF-8 BOM as U+FEFF at offset 0, like Buffer#toString", () => {
    const bytes = utf8("\ufeff" + SENTENCE);
    const decoded = decode(bytes);
    expect(decoded.text).toBe(Buffer.from(bytes).toString("utf8"));
    expect(decoded.text.charCodeAt(0)).toBe(0xfeff);
    expect(decoded.encoding).toBe("utf-8-bom");
    expect(decoded.problems).toEqual([{ severity: "info", ruleId: "decode-detected", reason: "decoded as UTF-8 (with byte-order mark)" }]);
  });

  it("keeps line ends, NFD, zero-width characters and soft hyphens as they are on disk", () => {
    const raw = "Thanh Ho\u0301a\r\nchuy\u00adển\u200b đổi\rsố\u00a0";
    expect(decode(utf8(raw)).text).toBe(raw);
  });

  it("reads UTF-16 LE and BE with a BOM, dropping the BOM", () => {
    const le = new Uint8Array(Buffer.from("\ufeff" + SENTENCE, "utf16le"));
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(be.slice(0, 2)).toEqual(new Uint8Array([0xfe, 0xff]));
    for (const [bytes, encoding] of [[le, "utf-16le"], [be, "utf-16be"]] as const) {
      const decoded = decode(bytes);
      expect(decoded.text).toBe(SENTENCE);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.problems.map((n) => n.ruleId)).toEqual(["decode-detected"]);
    }
  });

  it("warns on ill-formed UTF-16 (odd length)", () => {
    const bytes = new Uint8Array([...Buffer.from("\ufeffabc", "utf16le"), 0x41]);
    const decoded = decode(bytes);
    expect(decoded.text).toBe("abc\ufffd");
    expect(decoded.problems.find((n) => n.ruleId === "decode-invalid-utf16")).toMatchObject({ severity: "warning", place: { start: { line: 1, column: 4, offset: 3 } } });
  });
});

describe("decode: legacy code pages, known values", () => {
  it("TCVN3: iconv-lite's table has the ABC letters where TCVN3 puts them", () => {
    expect(TCVN3_TABLE[0xad]).toBe("ư");
    expect(TCVN3_TABLE[0xac]).toBe("ơ");
    expect(TCVN3_TABLE[0xae]).toBe("đ");
    expect(TCVN3_TABLE[0xa7]).toBe("Đ");
    expect(TCVN3_TABLE.slice(0xa1, 0xaf)).toBe("ĂÂÊÔƠƯĐăâêôơưđ");
    expect(TCVN3_TABLE.slice(0xb5, 0xba)).toBe("àảãáạ");
    expect(TCVN3_TABLE.slice(0xf5, 0xfa)).toBe("ừửữứự");
    expect(TCVN3_TABLE[0xfe]).toBe("ỵ");
  });

  it("TCVN3: the ABC mojibake of a known sentence", () => {
    const decoded = decode(cp1252("NghÞ quyÕt vÒ chuyÓn ®æi sè tØnh Thanh Hãa"));
    expect(decoded.text).toBe(SENTENCE);
    expect(decoded.encoding).toBe("tcvn3");
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatchObject({ severity: "info", ruleId: "decode-detected" });
    expect(decoded.problems[0].reason).toMatch(/^decoded as TCVN3 \(ABC\)/);
    expect(decode(cp1252("§éc lËp - Tù do - H¹nh phóc")).text).toBe(MOTTO);
  });

  it("VNI-Windows: the VNI mojibake of known sentences", () => {
    const decoded = decode(cp1252("Nghò quyeát veà chuyeån ñoåi soá tænh Thanh Hoùa"));
    expect(decoded.text).toBe(SENTENCE);
    expect(decoded.encoding).toBe("vni-windows");
    expect(decoded.problems[0].reason).toMatch(/^decoded as VNI-Windows/);
    expect(decode(cp1252("Ñoäc laäp - Töï do - Haïnh phuùc")).text).toBe(MOTTO);
    expect(decode(cp1252("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")).text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decodeVni(cp1252("ngöôøi ñöôïc naêm baèng ñaëc khaúng saün"))).toBe("người được năm bằng đặc khẳng sẵn");
  });

  it("Windows-1258: base letters and combining tones, kept decomposed as on disk", () => {
    // "ị" = "i" + 0xF2 (U+0323); "ế" = "ê" (0xEA) + 0xEC (U+0301); "ó" is precomposed 0xF3
    const bytes = new Uint8Array([
      ...utf8("Nghi"), 0xf2, ...utf8(" quy"), 0xea, 0xec, ...utf8("t v"), 0xea, 0xcc, ...utf8(" chuy"), 0xea, 0xd2,
      ...utf8("n "), 0xf0, 0xf4, 0xd2, ...utf8("i s"), 0xf4, 0xec, ...utf8(" ti"), 0xd2, ...utf8("nh Thanh H"), 0xf3, ...utf8("a"),
    ]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text).toBe("Nghi\u0323 quyê\u0301t vê\u0300 chuyê\u0309n đô\u0309i sô\u0301 ti\u0309nh Thanh Hóa");
    expect(decoded.text.normalize("NFC")).toBe(SENTENCE);
    expect(decoded.problems[0].reason).toMatch(/^decoded as Windows-1258/);
  });

  it("the kit's encoders produce those same known bytes", () => {
    expect(tcvn3(SENTENCE)).toEqual(cp1252("NghÞ quyÕt vÒ chuyÓn ®æi sè tØnh Thanh Hãa"));
    expect(vniWindows(SENTENCE)).toEqual(cp1252("Nghò quyeát veà chuyeån ñoåi soá tænh Thanh Hoùa"));
    expect(Array.from(windows1258("ấ ì Ì ơ Ợ"))).toEqual([0xe2, 0xec, 0x20, 0x69, 0xcc, 0x20, 0x49, 0xcc, 0x20, 0xf5, 0x20, 0xd5, 0xf2]);
  });

  it("VNI table: the 134 letters, each once, each sequence distinct", () => {
    expect(LETTERS).toHaveLength(134);
    expect(VNI_TABLE.map(([letter]) => letter).sort()).toEqual([...LETTERS].sort());
    expect(new Set(VNI_TABLE.map(([, vni]) => vni)).size).toBe(134);
  });

  for (const [name, encode, encoding] of [
    ["tcvn3", tcvn3, "tcvn3"],
    ["vniWindows", vniWindows, "vni-windows"],
    ["windows1258", windows1258, "windows-1258"],
  ] as const) {
    it(`${name}: all 134 letters survive a round trip, inside a word`, () => {
      // "t" + letter + "n": the letter inside a word (TCVN3 reads 0x80–0x9F by its neighbours)
      const words = LETTERS.map((l) => (l === l.toUpperCase() ? `T${l}N` : `t${l}n`));
      const text = `Nghị quyết của tỉnh về chuyển đổi số: ${words.join(" ")}`;
      const decoded = decode(encode(text));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text.normalize("NFC")).toBe(text);
    });
  }

  it("TCVN3: 0x80–0x9F are upper-case letters inside words, Windows punctuation elsewhere", () => {
    const text = "Nghị quyết “TỈNH ỦY” – HỌ và tên… năm 2021–2025 của Ban Thường vụ";
    const bytes = tcvn3(text);
    expect(bytes.includes(0x93) && bytes.includes(0x96) && bytes.includes(0x85)).toBe(true);
    expect(decode(bytes).text).toBe(text);
  });
});

describe("decode: detection", () => {
  it("is deterministic", () => {
    const bytes = tcvn3(`${SENTENCE}\n${MOTTO}\n`);
    expect(decode(bytes)).toEqual(decode(bytes));
    expect(detectLegacy(bytes)).toEqual(detectLegacy(bytes));
  });

  it("samples: only the first 64 KB decide", () => {
    const head = tcvn3(`${SENTENCE}\n`.repeat(Math.ceil(SAMPLE_BYTES / 40) + 10));
    const tail = vniWindows(`${SENTENCE}\n`.repeat(4000));
    const bytes = new Uint8Array([...head, ...tail]);
    expect(head.length).toBeGreaterThan(SAMPLE_BYTES);
    expect(tail.length).toBeGreaterThan(head.length);
    expect(decode(bytes).encoding).toBe("tcvn3");
  });

  it("scores syllables by their shape", () => {
    for (const word of ["người", "Nghị", "QUYẾT", "khuya", "thuở", "hoà", "Hóa", "quốc", "giữa", "oái"]) expect(isSyllable(word), word).toBe(true);
    for (const word of ["caùc", "th¬ng", "ỎTỈNH", "vẶ", "ngöôøi", "ñoåi", "Straße", "sốÕ"]) expect(isSyllable(word), word).toBe(false);
  });
});

describe("decode: bad inputs are problems, never exceptions", () => {
  it("empty file", () => {
    expect(decode(new Uint8Array())).toEqual({
      text: "",
      encoding: "utf-8",
      problems: [{ severity: "error", ruleId: "decode-empty", reason: "file is empty" }],
    });
    expect(ruleIds(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual(["error:decode-empty"]);
    expect(ruleIds(new Uint8Array([0xff, 0xfe]))).toContain("error:decode-empty");
  });

  it("binary: NUL bytes, or many control bytes", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toEqual({
      text: "",
      encoding: "binary",
      problems: [{ severity: "error", ruleId: "decode-binary", reason: "file looks binary (NUL bytes or many control bytes), not text" }],
    });
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) | 1);
    expect(ruleIds(noise)).toEqual(["error:decode-binary"]);
    expect(ruleIds(utf8("text\u0000more"))).toEqual(["error:decode-binary"]);
    // a little C0 is not binary: TCVN3's full table writes "Ụ" as 0x02
    expect(decode(tcvn3("MỤC TIÊU của Nghị quyết về chuyển đổi số")).encoding).toBe("tcvn3");
  });

  it("UTF-8 with a few ill-formed sequences: warning at the first, U+FFFD in the text", () => {
    const good = utf8(`${SENTENCE}\n${MOTTO}\n`);
    const cut = Buffer.byteLength("Nghị quyết"); // a character boundary
    const bytes = new Uint8Array([...good.subarray(0, cut), 0xff, ...good.subarray(cut), 0xc3]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe(Buffer.from(bytes).toString("utf8"));
    const offset = decoded.text.indexOf("\ufffd");
    expect(offset).toBe(Buffer.from(good.subarray(0, cut)).toString("utf8").length);
    expect(decoded.problems).toEqual([
      {
        severity: "warning",
        ruleId: "decode-invalid-utf8",
        reason: `2 ill-formed UTF-8 sequences (first at byte ${cut}), read as U+FFFD`,
        place: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 1, offset } },
      },
    ]);
    expect(offset).toBe("Nghị quyết".length);
    // a byte inside a character: that character's bytes are ill-formed too
    const split = new Uint8Array([...good.subarray(0, 12), 0xff, ...good.subarray(12)]);
    const note = decode(split).problems[0];
    expect(note).toMatchObject({ ruleId: "decode-invalid-utf8", place: { start: { offset: "Nghị quy".length } } });
    expect(decode(split).text.slice(0, 12)).toBe("Nghị quy���t");
  });

  it("an encoding that is not Vietnamese: warning, decoded as Windows-1258", () => {
    const decoded = decode(cp1252("Größe der Straße: Übung für Ärzte, öffentliche Märkte"));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.problems.map((n) => `${n.severity}:${n.ruleId}`)).toEqual(["warning:decode-unknown-encoding", "info:decode-detected"]);
    expect(decoded.text).toContain("Straße");
  });

  it("TCVN3 that lost its 'ư': warning at the first broken word, text not repaired", () => {
    const text = `${MOTTO}\nNhững người được hưởng lương thường xuyên\nTrường học, phương hướng như trước\n`;
    const decoded = decode(damagedTcvn3(text));
    expect(decoded.encoding).toBe("tcvn3");
    expect(decoded.text).toBe(text.replaceAll("ư", ""));
    const damaged = decoded.problems.find((n) => n.ruleId === "decode-tcvn3-damaged");
    expect(damaged?.severity).toBe("warning");
    expect(damaged?.reason).toMatch(/^the TCVN3 text seems to have lost its 'ư' \(byte 0xAD, stripped as a soft hyphen\); check the source/);
    const offset = damaged!.place!.start.offset;
    expect(decoded.text.slice(offset, offset + 3)).toBe("đợc");
    // the second line: the place is a line and column in the decoded text, as every message's is
    expect(damaged!.place!.start).toEqual({ line: 2, column: offset - MOTTO.length, offset });
    // the same text intact: no warning
    expect(ruleIds(tcvn3(text))).toEqual(["info:decode-detected"]);
    expect(tcvn3Damage("người được hưởng lương thường")).toBeUndefined();
  });
});

describe("decode: work", () => {
  const line = `${SENTENCE}; ${MOTTO}; tỷ lệ hồ sơ trực tuyến đạt trên 80%\n`;
  const text = (size: number) => line.repeat(Math.ceil(size / Buffer.byteLength(line)));
  /** the length of every byte run each legacy code page is asked to decode */
  function decodedLengths(bytes: Uint8Array): Record<string, number[]> {
    const spies = LEGACY_CODECS.map((codec) => [codec.name, vi.spyOn(codec, "decode")] as const);
    try {
      decode(bytes);
      return Object.fromEntries(spies.map(([name, spy]) => [name, spy.mock.calls.map(([run]) => run.length)]));
    } finally {
      for (const [, spy] of spies) spy.mockRestore();
    }
  }

  it("reads UTF-8 without trying a legacy code page", () => {
    const bytes = utf8(text(1 << 20));
    expect(decodedLengths(bytes)).toEqual({ "tcvn3": [], "vni-windows": [], "windows-1258": [] });
    expect(decode(bytes).text).toBe(text(1 << 20));
  });

  it("tries each legacy code page on a sample, then decodes the whole file once", () => {
    const bytes = tcvn3(text(1 << 20));
    const lengths = decodedLengths(bytes);
    const [sample] = lengths["vni-windows"];
    expect(sample).toBeLessThanOrEqual(SAMPLE_BYTES);
    expect(sample).toBeGreaterThan(SAMPLE_BYTES - 4096);
    expect(lengths).toEqual({ "tcvn3": [sample, bytes.length], "vni-windows": [sample], "windows-1258": [sample] });
    expect(decode(bytes).encoding).toBe("tcvn3");
  });

  it.each([
    ["UTF-8", (size: number) => utf8(text(size))],
    ["TCVN3", (size: number) => tcvn3(text(size))],
  ] as const)("%s: time grows linearly with the file", (_name, file) => {
    const g = growth(file, decode, [128 << 10, 1 << 20]);
    expect(g.linear, g.summary).toBe(true);
  });
});
