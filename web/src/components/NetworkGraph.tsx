import { useEffect, useRef } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Network } from '../api.ts';

// one colour per bloc, then repeated; chosen to stay distinct on white
export const BLOC_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#1f78b4', '#666666'];
export const blocColour = (bloc: number): string => BLOC_COLOURS[Math.abs(bloc) % BLOC_COLOURS.length] ?? '#666666';

/** Blocs on a circle, each bloc's states on a small circle around its place: stable and readable without a layout run. */
function place(network: Network): Map<string, { x: number; y: number }> {
  const blocs = [...new Set(network.nodes.map((n) => n.bloc))].sort((a, b) => a - b);
  const at = new Map<string, { x: number; y: number }>();
  blocs.forEach((bloc, b) => {
    const members = network.nodes.filter((n) => n.bloc === bloc);
    const cx = blocs.length > 1 ? 10 * Math.cos((2 * Math.PI * b) / blocs.length) : 0;
    const cy = blocs.length > 1 ? 10 * Math.sin((2 * Math.PI * b) / blocs.length) : 0;
    members.forEach((n, i) => {
      const r = members.length > 1 ? 3 + members.length / 4 : 0;
      at.set(n.id, { x: cx + r * Math.cos((2 * Math.PI * i) / members.length), y: cy + r * Math.sin((2 * Math.PI * i) / members.length) });
    });
  });
  return at;
}

/** The alignment network drawn with sigma (WebGL); clicking a state calls `onPick`. */
export function NetworkGraph({ network, label, onPick }: { network: Network; label: string; onPick: (code: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!box.current) return;
    const graph = new Graph({ type: 'undirected', multi: false });
    const at = place(network);
    const maxCentrality = Math.max(1e-9, ...network.nodes.map((n) => n.centrality));
    for (const n of network.nodes) {
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      graph.addNode(n.id, { label: n.id, x: p.x, y: p.y, size: 5 + 12 * (n.centrality / maxCentrality), color: blocColour(n.bloc) });
    }
    for (const e of network.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target) || e.source === e.target) continue;
      // cooperation grey-blue, conflict red; width by strength
      graph.addEdge(e.source, e.target, { size: 1 + Math.min(6, Math.abs(e.weight) / 5), color: e.weight >= 0 ? '#8da0cb' : '#e31a1c' });
    }
    const sigma = new Sigma(graph, box.current, { renderEdgeLabels: false, labelSize: 13, labelWeight: 'bold' });
    sigma.on('clickNode', ({ node }) => pick.current(node));
    return () => sigma.kill();
  }, [network]);
  return <div ref={box} className="network" role="img" aria-label={label} data-testid="network-graph" />;
}
