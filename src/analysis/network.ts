import { UndirectedGraph } from 'graphology';
import type { Db } from '../store/index.ts';
import { groupingFormats, stateCodes, type GroupingFormat } from './actor-kinds.ts';
import { louvain, pagerank } from './graph-libs.ts';
import { round } from './periods.ts';
import { PairRelations, type Window } from './relations.ts';

/**
 * The alignment network of a time window. Nodes are states (and, on request, groupings); an edge
 * joins two actors with events between them, its weight their net cooperation: cooperative events
 * (quad classes 1–2) − conflictual ones (3–4), both directions.
 *
 * Conflict enters by subtraction only: blocs are Louvain communities of the graph of positive
 * edges (pairs that cooperate more than they fight), weighted by net cooperation — modularity needs
 * non-negative weights, and a pair that fights more than it cooperates pulls no two states
 * together. Degree and PageRank are read on that same cooperation graph. An actor with no
 * positive edge is a bloc of its own.
 */

export interface NetworkOptions extends Window {
  /** Include groupings (NATO, BRICS …) as nodes beside states. */
  groupings?: boolean;
}

export interface NetworkNode {
  id: string;
  kind: 'state' | 'grouping';
  bloc: number;
  /** Partners it cooperates with on balance (positive edges). */
  degree: number;
  /** Weighted degree: the sum of its positive net cooperation. */
  strength: number;
  /** PageRank on the cooperation graph, weighted by net cooperation; sums to 1. */
  centrality: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Net cooperation: cooperation − conflict. */
  weight: number;
  cooperation: number;
  conflict: number;
}

export interface Bloc {
  id: number;
  members: string[];
}

/** Between two blocs: the sums over the edges that join their members. */
export interface BlocRelation {
  a: number;
  b: number;
  cooperation: number;
  conflict: number;
  net: number;
}

export interface Network {
  from: string | null;
  to: string | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  blocs: Bloc[];
  bloc_relations: BlocRelation[];
  /** Louvain's modularity of the blocs on the cooperation graph. */
  modularity: number;
}

/** Louvain visits nodes in random order: a fixed seed gives the same blocs for the same data. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export class AlignmentNetwork {
  private readonly relations;

  constructor(private readonly db: Db) {
    this.relations = new PairRelations(db);
  }

  network(options: NetworkOptions): Network {
    const states = stateCodes();
    const groupings = options.groupings ? groupingFormats(this.db) : new Map<string, GroupingFormat>();
    const kind = (code: string): 'state' | 'grouping' => (groupings.has(code) ? 'grouping' : 'state');
    const pairs = this.relations.pairs(options, (code) => states.has(code) || groupings.has(code));

    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (const p of pairs) {
      graph.mergeNode(p.a);
      graph.mergeNode(p.b);
      const net = p.cooperation - p.conflict;
      if (net > 0) graph.addEdge(p.a, p.b, { weight: net });
    }
    const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(1) });
    // PageRank cannot converge on a graph with no node at all (an empty window)
    const rank = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
    const blocs = numberBlocs(detailed.communities);
    const blocOf = (code: string): number => blocs.index.get(code) ?? -1;

    const nodes = graph.mapNodes((id): NetworkNode => ({
      id,
      kind: kind(id),
      bloc: blocOf(id),
      degree: graph.degree(id),
      strength: graph.reduceEdges(id, (sum, _edge, attrs) => sum + attrs.weight, 0),
      centrality: round(rank[id] ?? 0, 5),
    }));
    nodes.sort((x, y) => y.centrality - x.centrality || x.id.localeCompare(y.id));
    const edges = pairs.map((p) => ({ source: p.a, target: p.b, weight: p.cooperation - p.conflict, cooperation: p.cooperation, conflict: p.conflict }));
    edges.sort((x, y) => y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
    return { from: options.from ?? null, to: options.to ?? null, nodes, edges, blocs: blocs.list, bloc_relations: blocRelations(edges, blocOf), modularity: round(detailed.modularity, 4) };
  }
}

/** Blocs numbered from 0 by size (largest first), ties by their first member's code, for stable ids. */
function numberBlocs(communities: Record<string, number>): { list: Bloc[]; index: Map<string, number> } {
  const groups = new Map<number, string[]>();
  for (const [code, c] of Object.entries(communities)) groups.set(c, [...(groups.get(c) ?? []), code]);
  const sorted = [...groups.values()].map((m) => m.sort()).sort((x, y) => y.length - x.length || (x[0] ?? '').localeCompare(y[0] ?? ''));
  const list = sorted.map((members, id) => ({ id, members }));
  const index = new Map(list.flatMap((b) => b.members.map((m) => [m, b.id] as const)));
  return { list, index };
}

function blocRelations(edges: NetworkEdge[], blocOf: (code: string) => number): BlocRelation[] {
  const out = new Map<string, BlocRelation>();
  for (const e of edges) {
    const [a, b] = [blocOf(e.source), blocOf(e.target)].sort((x, y) => x - y) as [number, number];
    if (a === b) continue;
    const key = `${a}:${b}`;
    const r = out.get(key) ?? { a, b, cooperation: 0, conflict: 0, net: 0 };
    r.cooperation += e.cooperation;
    r.conflict += e.conflict;
    r.net += e.weight;
    out.set(key, r);
  }
  return [...out.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
