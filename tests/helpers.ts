import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Types into a field the way a person does: focus it, then keys. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('Control+a');
  await field.page().keyboard.type(text);
}

/** Chooses an option of a focused select by keyboard, by typing the start of its label. */
export async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  await select.page().keyboard.type(label);
}

/** Presses a button by keyboard. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name }).first();
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Saves a download and returns its text as pdftotext reads it, with its page count. */
export async function readPdf(download: Download): Promise<{ text: string; rawText: string; pages: number; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
  // -raw keeps each table cell's lines together (the layout mode interleaves wrapped columns).
  const rawText = execFileSync('pdftotext', ['-raw', path, '-']).toString();
  const info = execFileSync('pdfinfo', [path]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { text, rawText, pages, path };
}

/** Collapses white space so wrapped table cells compare as the words they contain. */
export const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export function writeTempFile(name: string, contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'upload-')), name);
  writeFileSync(path, contents);
  return path;
}

/**
 * Opens every worksheet's worked example from the home page in turn, and runs `each` on it once
 * its page is ready. Returns how many there were (at least one, or the test fails).
 */
export async function forEachWorkedExample(page: Page, each: (title: string) => Promise<void>): Promise<number> {
  await page.goto('/');
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  // The home page loads lazily: count the buttons only once they are there.
  await expect(buttons.first()).toBeVisible();
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    await page.goto('/');
    await buttons.nth(index).click();
    await expect(page.getByRole('button', { name: 'Export PDF for my portfolio' })).toBeVisible();
    await each(await page.getByRole('heading', { level: 1 }).innerText());
  }
  return count;
}

export type LearnerDetailsInput = { name: string; learnerNumber?: string; centre?: string; assessor?: string };

/** Types the learner's details on "My details", as a learner does before exporting evidence. */
export async function enterLearnerDetails(page: Page, details: LearnerDetailsInput): Promise<void> {
  await page.goto('/my-details');
  await typeInto(page.getByLabel('Your full name'), details.name);
  if (details.learnerNumber) await typeInto(page.getByLabel('Learner number'), details.learnerNumber);
  if (details.centre) await typeInto(page.getByLabel('Centre or training provider'), details.centre);
  if (details.assessor) await typeInto(page.getByLabel('Your assessor’s name'), details.assessor);
}

/**
 * Makes every document in this browser the learner's own work, as if every written answer had
 * been rewritten: tests that need evidence (an evidence index, a pack) start from the worked
 * examples and then use this, since an untouched example is never mapped to an AC. The summaries
 * are recounted by the app after the reload.
 */
export async function makeDocumentsOwnWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    const key = 'coursework-toolkit';
    const stored = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
      state: { documents: Array<{ data: unknown; summary: Record<string, unknown> }> };
    };
    const isWritten = (text: string) => text.trim() !== '' && !/^[a-z0-9-]+$/.test(text.trim());
    const rewrite = (value: unknown): unknown => {
      if (typeof value === 'string') return isWritten(value) ? `${value} (mine)` : value;
      if (Array.isArray(value)) return value.map(rewrite);
      if (typeof value === 'object' && value !== null) {
        // A workbook's unit, AC codes and guidance keys are its structure, not answers.
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ['id', 'unit', 'code', 'key'].includes(k) ? v : rewrite(v)]));
      }
      return value;
    };
    for (const document of stored.state.documents) {
      document.data = rewrite(document.data);
      delete document.summary.workedExample;
    }
    window.localStorage.setItem(key, JSON.stringify(stored));
  });
  await page.reload();
}

/** Goes to the worksheet's task list: from a section by the progress bar's link, or stays on it. */
export async function openTaskList(page: Page): Promise<void> {
  const sections = page.getByRole('heading', { name: 'Sections', exact: true });
  const taskListLink = page.getByRole('region', { name: 'Progress and export' }).getByRole('link', { name: 'Task list' });
  // Wait for the document to open, on its task list or on a section, before deciding.
  await expect(sections.or(taskListLink)).toBeVisible();
  if (await sections.isVisible()) return;
  await taskListLink.click();
  await expect(sections).toBeVisible();
}

/** Opens one section of the worksheet from its task list, as a learner does, by its title. */
export async function openSection(page: Page, title: string): Promise<void> {
  await openTaskList(page);
  await page.getByRole('list').getByRole('link', { name: new RegExp(`^\\d+\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

/** Shows every section on one page (the "check your answers" page), from the task list. */
export async function openAllSections(page: Page): Promise<void> {
  await openTaskList(page);
  await page.getByRole('link', { name: 'Check your answers: every section on one page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('check your answers');
}

/**
 * Presses Export as a learner does. A learner with no name yet is asked for it first; these tests
 * export without it unless they gave one (the name prompt has its own test).
 */
export async function pressExport(page: Page, label = 'Export PDF for my portfolio'): Promise<void> {
  await pressButton(page, label);
  const skip = page.getByRole('button', { name: 'Export without my name' });
  if (await skip.isVisible()) await skip.press('Enter');
}

/** An axe check of the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Downloads one of the document's tables for a spreadsheet, chosen by keyboard, and returns the CSV's text. */
export async function downloadTableCsv(page: Page, table: string): Promise<string> {
  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), table);
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  return readFileSync(await (await downloading).path(), 'utf8');
}

/** A section's row on the worksheet's task list, found by its numbered link: `sections` are the worksheet's section titles in order. */
export const taskListRow = (page: Page, sections: readonly string[], title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${sections.indexOf(title) + 1}. ${title}`, exact: true }) });

/** Follows "Next: …" by keyboard to the next section, and waits for its heading. */
export async function nextSection(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^Next: ${title}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

/** Opens a worksheet's worked example from the home page in one click: every section completed, and the task list passes axe. */
export async function openWorkedExample(page: Page, title: string, sectionCount: number): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: `Open the worked example of the ${title}` }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(sectionCount);
  await expectAccessible(page);
}

/** One page of the PDF as pdftotext reads it, with its layout kept (columns stay on their line). */
export const pageText = (path: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-']).toString();

export type IndexRow = { unit: string; ac: string; criterionStart: string; evidence: string; first: number; last: number };

/**
 * The evidence index's rows as printed. Each row's first line holds the unit, the AC, the first
 * line of the criterion, the worksheet's title and the pages, in columns two or more spaces apart.
 */
export function parseIndexRows(text: string): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(L\d[A-Z]\d+)\s+(\d+\.\d+)\s+(.+?)\s{2,}(\S.*?)\s{2,}(\d+)(?:–(\d+))?\s*$/.exec(line);
    if (!match) continue;
    const [, unit = '', ac = '', criterionStart = '', evidence = '', first = '', last] = match;
    rows.push({ unit, ac, criterionStart, evidence, first: Number(first), last: Number(last ?? first) });
  }
  return rows;
}
