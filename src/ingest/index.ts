export { InputError, readTextInput, decodeText, type TextInput } from './read-input.ts';
export { splitFrontMatter, type RawDocument } from './front-matter.ts';
export { loadSamples, SAMPLES_DIR } from './samples.ts';
export { readArticles, fileSize, type IncomingArticle, type IngestItem } from './articles.ts';
export { expandSources } from './walk.ts';
