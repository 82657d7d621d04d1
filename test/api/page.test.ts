// The analysts' page in a real browser (Debian's Chromium driven by playwright-core) against a
// server holding the seeds: the chart, a search, and a figure followed to its paragraph.
// Screenshots go to test-results/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The api package owns playwright-core; its helper lends the types too.
import { hasChromium, launchBrowser, type Browser, type Page } from '../../services/api/src/testing/launch-browser.ts';
import { createSandbox, palermo, ROOT, SEEDS, type Sandbox } from '../support/harness.ts';
import { startServer, type Server } from './serve.ts';

const SHOTS = join(ROOT, 'test-results');

describe.skipIf(!hasChromium())('the analysts’ page', () => {
  let sandbox: Sandbox;
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sandbox = await createSandbox('pglite');
    const ingest = await palermo(sandbox, ['ingest', SEEDS, '--wait']);
    expect(ingest.code, ingest.stdout + ingest.stderr).toBe(0);
    server = await startServer(sandbox, ['--no-workers']);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The page is served with a strict content security policy: anything it blocks is a defect.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]');
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await server.stop();
    await sandbox?.cleanup();
  });

  it('charts 150, 170 and 181 States parties to the Trafficking Protocol', async () => {
    const labels = await page.locator('#parties-chart [data-instrument=trafficking_protocol] a.point text').allTextContents();
    expect(labels).toEqual(['150', '170', '181']);
    await page.locator('#parties').screenshot({ path: join(SHOTS, 'page-chart.png') });
  });

  it('fills the Trust Fund table and the facts table', async () => {
    expect(await page.locator('#fund-table tbody tr').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('#fund-table').textContent()).toMatch(/\$2,000,000/);
    await page.selectOption('#facts-filters [name=kind]', 'treaty_parties');
    await page.click('#facts-filters button[type=submit]');
    await expect.poll(() => page.locator('#facts-status').textContent()).toBe('4 facts');
  });

  it('searches in French, telling traité from traite', async () => {
    await page.fill('#search-form [name=q]', 'traité');
    await page.click('#search-form button[type=submit]');
    await page.waitForSelector('#search-results li');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^traités?$/);
    await page.locator('#search').screenshot({ path: join(SHOTS, 'page-search.png') });
  });

  it('follows a figure to its paragraph, the quote highlighted', async () => {
    await page.click('#parties-chart [data-instrument=trafficking_protocol] a.point[data-value="170"]');
    const quote = page.locator('#paragraph mark.quote');
    await quote.waitFor();
    expect(await quote.textContent()).toContain('170');
    expect(await page.locator('#paragraph mark.quote strong').textContent()).toBe('170');
    expect(page.url()).toMatch(/#\/documents\/[0-9a-f]{64}\/paragraphs\/\d+\?span=\d+-\d+$/);
    await page.screenshot({ path: join(SHOTS, 'page-paragraph.png') });

    await page.click('#paragraph-close');
    await page.locator('#facts-table tbody a').first().click();
    await page.locator('#paragraph mark.quote').waitFor();
  });
});
