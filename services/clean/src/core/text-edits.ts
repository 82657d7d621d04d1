import type { Correction } from '@palermo/contracts';

/** A replacement of `[start, end)` of a text by `after`, named by the rule that asked for it. */
export interface TextEdit {
  start: number;
  end: number;
  after: string;
  rule: string;
}

/**
 * Applies non-overlapping edits in one pass and returns the new text with one correction per edit
 * (offsets in the new text); corrections made earlier are carried over with their offsets shifted,
 * so every offset stays true in the final cleaned text.
 */
export function applyEdits(
  text: string,
  edits: readonly TextEdit[],
  earlier: readonly Correction[] = [],
): { text: string; corrections: Correction[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    // A later rule never rewrites what an earlier one already touched in the same pass.
    if (edit.start < lastEnd) continue;
    if (text.slice(edit.start, edit.end) === edit.after) continue;
    kept.push(edit);
    lastEnd = Math.max(edit.end, edit.start + 1);
  }
  // Nothing to change: earlier corrections that still match the text, in order, stay as they are.
  if (kept.length === 0 && earlier.every((c, i) => c.offset >= (earlier[i - 1]?.offset ?? 0) && text.startsWith(c.after, c.offset))) {
    return { text, corrections: [...earlier] };
  }
  let out = '';
  let cursor = 0;
  const made: Correction[] = [];
  const shifts: { at: number; delta: number }[] = [];
  for (const edit of kept) {
    out += text.slice(cursor, edit.start);
    made.push({ offset: out.length, before: text.slice(edit.start, edit.end), after: edit.after, rule: edit.rule });
    out += edit.after;
    cursor = edit.end;
    shifts.push({ at: edit.end, delta: edit.after.length - (edit.end - edit.start) });
  }
  out += text.slice(cursor);
  // Shifts are in order of position: the sum of those at or before a position is found by
  // binary search over running totals, not by adding them all up for every correction.
  const totals: number[] = [];
  for (const s of shifts) totals.push((totals.at(-1) ?? 0) + s.delta);
  const map = (position: number): number => {
    let low = 0;
    let high = shifts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((shifts[mid]?.at ?? 0) <= position) low = mid + 1;
      else high = mid;
    }
    return position + (low === 0 ? 0 : (totals[low - 1] ?? 0));
  };
  // An earlier correction rewritten again keeps its original "before" and takes the new "after".
  const moved = earlier.map((c) => {
    const start = Math.max(0, map(c.offset));
    const end = Math.max(start, map(c.offset + c.after.length));
    return { ...c, offset: start, after: out.slice(start, end) };
  });
  return { text: out, corrections: mergeByOffset(moved, made) };
}

/**
 * Both lists in order of offset, the first one's first on a tie: what a stable sort of the two
 * put end to end gives, in one pass. A list out of order is sorted as before.
 */
export function mergeByOffset(first: Correction[], second: Correction[]): Correction[] {
  const ordered = (list: Correction[]): boolean => list.every((c, i) => i === 0 || (list[i - 1]?.offset ?? 0) <= c.offset);
  if (!ordered(first) || !ordered(second)) return [...first, ...second].sort((a, b) => a.offset - b.offset);
  const merged: Correction[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || a.offset <= b.offset)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }
  return merged;
}
