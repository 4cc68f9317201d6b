import type { Command } from 'commander';
import { Coder } from '../../coder/index.ts';
import { openDb, Recoder, StoreWriter } from '../../store/index.ts';
import { makeContext } from '../context.ts';
import { startProgress } from '../progress.ts';

/** `nasij recode`: codes stored articles again after the data files (lexicon, patterns, rules) change. */

interface RecodeOptions {
  db: string;
  all?: boolean;
  lexicon: string[];
}

export function registerRecode(program: Command): void {
  program
    .command('recode')
    .description('code stored articles again: those coded with other data files (--all: every one)')
    .option('--db <file>', 'the database', 'nasij.db')
    .option('--all', 'recode every article, not only those coded with other data files')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .action((options: RecodeOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      const db = openDb(options.db, { mustExist: true });
      try {
        const coder = Coder.load(options.lexicon);
        const recoder = new Recoder(db, new StoreWriter(db), coder);
        const ids = recoder.staleIds(Boolean(options.all));
        const progress = startProgress(ids.length, ctx.quiet);
        let before = 0;
        let after = 0;
        for (const id of ids) {
          const counts = recoder.recode(id);
          before += counts.before;
          after += counts.after;
          progress.tick();
        }
        progress.stop();
        ctx.log(`nasij: ${options.db}: ${ids.length} articles recoded with data ${coder.version} (event records ${before} → ${after})`);
      } finally {
        db.close();
      }
    });
}
