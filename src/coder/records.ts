import * as crypto from 'node:crypto';
import type { ActorRef, DateMention, Sentence } from '../model/index.ts';
import type { ActorMention } from '../lexicon/index.ts';
import type { ActorGroup } from './view.ts';

/** Helpers shared by event, membership and grouping records: ids, sentence refs, actors, dates. */

/** One-shot hashing (Node ≥ 20.12) costs a third of a Hash object; older Node 20 releases lack it. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

export function stableId(...parts: (string | number)[]): string {
  return sha256Hex(parts.join('\u241f')).slice(0, 20);
}

export function sentenceRef(s: Sentence): { index: number; start: number; end: number } {
  return { index: s.index, start: s.start, end: s.end };
}

/**
 * Actor references of groups. An actor without a code (protesters, its troops) takes the state
 * `homeOf` gives it: the place right after it or the sentence's first coded actor.
 */
export function actorRefs(groups: ActorGroup[], homeOf: (m: ActorMention) => string | null): ActorRef[] {
  const refs: ActorRef[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const code = m.code ?? homeOf(m);
      if (code === null) continue;
      refs.push({ code, agent: m.agent, text: m.text, start: m.start, end: m.end });
    }
  }
  return refs;
}

export interface EventDate {
  date: string;
  precision: 'day' | 'month' | 'year' | 'article';
}

/** The stated date nearest the trigger in the same sentence, or the article date. */
export function eventDate(dates: DateMention[], sentence: Sentence, triggerStart: number, published: string): EventDate {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (!best || Math.abs(d.start - triggerStart) < Math.abs(best.start - triggerStart)) best = d;
  }
  return best ? { date: best.date, precision: best.precision } : { date: published, precision: 'article' };
}

/** A stated date more than a year before the article: the text recalls history. */
export function isHistorical(d: EventDate, published: string): boolean {
  if (d.precision === 'article') return false;
  const year = Number(published.slice(0, 4));
  return d.date < `${year - 1}${published.slice(4)}`;
}
