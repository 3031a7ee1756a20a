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

/** "cấp tỉnh", "cấp huyện", "cấp xã", anywhere in the target's noun phrase */
export const levelPhrase = rule<{ scope: Level }>({
  name: "scope-level",
  pattern:
    `{{WS}}cấp\\s+(?:(?<province>tỉnh|thành phố trực thuộc trung ương)|(?<district>huyện|quận)|(?<commune>xã|cơ sở)|(?<village>thôn|bản))` +
    `|{{WS}}tại\\s+(?:trung tâm\\s+)?(?:các\\s+)?(?:(?<district2>huyện|quận)|(?<commune2>xã|phường|thị trấn)|(?<village2>thôn|bản))` +
    `|{{WS}}(?<household>hộ gia đình|hộ dân){{WE}}`,
  read,
  examples: [
    ["hồ sơ công việc tại cấp tỉnh", { scope: "province" }],
    ["cơ quan Nhà nước cấp tỉnh có", { scope: "province" }],
    ["ngân sách cấp huyện", { scope: "district" }],
    ["đạt 100% cấp xã", { scope: "commune" }],
    ["tuyến đường chính tại trung tâm các huyện, thành phố", { scope: "district" }],
    ["số hộ gia đình", { scope: "household" }],
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
    [" thôn và", { scope: "village" }],
    [" số thôn, bản, cụm dân cư", { scope: "village" }],
    [" xã, phường, thị trấn", { scope: "commune" }],
    [" thị trấn của các huyện miền núi", { scope: "commune" }],
    [" huyện, thị xã, thành phố trở lên", { scope: "district" }],
    [" trở lên các xã, phường", { scope: "commune" }],
    [" các huyện, thị xã", { scope: "district" }],
    [" hộ gia đình có", { scope: "household" }],
  ],
  counterexamples: [" các sở, ban, ngành, huyện", " hộ kinh doanh", " cơ quan cấp tỉnh", " xã hội"],
});
