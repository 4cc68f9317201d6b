/**
 * What an exporter is given: a stored event (one row per distinct event, however many articles
 * reported it) with the actors, sentence and article of its first report as its evidence.
 */

export interface ExportActor {
  code: string;
  /** Sector code (GOV, MIL, REB …) or null. */
  agent: string | null;
  /** The words of the text that named it. */
  text: string;
}

export interface ExportEvent {
  id: number;
  date: string;
  date_precision: string;
  type: string;
  mode: string | null;
  context: string[];
  cameo: string;
  quad_class: number;
  goldstein: number;
  negated: boolean;
  modality: string | null;
  sources: ExportActor[];
  targets: ExportActor[];
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  evidence: {
    article_id: string;
    /** Where the article was read: its URL, else the file it came from. */
    url: string | null;
    source: string;
    sentence_index: number;
    sentence_text: string;
    trigger_text: string;
    rule: string;
  };
  /** When the event was first stored, ISO 8601. */
  added_at: string;
}

/** What the exporters need to know of codes: which are states, and the CAMEO names. */
export interface CodeBook {
  isState(code: string): boolean;
  cameoName(code: string): string;
}
