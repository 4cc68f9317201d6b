import type { Command } from 'commander';
import { type CodedDocument, codeInParallel, type CodeInput, Coder, codeToJsonLines, parseJsonlLine, startWorkers } from '../../coder/index.ts';
import type { Language } from '../../model/index.ts';
import { EXIT_FAILURE, EXIT_OK, makeContext, parseDateOption, todayUtc, UsageError, type CliContext } from '../context.ts';
import { forEachInput } from '../inputs.ts';
import { articleDate } from './text.ts';

/**
 * `nasij code`: news in, JSON Lines of events, memberships and groupings out. Plain files are one
 * document each (doc_id = file name); `--input jsonl` reads {"id","text","date"?,"lang"?} lines.
 */

interface CodeOptions {
  input: string;
  date?: string;
  lang: string;
  threads: string;
  explain?: boolean;
  strict?: boolean;
  lexicon: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseLang(value: string): Language | undefined {
  if (value === 'auto') return undefined;
  if (value !== 'ar' && value !== 'en') throw new UsageError(`--lang must be ar, en or auto, got "${value}"`);
  return value;
}

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Reads every document; a bad JSONL line is reported (or, with --strict, stops the run). */
function collectInputs(files: string[], options: CodeOptions, ctx: CliContext): { inputs: CodeInput[]; ok: boolean } {
  const date = parseDateOption(options.date);
  const lang = parseLang(options.lang);
  const inputs: CodeInput[] = [];
  let ok = true;
  const readOk = forEachInput(files, ctx, (doc) => {
    if (options.input === 'text') {
      inputs.push({ docId: doc.name, text: doc.text, date: date ?? articleDate(doc), lang });
      return;
    }
    doc.text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '' || (!ok && options.strict)) return;
      const parsed = parseJsonlLine(line);
      if (!parsed.ok) {
        ctx.fail(`${doc.name}:${i + 1}: ${parsed.error}`);
        ok = false;
        return;
      }
      const d = parsed.doc;
      inputs.push({ docId: d.id, text: d.text, date: d.date ?? date ?? todayUtc(), lang: d.lang ?? lang });
    });
  });
  return { inputs, ok: ok && readOk };
}

function printExplanation(doc: CodedDocument, docId: string): void {
  const out: string[] = [`# ${docId}`];
  for (const s of doc.explanations) {
    out.push('', `sentence ${s.index} [${s.lang}]: ${s.text}`, `  tokens: ${s.tokens.join(' ')}`);
    out.push(`  mentions: ${s.mentions.map((m) => `${m.text} → ${m.code ?? '-'}${m.agent ? ' ' + m.agent : ''} (${m.kind})`).join('; ') || 'none'}`);
    if (s.triggers.length === 0) out.push('  triggers: none');
    for (const t of s.triggers) {
      out.push(`  trigger "${t.trigger}" → rule ${t.rule}${t.also.length ? ` (also: ${t.also.join(', ')})` : ''}`);
      for (const r of t.reasons) out.push(`    - ${r}`);
    }
  }
  const records = doc.records.map((r) => JSON.stringify(r));
  process.stdout.write(`${out.join('\n')}\n\nrecords:\n${records.join('\n')}\n\n`);
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code news into PLOVER/CAMEO events, memberships and groupings (JSON Lines)')
    .argument('[files...]', 'text/Markdown files or JSON Lines (--input jsonl), or - for stdin', [])
    .option('--input <text|jsonl>', 'input format', 'text')
    .option('--date <YYYY-MM-DD>', 'article date (default: front matter or the JSONL date, else today)')
    .option('--lang <ar|en|auto>', 'language of every document instead of detecting it per sentence', 'auto')
    .option('--threads <n>', 'worker threads (output is identical for any n)', '1')
    .option('--explain', 'print, per sentence, tokens, mentions, triggers and the reasons for each role')
    .option('--strict', 'stop at the first bad JSONL line instead of going on')
    .option('--lexicon <dir>', 'a folder of data files layered over the bundled lexicon (repeatable)', collect, [])
    .action(async (files: string[], options: CodeOptions) => {
      const ctx = makeContext(Boolean(program.opts().quiet));
      if (options.input !== 'text' && options.input !== 'jsonl') throw new UsageError(`--input must be text or jsonl, got "${options.input}"`);
      const threads = parseThreads(options.threads);
      const parallel = threads > 1 && !options.explain;
      // the workers load while the input is read
      const workers = parallel ? startWorkers(threads, options.lexicon) : [];
      const endWorkers = (): Promise<unknown> => Promise.all(workers.map((w) => w.terminate()));
      let collected: { inputs: CodeInput[]; ok: boolean };
      try {
        collected = collectInputs(files, options, ctx);
      } catch (err) {
        await endWorkers(); // live workers would keep the process from exiting
        throw err;
      }
      const { inputs, ok } = collected;
      if (!ok && options.strict) {
        await endWorkers();
        process.exitCode = EXIT_FAILURE;
        return;
      }
      if (parallel) {
        await codeInParallel(inputs, threads, options.lexicon, (_, coded) => ctx.emitJsonLines(coded.jsonLines), undefined, workers);
      } else {
        const coder = Coder.load(options.lexicon);
        for (const input of inputs) {
          if (options.explain) printExplanation(coder.code(input, true), input.docId);
          else ctx.emitJsonLines(codeToJsonLines(coder, input).jsonLines);
        }
      }
      process.exitCode = ok ? EXIT_OK : EXIT_FAILURE;
    });
}
