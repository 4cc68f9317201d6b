export { AnalysisError, MAX_PERIODS } from './errors.ts';
export { PERIODS, periodOf, periodsBetween, movingAverage, type Period } from './periods.ts';
export { DyadSeries, DIRECTIONS, type Direction, type DyadSeriesQuery, type SeriesPoint, type Smoothed } from './dyad-series.ts';
export { ActorProfiles, type ActorProfile, type Counterpart, type ProfileQuery, type TypeCount } from './profile.ts';
export { AlignmentNetwork, type Bloc, type BlocRelation, type Network, type NetworkEdge, type NetworkNode, type NetworkOptions } from './network.ts';
export { HedgingAnalysis, type BlocShare, type Hedging, type StateHedging } from './hedging.ts';
export { FormatsAnalysis, CHANGES, MINILATERAL_MIN, MULTILATERAL_MIN, SETTINGS, type Formats, type FormatPoint, type MembershipCounts, type Setting } from './formats.ts';
export { stateCodes } from './actor-kinds.ts';
