import type { Command } from 'commander';
import type { Language, Token } from '../../model/index.ts';
import { analyseText, stemArabic, stemEnglish } from '../../text/index.ts';
import { InputError, type RawDocument } from '../../ingest/index.ts';
import { EXIT_FAILURE, EXIT_OK, isCalendarDay, makeContext, parseDateOption, todayUtc, UsageError, type CliContext } from '../context.ts';
import { forEachInput } from '../inputs.ts';

/**
 * `nasij text`: the text engine's view of a document, one JSON Lines record per sentence with its
 * tokens, clitic analyses, stems and the dates found. A debugging tool for data-file editors.
 */

interface TextOptions {
  date?: string;
  lang?: string;
}

const LANG_CHOICES = ['ar', 'en', 'auto'];

function stemsOf(token: Token, lang: Language): string[] {
  if (token.kind !== 'word') return [];
  if (lang === 'en') return [stemEnglish(token.norm)];
  if (lang !== 'ar') return [];
  return [...new Set(token.analyses.map((a) => stemArabic(a.stem)))];
}

function describe(doc: RawDocument, date: string, lang: Language | undefined, ctx: CliContext): void {
  const analysed = analyseText(doc.text, { published: date, lang });
  for (const s of analysed.sentences) {
    ctx.emit({
      kind: 'sentence',
      doc_id: doc.name,
      index: s.index,
      start: s.start,
      end: s.end,
      lang: s.lang,
      text: analysed.text.slice(s.start, s.end),
      tokens: analysed.tokens
        .filter((t) => t.sentence === s.index)
        .map((t) => ({ start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind, analyses: t.analyses, stems: stemsOf(t, s.lang) })),
      dates: analysed.dates.filter((d) => d.start >= s.start && d.end <= s.end),
    });
  }
}

/** The date in a file's front matter, or today's when it has none. */
export function articleDate(doc: RawDocument): string {
  const given = doc.meta.date;
  if (given === undefined) return todayUtc();
  if (!isCalendarDay(given)) throw new InputError(doc.name, `front matter date "${given}" is not a day as YYYY-MM-DD`);
  return given;
}

function parseLang(value: string | undefined): Language | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (!LANG_CHOICES.includes(value)) throw new UsageError(`--lang must be one of ${LANG_CHOICES.join(', ')}, got "${value}"`);
  return value as Language;
}

export function registerText(program: Command): void {
  program
    .command('text')
    .description('print sentences, tokens, clitic analyses and dates as JSON Lines')
    .argument('[files...]', 'text or Markdown files, or - for stdin', [])
    .option('--date <YYYY-MM-DD>', 'article date that anchors relative dates (default: front matter, else today)')
    .option('--lang <ar|en|auto>', 'language of every sentence instead of detecting it', 'auto')
    .action((files: string[], options: TextOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const date = parseDateOption(options.date);
      const lang = parseLang(options.lang);
      const ok = forEachInput(files, ctx, (doc) => describe(doc, date ?? articleDate(doc), lang, ctx));
      process.exitCode = ok ? EXIT_OK : EXIT_FAILURE;
    });
}
