import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

/**
 * The graphology algorithms we use. Both packages are CommonJS (`module.exports = fn`) but their
 * type declarations say `export default fn`, so under NodeNext TypeScript types the default import
 * as `{ default: fn }` while Node hands over `fn` itself: the casts state what Node gives.
 */
export const louvain = louvainModule as unknown as typeof louvainModule.default;
export const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
