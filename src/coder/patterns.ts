import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { dataPath } from '../datafile/paths.ts';
import { DataFileError, readTsv } from '../datafile/tsv.ts';
import { MembershipChange, PloverType } from '../model/index.ts';
import type { Lang } from '../lexicon/index.ts';
import { YamlSource } from '../datafile/yaml.ts';
import { normalise } from '../text/index.ts';
import type { CameoCode } from './cameo.ts';

/**
 * Event and membership patterns (`data/patterns/<lang>/*.yaml`) compiled into trigger entries.
 * Arabic verb lines "perfect | imperfect" are expanded into every person, number and gender with
 * `data/lang/ar/verb-inflection.tsv`; English triggers are kept as base forms and matched by lemma.
 */

export type Role = 'source' | 'target';

interface PatternBase {
  id: string;
  lang: Lang;
  where: string;
  target: string[];
  source: string[];
  object: 'target' | 'none';
  genitive: Role;
  symmetric: boolean;
  /** The grammatical subject is the target: a host (استقبل، received) is visited by its object. */
  reversed: boolean;
  /** What it governs is coded instead of it (وافق البنك على تمويل → the funding, not the approval). */
  yields: boolean;
  /**
   * Its nouns are events only after a light verb (وقعت X اتفاقية، توصلا إلى اتفاق); alone they name
   * an agreement talked about (احتجاجاً على اتفاقية، مشاركة روسيا في اتفاق).
   */
  needsLightVerb: boolean;
  /**
   * Words one of which must follow in the sentence for the trigger to count (وصف X بأنه اعتداء،
   * اعتبرته تدخلاً); what it governs then names no event of its own.
   */
  needsAfter: string[];
  /**
   * A meeting a grouping holds (قمة مجموعة العشرين، قمة قادة المنظمة): the grouping named in the
   * sentence is the source, and the meeting has no target.
   */
  convened: boolean;
  /** A mediation (بوساطة مصرية): without parties of its own it is aimed at those of the event it frames. */
  mediates: boolean;
  /** Each side does it to the other (فك الاشتباك، تبادل الاتهامات): two events, one each way. */
  mutual: boolean;
}

export interface EventPattern extends PatternBase {
  kind: 'event';
  type: PloverType;
  mode: string | null;
  context: string[];
  cameo: CameoCode;
  /** A negated approval is a refusal (لن توافق، will not accept): coded with this code, not negated. */
  negatedAs: CameoCode | null;
}

export interface MembershipPattern extends PatternBase {
  kind: 'membership';
  change: MembershipChange;
}

export type Pattern = EventPattern | MembershipPattern;

/** One written form of a trigger: a verb form (with its tense, for قد) or a noun. */
export interface TriggerForm {
  pattern: Pattern;
  pos: 'verb' | 'noun';
  tense: 'perfect' | 'imperfect' | null;
  /** The words as the trie stores them. */
  words: string[];
}

interface Inflection {
  tense: 'perfect' | 'imperfect';
  template: string;
}

let inflections: Inflection[] | undefined;

function verbInflections(): Inflection[] {
  const file = dataPath('lang', 'ar', 'verb-inflection.tsv');
  inflections ??= readTsv(file, 2).map(({ fields, line }) => {
    const tense = (fields[0] ?? '').trim();
    if (tense !== 'perfect' && tense !== 'imperfect') throw new DataFileError(file, line, `tense "${tense}" is not perfect or imperfect`);
    return { tense, template: normalise((fields[1] ?? '').trim()) };
  });
  return inflections;
}

/** "قصف | يقصف" → every inflected form with its tense. */
export function arabicVerbForms(line: string, fail: (why: string) => never): { form: string; tense: 'perfect' | 'imperfect' }[] {
  const [perfect, imperfect] = line.split('|').map((s) => normalise(s.trim()));
  if (!perfect || !imperfect) fail(`verb "${line}" is not "perfect | imperfect"`);
  if (!imperfect.startsWith('ي')) fail(`imperfect "${imperfect}" does not start with ي`);
  const core = imperfect.slice(1);
  return verbInflections().map((i) => ({ tense: i.tense, form: i.template.replace('*', i.tense === 'perfect' ? perfect : core) }));
}

function texts(src: YamlSource, node: Node, key: string): { value: string; node: Node }[] {
  return src.texts(src.get(node, key), key);
}

function optionalText(src: YamlSource, node: Node, key: string): string | null {
  const n = src.get(node, key);
  return n === undefined || n === null ? null : src.text(n, key);
}

function readBase(src: YamlSource, node: Node, lang: Lang): PatternBase {
  const id = src.text(src.get(node, 'id'), 'id');
  const object = optionalText(src, node, 'object') ?? 'target';
  if (object !== 'target' && object !== 'none') src.fail(node, `${id}: object "${object}" is not target or none`);
  const genitive = optionalText(src, node, 'genitive') ?? 'source';
  if (genitive !== 'source' && genitive !== 'target') src.fail(node, `${id}: genitive "${genitive}" is not source or target`);
  const symmetric = src.get(node, 'symmetric');
  const reversed = src.get(node, 'reversed');
  const yields = src.get(node, 'yields');
  const needsLightVerb = src.get(node, 'needs_light_verb');
  const convened = src.get(node, 'convened');
  const mediates = src.get(node, 'mediates');
  const mutual = src.get(node, 'mutual');
  const flag = (n: typeof symmetric): boolean => n !== undefined && n !== null && 'value' in n && n.value === true;
  return {
    id, lang, where: src.where(node), object, genitive,
    target: texts(src, node, src.get(node, 'grouping') !== undefined ? 'grouping' : 'target').map((t) => normalise(t.value)),
    source: texts(src, node, 'source').map((t) => normalise(t.value)),
    symmetric: flag(symmetric),
    reversed: flag(reversed),
    yields: flag(yields),
    needsLightVerb: flag(needsLightVerb),
    convened: flag(convened),
    mediates: flag(mediates),
    mutual: flag(mutual),
    needsAfter: texts(src, node, 'needs_after').map((t) => normalise(t.value)),
  };
}

function readPattern(src: YamlSource, node: Node, lang: Lang, cameo: Map<string, CameoCode>, memberships: boolean): Pattern {
  const base = readBase(src, node, lang);
  if (memberships) {
    const change = MembershipChange.safeParse(optionalText(src, node, 'change'));
    if (!change.success) src.fail(node, `${base.id}: change must be one of ${MembershipChange.options.join(', ')}`);
    return { ...base, kind: 'membership', change: change.data };
  }
  const type = PloverType.safeParse(optionalText(src, node, 'type'));
  if (!type.success) src.fail(node, `${base.id}: type must be one of PLOVER's 16 (${PloverType.options.join(', ')})`);
  const code = optionalText(src, node, 'cameo') ?? '';
  const c = cameo.get(code);
  if (!c) src.fail(node, `${base.id}: CAMEO code "${code}" is not in cameo.tsv`);
  const refusal = optionalText(src, node, 'negated_as');
  const negatedAs = refusal === null ? null : cameo.get(refusal);
  if (negatedAs === undefined || (negatedAs && !negatedAs.plover)) src.fail(node, `${base.id}: negated_as "${refusal ?? ''}" is not a CAMEO code of cameo.tsv with a PLOVER type`);
  return {
    ...base, kind: 'event', type: type.data, cameo: c, negatedAs: negatedAs ?? null,
    mode: optionalText(src, node, 'mode'),
    context: texts(src, node, 'context').map((t) => t.value),
  };
}

/**
 * A pattern with `objects` is a frame: its verbs are events only with one of those objects after
 * them (أرسل + قوات، جنود، مدمرات), so each verb form is joined to each object.
 */
function verbForms(src: YamlSource, node: Node, pattern: Pattern, words: (text: string) => string[], fail: (why: string) => never): TriggerForm[] {
  const objects = texts(src, node, 'objects').map((o) => o.value);
  const out: TriggerForm[] = [];
  const push = (form: string, tense: TriggerForm['tense']): void => {
    if (objects.length === 0) out.push({ pattern, pos: 'verb', tense, words: words(form) });
    for (const o of objects) out.push({ pattern, pos: 'verb', tense, words: words(`${form} ${o}`) });
  };
  for (const v of texts(src, node, 'verbs')) {
    if (pattern.lang === 'ar') for (const f of arabicVerbForms(v.value, fail)) push(f.form, f.tense);
    else push(v.value, null);
  }
  if (objects.length > 0 && out.length === 0) fail('objects without verbs');
  return out;
}

function formsOf(src: YamlSource, node: Node, pattern: Pattern, words: (text: string) => string[]): TriggerForm[] {
  const fail = (why: string): never => src.fail(node, `${pattern.id}: ${why}`);
  const out = verbForms(src, node, pattern, words, fail);
  for (const f of texts(src, node, 'forms')) out.push({ pattern, pos: 'verb', tense: null, words: words(f.value) });
  for (const n of texts(src, node, 'nouns')) out.push({ pattern, pos: 'noun', tense: null, words: words(n.value) });
  if (out.length === 0) fail('no verbs, forms or nouns');
  return out;
}

export interface PatternSet {
  patterns: Pattern[];
  forms: TriggerForm[];
}

/** Reads every pattern file of a language; `words` turns a written trigger into trie keys. */
export function readPatterns(lang: Lang, cameo: Map<string, CameoCode>, words: (text: string) => string[], dir = dataPath('patterns', lang)): PatternSet {
  const patterns: Pattern[] = [];
  const forms: TriggerForm[] = [];
  const ids = new Map<string, string>();
  if (!existsSync(dir)) return { patterns, forms };
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const src = new YamlSource(join(dir, name));
    for (const node of src.items(src.root, 'a patterns file')) {
      const pattern = readPattern(src, node, lang, cameo, name.startsWith('memberships'));
      const seen = ids.get(pattern.id);
      if (seen) src.fail(node, `id ${pattern.id} is already used at ${seen}`);
      ids.set(pattern.id, pattern.where);
      patterns.push(pattern);
      forms.push(...formsOf(src, node, pattern, words));
    }
  }
  return { patterns, forms };
}
