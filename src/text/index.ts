export { analyseText, toNfc, type TextDocument, type AnalyseOptions } from './document.ts';
export { normalise, normaliseWithOffsets, originalSpan, type NormalisedText } from './normalise.ts';
export { detectLanguage } from './language.ts';
export { splitSentences, MAX_SENTENCE, type SentenceSpan } from './sentences.ts';
export { tokenise } from './tokens.ts';
export { cliticAnalyses, cliticRoles, type CliticRoles } from './clitics.ts';
export { stemArabic, stemEnglish } from './stem.ts';
export { findDates } from './dates/index.ts';
export { articleId, makeArticle, type ArticleInput } from './article.ts';
