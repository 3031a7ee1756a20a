/**
 * How far the readers of a figure look around it. Each is a size the language sets, not a
 * tuning knob: the phrases they must hold are the examples of the rules that read them,
 * and grammars/targets.corpus.ts holds whole clauses that depend on them.
 */
export const windows = {
  /**
   * characters before a figure that its lead words stand in ("đạt tối thiểu", "thuộc
   * nhóm", "mức độ 3, 4", "Nghị quyết số"): the longest such phrase with its fillers
   */
  leadCharacters: 60,
  /** characters before a 4-digit number where "năm", "giai đoạn", "đến" make it a year */
  yearContextCharacters: 20,
  /** characters after a figure where its own year stands: "40% (năm 2020)" */
  ownYearCharacters: 16,
  /** a year that far into the text after a figure belongs to it: "40% năm 2020" */
  ownYearStart: 3,
  /**
   * words between a figure and "trở lên" for the comparator to be its own: "06 huyện,
   * thị xã, thành phố trở lên", not a phrase of the next part of the clause
   */
  comparatorAfterWords: 8,
  /** the noun phrase after a figure where its level is named ("… tại cấp tỉnh") */
  scopeWords: 16,
  /** a figure followed by this few words takes the level named before it ("cấp xã đạt 60%") */
  scopeBackWords: 2,
  /** an indicator cue this many words away from its figure weighs half as much */
  cueHalfWeightWords: 12,
  /**
   * characters after a figure where the base of its ratio ends: the noun it counts (up to
   * six words: "doanh nghiệp công nghệ số"), then "trên một vạn dân"
   */
  perCharacters: 80,
  /** words of an unknown indicator's slug ("other:tra_cuu_thong_tin") */
  slugWords: 4,
} as const;
