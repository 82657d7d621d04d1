import type { DocumentOutcome } from './run-evaluation.ts';
import type { EvaluationScores, Score } from './score-facts.ts';

function row(name: string, s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  return `${name.padEnd(22)}${pct(s.precision)}${pct(s.recall)}   ${String(s.correct).padStart(3)} / found ${String(s.found).padStart(3)} / labelled ${String(s.labelled).padStart(3)}`;
}

/** Renders scores and the misses of each document as a plain-text report. */
export function formatReport(title: string, scores: EvaluationScores, outcomes: DocumentOutcome[], verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`== ${title}`, `${''.padEnd(22)}${'prec'.padStart(7)}${'recall'.padStart(7)}`);
  lines.push(row('overall', scores.overall));
  for (const [k, s] of Object.entries(scores.kinds)) lines.push(row(`kind ${k}`, s));
  for (const [a, s] of Object.entries(scores.attributes)) lines.push(row(`attribute ${a}`, s));
  for (const o of outcomes) {
    lines.push('', `${o.document}: ${o.predictions.length} facts, ${o.labels.length} labels, ${o.pairs.length} matched, ${o.missed.length} missed, ${o.spurious.length} unlabelled, ${o.errors.length} errors`);
    if (!verbose) continue;
    for (const m of o.missed) lines.push(`  missed   ¶${m.paragraph}${m.footnote ? ` fn${m.footnote}` : ''} ${m.kind} ${m.value ?? m.state ?? ''} ${m.unit ?? m.measure ?? ''}`);
    for (const p of o.spurious) lines.push(`  extra    ¶${p.paragraph}${p.footnote !== null ? ` fn${p.footnote}` : ''} ${p.kind} ${p.value ?? p.state ?? ''} ${p.unit ?? p.measure ?? ''}`);
    for (const { prediction: p, label: l } of o.pairs) {
      const wrong = Object.entries(l).filter(([k, v]) => !['kind', 'paragraph', 'footnote', 'value', 'note'].includes(k) && p[k as keyof typeof p] !== v);
      if (wrong.length > 0) lines.push(`  attr     ¶${l.paragraph} ${l.kind} ${l.value ?? l.state}: ${wrong.map(([k, v]) => `${k} ${JSON.stringify(p[k as keyof typeof p])} ≠ ${JSON.stringify(v)}`).join(', ')}`);
    }
  }
  return lines.join('\n');
}
