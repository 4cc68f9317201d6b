export { InputError, readTextInput, decodeText, type TextInput } from './read-input.ts';
export { splitFrontMatter, type RawDocument } from './front-matter.ts';
export { loadSamples, SAMPLES_DIR } from './samples.ts';
export { readWebSource, isMarkupFile, DEFAULT_WEB, type WebOptions } from './web.ts';
export { isUrl, DEFAULT_FETCH, type FetchOptions } from './fetch.ts';
export type { SourceItem } from './source-item.ts';
export { readArticles, fileSize, type IncomingArticle, type IngestItem } from './articles.ts';
export { expandSources } from './walk.ts';
