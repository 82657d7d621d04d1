import { describe, expect, it } from 'vitest';
import { parseDurationMs } from '@palermo/contracts';
import { parseSourcesFile } from './parse-sources-file.ts';

describe('parseSourcesFile', () => {
  it('reads folders and URL lists with intervals or cron patterns', () => {
    const file = parseSourcesFile(
      `sources:
  - name: seeds
    folder: ../seeds
    every: 6h
  - name: unodc
    urls: [https://example.org/a.pdf, https://example.org/b.html]
    cron: "0 6 * * 1"
`,
      'sources.yaml',
    );
    expect(file.sources.map((s) => s.name)).toEqual(['seeds', 'unodc']);
    expect(parseDurationMs(file.sources[0]!.every!)).toBe(6 * 3_600_000);
  });

  it('names the file and the field of every mistake', () => {
    expect(() => parseSourcesFile('sources:\n  - name: Bad Name\n    folder: x\n    every: 1h\n', 'my.yaml')).toThrow(/my\.yaml:[\s\S]*lowercase letters/);
    expect(() => parseSourcesFile('sources:\n  - name: a\n    folder: x\n    urls: [https://x.org]\n    every: 1h\n', 'f.yaml')).toThrow(/either "folder" or "urls"/);
    expect(() => parseSourcesFile('sources:\n  - name: a\n    folder: x\n', 'f.yaml')).toThrow(/either "every" or "cron"/);
    expect(() => parseSourcesFile('sources:\n  - name: a\n    folder: x\n    every: soon\n', 'f.yaml')).toThrow(/an interval such as/);
    expect(() => parseSourcesFile('sources:\n  - name: a\n    urls: [ftp://x.org/a]\n    every: 1h\n', 'f.yaml')).toThrow(/urls/);
    expect(() => parseSourcesFile('sources:\n  - name: a\n    folder: x\n    cron: "99 99 * * *"\n', 'f.yaml')).toThrow(/cron "99 99 \* \* \*" is not a valid pattern/);
    expect(() => parseSourcesFile('sources: [\n', 'f.yaml')).toThrow(/f\.yaml: not valid YAML/);
    expect(() => parseSourcesFile('sources:\n  - {name: a, folder: x, every: 1h}\n  - {name: a, folder: y, every: 1h}\n', 'f.yaml')).toThrow(/unique/);
  });

  it('reads symbols sources: patterns with variables, lists, languages and a stopping rule', () => {
    const file = parseSourcesFile(
      `sources:
  - name: third-committee
    symbols:
      pattern: A/C.3/{session}/L.{n}
      session: [current, next]
      n: {from: 1}
      languages: [fr, en]
      stopAfter: 15
    every: 1d
  - name: trafficking-reports
    symbols:
      list: [A/79/181, A/RES/80/228]
      languages: [en]
    cron: "0 6 * * 1"
`,
      'sources.yaml',
    );
    expect(file.sources[0]!.symbols).toEqual({ pattern: 'A/C.3/{session}/L.{n}', session: ['current', 'next'], n: { from: 1 }, languages: ['fr', 'en'], stopAfter: 15 });
    expect(file.sources[1]!.symbols).toEqual({ list: ['A/79/181', 'A/RES/80/228'], languages: ['en'], stopAfter: 10 });
  });

  it('names the file and the field of every mistake in a symbols source', () => {
    const bad = (symbols: string) => () => parseSourcesFile(`sources:\n  - name: s\n    every: 1d\n    symbols: ${symbols}\n`, 'ods.yaml');
    expect(bad('{pattern: "A/RES/{session}/{n}", n: {from: 1}, languages: [fr]}')).toThrow(/ods\.yaml:[\s\S]*the pattern uses \{session\}: give its value[\s\S]*symbols\.session/);
    expect(bad('{pattern: "A/RES/80/{n}", n: {from: 1}, languages: [de]}')).toThrow(/symbols\.languages/);
    expect(bad('{pattern: "A/RES/80/{n}", n: {from: 1}, languages: [fr, fr]}')).toThrow(/each language once/);
    expect(bad('{pattern: "A/RES/80/{num}", n: {from: 1}, languages: [fr]}')).toThrow(/unknown variable \{num\}/);
    expect(bad('{pattern: "A/RES/80/L.1", n: {from: 1}, languages: [fr]}')).toThrow(/\{n\} exactly once/);
    expect(bad('{pattern: "A/RES/80/{n}", languages: [fr]}')).toThrow(/symbols\.n/);
    expect(bad('{pattern: "A/RES/80/{n}", n: {from: 5, to: 2}, languages: [fr]}')).toThrow(/"to" must not be below "from"/);
    expect(bad('{pattern: "A/RES/80/{n}", year: 2025, n: {from: 1}, languages: [fr]}')).toThrow(/does not use \{year\}/);
    expect(bad('{list: [A/79/181], pattern: "A/{n}", languages: [fr]}')).toThrow(/either "pattern" or "list"/);
    expect(bad('{list: ["a/79/181"], languages: [fr]}')).toThrow(/a UN document symbol/);
    expect(bad('{list: [A/79/181], languages: [fr], every: 1h}')).toThrow(/every/);
    expect(() => parseSourcesFile('sources:\n  - {name: a, folder: x, symbols: {list: [A/1], languages: [fr]}, every: 1h}\n', 'f.yaml')).toThrow(/either "folder" or "urls" or "symbols"/);
  });
});
