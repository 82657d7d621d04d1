import { describe, expect, it } from 'vitest';
import { SymbolsDeclaration } from '@palermo/contracts';
import { expandSeries, recordProbe, sessionOn, type PatternSeries, type WalkState } from './symbol-series.ts';

const decl = (input: object) => SymbolsDeclaration.parse({ languages: ['fr'], ...input });

describe('sessionOn', () => {
  it('counts General Assembly sessions from September 1946', () => {
    expect(sessionOn(new Date('2025-09-09T00:00:00Z'))).toBe(80);
    expect(sessionOn(new Date('2025-08-31T00:00:00Z'))).toBe(79);
    expect(sessionOn(new Date('2026-11-29T00:00:00Z'))).toBe(81);
    expect(sessionOn(new Date('1946-10-23T00:00:00Z'))).toBe(1);
  });
});

describe('expandSeries', () => {
  const on = new Date('2026-03-01T00:00:00Z'); // session 80 in progress

  it('fills every variable, one series per combination', () => {
    const series = expandSeries(decl({ pattern: 'A/C.{committee}/{session}/L.{n}', committee: [3, 5], session: 80, n: { from: 1 } }), on) as PatternSeries[];
    expect(series.map((s) => s.key)).toEqual(['A/C.3/80/L.{n}', 'A/C.5/80/L.{n}']);
    expect(series[1]!.symbolAt(10)).toBe('A/C.5/80/L.10');
    expect(series[0]).toMatchObject({ from: 1, to: null });
  });

  it('reads "current", "next" and "previous" relative to the date', () => {
    const sessions = expandSeries(decl({ pattern: 'A/{session}/{n}', session: ['current', 'next'], n: { from: 1, to: 400 } }), on);
    expect(sessions.map((s) => s.key)).toEqual(['A/80/{n}', 'A/81/{n}']);
    const years = expandSeries(decl({ pattern: 'CTOC/COP/WG.4/{year}/{n}', year: ['previous', 'current'], n: { from: 1 } }), on);
    expect(years.map((s) => s.key)).toEqual(['CTOC/COP/WG.4/2025/{n}', 'CTOC/COP/WG.4/2026/{n}']);
  });

  it('keeps a plain list as it is, without duplicates', () => {
    expect(expandSeries(decl({ list: ['A/79/181', 'A/RES/80/228', 'A/79/181'] }), on)).toEqual([{ kind: 'list', key: 'list', symbols: ['A/79/181', 'A/RES/80/228'] }]);
  });
});

describe('recordProbe', () => {
  const walk = (from: number, results: boolean[], stopAfter: number, to: number | null = null) => {
    let state: WalkState = { nextNumber: from, misses: 0, done: false };
    let n = from;
    const probed: number[] = [];
    for (const found of results) {
      probed.push(n);
      state = recordProbe(state, n, found, stopAfter, to);
      n++;
      if (state.done) break;
    }
    return { state, probed };
  };

  it('stops after K consecutive misses and starts next time after the last find', () => {
    const { state, probed } = walk(227, [false, true, true, false, false, true], 2);
    expect(probed).toEqual([227, 228, 229, 230, 231]);
    expect(state).toEqual({ nextNumber: 230, misses: 2, done: true });
  });

  it('a find resets the misses', () => {
    expect(walk(1, [false, true, false, true, false], 2).state).toEqual({ nextNumber: 5, misses: 1, done: false });
  });

  it('stops at the end of a bounded range', () => {
    expect(walk(1, [true, true, true], 10, 2)).toEqual({ state: { nextNumber: 3, misses: 0, done: true }, probed: [1, 2] });
  });
});
