import type { Correction } from '@palermo/contracts';

// Every change the cleaner makes to the source's characters is recorded as a correction whose
// offset points into the cleaned text. The stages after a change move text about (lines joined,
// furniture dropped, footnotes laid after the body), so each stage says where every stretch of
// its output was copied from: a correction is carried to wherever its characters went.

/** A text built from stretches of an input text: `runs` holds [inputStart, textStart, length] triples. */
export interface Piece {
  text: string;
  runs: number[];
}

/** A text and the corrections made to it so far (offsets into `text`). */
export interface TracedText {
  text: string;
  corrections: Correction[];
}

/** Where each of `lines` (a text split on "\n") starts in that text. */
export function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

/** `input.slice(from, to)`, copied. */
export function sourcePiece(input: string, from = 0, to = input.length): Piece {
  return { text: input.slice(from, to), runs: to > from ? [from, 0, to - from] : [] };
}

/** Text that comes from no input character (a separator, a marker). */
export const literal = (text: string): Piece => ({ text, runs: [] });

/**
 * Builds a piece stretch by stretch; a copy that continues the previous one in the input too
 * extends its run, so that a text copied line after line stays a single run.
 */
export class PieceBuilder {
  private readonly parts: string[] = [];
  private readonly runs: number[] = [];
  private length = 0;
  // The copy being extended: taken from its input in one slice when something else comes.
  private input = '';
  private from = 0;
  private to = 0;

  /** Appends `input.slice(from, to)`, copied from the input at `from`. */
  copy(input: string, from: number, to: number): this {
    if (to <= from) return this;
    if (this.to > this.from && input === this.input && from === this.to) {
      this.to = to;
    } else {
      this.flush();
      this.input = input;
      this.from = from;
      this.to = to;
    }
    return this;
  }

  /** Appends a piece, its runs with it. */
  append(piece: Piece): this {
    const { text, runs } = piece;
    let cursor = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const at = runs[r + 1] ?? 0;
      const length = runs[r + 2] ?? 0;
      if (at > cursor) this.add(text.slice(cursor, at));
      // The run's characters are the piece's own; they are recorded as copied from the input.
      this.flush();
      this.runs.push(runs[r] ?? 0, this.length, length);
      this.parts.push(text.slice(at, at + length));
      this.length += length;
      cursor = at + length;
    }
    if (cursor < text.length) this.add(text.slice(cursor));
    return this;
  }

  /** Appends text that comes from no input character. */
  add(text: string): this {
    if (text.length > 0) {
      this.flush();
      this.parts.push(text);
      this.length += text.length;
    }
    return this;
  }

  build(): Piece {
    this.flush();
    return { text: this.parts.join(''), runs: this.runs };
  }

  private flush(): void {
    if (this.to <= this.from) return;
    const length = this.to - this.from;
    const last = this.runs.length - 3;
    // A copy right after a run it continues (in the input and here) extends that run.
    if (last >= 0 && (this.runs[last] ?? 0) + (this.runs[last + 2] ?? 0) === this.from && (this.runs[last + 1] ?? 0) + (this.runs[last + 2] ?? 0) === this.length) {
      this.runs[last + 2] = (this.runs[last + 2] ?? 0) + length;
    } else this.runs.push(this.from, this.length, length);
    this.parts.push(this.input.slice(this.from, this.to));
    this.length += length;
    this.from = this.to = 0;
  }
}

/** Pieces one after the other, with `separator` between them. */
export function joinPieces(pieces: readonly Piece[], separator = ''): Piece {
  const builder = new PieceBuilder();
  pieces.forEach((piece, i) => {
    if (i > 0) builder.add(separator);
    builder.append(piece);
  });
  return builder.build();
}

/** The stretch `[from, to)` of a piece. */
export function slicePiece(piece: Piece, from: number, to = piece.text.length): Piece {
  const runs: number[] = [];
  for (let r = 0; r < piece.runs.length; r += 3) {
    const source = piece.runs[r] ?? 0;
    const start = piece.runs[r + 1] ?? 0;
    const end = start + (piece.runs[r + 2] ?? 0);
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a < b) runs.push(source + (a - start), a - from, b - a);
  }
  return { text: piece.text.slice(from, to), runs };
}

/** A change of `[start, end)` to `after`; recorded as a correction when it names its `rule`. */
export interface Edit {
  start: number;
  end: number;
  after: string;
  rule?: string;
}

/**
 * Applies non-overlapping edits, in order of position, to a piece: what they do not touch keeps
 * where it came from. Returns the new piece and a correction for each edit that names a rule.
 */
export function editPiece(piece: Piece, edits: readonly Edit[]): { piece: Piece; made: Correction[] } {
  if (edits.length === 0) return { piece, made: [] };
  const builder = new PieceBuilder();
  const made: Correction[] = [];
  let cursor = 0;
  let length = 0;
  for (const edit of edits) {
    const kept = slicePiece(piece, cursor, edit.start);
    builder.append(kept).add(edit.after);
    length += kept.text.length;
    if (edit.rule) made.push({ offset: length, before: piece.text.slice(edit.start, edit.end), after: edit.after, rule: edit.rule });
    length += edit.after.length;
    cursor = edit.end;
  }
  return { piece: builder.append(slicePiece(piece, cursor)).build(), made };
}

/** The edits a global regex's matches ask for: `change` gives a match's edits (offsets in the text) or none. */
export function matchEdits(text: string, pattern: RegExp, change: (m: RegExpExecArray) => Edit[] | Edit | null): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(pattern)) {
    const made = change(m);
    if (made === null) continue;
    if (Array.isArray(made)) edits.push(...made);
    else edits.push(made);
  }
  return edits;
}

/**
 * `text.replace(pattern, template)` as edits, for a template of literal text and groups in order
 * (`'$1'`, `'$1« $2 »'`; the pattern needs the `d` flag): what lies between the groups is replaced
 * by the template's text between them, so the groups' characters keep where they came from.
 */
export function templateEdits(text: string, pattern: RegExp, template: string, rule?: string): Edit[] {
  const pieces = template.split(/\$(\d)/);
  return matchEdits(text, pattern, (m) => {
    const edits: Edit[] = [];
    let cursor = m.index;
    for (let i = 0; i < pieces.length; i += 2) {
      const group = i + 1 < pieces.length ? m.indices?.[Number(pieces[i + 1])] : undefined;
      const end = i + 1 < pieces.length ? (group?.[0] ?? cursor) : m.index + m[0].length;
      const after = pieces[i] ?? '';
      if (end > cursor || after.length > 0) edits.push({ start: cursor, end, after, ...(rule ? { rule } : {}) });
      cursor = group?.[1] ?? end;
    }
    return edits;
  });
}

/** Applies edits to a traced text: earlier corrections follow their characters, new ones are added. */
export function applyTraced(traced: TracedText, edits: readonly Edit[]): TracedText {
  if (edits.length === 0) return traced;
  // `editPiece` on the whole text, made lean: this runs for every rule of every stage.
  const { text } = traced;
  const parts: string[] = [];
  const runs: number[] = [];
  const made: Correction[] = [];
  let cursor = 0;
  let length = 0;
  for (const edit of edits) {
    if (edit.start > cursor) {
      runs.push(cursor, length, edit.start - cursor);
      parts.push(text.slice(cursor, edit.start));
      length += edit.start - cursor;
    }
    if (edit.rule) made.push({ offset: length, before: text.slice(edit.start, edit.end), after: edit.after, rule: edit.rule });
    parts.push(edit.after);
    length += edit.after.length;
    cursor = edit.end;
  }
  if (cursor < text.length) {
    runs.push(cursor, length, text.length - cursor);
    parts.push(text.slice(cursor));
  }
  const out = parts.join('');
  return { text: out, corrections: mergeSorted(carry(traced.corrections, { text: out, runs }), made) };
}

/** The traced text a stage made of its input, where `piece` says where its output came from. */
export function retrace(traced: TracedText, piece: Piece, made: readonly Correction[] = []): TracedText {
  return { text: piece.text, corrections: mergeSorted(carry(traced.corrections, piece), made) };
}

function mergeSorted(a: readonly Correction[], b: readonly Correction[]): Correction[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.offset - y.offset);
}

/**
 * Carries corrections (offsets into a stage's input) into its output: a correction goes where
 * the characters it produced went, and is dropped when none of them is left (its line was
 * removed as furniture, say). A correction that removed characters stays at the place between
 * its neighbours, unless that place was removed too.
 */
export function carry(corrections: readonly Correction[], piece: Piece): Correction[] {
  if (corrections.length === 0) return [];
  const order: number[] = [];
  for (let r = 0; r < piece.runs.length; r += 3) order.push(r);
  order.sort((x, y) => (piece.runs[x] ?? 0) - (piece.runs[y] ?? 0));
  const src = (k: number): number => piece.runs[order[k] ?? 0] ?? 0;
  const dst = (k: number): number => piece.runs[(order[k] ?? 0) + 1] ?? 0;
  const len = (k: number): number => piece.runs[(order[k] ?? 0) + 2] ?? 0;
  // The first run (in input order) that ends after `position`.
  const firstEndingAfter = (position: number): number => {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (src(mid) + len(mid) <= position) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const carried: Correction[] = [];
  for (const c of corrections) {
    const from = c.offset;
    const to = c.offset + c.after.length;
    let k = firstEndingAfter(from);
    if (to === from) {
      const inside = k < order.length && src(k) <= from;
      const touching = k > 0 && src(k - 1) + len(k - 1) === from;
      if (inside) carried.push({ ...c, offset: dst(k) + (from - src(k)) });
      else if (touching) carried.push({ ...c, offset: dst(k - 1) + len(k - 1) });
      continue;
    }
    let start = Infinity;
    let end = -Infinity;
    for (; k < order.length && src(k) < to; k++) {
      const a = Math.max(from, src(k));
      const b = Math.min(to, src(k) + len(k));
      if (a >= b) continue;
      start = Math.min(start, dst(k) + (a - src(k)));
      end = Math.max(end, dst(k) + (b - src(k)));
    }
    if (start < end) carried.push({ ...c, offset: start, after: piece.text.slice(start, end) });
  }
  return carried.sort((x, y) => x.offset - y.offset);
}
