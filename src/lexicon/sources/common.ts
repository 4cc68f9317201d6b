import type { Node } from 'yaml';
import type { Lang, LexEntry, PhraseForm } from '../types.ts';
import type { YamlSource } from '../../datafile/yaml.ts';

/** A phrase before tokenisation: what a source file says, with where it said it. */
export interface RawPhrase {
  lang: Lang;
  text: string;
  form: PhraseForm;
  entry: LexEntry;
  sector: string | null;
  where: string;
  /** Counts only when it qualifies an agent or role word (مالي: Malian, but mostly "financial"). */
  bound?: boolean;
}

export interface SourceResult {
  entries: LexEntry[];
  phrases: RawPhrase[];
}

export const ISO3 = /^[A-Z]{3}$/;
/** A sector code; NONE marks a phrase that is no actor (مؤتمر صحفي), to block a shorter match. */
export const SECTOR = /^(?:[A-Z]{3}|NONE)$/;
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Reads `ar:` and `en:` name lists of an entry node. */
export function readNames(src: YamlSource, node: Node | null, what: string): { ar: { value: string; node: Node }[]; en: { value: string; node: Node }[] } {
  return { ar: src.texts(src.get(node, 'ar'), `${what}.ar`), en: src.texts(src.get(node, 'en'), `${what}.en`) };
}

export function phrasesOf(
  src: YamlSource,
  list: { value: string; node: Node }[],
  lang: Lang,
  form: PhraseForm,
  entry: LexEntry,
  sector: string | null = null,
): RawPhrase[] {
  return list.map(({ value, node }) => ({ lang, text: value, form, entry, sector, where: src.where(node) }));
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, or an error at the node. */
export function checkDate(src: YamlSource, node: Node | null | undefined, value: string, what: string): string {
  if (!PARTIAL_DATE.test(value)) src.fail(node, `${what}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
}
