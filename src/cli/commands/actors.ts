import type { Command } from 'commander';
import { Lexicon } from '../../lexicon/index.ts';
import { analyseText } from '../../text/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption } from '../context.ts';
import { forEachInput } from '../inputs.ts';
import { articleDate } from './text.ts';

/**
 * `nasij actors`: every actor mention with its span, code, sector and the data-file line that
 * matched — the dictionary editor's tool.
 */

interface ActorsOptions {
  date?: string;
  lexicon: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('print every actor mention (span, code, sector, matching entry) as JSON Lines')
    .argument('[files...]', 'text or Markdown files, or - for stdin', [])
    .option('--date <YYYY-MM-DD>', 'date at which people are read (default: front matter, else today)')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action((files: string[], options: ActorsOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const date = parseDateOption(options.date);
      const lexicon = Lexicon.load(options.lexicon);
      ctx.log(`lexicon ${lexicon.version}: ${lexicon.compiled.entries.length} entries, ${lexicon.compiled.phrases.length} phrases`);
      const ok = forEachInput(files, ctx, (doc) => {
        const published = date ?? articleDate(doc);
        const analysed = analyseText(doc.text, { published });
        // mentions come in text order, so one walk over the sentences finds each one's sentence
        let s = 0;
        for (const m of lexicon.mentions(analysed)) {
          while (s < analysed.sentences.length - 1 && (analysed.sentences[s]?.end ?? 0) <= m.start) s++;
          ctx.emit({ doc_id: doc.name, sentence: analysed.sentences[s]?.index ?? null, ...m });
        }
      });
      process.exitCode = ok ? EXIT_OK : EXIT_FAILURE;
    });
}
