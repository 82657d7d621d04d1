// The assertions every fault run is held to, for the tests (the soak script reports instead).
import { expect } from 'vitest';
import { describeOutcome, type FaultOutcome } from './fault-run.ts';

/**
 * What issue 8 asks of every fault run: no worker died on its own, nothing stuck or failed, each
 * file one document done exactly once, no duplicate, facts equal to the clean run's. Each failure
 * names the documents and their Redis jobs.
 */
export function expectEveryDocumentDoneOnce(outcome: FaultOutcome, log?: (line: string) => void): void {
  const report = describeOutcome(outcome);
  if (log) log(report);
  expect(outcome.unexpectedExits, `workers died on their own\n${report}`).toEqual([]);
  expect(outcome.stuck.map((s) => s.file), `documents stuck\n${report}`).toEqual([]);
  expect(outcome.failed.map((f) => f.file), `documents failed\n${report}`).toEqual([]);
  expect(outcome.settled, report).toBe(true);
  expect(outcome.ingestions, report).toBe(outcome.expected);
  expect(outcome.documents, report).toBe(outcome.expected);
  expect(outcome.done, report).toBe(outcome.expected);
  expect(outcome.duplicateDocuments, report).toBe(0);
  expect(outcome.duplicateFacts, report).toBe(0);
  expect(outcome.factMismatches, report).toEqual([]);
}
