/**
 * The sentiment analysis's choices: the period of reviews read (empty ends = all of them)
 * and the user's own aspect words, typed one aspect a line ("quality: 辣, 麻, spicy").
 */
export class SentimentForm {
  from = $state('');
  to = $state('');
  aspectText = $state('');

  load(params: Record<string, unknown>): void {
    this.from = typeof params.from === 'string' ? params.from : '';
    this.to = typeof params.to === 'string' ? params.to : '';
    const words = params.aspectWords;
    this.aspectText =
      words && typeof words === 'object'
        ? Object.entries(words as Record<string, unknown>)
            .filter((e): e is [string, string[]] => Array.isArray(e[1]))
            .map(([id, list]) => `${id}: ${list.join(', ')}`)
            .join('\n')
        : '';
  }

  /** "id: word, word" lines → id → words; lines without an id or words are skipped. */
  aspectWords(): Record<string, string[]> {
    const words: Record<string, string[]> = {};
    for (const line of this.aspectText.split('\n')) {
      const m = /^\s*([\p{L}\p{N}_-]+)\s*[:：]\s*(.+)$/u.exec(line);
      if (!m) continue;
      const list = m[2].split(/[,，、]/).map((w) => w.trim()).filter((w) => w.length > 0 && w.length <= 40);
      if (list.length) words[m[1]] = [...(words[m[1]] ?? []), ...list];
    }
    return words;
  }

  toParams(): { from?: string; to?: string; aspectWords?: Record<string, string[]> } {
    const aspectWords = this.aspectWords();
    return {
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
      ...(Object.keys(aspectWords).length ? { aspectWords } : {}),
    };
  }
}
