import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsFromText } from '../core/test-support/paragraphs-from-text.ts';
import { evaluate } from './run-evaluation.ts';

describe('evaluate', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('scores labelled sentences per part and language, and counts facts found in no-fact sentences', () => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-eval-'));
    for (const sub of ['labels', 'sentences/dev']) mkdirSync(join(dir, sub), { recursive: true });
    const base = { set: 'dev', split_seed: 1, description: 'test' };
    writeFileSync(join(dir, 'sentences/dev/fr.json'), JSON.stringify({ ...base, expect: 'facts', sentences: [
      { id: 'fr-1', language: 'fr', source_url: 'https://www.unodc.org/a', text: 'Le Fonds a financé 34 projets dans 12 pays.', facts: [
        { kind: 'count', figure: '34 projets', value: 34, unit: 'projects' },
        { kind: 'count', figure: '12 pays', value: 13, unit: 'countries' },
      ] },
    ] }));
    writeFileSync(join(dir, 'sentences/dev/no-facts.json'), JSON.stringify({ ...base, expect: 'no_facts', sentences: [
      { id: 'none-fr-1', language: 'fr', source_url: 'https://www.unodc.org/b', text: 'Le Fonds a financé 5 projets.', facts: [] },
    ] }));
    const { parts } = evaluate({ labels: join(dir, 'labels'), seeds: dir, sentences: join(dir, 'sentences') }, (raw) => paragraphsFromText(raw));
    expect(parts.dev.documents).toBe(2);
    expect(parts.dev.counts).toMatchObject({ labelled: 2, matched: 1, wrong_value: 1, missed: 0, no_fact_sentences: 1, no_fact_spurious: 1 });
    expect(parts.dev.languages.fr?.documents).toBe(2);
    expect(parts.heldout.documents).toBe(0);
  });
});
