import { describe, expect, it } from 'vitest';
import { formatSummary } from './format-report.ts';
import type { EvaluationPart, PartScores } from './run-evaluation.ts';
import { scoreFacts, sumScores } from './score-facts.ts';

const part = (documents: number, languages: PartScores['languages'] = {}): PartScores => ({ ...sumScores([scoreFacts([], [{ kind: 'count', paragraph: 1, value: 1 }])]), documents, languages });

describe('formatSummary', () => {
  it('prints the held-out part first, each language of a part, and says which parts this checkout lacks', () => {
    const fr = { ...part(1), documents: 1 };
    const parts: Record<EvaluationPart, PartScores> = {
      heldout: part(0), heldout_text: part(1), dev: part(2, { fr, en: fr }), dev_text: part(1), seed: part(4),
    };
    const lines = formatSummary(parts).split('\n').slice(2);
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(['heldout', 'heldout_text', 'dev', 'fr', 'en', 'dev_text', 'seed']);
    expect(lines[0]).toContain('no labelled document in this checkout');
    expect(lines[2]).toMatch(/^dev\s+2\s+1\s+0\s+0\s+100\.0%\s+0\.0%\s+0\s+0\s+1\s+0\s+-$/);
  });
});
