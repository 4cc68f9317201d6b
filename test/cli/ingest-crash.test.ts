import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDb } from '../../src/store/index.ts';
import { BIN, nasij } from './helpers.ts';
import { generatedJsonl } from './ingest-corpus.ts';
import { contents } from './store-contents.ts';

const ARTICLES = 400;
/** Articles committed before the kill: enough to be sure some were, few enough to be mid-run. */
const KILL_AFTER = 20;

function articleCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = openDb(file);
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
}

test('ingest: killed with SIGKILL mid-run and run again, the database holds every article once with all its events, as a clean run does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-crash-'));
  const input = join(dir, 'news.jsonl');
  writeFileSync(input, generatedJsonl(ARTICLES));

  const clean = join(dir, 'clean.db');
  const once = nasij(['ingest', input, '--db', clean, '--quiet']);
  assert.equal(once.status, 0, once.stderr);

  const crashed = join(dir, 'crashed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', crashed, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let committed = 0;
  while (committed < KILL_AFTER && child.exitCode === null) {
    await sleep(5);
    committed = articleCount(crashed);
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest was still running when it was killed');
  const atKill = articleCount(crashed);
  assert.ok(atKill >= KILL_AFTER && atKill < ARTICLES, `killed mid-run: ${atKill} of ${ARTICLES} articles stored`);

  const rerun = nasij(['ingest', input, '--db', crashed]);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${ARTICLES - atKill} articles added .* ${atKill} already stored`));

  const expected = contents(clean);
  const got = contents(crashed);
  assert.equal((got.articles ?? []).length, ARTICLES);
  assert.ok((expected.mentions ?? []).length > ARTICLES, 'the articles hold events');
  assert.deepEqual(got.integrity, [['ok']]);
  for (const key of Object.keys(expected)) assert.deepEqual(got[key], expected[key], key);
});
