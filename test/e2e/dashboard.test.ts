import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openPage, serveSeeded, SKIP, type Served } from './harness.ts';

// our own news, Arabic and English; the coder finds the events noted beside each
const ARTICLES = [
  // DZA→TUN CONSULT, TUN→DZA AGREE
  { title: 'تونس والجزائر', date: '2025-05-10', text: 'استقبل الرئيس التونسي في قرطاج أمس وزير الخارجية الجزائري. ووقعت تونس والجزائر اتفاقية للتعاون في مجال الطاقة.' },
  // TUR→GRC ACCUSE, GRC→TUR CONSULT
  { title: 'Aegean tensions', date: '2025-04-02', url: 'https://news.example/aegean', text: 'Turkey accused Greece on Monday of violating its airspace. Greek officials met Turkish diplomats in Athens on Tuesday.' },
];
// USA→IRN SANCTION, IRN→USA THREATEN
const INGESTED = { title: 'عقوبات وتهديد', text: 'فرضت الولايات المتحدة عقوبات جديدة على إيران أمس. وهددت إيران بالرد على العقوبات الأمريكية.' };
const TOKEN = 'e2e-token-8d2a';

const PAGES = ['/', '/ui/dyad?source=DZA&target=TUN', '/ui/network', '/ui/groupings', '/ui/map?actor=TUN', '/ui/search?q=الجزائر', '/ui/ingest', '/ui/actors/TUR'];

describe('the dashboard in Chromium', { skip: SKIP }, () => {
  let served: Served;
  let browser: Browser;

  before(async () => {
    served = await serveSeeded(ARTICLES, TOKEN);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('every page loads without console errors, in both languages', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page, errors } = await openPage(browser, lang);
      for (const path of PAGES) {
        await page.goto(served.url + path, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        assert.equal(await page.locator('main [role=alert]').count(), 0, `${path} (${lang}) shows an error`);
      }
      assert.deepEqual(errors, [], `console errors (${lang})`);
      await page.context().close();
    }
  });

  test('the Arabic toggle turns the whole document right to left', async () => {
    const { page, errors } = await openPage(browser, 'en');
    await page.goto(served.url + '/');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await page.getByTestId('lang-toggle').click();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await page.getByRole('heading', { level: 1, name: 'نظرة عامة' }).waitFor();
    // and back from the keyboard: the toggle is a real button
    await page.getByTestId('lang-toggle').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a dyad shows its events, and an event its sentence with actors and trigger highlighted', async () => {
    const { page, errors } = await openPage(browser, 'ar');
    await page.goto(served.url + '/ui/dyad');
    await page.locator('#dyad-source').selectOption('TUN');
    await page.locator('#dyad-target').selectOption('DZA');
    const table = page.getByTestId('event-table');
    await table.waitFor();
    assert.match(await table.innerText(), /AGREE/);
    await table.getByRole('button').first().click();
    const sentence = page.getByTestId('evidence-sentence');
    await sentence.waitFor();
    assert.equal(await sentence.getAttribute('dir'), 'rtl');
    assert.equal(await sentence.locator('mark[data-role=trigger]').innerText(), 'اتفاقية');
    assert.match(await sentence.locator('mark[data-role=source]').first().innerText(), /تونس/);
    assert.match(await sentence.locator('mark[data-role=target]').first().innerText(), /الجزائر/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('an article ingested through the Ingest page appears with its events', async () => {
    const { page, errors } = await openPage(browser, 'en');
    await page.goto(served.url + '/ui/ingest');
    await page.getByLabel('Text').fill(INGESTED.text);
    await page.getByLabel('Title').fill(INGESTED.title);
    await page.getByLabel('Date').fill('2025-06-01');
    await page.getByLabel('Token (NASIJ_TOKEN)').fill(TOKEN);
    await page.getByRole('button', { name: 'Code and store' }).click();
    const result = page.getByTestId('ingest-result');
    await result.waitFor({ timeout: 30_000 });
    assert.match(await result.innerText(), /Stored: 2 events coded/);
    const events = result.getByTestId('article-events');
    assert.match(await events.innerText(), /SANCTION/);
    assert.match(await events.innerText(), /THREATEN/);
    // and the rest of the dashboard sees it: the latest articles and the new dyad
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('link', { name: INGESTED.title }).waitFor();
    await page.goto(served.url + '/ui/dyad?source=USA&target=IRN');
    assert.match(await page.getByTestId('event-table').innerText(), /SANCTION/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the network page draws its blocs, and a state opens its profile with its partners', async () => {
    const { page, errors } = await openPage(browser, 'en');
    await page.goto(served.url + '/ui/network');
    const blocs = page.getByTestId('blocs');
    await blocs.waitFor();
    // Tunisia and Algeria cooperate: one bloc holds both
    assert.match(await blocs.innerText(), /TUN[\s\S]*DZA|DZA[\s\S]*TUN/);
    await blocs.getByRole('link', { name: 'TUN' }).first().click();
    await page.getByTestId('profile').waitFor();
    assert.match(await page.getByTestId('profile').innerText(), /DZA/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
