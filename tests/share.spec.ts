import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { makePng } from '../src/test-support/sample-files';
import { chooseByKeyboard, openAllSections, openTaskList, pressButton, readPdf, typeInto, words, writeTempFile, pressExport } from './helpers';

const STORAGE_KEY = 'coursework-toolkit';

/** Every field of the worksheet, in page order, by its label: what the learner sees, field for field. */
async function worksheetFields(page: Page): Promise<Array<[string, string]>> {
  await openAllSections(page);
  // The worksheet's own fields: not the supporting-evidence form after them, which loads on its own.
  return page.locator('.document-layout__main .worksheet-page :is(input, textarea, select)').evaluateAll((elements) =>
    elements
      .map((element) => {
        const field = element as HTMLInputElement;
        const label = field.labels?.[0]?.textContent?.trim() ?? field.name;
        const value = field.type === 'checkbox' || field.type === 'radio' ? String(field.checked) : field.value;
        return [label, value] as [string, string];
      })
      .filter(([label]) => label !== 'Document name'),
  );
}

/** The PDF of the open document as text (both sides export on the same day, so dates match). */
async function exportedText(page: Page): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  return words((await readPdf(await downloadPromise)).rawText);
}

/**
 * The arrived document's PDF under the sender's name: the added "(shared template)" can wrap the
 * title onto a second line and move page breaks, which is not a difference in the document.
 */
async function exportedUnderName(page: Page, name: string): Promise<string> {
  await openTaskList(page);
  await typeInto(page.getByLabel('Document name'), name);
  return exportedText(page);
}

/** A new browser context: a fresh profile with nothing stored, as on another learner's computer. */
async function freshProfile(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

/** Shows what arrived, checks it against what was sent, and adds it as a new document. */
async function addArrival(page: Page, expected: { name: string; worksheet: string; unit: string; checks: string }) {
  const arrived = page.getByRole('region', { name: 'What was shared with you' });
  await expect(arrived).toContainText(`Worksheet${expected.worksheet}`);
  await expect(arrived).toContainText(`Document${expected.name} (shared template)`);
  await expect(arrived).toContainText(`Unit${expected.unit}`);
  await expect(arrived).toContainText(new RegExp(`How complete(✓ )?${expected.checks} checks met`));
  await pressButton(page, 'Add to my worksheets');
  await expect(page.getByLabel('Document name')).toHaveValue(`${expected.name} (shared template)`);
}

const checksMet = async (page: Page) => (/\((\d+ of \d+) met\)/.exec(await page.locator('#checklist-heading .checklist__count').innerText()) ?? [])[1] ?? '?';

test('a worksheet shared by link arrives intact in a fresh browser profile, as a new document each time', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await typeInto(page.getByLabel('Document name'), 'Café Zoë starter');
  await openAllSections(page);
  await typeInto(page.getByLabel('Organisation name'), 'Café Zoë Ltd');
  await typeInto(page.getByLabel('Sector'), 'Coffee shops – Łódź & Leeds');
  await chooseByKeyboard(page.getByLabel('Own organisation or case study'), 'A case');
  await typeInto(page.getByLabel('Time frame of the analysis'), 'Next 18 months');
  await pressButton(page, 'Add an internal force');
  const force = page.getByRole('group', { name: 'Internal force 1' });
  await typeInto(force.getByLabel(/^The (factor|force)$/), 'Staff turnover “high”');
  await chooseByKeyboard(force.getByLabel('Impact (1–5)'), '4');
  await typeInto(force.getByLabel('What it means for sales'), 'New staff need sales training.');
  const sentFields = await worksheetFields(page);
  expect(sentFields).toContainEqual(['Organisation name', 'Café Zoë Ltd']);
  const sentChecks = await checksMet(page);
  const sentPdf = await exportedText(page);

  await pressButton(page, 'Copy link');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.getByLabel('Link to this template').inputValue();
  expect(link).toMatch(/\/open#v1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await freshProfile(browser);
  await other.goto(link);
  await addArrival(other, { name: 'Café Zoë starter', worksheet: 'PESTLE builder', unit: 'L3B2: Understand Organisations', checks: sentChecks });
  expect(await worksheetFields(other)).toEqual(sentFields);
  await expect(other.getByLabel('Sector')).toHaveValue('Coffee shops – Łódź & Leeds');
  expect(await exportedUnderName(other, 'Café Zoë starter')).toBe(sentPdf);
  expect(sentPdf).toContain('Staff turnover “high”');

  // Opened a second time, it is added again beside the first, which is left as it was.
  await openAllSections(other);
  await typeInto(other.getByLabel('Organisation name'), 'Changed after arriving');
  await other.goto(link);
  await pressButton(other, 'Add to my worksheets');
  await openAllSections(other);
  await expect(other.getByLabel('Organisation name')).toHaveValue('Café Zoë Ltd');
  await other.goto('/');
  // The first copy was renamed back for the PDF comparison above.
  await expect(other.getByRole('link', { name: 'Café Zoë starter (shared template)' })).toHaveCount(1);
  await other.getByRole('link', { name: 'Café Zoë starter', exact: true }).click();
  await openAllSections(other);
  await expect(other.getByLabel('Organisation name')).toHaveValue('Changed after arriving');
  await other.context().close();
});

test('a worked example too long for a link is shared as a file instead, and arrives intact', async ({ page, browser }) => {
  await page.goto('/');
  await pressButton(page, 'Open the worked example of the Weighted decision matrix');
  await expect(page.getByRole('heading', { level: 1, name: 'Weighted decision matrix' })).toBeVisible();
  // A tutor names the starting point they hand out (an unchanged worked example's PDF says it is one).
  await typeInto(page.getByLabel('Document name'), 'Quote delays: starting point for group 2B');
  const name = await page.getByLabel('Document name').inputValue();

  await pressButton(page, 'Copy link');
  const message = page.getByRole('status').filter({ hasText: 'too long to share as a link' });
  await expect(message).toContainText('Download it as a file instead');
  await expect(message).toContainText('over 2,000');
  await expect(page.getByLabel('Link to this template')).toHaveCount(0);

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Download as a file');
  const file = await downloadPromise;
  expect(file.suggestedFilename()).toMatch(/^coursework-.*-template-\d{4}-\d{2}-\d{2}\.json$/);
  const fileText = readFileSync(await file.path(), 'utf8');
  expect(fileText).not.toContain('"learner"');
  const sentFields = await worksheetFields(page);
  expect(sentFields.length).toBeGreaterThan(40);
  const sentChecks = await checksMet(page);
  const sentPdf = await exportedText(page);

  const other = await freshProfile(browser);
  await other.goto('/open');
  await other.getByLabel('Choose a shared worksheet file (.json)').setInputFiles(writeTempFile('shared.json', fileText));
  await addArrival(other, { name, worksheet: 'Weighted decision matrix', unit: 'L3L3: Solving Problems', checks: sentChecks });
  expect(await worksheetFields(other)).toEqual(sentFields);
  expect(await exportedUnderName(other, name)).toBe(sentPdf);
  expect(sentPdf).toContain('Price bands in the CRM');

  // The same file restores on the Back up and restore page, as any one-document backup does.
  await other.goto('/backup');
  await other.getByLabel('Choose a backup file (.json)').setInputFiles(writeTempFile('shared.json', fileText));
  await expect(other.getByRole('alert')).toContainText('Imported 1 document as new copy');
  await other.context().close();
});

test('a tampered link is refused in plain words and adds nothing', async ({ page, browser }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new SMART objective writer');
  await typeInto(page.getByLabel('Document name'), 'Targets starter');
  await pressButton(page, 'Copy link');
  const link = await page.getByLabel('Link to this template').inputValue();
  const at = link.indexOf('#v1.') + 20;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);

  const other = await freshProfile(browser);
  await other.goto('/');
  await expect(other.getByRole('link', { name: /Worked example/ })).toBeVisible();
  // Saves are written under a Web Lock, a moment after the change: wait for the first one to land.
  await expect.poll(() => other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('Worked example');
  const before = await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await other.goto(tampered);
  const alert = other.getByRole('alert');
  await expect(alert).toContainText('This shared worksheet could not be opened.');
  await expect(alert).toContainText('damaged or cut short when it was copied');
  await expect(alert).toContainText('Nothing was added, and your work is unchanged.');
  await expect(other.getByRole('button', { name: 'Add to my worksheets' })).toHaveCount(0);
  expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);

  // A link whose end was cut off when it was pasted gets the same plain answer.
  await other.goto(link.slice(0, -30));
  await expect(other.getByRole('alert')).toContainText('damaged or cut short');
  await other.context().close();
});

test('the open-shared page passes axe, with a shared worksheet shown and with a refusal; so does the share panel', async ({ page }) => {
  const seriousViolations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await pressButton(page, 'Copy link');
  const link = await page.getByLabel('Link to this template').inputValue();
  expect(await seriousViolations()).toEqual([]);
  for (const address of [link, '/open#v1.damaged', '/open']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Open a shared worksheet' })).toBeVisible();
    if (address === link) await expect(page.getByRole('button', { name: 'Add to my worksheets' })).toBeVisible();
    expect(await seriousViolations()).toEqual([]);
  }
});

test('a shared file whose attached files the browser has no room for is refused in plain words, and nothing is added', async ({ page, browser }) => {
  await page.goto('/');
  await pressButton(page, 'Open the worked example of the PESTLE builder');
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE builder' })).toBeVisible();
  await page.getByRole('link', { name: 'Supporting evidence: attach a photo, a screenshot or an e-mail' }).click();
  await page.getByLabel('Upload a file').setInputFiles({ name: 'board.png', mimeType: 'image/png', buffer: Buffer.from(makePng()) });
  await page.getByLabel('Caption').fill('Whiteboard from the planning meeting');
  await page.getByLabel('Date of the evidence').fill('2026-11-20');
  await pressButton(page, 'Attach file');
  await expect(page.locator('.attachment-list__item')).toHaveCount(1);
  await openTaskList(page);
  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Download as a file');
  const fileText = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(fileText).toContain('Whiteboard from the planning meeting');

  // Another learner's browser with its storage all but full.
  const other = await freshProfile(browser);
  await other.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ usage: 999_000, quota: 1_000_000 }) });
  });
  await other.goto('/open');
  await other.getByLabel('Choose a shared worksheet file (.json)').setInputFiles(writeTempFile('shared.json', fileText));
  await pressButton(other, 'Add to my worksheets');
  const refusal = other.getByRole('alert');
  await expect(refusal).toContainText('Your browser’s storage is full, so the shared worksheet was not added.');
  await expect(refusal).toContainText('Nothing was added, and your work is unchanged.');
  const names = await other.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}').state?.documents ?? []).map((d: { name: string }) => d.name), STORAGE_KEY);
  expect(names.some((name: string) => name.includes('(shared template)'))).toBe(false);
  await other.context().close();
});
