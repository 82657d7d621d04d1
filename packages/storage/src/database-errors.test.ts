import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError } from './database-errors.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isTransientDatabaseError', () => {
  it('retries what a database restart throws', () => {
    expect(isTransientDatabaseError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isTransientDatabaseError(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isTransientDatabaseError(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''))).toBe(true);
  });

  it('does not retry a bad query or a broken constraint', () => {
    expect(isTransientDatabaseError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isTransientDatabaseError(withCode('syntax error at or near "selec"', '42601'))).toBe(false);
    expect(isTransientDatabaseError('ECONNREFUSED')).toBe(false);
  });
});
