/** A query the analyses cannot answer as asked (a range too long for its periods): a usage error, not a fault. */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

/** Beyond this a zero-filled series is no longer a chart but a mistake (80 years of days). */
export const MAX_PERIODS = 30_000;
