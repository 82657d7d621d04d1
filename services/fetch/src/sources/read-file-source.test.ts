import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceNotFoundError, SourceOutsideRootsError, SourceTooLargeError } from '../errors.ts';
import { readFileSource } from './read-file-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'palermo-files-'));
const root = join(dir, 'root');
mkdirSync(root);
writeFileSync(join(root, 'report.txt'), 'Rapport');
writeFileSync(join(dir, 'secret.txt'), 'outside');
symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));

describe('readFileSource', () => {
  it('reads a file inside its roots', async () => {
    expect(Buffer.from(await readFileSource(join(root, 'report.txt'), [root], 100)).toString()).toBe('Rapport');
  });
  it('refuses files outside the roots, through a link or a dot-dot path', async () => {
    await expect(readFileSource(join(dir, 'secret.txt'), [root], 100)).rejects.toThrow(SourceOutsideRootsError);
    await expect(readFileSource(join(root, 'link.txt'), [root], 100)).rejects.toThrow(SourceOutsideRootsError);
    await expect(readFileSource(join(root, '..', 'secret.txt'), [root], 100)).rejects.toThrow(/outside the configured file roots/);
  });
  it('refuses folders, missing files and files over the cap', async () => {
    await expect(readFileSource(root, [dir], 100)).rejects.toThrow(SourceNotFoundError);
    await expect(readFileSource(join(root, 'none.txt'), [root], 100)).rejects.toThrow(/no such file/);
    await expect(readFileSource(join(root, 'report.txt'), [root], 3)).rejects.toThrow(SourceTooLargeError);
  });
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const started = Date.now();
    await expect(readFileSource(join(root, 'pipe.txt'), [root], 100, 5_000)).rejects.toThrow(`${join(root, 'pipe.txt')}: not a regular file (a FIFO)`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
