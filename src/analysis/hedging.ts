import type { Db } from '../store/index.ts';
import { groupingFormats } from './actor-kinds.ts';
import { AlignmentNetwork, type Network, type NetworkOptions } from './network.ts';
import { LAST_DAY, round } from './periods.ts';

/**
 * Hedging: how a state spreads its cooperation and its club memberships across blocs at odds.
 *
 * Blocs are the alignment network's for the same window; two blocs are at odds when the net
 * cooperation summed over the edges between their members is negative. A state's cooperation with a
 * bloc is its cooperative events (quad classes 1–2, both directions) with the bloc's members
 * other than itself. Its contested blocs are those it cooperates with that are at odds with another
 * bloc it cooperates with. Hedging is the Shannon entropy of its cooperation over its contested
 * blocs divided by the log of their number: 0 when it cooperates with no two blocs at odds, 1 when
 * it cooperates evenly with all of them.
 *
 * Memberships the same way, over the bilateral and minilateral groupings it belongs to at the
 * window's end (universal institutions say nothing about alignment): each grouping spreads one
 * unit over the blocs of its other members, in proportion. A grouping's members are the stored
 * ones, changed by the reported joins, foundings and withdrawals, expulsions and suspensions up to
 * the window's end.
 */

export interface BlocShare {
  bloc: number;
  share: number;
}

export interface StateHedging {
  id: string;
  bloc: number;
  hedging: number;
  /** Its cooperation with each bloc, as shares of all its cooperation. */
  cooperation_shares: BlocShare[];
  contested_blocs: number[];
  membership_hedging: number;
  membership_shares: BlocShare[];
}

export interface Hedging {
  from: string | null;
  to: string | null;
  blocs: Network['blocs'];
  /** Pairs of blocs whose net relation is conflictual. */
  at_odds: [number, number][];
  states: StateHedging[];
}

const JOINING = new Set(['found', 'join', 'member']);
const LEAVING = new Set(['withdraw', 'expel', 'suspend']);

export class HedgingAnalysis {
  private readonly network;
  private readonly members;
  private readonly changes;

  constructor(private readonly db: Db) {
    this.network = new AlignmentNetwork(db);
    this.members = db.prepare<[], { grouping_code: string; member_code: string }>('SELECT grouping_code, member_code FROM grouping_members');
    this.changes = db.prepare<{ to: string }, { grouping_code: string; actor_code: string; change: string }>(
      'SELECT grouping_code, actor_code, change FROM memberships WHERE negated = 0 AND date <= @to ORDER BY date, id',
    );
  }

  hedging(options: NetworkOptions): Hedging {
    const net = this.network.network(options);
    const blocOf = new Map(net.nodes.map((n) => [n.id, n.bloc]));
    const atOdds = net.bloc_relations.filter((r) => r.net < 0).map((r): [number, number] => [r.a, r.b]);
    const rivals = new Set(atOdds.map(([a, b]) => `${a}:${b}`));
    const isRival = (a: number, b: number): boolean => rivals.has(a < b ? `${a}:${b}` : `${b}:${a}`);

    const cooperation = new Map<string, Map<number, number>>();
    const add = (shares: Map<string, Map<number, number>>, code: string, bloc: number, amount: number): void => {
      const m = shares.get(code) ?? new Map<number, number>();
      m.set(bloc, (m.get(bloc) ?? 0) + amount);
      shares.set(code, m);
    };
    for (const e of net.edges) {
      if (e.cooperation === 0) continue;
      add(cooperation, e.source, blocOf.get(e.target) ?? -1, e.cooperation);
      add(cooperation, e.target, blocOf.get(e.source) ?? -1, e.cooperation);
    }
    const memberships = new Map<string, Map<number, number>>();
    for (const members of this.clubs(options.to ?? LAST_DAY).values()) {
      for (const code of members) {
        const others = [...members].filter((m) => m !== code && blocOf.has(m));
        for (const o of others) add(memberships, code, blocOf.get(o) ?? -1, 1 / others.length);
      }
    }

    const states = net.nodes
      .filter((n) => n.kind === 'state')
      .map((n): StateHedging => {
        const coop = spread(cooperation.get(n.id), isRival);
        const clubs = spread(memberships.get(n.id), isRival);
        return { id: n.id, bloc: n.bloc, hedging: coop.hedging, cooperation_shares: coop.shares, contested_blocs: coop.contested, membership_hedging: clubs.hedging, membership_shares: clubs.shares };
      })
      .sort((x, y) => y.hedging - x.hedging || y.membership_hedging - x.membership_hedging || x.id.localeCompare(y.id));
    return { from: net.from, to: net.to, blocs: net.blocs, at_odds: atOdds, states };
  }

  /** Bilateral and minilateral groupings with their members at `to`. */
  private clubs(to: string): Map<string, Set<string>> {
    const formats = groupingFormats(this.db);
    const isClub = (code: string): boolean => formats.get(code) === 'bilateral' || formats.get(code) === 'minilateral';
    const clubs = new Map<string, Set<string>>();
    const of = (code: string): Set<string> => clubs.get(code) ?? clubs.set(code, new Set()).get(code) ?? new Set();
    for (const m of this.members.iterate()) if (isClub(m.grouping_code)) of(m.grouping_code).add(m.member_code);
    for (const c of this.changes.iterate({ to })) {
      if (!isClub(c.grouping_code)) continue;
      if (JOINING.has(c.change)) of(c.grouping_code).add(c.actor_code);
      else if (LEAVING.has(c.change)) of(c.grouping_code).delete(c.actor_code);
    }
    return clubs;
  }
}

/** Shares per bloc, the contested blocs among them, and the normalised entropy over those. */
function spread(byBloc: Map<number, number> | undefined, isRival: (a: number, b: number) => boolean): { shares: BlocShare[]; contested: number[]; hedging: number } {
  const entries = [...(byBloc ?? new Map<number, number>())].filter(([, v]) => v > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const shares = entries.map(([bloc, v]) => ({ bloc, share: round(v / total, 4) }));
  const contested = entries.filter(([b]) => entries.some(([o]) => o !== b && isRival(b, o)));
  if (contested.length < 2) return { shares, contested: contested.map(([b]) => b), hedging: 0 };
  const sum = contested.reduce((s, [, v]) => s + v, 0);
  const entropy = -contested.reduce((h, [, v]) => h + (v / sum) * Math.log(v / sum), 0);
  return { shares, contested: contested.map(([b]) => b), hedging: round(entropy / Math.log(contested.length), 4) };
}
