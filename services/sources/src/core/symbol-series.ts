import { SYMBOL_VARIABLES, type SymbolsDeclaration } from '@palermo/contracts';

/** A pattern with its variables filled in: the symbols `symbolAt(n)` for n from `from` (to `to`, or onwards). */
export interface PatternSeries {
  kind: 'pattern';
  key: string; // e.g. "A/C.3/80/L.{n}": where this series' progress is remembered
  from: number;
  to: number | null;
  symbolAt(n: number): string;
}

/** A plain list of symbols, checked in full on every run. */
export interface ListSeries {
  kind: 'list';
  key: 'list';
  symbols: string[];
}

export type SymbolSeries = PatternSeries | ListSeries;

/**
 * The General Assembly session in progress on `date`: the first session opened in September 1946
 * and one opens every September since (the 80th in 2025). Documents of a session are often issued
 * months before it opens (budget fascicles, reports due to it): follow `[current, next]` to see them.
 */
export function sessionOn(date: Date): number {
  return date.getUTCFullYear() - 1945 - (date.getUTCMonth() < 8 ? 1 : 0);
}

const RELATIVE = { previous: -1, current: 0, next: 1 } as const;

function values(variable: SymbolsDeclaration['session'], base: number): number[] {
  const list = Array.isArray(variable) ? variable : [variable!];
  return [...new Set(list.map((value) => (typeof value === 'number' ? value : base + RELATIVE[value])))];
}

/** Every series a symbols declaration stands for on `date` (one per combination of variable values). */
export function expandSeries(decl: SymbolsDeclaration, date: Date): SymbolSeries[] {
  if (decl.list) return [{ kind: 'list', key: 'list', symbols: [...new Set(decl.list)] }];
  const bases = { session: sessionOn(date), year: date.getUTCFullYear(), committee: 0 };
  let keys = [decl.pattern!];
  for (const name of SYMBOL_VARIABLES) {
    if (decl[name] === undefined) continue;
    const filled = values(decl[name], bases[name]);
    keys = keys.flatMap((key) => filled.map((value) => key.replaceAll(`{${name}}`, String(value))));
  }
  return keys.map((key) => ({ kind: 'pattern', key, from: decl.n!.from, to: decl.n!.to ?? null, symbolAt: (n: number) => key.replace('{n}', String(n)) }));
}

/** Where a series walk stands: the next number to start from, and the misses in a row since the last find. */
export interface WalkState {
  nextNumber: number;
  misses: number;
  done: boolean;
}

/**
 * The stopping rule: a found symbol moves the starting point past it and resets the misses; a miss
 * (or a symbol that could not be checked) counts, and `stopAfter` of them in a row end the walk.
 * The next run starts again after the last symbol found, so the misses are asked again then.
 */
export function recordProbe(state: WalkState, n: number, found: boolean, stopAfter: number, to: number | null): WalkState {
  const next = found ? { nextNumber: n + 1, misses: 0 } : { nextNumber: state.nextNumber, misses: state.misses + 1 };
  return { ...next, done: next.misses >= stopAfter || (to !== null && n >= to) };
}
