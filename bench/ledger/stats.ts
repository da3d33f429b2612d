import { performance } from 'node:perf_hooks';

/** One measured operation: milliseconds over `runs` repetitions after a warm-up. */
export interface Timing {
  label: string;
  group: string;
  runs: number;
  median: number;
  p95: number;
  /**
   * For lists and searches: the same rows by the plainest hand-written SQL, and ours ÷ plain (of the medians, which a
   * busy machine disturbs less than the p95).
   */
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
  runs: number,
  work: (i: number) => unknown,
  prepare?: (i: number) => unknown,
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

/**
 * Times `a` and `b` (ours and the plain SQL) in turns, each after one warm-up, `b` first on every other turn: both then
 * meet the same page cache and the same busy moments of the machine. Timed one after the other, the first paid for
 * reading in the pages the second then found in memory.
 */
export async function timeInTurns(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): Promise<[{ median: number; p95: number; last: unknown }, { median: number; p95: number; last: unknown }]> {
  const sides = [
    { work: a, times: [] as number[], last: await a() },
    { work: b, times: [] as number[], last: await b() },
  ];
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const start = performance.now();
      side.last = await side.work();
      side.times.push(performance.now() - start);
    }
  }
  const [ours, plain] = sides.map((side) => {
    const sorted = [...side.times].sort((x, y) => x - y);
    return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), last: side.last };
  });
  return [ours!, plain!];
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
