// Timing helpers for `npm run bench`: medians over repeated runs, so one slow run does not skew a figure.
export interface Figure {
  /** What was measured, in English. */
  name: string;
  value: number;
  unit: string;
  /** The budget the issue sets, when there is one. */
  budget?: string;
}

export function medianMs(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round((samples[Math.floor(samples.length / 2)] ?? 0) * 100) / 100;
}
