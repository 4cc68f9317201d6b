import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorProfiles, FormatsAnalysis, MINILATERAL_MIN, MULTILATERAL_MIN } from '../../src/analysis/index.ts';
import { formatFor } from '../../src/coder/groupings.ts';
import { Seeder, tempDb } from './helpers.ts';

test('profile: partners by net cooperation, adversaries by net conflict, event mix, memberships', () => {
  const { db } = tempDb();
  new Seeder(db)
    .event({ date: '2021-02-01', type: 'CONSULT', sources: ['EGY'], targets: ['JOR'] }, 3)
    .event({ date: '2021-02-02', type: 'AID', sources: ['SAU'], targets: ['EGY'] }, 2)
    .event({ date: '2021-02-03', type: 'ACCUSE', sources: ['EGY'], targets: ['ETH'] }, 2)
    .event({ date: '2021-02-04', type: 'THREATEN', sources: ['ETH'], targets: ['EGY'] })
    .event({ date: '2021-02-05', type: 'AGREE', sources: ['ETH'], targets: ['EGY'] })
    .event({ date: '2021-02-06', type: 'PROTEST', sources: ['EGY'], targets: [] })
    .event({ date: '2022-01-01', type: 'ASSAULT', sources: ['EGY'], targets: ['SAU'] }, 9)
    .membership('EGY', 'BRICS', 'seek', '2021-03-01')
    .membership('EGY', 'BRICS', 'join', '2021-06-01')
    .membership('EGY', 'OPEC', 'withdraw', '2021-07-01', true);
  const p = new ActorProfiles(db).profile({ code: 'EGY', from: '2021-01-01', to: '2021-12-31', limit: 1 });
  assert.deepEqual(p.partners, [{ code: 'JOR', cooperation: 3, conflict: 0, net_cooperation: 3, events: 3, mean_goldstein: 1 }]);
  assert.deepEqual(p.adversaries, [{ code: 'ETH', cooperation: 1, conflict: 3, net_cooperation: -2, events: 4, mean_goldstein: -1.25 }]);
  assert.deepEqual(p.events, { as_source: 6, as_target: 4 });
  assert.deepEqual(p.quad, { as_source: [3, 0, 2, 1], as_target: [1, 2, 1, 0] });
  assert.deepEqual(p.types.slice(0, 2), [{ type: 'CONSULT', as_source: 3, as_target: 0 }, { type: 'ACCUSE', as_source: 2, as_target: 0 }]);
  assert.deepEqual(p.memberships.map((m) => [m.grouping, m.change, m.negated]), [['BRICS', 'seek', false], ['BRICS', 'join', false], ['OPEC', 'withdraw', true]]);
  assert.deepEqual(p.membership_counts, { found: 0, join: 1, seek: 1, withdraw: 0, suspend: 0, expel: 0 });
  const all = new ActorProfiles(db).profile({ code: 'EGY', limit: 10 });
  assert.deepEqual(all.adversaries.map((a) => [a.code, a.net_cooperation]), [['SAU', -7], ['ETH', -2]]);
});

test('formats: the coder\'s grouping thresholds', () => {
  assert.equal(formatFor(MINILATERAL_MIN), 'minilateral');
  assert.equal(formatFor(MINILATERAL_MIN - 1), 'bilateral');
  assert.equal(formatFor(MULTILATERAL_MIN), 'multilateral');
  assert.equal(formatFor(MULTILATERAL_MIN - 1), 'minilateral');
});

test('formats: settings by distinct actors or a grouping\'s format, shares per period, membership changes per actor', () => {
  const { db } = tempDb();
  const twelve = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'DEU', 'FRA', 'GBR', 'IND', 'JPN', 'USA', 'ZAF'];
  new Seeder(db)
    .grouping('NATO', 'multilateral', ['USA', 'GBR'])
    .grouping('QUAD', 'minilateral', ['USA', 'JPN', 'IND', 'AUS'])
    .event({ date: '2021-01-10', type: 'PROTEST', sources: ['EGY'], targets: [] })
    .event({ date: '2021-01-10', type: 'PROTEST', sources: [], targets: [] })
    .event({ date: '2021-01-11', type: 'CONSULT', sources: ['EGY'], targets: ['JOR'] }, 2)
    .event({ date: '2021-01-12', type: 'CONSULT', sources: ['EGY', 'JOR', 'IRQ'], targets: ['EGY'] })
    .event({ date: '2021-01-13', type: 'CONSULT', sources: twelve.slice(0, 11), targets: ['ZAF'] })
    .event({ date: '2021-03-01', type: 'THREATEN', sources: ['NATO'], targets: ['RUS'] })
    .event({ date: '2021-03-02', type: 'CONSULT', sources: ['QUAD'], targets: ['CHN'] })
    .event({ date: '2021-03-03', type: 'CONSULT', sources: ['QUAD', ...twelve], targets: [] })
    .membership('EGY', 'BRICS', 'join', '2021-01-05')
    .membership('EGY', 'BRICS', 'seek', '2021-01-02')
    .membership('EGY', 'OPEC', 'withdraw', '2021-03-05')
    .membership('GBR', 'EU', 'withdraw', '2021-03-05', true);
  const f = new FormatsAnalysis(db).formats({ by: 'month' });
  assert.deepEqual(f.series, [
    { period: '2021-01', events: { unilateral: 2, bilateral: 2, minilateral: 1, multilateral: 1 }, shares: { bilateral: 0.5, minilateral: 0.25, multilateral: 0.25 } },
    { period: '2021-02', events: { unilateral: 0, bilateral: 0, minilateral: 0, multilateral: 0 }, shares: null },
    { period: '2021-03', events: { unilateral: 0, bilateral: 0, minilateral: 1, multilateral: 2 }, shares: { bilateral: 0, minilateral: 0.3333, multilateral: 0.6667 } },
  ]);
  assert.deepEqual(f.memberships, [
    { actor: 'EGY', period: '2021-01', found: 0, join: 1, seek: 1, withdraw: 0, suspend: 0, expel: 0 },
    { actor: 'EGY', period: '2021-03', found: 0, join: 0, seek: 0, withdraw: 1, suspend: 0, expel: 0 },
  ]);
  const march = new FormatsAnalysis(db).formats({ by: 'week', from: '2021-03-01', to: '2021-03-07' });
  assert.deepEqual(march.series.map((p) => [p.period, p.events.multilateral]), [['2021-W09', 2]]);
});
