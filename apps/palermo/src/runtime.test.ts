import { describe, expect, it } from 'vitest';
import { STAGES } from '@palermo/contracts';
import { loadStageDefinition } from './runtime.ts';

describe('stage loaders', () => {
  it.each(STAGES)('load the definition of %s, and only that stage', async (stage) => {
    const definition = await loadStageDefinition(stage);
    expect(definition.stage).toBe(stage);
    expect(typeof definition.createHandler).toBe('function');
  });
});
