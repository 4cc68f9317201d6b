/**
 * The API as the dashboard reads it (same origin: `nasij serve` serves both). Types mirror the
 * server's responses (src/store/*-query.ts); only the fields the pages use are listed.
 */

export interface StoredActor { code: string; agent: string | null; text: string; start: number; end: number }
export interface Span { text: string; start: number; end: number }

export interface EventSummary {
  id: number;
  date: string;
  type: string;
  cameo: string;
  quad_class: number;
  goldstein: number;
  negated: boolean;
  modality: string | null;
  sources: string[];
  targets: string[];
  num_articles: number;
}

export interface Evidence {
  article_id: string;
  article_title: string | null;
  article_date: string;
  sentence: number;
  trigger: Span;
  rule: string;
  sources: StoredActor[];
  targets: StoredActor[];
}

export interface EventDetail extends EventSummary { evidence: Evidence[] }
export interface EventPage { events: EventSummary[]; next_cursor: string | null }

export interface ArticleSummary { id: string; title: string | null; date: string; lang: string; sources: string[]; events: number }
export interface ArticleMention { event_id: number; type: string; quad_class: number; sentence: number; trigger: Span; sources: StoredActor[]; targets: StoredActor[] }
export interface ArticleDetail extends ArticleSummary {
  text: string;
  urls: string[];
  sentences: { index: number; start: number; end: number; lang: string }[];
  mentions: ArticleMention[];
  memberships: { actor: Span & { code: string }; grouping: Span & { code: string }; change: string; date: string; negated: boolean; sentence: number }[];
}

export interface DyadPoint { period: string; quad: [number, number, number, number]; events: number; mean_goldstein: number }
export interface ActorCount { code: string; as_source: number; as_target: number }

export interface GroupingSummary { code: string; name: string; format: string; issues: string[]; discovered: boolean; members: number; changes: number }
export interface MembershipChange { actor: string; change: string; date: string; negated: boolean; article_id: string; sentence: number }
export interface GroupingDetail extends GroupingSummary { member_codes: string[]; timeline: MembershipChange[]; events: EventSummary[] }

export interface SearchHit { id: string; title: string | null; date: string; snippet: string }
export type IngestOutcome = { kind: 'added'; id: string; events: number } | { kind: 'new-source' | 'known'; id: string };

/** The analysis routes (`src/analysis`, served under /analysis). */
export interface NetworkNode { id: string; bloc: number; degree: number; centrality: number }
export interface NetworkEdge { source: string; target: string; weight: number }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[]; blocs: { id: number; members: string[] }[] }
export interface PartnerCount { code: string; events: number; net_cooperation: number }
export interface ActorProfile {
  partners: PartnerCount[];
  adversaries: PartnerCount[];
  /** Events per PLOVER type, done and suffered. */
  types: { type: string; as_source: number; as_target: number }[];
  memberships: { grouping: string; change: string; date: string }[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new ApiError(res.status, body.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

const query = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export interface EventFilter { actor?: string; target?: string; type?: string; from?: string; to?: string }

export const api = {
  health: () => request<{ articles: number; events: number }>('/health'),
  events: (filter: EventFilter, limit = 100, cursor?: string) => request<EventPage>(`/events${query({ ...filter, limit, cursor })}`),
  event: (id: number) => request<EventDetail>(`/events/${id}`),
  articles: (limit = 20) => request<{ articles: ArticleSummary[] }>(`/articles${query({ limit })}`),
  article: (id: string) => request<ArticleDetail>(`/articles/${id}`),
  dyad: (source: string, target: string, by: string) => request<{ series: DyadPoint[] }>(`/dyads/${source}/${target}${query({ by })}`),
  actors: () => request<{ actors: ActorCount[] }>('/actors?limit=1000'),
  groupings: () => request<{ groupings: GroupingSummary[] }>('/groupings'),
  grouping: (code: string) => request<GroupingDetail>(`/groupings/${encodeURIComponent(code)}`),
  search: (q: string) => request<{ hits: SearchHit[] }>(`/search${query({ q, limit: 50 })}`),
  ingest: (body: { text?: string; date: string; title?: string; url?: string }, token: string) =>
    request<IngestOutcome>('/articles', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }),
  network: async (from?: string, to?: string) => {
    await requireRoute('/analysis/network');
    return request<Network>(`/analysis/network${query({ from, to })}`);
  },
  profile: async (code: string) => {
    await requireRoute('/analysis/actors/');
    return request<ActorProfile>(`/analysis/actors/${encodeURIComponent(code)}`);
  },
};

let routes: Promise<Set<string>> | undefined;

/**
 * Routes that may be missing (the analysis ones) are looked up in the OpenAPI document first, so
 * that an absent one reads as 404 without a failed request in the browser's console.
 */
async function requireRoute(prefix: string): Promise<void> {
  routes ??= request<{ paths: Record<string, unknown> }>('/openapi.json').then((doc) => new Set(Object.keys(doc.paths)));
  if (![...(await routes)].some((path) => path.startsWith(prefix))) throw new ApiError(404, `this server has no ${prefix}`);
}

/** Every event matching a filter, page by page, up to `max` (the overview aggregates them here until an analysis route does). */
export async function allEvents(filter: EventFilter, max = 2000): Promise<EventSummary[]> {
  const out: EventSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.events(filter, 500, cursor);
    out.push(...page.events);
    cursor = page.next_cursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}
