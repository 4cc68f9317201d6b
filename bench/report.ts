/** Benchmark helpers: wall-clock timing and a uniform printed report. */

export function timed(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(title: string, figures: Record<string, string | number>): void {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(28)} ${v}`);
}
