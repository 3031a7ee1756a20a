/**
 * Binary search in an ascending list: the last index k in [0, hi] whose value is at most
 * `value` (less than it when `strict`); 0 when there is none.
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number, hi = sorted.length - 1, strict = false): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strict ? sorted[mid] < value : sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
