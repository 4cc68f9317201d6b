export { evaluate, formatDisagreements, formatReport, type Disagreement } from './evaluate.ts';
export { parseGoldJsonl, parsePetrarchXml, GoldError, GoldSentence } from './gold.ts';
export { f1, newScores, scoreSentence, type Scores, type Counts } from './score.ts';
