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
});
