/** The sentiment analysis's choices: the period of reviews read (empty ends = all of them). */
export class SentimentForm {
  from = $state('');
  to = $state('');

  load(params: Record<string, unknown>): void {
    this.from = typeof params.from === 'string' ? params.from : '';
    this.to = typeof params.to === 'string' ? params.to : '';
  }

  toParams(): { from?: string; to?: string } {
    return { ...(this.from ? { from: this.from } : {}), ...(this.to ? { to: this.to } : {}) };
  }
}
