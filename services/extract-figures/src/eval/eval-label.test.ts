import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LabelledSentence, SentenceSetFile } from './eval-label.ts';
import { readSentenceFiles } from './run-evaluation.ts';

const sentence = (fields: Partial<LabelledSentence> = {}) => ({
  id: 'fr-900', language: 'fr', source_url: 'https://www.unodc.org/x.html', text: 'Le Fonds a reçu 2 millions de dollars.',
  facts: [{ kind: 'money', figure: '2 millions de dollars', value: 2e6, currency: null, flags: ['ambiguous_currency'] }], ...fields,
});

describe('LabelledSentence', () => {
  it('accepts a sentence whose figures are in its text, with null as a judged value', () => {
    expect(LabelledSentence.parse(sentence()).facts[0]).toMatchObject({ currency: null, flags: ['ambiguous_currency'] });
  });

  it('rejects a figure that is not in the sentence, and a count without its value', () => {
    expect(() => LabelledSentence.parse(sentence({ facts: [{ kind: 'count', figure: '12 projets', value: 12 }] }))).toThrow(/not in the sentence/);
    expect(() => LabelledSentence.parse(sentence({ facts: [{ kind: 'count', figure: '2 millions' }] }))).toThrow(/needs its value/);
  });
});

describe('SentenceSetFile', () => {
  const file = (fields: object) => ({ set: 'dev', expect: 'facts', split_seed: 1, description: 'x', sentences: [sentence()], ...fields });

  it('rejects duplicate ids and facts in a no-fact file', () => {
    expect(() => SentenceSetFile.parse(file({ sentences: [sentence(), sentence()] }))).toThrow(/duplicate id/);
    expect(() => SentenceSetFile.parse(file({ expect: 'no_facts' }))).toThrow(/no-fact sentence lists facts/);
  });

  it('parses the committed development sentences', () => {
    const files = readSentenceFiles(fileURLToPath(new URL('../../../../test/eval/sentences/dev', import.meta.url)));
    expect(files.map((f) => f.file.set)).toEqual(files.map(() => 'dev'));
    expect(files.flatMap((f) => f.file.sentences).length).toBeGreaterThan(50);
  });
});
