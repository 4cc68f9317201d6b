import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActorProfiles, AlignmentNetwork, AnalysisError, DIRECTIONS, DyadSeries, FormatsAnalysis, HedgingAnalysis, PERIODS } from '../analysis/index.ts';
import type { Db } from '../store/index.ts';
import { HttpError } from './errors.ts';

/** The analyses over HTTP (src/analysis): dyad series, actor profiles, the alignment network, hedging, formats. */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const actorCode = z.string().regex(/^[A-Z][A-Z0-9_-]{1,31}$/, 'must be an actor code such as USA, EGY or NATO');
const window = { from: isoDay.optional().describe('first day, inclusive'), to: isoDay.optional().describe('last day, inclusive') };
const by = z.enum(PERIODS).default('month');
const flag = z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1');

const DyadParams = z.object({ a: actorCode, b: actorCode });
const DyadQuery = z.object({
  by,
  direction: z.enum(DIRECTIONS).default('both').describe('a_to_b, b_to_a, or both (an event naming both ways counts once)'),
  smooth: z.coerce.number().int().min(1).max(365).default(1).describe('trailing moving average over this many periods'),
  ...window,
});
const ActorParam = z.object({ code: actorCode });
const ProfileQuery = z.object({ ...window, limit: z.coerce.number().int().min(1).max(200).default(10).describe('partners and adversaries shown') });
const NetworkQuery = z.object({ ...window, groupings: flag.describe('include groupings as nodes') });
const FormatsQuery = z.object({ by, ...window });

/** A query the analyses refuse as asked is the client's to fix. */
function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof AnalysisError) throw new HttpError(400, err.message);
    throw err;
  }
}

export function registerAnalysisRoutes(app: FastifyInstance, db: Db): void {
  const dyads = new DyadSeries(db);
  const profiles = new ActorProfiles(db);
  const network = new AlignmentNetwork(db);
  const hedging = new HedgingAnalysis(db);
  const formats = new FormatsAnalysis(db);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/analysis/dyad/:a/:b', { schema: { params: DyadParams, querystring: DyadQuery, description: 'Two actors per day, week or month: events per quad class, mean Goldstein, net cooperation (cooperative − conflictual events), zero-filled, optionally smoothed' } }, (req) => {
    const { a, b } = req.params;
    return { a, b, by: req.query.by, direction: req.query.direction, smooth: req.query.smooth, series: answer(() => dyads.series({ a, b, ...req.query })) };
  });

  r.get('/analysis/actors/:code', { schema: { params: ActorParam, querystring: ProfileQuery, description: 'An actor\'s partners and adversaries by net cooperation, event mix by PLOVER type and quad class, membership changes' } }, (req) =>
    profiles.profile({ code: req.params.code, ...req.query }),
  );

  r.get('/analysis/network', { schema: { querystring: NetworkQuery, description: 'Alignment network of a window: states (optionally groupings), net cooperation edges, Louvain blocs, degree and PageRank' } }, (req) => network.network(req.query));

  r.get('/analysis/hedging', { schema: { querystring: NetworkQuery, description: 'Per state: normalised entropy of its cooperation and club memberships over blocs at odds, with per-bloc shares' } }, (req) => hedging.hedging(req.query));

  r.get('/analysis/formats', { schema: { querystring: FormatsQuery, description: 'Events in unilateral, bilateral, minilateral and multilateral settings per period, with shares; membership changes per actor and period' } }, (req) =>
    answer(() => formats.formats(req.query)),
  );
}
