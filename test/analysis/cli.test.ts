import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLines, nasij } from '../cli/helpers.ts';
import { Seeder, tempDb } from './helpers.ts';

// the compiled command on a real file with exact events
const { db, file } = tempDb();
new Seeder(db)
  .event({ date: '2023-01-02', type: 'AGREE', sources: ['EGY'], targets: ['JOR'] }, 2)
  .event({ date: '2023-03-02', type: 'ACCUSE', sources: ['JOR'], targets: ['EGY'] })
  .membership('EGY', 'BRICS', 'join', '2023-08-24');
db.close();

test('cli: series, profile, network, hedging and formats', () => {
  const series = nasij(['series', 'egy', 'JOR', '--smooth', '2', '--format', 'json', '--db', file]);
  assert.equal(series.status, 0, series.stderr);
  const points = jsonLines(series.stdout)[0] as unknown as { period: string; net_cooperation: number; smoothed: { net_cooperation: number } }[];
  assert.deepEqual(points.map((p) => [p.period, p.net_cooperation, p.smoothed.net_cooperation]), [['2023-01', 2, 2], ['2023-02', 0, 1], ['2023-03', -1, -0.5]]);

  const profile = nasij(['profile', 'EGY', '--db', file]);
  assert.equal(profile.status, 0, profile.stderr);
  assert.match(profile.stdout, /^partners\ncode\s+cooperation\s+conflict\s+net\s+mean_goldstein\n─+.*\nJOR\s+2\s+1\s+1\s+1\.33$/m);
  assert.match(profile.stdout, /2023-08-24\s+BRICS\s+join/);

  const network = jsonLines(nasij(['network', '--from', '2023-01-01', '--format', 'json', '--db', file]).stdout)[0] as { blocs: { members: string[] }[] };
  assert.deepEqual(network.blocs, [{ id: 0, members: ['EGY', 'JOR'] }]);
  const hedging = nasij(['hedging', '--db', file]);
  assert.match(hedging.stdout, /^EGY\s+0\s+0\s+0:1\s+0/m);
  const formats = nasij(['formats', '--by', 'month', '--db', file]);
  assert.match(formats.stdout, /^2023-01\s+0\s+2\s+0\s+0\s+0$/m);
  assert.match(formats.stdout, /^EGY\s+2023-08\s+0\s+1\s+0/m);
});

test('cli: analysis options are checked', () => {
  const r = nasij(['series', 'EGY', 'JOR', '--by', 'year', '--db', file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--by must be one of day, week, month/);
  assert.equal(nasij(['network', '--from', '2023-13-01', '--db', file]).status, 2);
});
