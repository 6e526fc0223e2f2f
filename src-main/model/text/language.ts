/**
 * Which language a review is written in: zh, en, both (mixed), another language
 * (unknown — not scored, rather than guessed), or none (no words: empty, emoji or
 * punctuation only). Decided from letters by script and, for Latin script, from function
 * words: a Latin text is English unless other languages' function words or accents
 * outnumber English evidence.
 */
import type { ReviewLanguage } from './types.js';
import type { TokenizedText } from './tokenize.js';

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the a an and or but is are was were be been it its this that these those i you he she we they me my your our their ' +
    'of to in on for with at by from as not no very so too just it\'s i\'m don\'t didn\'t doesn\'t isn\'t was wasn\'t ' +
    'have has had do does did will would can could should what when where how all any some more most than then there here ' +
    'good great bad nice love like well best worst product quality price fast slow will again').split(' '),
);
/** Function words of the other languages a shop's reviews most often come in (fr, es, de, pt, it, nl, id). */
const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('le la les un une des est et très pas du au avec pour sur dans ce cette qui que je il elle nous vous ils mais ' +
    'el los las es muy y con para por pero del lo que una uno está son bueno buena me encanta producto ' +
    'der die das und ist nicht sehr mit ein eine für auf den dem zu ich es sie gut aber auch ' +
    'o os um uma não com muito bom é em ' +
    'il di che è molto non con per sono ' +
    'het een en van niet zeer goed ' +
    'dan yang ini tidak sangat bagus dengan untuk').split(' '),
);
const ACCENTED = /[àâäçéèêëîïôöùûüÿñãõßœæ]/;

function latinLanguage(words: readonly string[]): 'en' | 'unknown' {
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (OTHER_FUNCTION_WORDS.has(word)) other++;
    if (ACCENTED.test(word)) other++;
  }
  return other > english ? 'unknown' : 'en';
}

export function detectLanguage(tokenized: TokenizedText): ReviewLanguage {
  const latinWords = tokenized.tokens.filter((t) => t.kind === 'en').map((t) => t.word);
  const foreign = tokenized.kana + tokenized.hangul + tokenized.otherScript;
  const han = tokenized.han;
  if (han === 0 && latinWords.length === 0) return foreign > 0 ? 'unknown' : 'none';
  // Japanese writes Han with kana; any other script dominating means another language.
  if (tokenized.kana >= 2 && tokenized.kana * 10 >= han) return 'unknown';
  if (foreign > han + latinWords.length) return 'unknown';
  // About two Han characters make a Chinese word.
  const zhUnits = han / 2;
  const enUnits = latinWords.length > 0 && latinLanguage(latinWords) === 'en' ? latinWords.length : 0;
  if (zhUnits === 0) return enUnits > 0 ? 'en' : 'unknown';
  if (enUnits >= 2 && Math.min(zhUnits, enUnits) >= 0.25 * Math.max(zhUnits, enUnits)) return 'mixed';
  return 'zh';
}
