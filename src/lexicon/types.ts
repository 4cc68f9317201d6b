/** The compiled lexicon's vocabulary: entries (who), phrases (how they are written) and the trie. */

export type Lang = 'ar' | 'en';

/** How a phrase refers to its entry; composition rules depend on it. */
export type PhraseForm =
  | 'name' // مصر، Egypt، الناتو، جو بايدن
  | 'adjective' // مصري، المصرية، Egyptian
  | 'people' // المصريون، الروس، Egyptians
  | 'capital' // القاهرة، Cairo
  | 'metonym' // البيت الأبيض، the Kremlin
  | 'place' // قطاع غزة، Aleppo: a place in the state, where things happen, not who acts
  | 'agent' // الجيش، المتظاهرون، police
  | 'role'; // وزير الخارجية، president

export interface Tenure {
  code: string;
  sector: string;
  from: string | null;
  to: string | null;
  role: string;
}

export interface Member {
  code: string;
  from: string | null;
  to: string | null;
}

interface EntryBase {
  /** Unique id: the code for states and organisations, `file:line` for the rest. */
  id: string;
  names: { ar: string[]; en: string[] };
  where: string;
}

export interface StateEntry extends EntryBase {
  kind: 'state';
  code: string;
  /** A region or group of states (دول الخليج, the West) rather than one state. */
  region: boolean;
}

export interface OrganisationEntry extends EntryBase {
  kind: 'organisation';
  code: string;
  type: string;
  format: string;
  formality: string;
  issues: string[];
  founded: string | null;
  parent: string | null;
  /** null: every UN member (written `all_un_members`). */
  members: Member[] | null;
}

export interface PersonEntry extends EntryBase {
  kind: 'person';
  tenures: Tenure[];
}

export interface SectorEntry extends EntryBase {
  kind: 'agent' | 'role';
  sector: string;
}

/** A non-state actor (the Houthis, Hezbollah) coded as the state it acts in, with a sector. */
export interface GroupEntry extends EntryBase {
  kind: 'group';
  code: string;
  sector: string;
}

export type LexEntry = StateEntry | OrganisationEntry | PersonEntry | SectorEntry | GroupEntry;

export interface LexPhrase {
  lang: Lang;
  /** As written in the data file. */
  text: string;
  /** Normalised tokens: the trie path. */
  tokens: string[];
  /** All-capital acronyms (US, UK, EU) match only capitalised text, not "us". */
  caseSensitive: boolean;
  form: PhraseForm;
  entry: LexEntry;
  /** Sector this phrase implies (capital → GOV, Pentagon → MIL), over the entry's own. */
  sector: string | null;
  where: string;
  /** Counts only when composed with an agent or role word (الجيش المالي), never alone. */
  bound?: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  phrases: LexPhrase[] | null;
}

export interface AmbiguousPhrase {
  lang: Lang;
  text: string;
  tokens: string[];
  form: PhraseForm;
  /** Code chosen when nothing in the text decides. */
  preferred: string;
  codes: string[];
  where: string;
}
