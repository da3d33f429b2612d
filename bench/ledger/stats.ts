import { performance } from 'node:perf_hooks';

/** One measured operation: milliseconds over `runs` repetitions after a warm-up. */
export interface Timing {
  label: string;
  group: string;
  runs: number;
  median: number;
  p95: number;
  /** For lists and searches: the same rows by the plainest hand-written SQL, and ours ÷ plain (of the medians, which a busy machine disturbs less than the p95). */
  plain?: { median: number; p95: number; ratio: number };
  /** The process's peak memory once this operation had run (MB). */
  peakRssMb?: number;
  /** Rows found, bytes written, or an error message: what the operation produced. */
  detail?: string;
}

export function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/**
 * Runs `work` once to warm up, then `runs` times; `work(i)` may vary its input by repetition. `prepare(i)`, when given,
 * runs untimed before each repetition (an edit before timing what follows it).
 */
export async function time(
  runs: number, work: (i: number) => unknown, prepare?: (i: number) => unknown,
): Promise<{ median: number; p95: number; last: unknown }> {
  await prepare?.(-1);
  let last = await work(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.(i);
    const start = performance.now();
    last = await work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), last };
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
