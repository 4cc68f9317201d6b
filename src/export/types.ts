import type { ReportedActor, ReportedEvent } from '../store/index.ts';

/**
 * What an exporter is given: a stored event (one per distinct event, however many articles
 * reported it) with the actors, sentence and article of its first report as its evidence.
 */
export type ExportEvent = ReportedEvent;
export type ExportActor = ReportedActor;

/** What the exporters need to know of codes: which are states, and the CAMEO names. */
export interface CodeBook {
  isState(code: string): boolean;
  cameoName(code: string): string;
}
