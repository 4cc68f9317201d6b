import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AlignmentNetwork, HedgingAnalysis } from '../../src/analysis/index.ts';
import type { Db } from '../../src/store/index.ts';
import { Seeder, tempDb } from './helpers.ts';

const WEST = ['FRA', 'GBR', 'USA'];
const EAST = ['CHN', 'IRN', 'RUS'];
const DAY = '2022-05-01';

/** Two blocs that cooperate inside and fight across; Turkey cooperates evenly with one of each. */
function twoBlocs(): Db {
  const { db } = tempDb();
  const seed = new Seeder(db);
  for (const bloc of [WEST, EAST]) {
    for (const a of bloc) for (const b of bloc) if (a < b) seed.event({ date: DAY, type: 'AGREE', sources: [a], targets: [b] }, 4);
  }
  for (const a of WEST) for (const b of EAST) seed.event({ date: DAY, type: 'ACCUSE', sources: [a], targets: [b] }, 2);
  seed.event({ date: DAY, type: 'CONSULT', sources: ['TUR'], targets: ['USA'] }, 3).event({ date: DAY, type: 'COOPERATE', sources: ['RUS'], targets: ['TUR'] }, 3);
  // a region and an event outside the window are left out
  seed.event({ date: DAY, type: 'AGREE', sources: ['WST'], targets: ['USA'] }, 5).event({ date: '2023-01-01', type: 'AGREE', sources: ['USA'], targets: ['RUS'] }, 50);
  seed.grouping('AUKUS', 'minilateral', ['AUS', 'GBR', 'USA']).grouping('SCO', 'multilateral', ['CHN', 'RUS', 'IRN', 'TUR']);
  return db;
}

const window = { from: '2022-01-01', to: '2022-12-31' };

test('network: two blocs that cooperate inside and fight across are found', () => {
  const net = new AlignmentNetwork(twoBlocs()).network(window);
  const blocs = net.blocs.map((b) => b.members.filter((m) => m !== 'TUR'));
  assert.deepEqual(blocs.map((b) => b.join(' ')).sort(), [EAST.join(' '), WEST.join(' ')]);
  assert.deepEqual(net.nodes.map((n) => n.id).sort(), [...EAST, ...WEST, 'TUR'].sort());
  assert.equal(net.bloc_relations.length, 1);
  const across = net.bloc_relations[0];
  // nine accusing pairs, two events each; Turkey's three cooperative events with the other bloc
  assert.deepEqual([across?.conflict, across?.cooperation, across?.net], [18, 3, -15]);
  assert.deepEqual(net.edges.find((e) => e.source === 'RUS' && e.target === 'USA'), { source: 'RUS', target: 'USA', weight: -2, cooperation: 0, conflict: 2 });
  assert.deepEqual(net.edges.find((e) => e.source === 'GBR' && e.target === 'USA'), { source: 'GBR', target: 'USA', weight: 4, cooperation: 4, conflict: 0 });
  const usa = net.nodes.find((n) => n.id === 'USA');
  assert.deepEqual([usa?.degree, usa?.strength], [3, 11]);
  assert.ok(Math.abs(net.nodes.reduce((s, n) => s + n.centrality, 0) - 1) < 1e-3);
  assert.ok(net.modularity > 0.3);
});

test('network: groupings join as nodes on request', () => {
  const { db } = tempDb();
  new Seeder(db).grouping('NATO', 'multilateral', ['USA']).event({ date: DAY, type: 'CONSULT', sources: ['USA'], targets: ['NATO'] }, 2);
  const analysis = new AlignmentNetwork(db);
  assert.deepEqual(analysis.network({}).nodes, []);
  assert.deepEqual(analysis.network({ groupings: true }).nodes.map((n) => [n.id, n.kind, n.bloc, n.degree]), [['NATO', 'grouping', 0, 1], ['USA', 'state', 0, 1]]);
});

test('hedging: a state cooperating evenly with two blocs at odds is near 1, a bloc member 0', () => {
  const h = new HedgingAnalysis(twoBlocs()).hedging(window);
  assert.deepEqual(h.at_odds, [[0, 1]]);
  const tur = h.states.find((s) => s.id === 'TUR');
  assert.equal(tur?.hedging, 1);
  assert.deepEqual(tur?.cooperation_shares.map((s) => s.share), [0.5, 0.5]);
  assert.deepEqual(tur?.contested_blocs, [0, 1]);
  assert.equal(h.states[0]?.id, 'TUR');
  // the USA cooperates with its own bloc (8 events) and with Turkey, in whichever bloc Turkey is
  const usa = h.states.find((s) => s.id === 'USA');
  const turInWest = h.blocs.some((b) => b.members.includes('TUR') && b.members.includes('USA'));
  assert.equal(usa?.hedging, turInWest ? 0 : 0.8454);
  const fra = h.states.find((s) => s.id === 'FRA');
  assert.deepEqual([fra?.hedging, fra?.cooperation_shares.length], [0, 1]);
});

test('hedging: memberships spread over the blocs of the clubs joined, withdrawals and universal bodies left out', () => {
  const db = twoBlocs();
  new Seeder(db)
    .membership('TUR', 'AUKUS', 'join', '2022-03-01')
    .grouping('C5', 'minilateral', ['CHN', 'RUS'])
    .membership('TUR', 'C5', 'found', '2022-02-01')
    .grouping('C6', 'minilateral', ['IRN', 'TUR'])
    .membership('TUR', 'C6', 'withdraw', '2022-02-01')
    .membership('TUR', 'C6', 'join', '2023-02-01');
  const h = new HedgingAnalysis(db).hedging(window);
  const tur = h.states.find((s) => s.id === 'TUR');
  // AUKUS: GBR and USA (AUS is not in the network); C5: CHN and RUS; SCO is multilateral; C6 was left
  assert.deepEqual(tur?.membership_shares.map((s) => s.share), [0.5, 0.5]);
  assert.equal(tur?.membership_hedging, 1);
  const gbr = h.states.find((s) => s.id === 'GBR');
  assert.equal(gbr?.membership_hedging, h.blocs.some((b) => b.members.includes('TUR') && b.members.includes('GBR')) ? 0 : 0.9183);
});
