import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportEvents, GDELT_COLUMNS, type CodeBook, type ExportEvent, type TextFormat } from '../../src/export/index.ts';

const codes: CodeBook = {
  isState: (code) => code.length === 3 && code !== 'GCC',
  cameoName: (code) => ({ '036': 'Express intent to meet or negotiate', '195': 'Employ aerial weapons' })[code] ?? '',
};

const strike: ExportEvent = {
  id: 7,
  date: '2024-03-06',
  date_precision: 'day',
  type: 'ASSAULT',
  mode: 'aerial',
  context: ['military'],
  cameo: '195',
  quad_class: 4,
  goldstein: -10,
  negated: false,
  modality: null,
  sources: [{ code: 'ISR', agent: 'MIL', text: 'الجيش الإسرائيلي' }],
  targets: [{ code: 'SYR', agent: null, text: 'سوريا' }, { code: 'LBN', agent: null, text: 'لبنان' }],
  num_mentions: 3,
  num_articles: 2,
  num_sources: 2,
  evidence: {
    article_id: 'abc123',
    url: 'https://www.news.example/2024/strike',
    source: 'feed.rss',
    sentence_index: 0,
    sentence_text: 'شن الجيش الإسرائيلي أمس غارات على مواقع في سوريا ولبنان، وفق "مصادر".',
    trigger_text: 'غارات',
    rule: 'ar.assault.airstrike',
  },
  added_at: '2024-03-07T09:15:02.000Z',
};

const summit: ExportEvent = {
  ...strike,
  id: 8,
  type: 'CONSULT',
  mode: 'multilateral',
  context: [],
  cameo: '036',
  quad_class: 1,
  goldstein: 4,
  sources: [{ code: 'GCC', agent: null, text: 'مجلس التعاون' }],
  targets: [],
  evidence: { ...strike.evidence, url: null, source: 'a.txt', sentence_index: 4, sentence_text: 'Leaders met,\tagain.' },
};

function lines(format: TextFormat, events: ExportEvent[]): string[] {
  const out: string[] = [];
  exportEvents(format, events, codes, (l) => out.push(l));
  return out.join('').split('\n').slice(0, -1);
}

test('export gdelt: 61 columns, no header, a row per source-target pair with a unique id', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const rows = lines('gdelt', [strike]).map((l) => l.split('\t'));
  assert.equal(rows.length, 2);
  for (const r of rows) assert.equal(r.length, 61);
  const col = (r: string[] | undefined, name: (typeof GDELT_COLUMNS)[number]): string | undefined => r?.[GDELT_COLUMNS.indexOf(name)];
  const [first, second] = rows;
  assert.deepEqual([col(first, 'GlobalEventID'), col(second, 'GlobalEventID')], ['7000', '7001']);
  assert.deepEqual([col(first, 'Day'), col(first, 'MonthYear'), col(first, 'Year'), col(first, 'FractionDate')], ['20240306', '202403', '2024', '2024.1808']);
  assert.deepEqual([col(first, 'Actor1Code'), col(first, 'Actor1CountryCode'), col(first, 'Actor1Type1Code'), col(first, 'Actor1Name')], ['ISRMIL', 'ISR', 'MIL', 'الجيش الإسرائيلي']);
  assert.deepEqual([col(first, 'Actor2Code'), col(second, 'Actor2Code')], ['SYR', 'LBN']);
  assert.deepEqual([col(first, 'EventCode'), col(first, 'EventBaseCode'), col(first, 'EventRootCode'), col(first, 'QuadClass'), col(first, 'GoldsteinScale')], ['195', '195', '19', '4', '-10']);
  assert.deepEqual([col(first, 'NumMentions'), col(first, 'NumSources'), col(first, 'NumArticles'), col(first, 'IsRootEvent')], ['3', '2', '2', '1']);
  assert.equal(col(first, 'DATEADDED'), '20240307091502');
  assert.equal(col(first, 'SOURCEURL'), 'https://www.news.example/2024/strike');
  assert.equal(col(first, 'AvgTone'), '', 'no tone is invented');
});

test('export gdelt: an organisation is a known group, not a country; a missing side is empty', () => {
  const [row] = lines('gdelt', [summit]).map((l) => l.split('\t'));
  const col = (name: (typeof GDELT_COLUMNS)[number]): string | undefined => row?.[GDELT_COLUMNS.indexOf(name)];
  assert.deepEqual([col('Actor1Code'), col('Actor1CountryCode'), col('Actor1KnownGroupCode'), col('Actor2Code')], ['GCC', '', 'GCC', '']);
  assert.equal(col('IsRootEvent'), '0');
  assert.equal(col('SOURCEURL'), 'a.txt');
});

test('export icews: its 20-column header, dyadic rows, CAMEO names and publishers', () => {
  const [header, first, second] = lines('icews', [strike]).map((l) => l.split('\t'));
  assert.equal(header?.length, 20);
  assert.deepEqual(header?.slice(0, 3), ['Event ID', 'Event Date', 'Source Name']);
  assert.deepEqual(first?.slice(0, 11), ['7-1', '2024-03-06', 'الجيش الإسرائيلي', 'MIL', 'ISR', 'Employ aerial weapons', '195', '-10', 'سوريا', '', 'SYR']);
  assert.equal(second?.[10], 'LBN');
  assert.deepEqual(first?.slice(11, 14), ['abc123', '1', 'news.example']);
});

test('export phoenix: 26 columns with actor full code, entity and role', () => {
  const [header, first] = lines('phoenix', [strike]).map((l) => l.split('\t'));
  assert.equal(header?.length, 26);
  assert.equal(first?.length, 26);
  assert.deepEqual(first?.slice(0, 10), ['7-1', '20240306', '2024', '03', '06', 'ISRMIL', 'ISR', 'MIL', '', 'SYR']);
  assert.equal(first?.[25], 'news.example');
});

test('export: a tab or line break inside a field does not break a tab-separated row', () => {
  const odd = { ...summit, sources: [{ code: 'GCC', agent: null, text: 'مجلس\tالتعاون\nالخليجي' }] };
  const rows = lines('icews', [odd]);
  assert.equal(rows.length, 2);
  assert.equal(rows[1]?.split('\t').length, 20);
  assert.equal(rows[1]?.split('\t')[2], 'مجلس التعاون الخليجي');
});

test('export plover: n-ary actors and the evidence in PLOVER fields', () => {
  const [line] = lines('plover', [strike]);
  const p = JSON.parse(line ?? '{}') as Record<string, unknown>;
  assert.deepEqual(
    [p.id, p.event, p.mode, p.context, p.actor, p.recipient, p.recipient_text, p.event_text],
    ['7', 'ASSAULT', 'aerial', ['military'], ['ISR MIL'], ['SYR', 'LBN'], ['سوريا', 'لبنان'], 'غارات'],
  );
  assert.equal(p.text, strike.evidence.sentence_text);
});

test('export csv: one row per event, quoted where needed, actors joined', () => {
  const [header, row] = lines('csv', [strike]);
  assert.match(header ?? '', /^id,date,date_precision,type/);
  assert.match(row ?? '', /^7,2024-03-06,day,ASSAULT,aerial,military,195,4,-10,false,,ISR,MIL,الجيش الإسرائيلي,SYR;LBN,;,سوريا;لبنان,3,2,2,abc123,/);
  assert.ok(row?.includes('"شن الجيش الإسرائيلي أمس غارات على مواقع في سوريا ولبنان، وفق ""مصادر""."'), row);
});
