import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadSeries, movingAverage, periodsBetween } from '../../src/analysis/index.ts';
import { Seeder, tempDb } from './helpers.ts';

test('periods: ISO weeks and months as SQLite names them, every one listed', () => {
  const { db } = tempDb();
  const days = periodsBetween('2019-12-20', '2021-01-10', 'day');
  const sqlite = db.prepare<[string], string>("SELECT strftime('%G-W%V', ?)").pluck();
  for (const day of days) assert.equal(periodsBetween(day, day, 'week')[0], sqlite.get(day), day);
  assert.deepEqual(periodsBetween('2020-12-28', '2021-01-11', 'week'), ['2020-W53', '2021-W01', '2021-W02']);
  assert.deepEqual(periodsBetween('2021-11-30', '2022-02-01', 'month'), ['2021-11', '2021-12', '2022-01', '2022-02']);
  db.close();
});

test('moving average: trailing window, shorter at the start', () => {
  assert.deepEqual(movingAverage([0, 3, 6, 3, 0], 2), [0, 1.5, 4.5, 4.5, 1.5]);
  assert.deepEqual(movingAverage([4, 8, 0, 0], 3), [4, 6, 4, 8 / 3]);
});

function seeded(): DyadSeries {
  const { db } = tempDb();
  new Seeder(db)
    .event({ date: '2021-01-05', type: 'CONSULT', sources: ['EGY'], targets: ['JOR'] }, 3)
    .event({ date: '2021-01-20', type: 'ACCUSE', sources: ['JOR'], targets: ['EGY'] })
    .event({ date: '2021-03-02', type: 'AID', sources: ['EGY'], targets: ['JOR'] }, 2)
    // both sides name each other: one event in both directions, counted once
    .event({ date: '2021-03-03', type: 'ASSAULT', sources: ['EGY', 'JOR'], targets: ['EGY', 'JOR'] })
    .event({ date: '2021-03-04', type: 'ASSAULT', sources: ['EGY'], targets: ['ISR'] });
  return new DyadSeries(db);
}

test('dyad series: both directions per month, zero-filled, with net cooperation and mean Goldstein', () => {
  const points = seeded().series({ a: 'EGY', b: 'JOR', by: 'month', direction: 'both' });
  assert.deepEqual(points, [
    { period: '2021-01', quad: [3, 0, 1, 0], events: 4, net_cooperation: 2, mean_goldstein: 0.25 },
    { period: '2021-02', quad: [0, 0, 0, 0], events: 0, net_cooperation: 0, mean_goldstein: null },
    { period: '2021-03', quad: [0, 2, 0, 1], events: 3, net_cooperation: 1, mean_goldstein: 1.33 },
  ]);
});

test('dyad series: one direction, a chosen range filled with zeros', () => {
  const series = seeded();
  const ab = series.series({ a: 'EGY', b: 'JOR', by: 'month', direction: 'a_to_b', from: '2020-12-01', to: '2021-01-31' });
  assert.deepEqual(ab.map((p) => [p.period, p.quad]), [['2020-12', [0, 0, 0, 0]], ['2021-01', [3, 0, 0, 0]]]);
  const ba = series.series({ a: 'EGY', b: 'JOR', by: 'week', direction: 'b_to_a', to: '2021-01-31' });
  assert.deepEqual(ba.map((p) => [p.period, p.events]), [['2021-W03', 1], ['2021-W04', 0]]);
});

test('dyad series: smoothing over two months weighs Goldstein by events', () => {
  const points = seeded().series({ a: 'EGY', b: 'JOR', by: 'month', direction: 'both', smooth: 2 });
  assert.deepEqual(points.map((p) => p.smoothed), [
    { events: 4, net_cooperation: 2, mean_goldstein: 0.25 },
    { events: 2, net_cooperation: 1, mean_goldstein: 0.25 },
    { events: 1.5, net_cooperation: 0.5, mean_goldstein: 1.33 },
  ]);
});
