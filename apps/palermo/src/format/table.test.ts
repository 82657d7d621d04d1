import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';

describe('renderTable', () => {
  it('aligns columns and cuts long cells', () => {
    const table = renderTable(['a', 'bb'], [['xxx', 'y'], ['z', 'long text here']], 8);
    expect(table.split('\n')).toEqual(['a    bb', '───  ────────', 'xxx  y', 'z    long te…']);
  });
});
