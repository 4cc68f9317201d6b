// Screenshots of every dashboard page in English and Arabic into docs/screenshots/, for the README:
// the bundled samples are coded into a fresh database, served, and captured with Debian's Chromium.
// Run with `npm run screenshots` (it builds first); needs /usr/bin/chromium (scripts/ensure-chromium.sh).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coder/index.ts';
import { PACKAGE_ROOT } from '../src/datafile/paths.ts';
import { buildServer } from '../src/server/app.ts';
import type { Page } from 'playwright-core';
import { launch, openPage } from '../test/e2e/harness.ts';

const OUT = join(PACKAGE_ROOT, 'docs', 'screenshots');

const TOKEN = randomUUID();

type Lang = 'en' | 'ar';

/** Opens the first event's evidence, as an analyst would. */
async function openEvidence(page: Page): Promise<void> {
  await page.getByTestId('event-table').locator('button').first().click();
  await page.getByTestId('evidence-sentence').first().waitFor();
}

// short articles of our own, one per interface language, so each shot shows a fresh coding
const INGEST = {
  ar: { title: 'مصر والأردن توقعان اتفاقية للربط الكهربائي', text: 'استقبل وزير الخارجية المصري في القاهرة أمس نظيره الأردني. ووقعت مصر والأردن اتفاقية للربط الكهربائي.' },
  en: { title: 'Kenya and Ethiopia sign a power deal', text: 'Kenyan President met Ethiopian Prime Minister in Nairobi on Monday. Kenya and Ethiopia signed an agreement on electricity trade.' },
};

/** Codes a short article of our own through the form and waits for its events. */
async function ingest(page: Page, lang: Lang): Promise<void> {
  await page.locator('#ingest-text').fill(INGEST[lang].text);
  await page.locator('#ingest-title').fill(INGEST[lang].title);
  await page.locator('#ingest-token').fill(TOKEN);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('ingest-result').waitFor();
}

const PAGES: [name: string, path: string, prepare?: (page: Page, lang: Lang) => Promise<void>][] = [
  ['overview', '/'],
  ['dyad', '/ui/dyad?source=DZA&target=MAR&by=month', openEvidence],
  ['network', '/ui/network'],
  ['groupings', '/ui/groupings'],
  ['grouping', '/ui/groupings/BRICS'],
  ['map', '/ui/map?actor=USA'],
  ['search', '/ui/search?q=بريكس'],
  ['ingest', '/ui/ingest', ingest],
];

async function main(): Promise<void> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'nasij-shots-')), 'samples.db');
  // the same ingest as `npm start`
  execFileSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'nasij.js'), 'ingest', join(PACKAGE_ROOT, 'samples'), '--db', dbFile], { stdio: 'inherit' });
  const coder = Coder.load();
  const app = await buildServer({ dbFile, coder: () => coder, token: TOKEN, bodyLimit: 1_000_000, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launch();
  mkdirSync(OUT, { recursive: true });
  try {
    for (const lang of ['en', 'ar'] as const satisfies Lang[]) {
      const { page } = await openPage(browser, lang);
      for (const [name, path, prepare] of PAGES) {
        await page.goto(url + path, { waitUntil: 'networkidle' });
        await prepare?.(page, lang);
        await page.waitForTimeout(400); // let charts finish their entry animation
        await page.screenshot({ path: join(OUT, `${name}-${lang}.png`), fullPage: false });
        process.stderr.write(`screenshots: ${name}-${lang}.png\n`);
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
