import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { enterLearnerDetails, makeDocumentsOwnWork, pageText, parseIndexRows, pressButton, readPdf, words } from './helpers';

const WORKED_EXAMPLES = ['PESTLE builder', 'Pipeline conversion calculator', 'SMART objective writer'];

async function openWorkedExample(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await pressButton(page, `Open the worked example of the ${title}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}


test('a learner builds a portfolio pack whose evidence index names the pages the evidence is on', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });

  await enterLearnerDetails(page, { name: 'Zoë Nguyễn', learnerNumber: 'ISP-00777', centre: 'Łódź Sales Academy', assessor: 'José Álvarez' });
  for (const title of WORKED_EXAMPLES) await openWorkedExample(page, title);
  // The learner has since made each of them their own, so they are evidence.
  await makeDocumentsOwnWork(page);
  // A blank document: not complete, so choosing it warns without stopping the pack.
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await expect(page.getByRole('heading', { level: 1, name: 'Stress baseline tracker' })).toBeVisible();

  // To the portfolio page by keyboard, from the main navigation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio pack' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio pack' })).toBeVisible();
  const choices = page.getByRole('group', { name: 'Documents to include' });
  await expect(choices.getByRole('checkbox')).toHaveCount(4);
  // The SMART example is a development plan: its own unit is shown, not the worksheet's list.
  await expect(choices).toContainText('SMART objective writer · Unit L3S3');
  await expect(choices).toContainText('PESTLE builder · Unit L3B2 · ✓ Complete');

  // No PDF code is loaded with the page.
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.some((body) => body.includes('jsPDF'))).toBe(false);

  // The qualification was not given: a plain warning with the way to fix it, nothing blocked.
  const detailsWarning = page.getByText('The cover will say “Not given” for your qualification.');
  await expect(detailsWarning).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add them under My details' })).toHaveAttribute('href', '/my-details');

  // Nothing chosen yet: a clear message and no download.
  await pressButton(page, 'Build and download the portfolio pack');
  await expect(page.getByRole('status').filter({ hasText: 'Choose at least one document to put in the pack' })).toBeVisible();

  const stress = choices.getByRole('checkbox', { name: /Stress baseline tracker/ });
  await stress.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('One chosen document is not complete yet.')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText('One chosen document is not complete yet.')).toHaveCount(0);

  for (const title of WORKED_EXAMPLES) {
    await choices.getByRole('checkbox', { name: new RegExp(`^Worked example.*${title}`) }).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('3 of 4 documents chosen.')).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Build and download the portfolio pack');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Nguyen_Portfolio-pack_\d{4}-\d{2}-\d{2}\.pdf$/);
  const { pages: total, path } = await readPdf(download);
  await expect(page.getByRole('status').filter({ hasText: `Your portfolio pack has been downloaded: 3 documents, ${total} pages.` })).toBeVisible();

  const pages = Array.from({ length: total }, (_, index) => pageText(path, index + 1));
  const flat = pages.map(words);

  // Every footer counts across the whole pack, as a PDF viewer does.
  flat.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${total}`));

  // The cover: the learner and the contents, each document with its unit and pages.
  const cover = flat[0] ?? '';
  for (const expected of ['Portfolio of evidence', 'Zoë Nguyễn', 'ISP-00777', 'Łódź Sales Academy', 'José Álvarez', 'Contents']) {
    expect(cover).toContain(expected);
  }
  const contents = new Map<string, { first: number; last: number }>();
  for (const line of (pages[0] ?? '').split('\n')) {
    const match = /^\s*(.+?)\s{2,}(?:(L\d[A-Z]\d+)\s{2,})?(\d+)(?:–(\d+))?\s*$/.exec(line);
    if (match) contents.set(match[1] ?? '', { first: Number(match[3]), last: Number(match[4] ?? match[3]) });
  }
  const indexEntry = contents.get('Evidence index: where the evidence for each assessment criterion is');
  const declarationsEntry = contents.get('Declarations: learner and assessor');
  expect(indexEntry).toBeDefined();
  expect(declarationsEntry).toEqual({ first: total, last: total });
  for (const title of WORKED_EXAMPLES) expect([...contents.keys()].some((entry) => entry.startsWith(`${title}: Worked example`))).toBe(true);

  // The evidence index, read from the pages the cover names for it.
  const indexPages = pages.slice((indexEntry?.first ?? 1) - 1, indexEntry?.last ?? 1);
  expect(words(indexPages[0] ?? '')).toContain('Evidence index');
  const rows = parseIndexRows(indexPages.join('\n'));
  expect(rows.length).toBeGreaterThanOrEqual(9);
  expect(new Set(rows.map((row) => row.evidence))).toEqual(new Set(WORKED_EXAMPLES));
  expect(rows.map((row) => row.unit)).toEqual([...rows.map((row) => row.unit)].sort());

  for (const row of rows) {
    const header = `${row.evidence} · Unit ${row.unit}`;
    const named = flat.slice(row.first - 1, row.last);
    // The first page it names is where that document starts: its title, unit and AC.
    expect(named[0]).toContain('COURSEWORK EVIDENCE');
    expect(named[0]).toContain(row.evidence);
    expect(named[0]).toContain(`Unit ${row.unit}:`);
    expect(named.join(' ')).toContain(`${row.ac} ${words(row.criterionStart)}`);
    // Every page it names is that document's, and the pages either side are not.
    for (const text of named) expect(text).toContain(header);
    expect(flat[row.first - 2] ?? '').not.toContain(header);
    expect(flat[row.last] ?? '').not.toContain(header);
    expect(named[named.length - 1]).toContain('Declaration and assessor sign-off');
    // The cover's contents agree with the index.
    const coverEntry = [...contents].find(([entry]) => entry.startsWith(`${row.evidence}: `))?.[1];
    expect(coverEntry).toEqual({ first: row.first, last: row.last });
  }

  // The pack's own declarations close it.
  const last = flat[total - 1] ?? '';
  expect(last).toContain('Learner declaration');
  expect(last).toContain('Assessor declaration');
  expect(last).toContain('Learner name Zoë Nguyễn');

  // Throwaway pictures of the pages, for a person to look at (PORTFOLIO_PNG_DIR=/some/dir).
  if (process.env.PORTFOLIO_PNG_DIR) execFileSync('pdftoppm', ['-png', '-r', '60', path, `${process.env.PORTFOLIO_PNG_DIR}/pack`]);
});

test('an untouched worked example is listed apart and warned about before it goes into a pack', async ({ page }) => {
  await openWorkedExample(page, 'PESTLE builder');
  // Renaming it does not make it the learner's work.
  await page.getByLabel('Document name').fill('My PESTLE');
  await page.goto('/');
  const examples = page.getByRole('region', { name: 'Worked examples' });
  await expect(examples.getByRole('link', { name: 'My PESTLE' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your documents' }).getByRole('link', { name: 'My PESTLE' })).toHaveCount(0);
  // The learner's first own PESTLE is named after the worksheet, not "… 2".
  await pressButton(page, 'Start a new PESTLE builder');
  await expect(page.getByLabel('Document name')).toHaveValue('PESTLE builder');

  await page.goto('/portfolio');
  const choices = page.getByRole('group', { name: 'Documents to include' });
  const example = choices.getByRole('checkbox', { name: /^My PESTLE/ });
  await expect(example).toHaveAccessibleName(/Worked example: not your evidence/);
  await example.check();
  const warning = page.getByText('One chosen document is still the toolkit’s worked example.');
  await expect(warning).toBeVisible();
  await expect(page.getByText(/“My PESTLE”: 46 of 46 of the example’s answers unchanged/)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Build and download the portfolio pack');
  const { path, pages } = await readPdf(await downloadPromise);
  const all = Array.from({ length: pages }, (_, index) => words(pageText(path, index + 1)));
  expect(all[0]).toContain('One document in this pack is still the toolkit’s worked example');
  expect(all[1]).toContain('The documents in this pack name no assessment criteria.');
  // Every page of the document itself (the achievement logs after the index are the learner's own record).
  const documentPages = all.filter((text) => text.includes('PESTLE builder · Unit L3B2'));
  expect(documentPages.length).toBeGreaterThan(1);
  for (const text of documentPages) expect(text).toContain('WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE');
});

test('with no documents, the page says how to start one', async ({ page }) => {
  await page.goto('/');
  // The first visit adds a worked example; delete it to have none.
  await pressButton(page, /^Delete /);
  // The delete first asks the browser's file store whether the document has attached files, so it
  // is done when its notice shows, not when the key is pressed (a slow machine leaves a gap).
  await expect(page.getByRole('status').filter({ hasText: /^Deleted “/ })).toBeVisible();
  await page.goto('/portfolio');
  await expect(page.getByText('You have no documents yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start one from a worksheet' })).toHaveAttribute('href', '/');
});
