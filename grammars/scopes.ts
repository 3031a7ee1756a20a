/**
 * Administrative scope of a target: the level it names (cấp tỉnh / cấp huyện / cấp xã /
 * thôn / hộ gia đình), right after the number or as "cấp X" / "tại … các huyện" in
 * its noun phrase.
 */
import { rule } from "../src/grammar/rule.js";
import type { Scope } from "../src/schema/document.js";

type Level = Exclude<Scope, null>;

const read = (m: RegExpExecArray): { scope: Level } | null => {
  const g = m.groups!;
  const scope = (["province", "district", "commune", "village", "household"] as const).find((k) => g[k] !== undefined || g[`${k}2`] !== undefined);
  return scope ? { scope } : null;
};

/** every level from one to another ("từ cấp tỉnh đến cấp xã", "từ tỉnh đến cơ sở"): no one level */
export const levelRange = rule({
  name: "scope-level-range",
  pattern: `{{WS}}(?:ở\\s+)?(?:các\\s+)?(?:cấp\\s+)?từ\\s+(?:cấp\\s+)?(?:tỉnh|trung ương|huyện)\\s+(?:đến|tới|xuống)\\s+(?:cấp\\s+)?(?:huyện|xã|cơ sở|thôn|bản){{WE}}`,
  examples: [
    { text: "100% các cơ quan nhà nước từ cấp tỉnh đến cấp xã có hệ thống", match: "từ cấp tỉnh đến cấp xã" },
    { text: "cơ quan đảng từ tỉnh đến cơ sở", match: "từ tỉnh đến cơ sở" },
  ],
  counterexamples: ["hồ sơ công việc tại cấp tỉnh", "từ năm 2021 đến năm 2025"],
});

/** "cấp tỉnh", "cấp huyện", "cấp xã", anywhere in the target's noun phrase */
export const levelPhrase = rule<{ scope: Level }>({
  name: "scope-level",
  pattern:
    `{{WS}}cấp\\s+(?:(?<province>tỉnh|thành phố trực thuộc trung ương)|(?<district>huyện|quận)|(?<commune>xã|cơ sở)|(?<village>thôn|bản))` +
    `|{{WS}}tại\\s+(?:trung tâm\\s+)?(?:các\\s+)?(?:(?<district2>huyện|quận)|(?<commune2>xã|phường|thị trấn)|(?<village2>thôn|bản))` +
    `|{{WS}}(?<household>hộ gia đình|hộ dân){{WE}}`,
  read,
  examples: [
    { text: "hồ sơ công việc tại cấp tỉnh", match: "cấp tỉnh", reads: { scope: "province" } },
    { text: "cơ quan Nhà nước cấp tỉnh có", match: "cấp tỉnh", reads: { scope: "province" } },
    { text: "ngân sách cấp huyện", match: "cấp huyện", reads: { scope: "district" } },
    { text: "đạt 100% cấp xã", match: "cấp xã", reads: { scope: "commune" } },
    { text: "tuyến đường chính tại trung tâm các huyện, thành phố", match: "tại trung tâm các huyện", reads: { scope: "district" } },
    { text: "số hộ gia đình", match: "hộ gia đình", reads: { scope: "household" } },
    { text: "camera tại các thôn, bản", match: "tại các thôn", reads: { scope: "village" } },
  ],
  counterexamples: ["UBND các cấp", "các cấp chính quyền", "cấp ủy đảng", "hộ kinh doanh cá thể", "hộ sản xuất nông nghiệp"],
});

/** the unit counted, right after the number: "100% thôn", "06 huyện", "80% trở lên các xã" */
export const headNoun = rule<{ scope: Level }>({
  name: "scope-head-noun",
  pattern:
    `^\\s*(?:trở lên\\s+)?(?:(?:các|số|tổng số|những)\\s+)?(?:` +
    `(?<village>thôn|bản|tổ dân phố|khu phố|ấp|làng|cụm dân cư|khu dân cư)|` +
    `(?<commune>xã(?!\\s+hội)|phường|thị trấn|đơn vị hành chính cấp xã)|` +
    `(?<district>huyện|thị xã|quận|đơn vị hành chính cấp huyện)|` +
    `(?<household>hộ gia đình|hộ dân))(?![\\p{L}\\p{M}])`,
  read,
  examples: [
    { text: "cáp quang đến 100% thôn và tổ dân phố", after: "100%", match: " thôn", reads: { scope: "village" } },
    { text: "phủ đến 100% số thôn, bản, cụm dân cư", after: "100%", match: " số thôn", reads: { scope: "village" } },
    { text: "100% xã, phường, thị trấn", after: "100%", match: " xã", reads: { scope: "commune" } },
    { text: "80% thị trấn của các huyện miền núi", after: "80%", match: " thị trấn", reads: { scope: "commune" } },
    { text: "có 06 huyện, thị xã, thành phố trở lên", after: "06", match: " huyện", reads: { scope: "district" } },
    { text: "đạt 80% trở lên các xã, phường", after: "80%", match: " trở lên các xã", reads: { scope: "commune" } },
    { text: "100% các huyện, thị xã", after: "100%", match: " các huyện", reads: { scope: "district" } },
    { text: "trên 80% hộ gia đình có kết nối", after: "80%", match: " hộ gia đình", reads: { scope: "household" } },
  ],
  counterexamples: [
    { text: "100% các sở, ban, ngành, huyện", after: "100%" },
    { text: "50% hộ kinh doanh", after: "50%" },
    { text: "100% cơ quan cấp tỉnh", after: "100%" },
    { text: "20% xã hội hóa", after: "20%" },
  ],
});
