import { describe, expect, it } from 'vitest';
import { DelimitedTokenizer, MAX_PENDING_CHARS, UnclosedQuoteError } from './delimited-tokenizer.js';

interface Rec {
  row: number;
  cells: string[];
}

/** Tokenizes `text` pushed in pieces cut at `cuts` (character offsets). */
function tokenize(text: string, delimiter = ',', cuts: number[] = [], newline: '\n' | '\r' = '\n'): Rec[] {
  const out: Rec[] = [];
  const t = new DelimitedTokenizer(delimiter, newline, { record: (cells, row) => out.push({ row, cells: [...cells] }) });
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    t.push(text.slice(from, cut));
    from = cut;
  }
  t.end();
  return out;
}

/** Same input cut at every single position, and char by char: all must agree with `expected`. */
function expectEverySplit(text: string, expected: Rec[], delimiter = ','): void {
  expect(tokenize(text, delimiter)).toEqual(expected);
  for (let i = 1; i < text.length; i++) expect(tokenize(text, delimiter, [i]), `cut at ${i}`).toEqual(expected);
  expect(tokenize(text, delimiter, [...text].map((_, i) => i + 1).slice(0, -1))).toEqual(expected);
}

describe('DelimitedTokenizer', () => {
  it('splits plain lines and trims cells', () => {
    expectEverySplit('a, b ,c\n1,2,3\n', [
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('reads the last line without a newline', () => {
    expect(tokenize('h1,h2\nx,y')).toEqual([
      { row: 1, cells: ['h1', 'h2'] },
      { row: 2, cells: ['x', 'y'] },
    ]);
  });

  it('handles CRLF line ends', () => {
    expectEverySplit('a,b\r\n1,2\r\n"q",3\r\n', [
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['q', '3'] },
    ]);
  });

  it('handles old Mac CR-only line ends when told', () => {
    expect(tokenize('a,b\r1,2\r', ',', [], '\r')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('keeps delimiters, newlines and doubled quotes inside quotes (RFC 4180 §2.5–2.7)', () => {
    const text = 'name,note,n\n"Smith, J","said ""hi""\nthen left",1\nplain,"",2\n';
    expectEverySplit(text, [
      { row: 1, cells: ['name', 'note', 'n'] },
      { row: 2, cells: ['Smith, J', 'said "hi"\nthen left', '1'] },
      { row: 3, cells: ['plain', '', '2'] },
    ]);
  });

  it('numbers rows like a spreadsheet after multi-line cells and blank lines', () => {
    const text = 'h\n"line one\nline two\nline three"\n\n  \nafter\n,\nlast\n';
    // Records: 1 header, 2 the three-line cell, 3 and 4 blank, 5 after, 6 ",": blank cells, 7 last.
    expectEverySplit(text, [
      { row: 1, cells: ['h'] },
      { row: 2, cells: ['line one\nline two\nline three'] },
      { row: 5, cells: ['after'] },
      { row: 7, cells: ['last'] },
    ]);
  });

  it('treats a quote inside an unquoted field as a literal and keeps text after a closing quote', () => {
    expectEverySplit('size,x\n5" screen,"ab"cd\n', [
      { row: 1, cells: ['size', 'x'] },
      { row: 2, cells: ['5" screen', 'abcd'] },
    ]);
  });

  it('allows spaces before an opening quote', () => {
    expect(tokenize('a, "b,c" ,d\n')).toEqual([{ row: 1, cells: ['a', 'b,c', 'd'] }]);
  });

  it('keeps ragged rows as they are', () => {
    expect(tokenize('a,b,c\n1,2\n1,2,3,4\n')).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['1', '2', '3', '4'] },
    ]);
  });

  it('splits on tab, semicolon and pipe, leaving the other characters alone', () => {
    expect(tokenize('a\tb,c\n1\t2;3\n', '\t')).toEqual([
      { row: 1, cells: ['a', 'b,c'] },
      { row: 2, cells: ['1', '2;3'] },
    ]);
    expect(tokenize('a;b\n1,5;"x;y"\n', ';')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1,5', 'x;y'] },
    ]);
    expect(tokenize('a|b\n1|2\n', '|')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('keeps leading tabs inside a tab-separated quoted record as empty cells', () => {
    expect(tokenize('\t"x"\n', '\t')).toEqual([{ row: 1, cells: ['', 'x'] }]);
  });

  it('reads a one-column file whose lines have no delimiter at all', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `review ${i}`);
    const out = tokenize(['text', ...lines].join('\n'));
    expect(out).toHaveLength(51);
    expect(out[50]).toEqual({ row: 51, cells: ['review 49'] });
  });

  it('reports the row and field where an unclosed quote opened', () => {
    const run = (): Rec[] => tokenize('a,b,c\n1,2,3\n4,"five,6\n7,8,9\n', ',', [13, 20]);
    expect(run).toThrow(UnclosedQuoteError);
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ row: 3, field: 1 });
    }
  });

  it('gives up on an open quote once the pending record passes the limit', () => {
    const t = new DelimitedTokenizer(',', '\n', { record: () => undefined });
    t.push('h\n"');
    const piece = 'x'.repeat(1024 * 1024) + '\n';
    expect(() => {
      for (let sent = 0; sent <= MAX_PENDING_CHARS; sent += piece.length) t.push(piece);
    }).toThrow(UnclosedQuoteError);
  });
});
