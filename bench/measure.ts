/** A figure measured over several rounds after warm-up. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export function summarize(samples: number[]): Stat {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, rounds: samples.length };
}

/**
 * Runs each contender once per round, in rotating order, so that a slow phase of the
 * machine lands on every contender alike; warm-up rounds are run and dropped. Returns each
 * contender's figure per kept round (index i of every list is the same round).
 */
export async function roundSamples<K extends string>(
  contenders: Record<K, () => Promise<number> | number>,
  { warmup = 1, count = 5 } = {},
): Promise<Record<K, number[]>> {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + count; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) {
      const value = await contenders[name]();
      if (round >= warmup) samples[name].push(value);
    }
  }
  return samples;
}

/** `roundSamples`, each contender summarized. */
export async function rounds<K extends string>(
  contenders: Record<K, () => Promise<number> | number>,
  options: { warmup?: number; count?: number } = {},
): Promise<Record<K, Stat>> {
  const samples = await roundSamples(contenders, options);
  return Object.fromEntries(Object.entries<number[]>(samples).map(([n, s]) => [n, summarize(s)])) as Record<K, Stat>;
}

/**
 * A ratio per round (`a[i] / b[i]`, both measured in round i), summarized: a target on a ratio
 * is judged on the median of these, and their min–max shows how much the machine moved it.
 */
export function perRoundRatio(a: number[], b: number[]): Stat {
  if (a.length !== b.length) throw new Error(`perRoundRatio: ${a.length} rounds against ${b.length}`);
  return summarize(a.map((x, i) => x / b[i]!));
}

/** Operations per second of `fn` over roughly `ms` milliseconds (synchronous work), reading the clock every `batch` calls. */
export function opsPerSecond(fn: () => unknown, ms = 300, batch = 100): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

export const ratio = (a: Stat, b: Stat): number => a.median / b.median;
export const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
