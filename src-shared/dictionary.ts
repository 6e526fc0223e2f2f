/**
 * Dictionary coding for columnar reads: a text column becomes distinct entries plus one
 * integer per row, so a million rows carry a million small numbers, not a million strings.
 */
export class Dictionary {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();

  /** The entry number of `text`, adding it the first time. */
  code(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.entries.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }
}
