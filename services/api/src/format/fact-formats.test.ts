import { describe, expect, it } from 'vitest';
import { Fact, FACT_FIELDS } from '@palermo/contracts';
import { factRecord, factsToCsv, factsToJsonl, negotiateFactFormat } from './fact-formats.ts';

const fact = Fact.parse({
  document: 'ab'.repeat(32), source: '/seeds/x.txt', extractor_version: '1', kind: 'treaty_parties', value: 170, unit: 'States',
  currency: null, instrument: 'trafficking_protocol', fund: null, measure: null, qualifier: 'exact', as_of: '2016-11-08', state: null,
  action: null, date: null, subject: null, paragraph: 19, section: 'III.A', span: [42, 45],
  quote: 'Au 8 novembre 2016, la Convention comptait 187 États parties et le Protocole 170, "dit-on".', confidence: 0.95, flags: ['a', 'b'],
});

describe('negotiateFactFormat', () => {
  it('lets ?format= win over Accept', () => {
    expect(negotiateFactFormat('text/csv', 'jsonl')).toBe('jsonl');
  });

  it('reads Accept, honouring q-values and wildcards', () => {
    expect(negotiateFactFormat(undefined, undefined)).toBe('json');
    expect(negotiateFactFormat('application/x-ndjson', undefined)).toBe('jsonl');
    expect(negotiateFactFormat('text/csv;q=0.5, application/x-ndjson;q=0.9', undefined)).toBe('jsonl');
    expect(negotiateFactFormat('text/html, */*;q=0.1', undefined)).toBe('json');
    expect(negotiateFactFormat('TEXT/CSV; charset=utf-8', undefined)).toBe('csv');
  });

  it('gives null when nothing acceptable can be produced', () => {
    expect(negotiateFactFormat('application/xml', undefined)).toBeNull();
    expect(negotiateFactFormat('text/csv;q=0', undefined)).toBeNull();
  });
});

describe('fact exports', () => {
  it('keeps exactly the contract’s fields, in its order', () => {
    expect(Object.keys(factRecord(fact))).toEqual([...FACT_FIELDS]);
    expect(Object.keys(JSON.parse(factsToJsonl([fact]).trim()) as object)).toEqual([...FACT_FIELDS]);
  });

  it('writes RFC 4180 CSV with a header of the field names', () => {
    const [header, line, rest] = factsToCsv([fact]).split('\r\n');
    expect(header).toBe(FACT_FIELDS.join(','));
    expect(line).toContain('"Au 8 novembre 2016, la Convention comptait 187 États parties et le Protocole 170, ""dit-on""."');
    expect(line).toContain(',42-45,');
    expect(line).toContain(',a;b,');
    expect(rest).toBe('');
  });
});
