/** Words the engine writes in both languages (segment names, notes, verdicts); the screen or report picks one. */
export interface Bilingual {
  en: string;
  zh: string;
}

export function inLanguage(lang: string, words: Bilingual): string {
  return lang === 'zh-CN' ? words.zh : words.en;
}
