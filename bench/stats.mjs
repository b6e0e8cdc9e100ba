// Summaries of repeated measurements: the median says how fast, min-max says how noisy.

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, min, max and the spread (max - min) relative to the median, of one list of samples. */
export function summarize(values) {
  const mid = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: mid, min, max, spread: mid === 0 ? 0 : (max - min) / Math.abs(mid), samples: values };
}

/** Element-wise a[i] / b[i]: ratios of two candidates measured in the same round. */
export function pairedRatios(a, b) {
  return a.map((value, i) => value / b[i]);
}

/** Element-wise a[i] - b[i]. */
export function pairedDifferences(a, b) {
  return a.map((value, i) => value - b[i]);
}

/** The list turned left by `by` places, so each round starts with a different candidate. */
export function rotate(list, by) {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}
