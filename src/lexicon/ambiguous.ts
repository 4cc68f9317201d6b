import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { tokenise } from '../text/index.ts';
import { inflectNisba } from './inflect.ts';
import { laterWordKey } from './match.ts';
import type { AmbiguousPhrase, Lang, PhraseForm } from './types.ts';

const FORMS = ['name', 'adjective', 'people'];

/**
 * `ambiguous.tsv`: phrases that several entries may claim (جورجيا the state and the US state;
 * الكونغو both Congos; Congolese). Columns: lang, phrase, preferred code, all codes (comma-separated),
 * and optionally the form (name, adjective, people). The preferred code is the reading; a phrase
 * that no entry lists is added to the preferred entry.
 */
export function readAmbiguous(file: string): AmbiguousPhrase[] {
  return readTsv(file, 4, 5).flatMap(({ fields, line }) => {
    const [lang, phrase, preferred, codes, form] = fields.map((f) => f.trim());
    if (lang !== 'ar' && lang !== 'en') throw new DataFileError(file, line, `language "${lang}" is not ar or en`);
    if (form !== undefined && !FORMS.includes(form)) throw new DataFileError(file, line, `form "${form}" is not one of ${FORMS.join(', ')}`);
    const all = (codes ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    if (!preferred || !all.includes(preferred)) throw new DataFileError(file, line, `preferred code "${preferred}" is not among "${codes}"`);
    const make = (text: string, f: PhraseForm): AmbiguousPhrase => ({
      lang: lang as Lang, text, tokens: phraseTokens(text).map((t, i) => (i === 0 ? t : laterWordKey(t))),
      preferred, codes: all, form: f, where: `${file}:${line}`,
    });
    const base = make(phrase ?? '', (form ?? 'name') as PhraseForm);
    // an Arabic adjective is ambiguous in all its inflections (كونغولية، الكونغوليون …)
    if (lang !== 'ar' || form !== 'adjective') return [base];
    return [base, ...inflectNisba(phrase ?? '').map((i) => make(i.text, i.people ? 'people' : 'adjective'))];
  });
}

/** The normalised token path of a phrase, as the matcher will see it in text. */
export function phraseTokens(text: string): string[] {
  return tokenise(text).map((t) => t.norm);
}
