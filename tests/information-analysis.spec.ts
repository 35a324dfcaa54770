import { expect, test, type Page } from '@playwright/test';
import { chooseByKeyboard, downloadTableCsv, enterLearnerDetails, expectAccessible, nextSection, openAllSections, openTaskList, openWorkedExample, pressButton, readPdf, taskListRow as sectionRow, typeInto, words, writeTempFile } from './helpers';

const SECTIONS = [
  'Your organisation and the information you need',
  'Potential sources of information',
  'Reliability of the sources and the best three',
  'Information gathered from the best three',
  'Your sales figures',
  'Tools and methods used to analyse',
  'Trends and patterns',
  'Findings communicated to two audiences',
];
/** The figures section has good practice only (the spec asks for tools, not a file): it is Optional. */
const RULED_SECTIONS = SECTIONS.filter((s) => s !== 'Your sales figures');
const RULES = 9;

const taskListRow = (page: Page, title: string) => sectionRow(page, SECTIONS, title);
const next = nextSection;
const met = (page: Page, n: number) => expect(page.locator('.progress-bar__count')).toContainText(`${n} of ${RULES} checks met`);

/** Five sources: the first three score highest, so they are the best three. */
const SOURCES = [
  { name: 'CRM records', kind: 'Internal', need: 'Customers', provides: 'Sales by customer', scores: ['5', '5', '5', '5', '5'] },
  { name: 'Association report', kind: 'External', need: 'Markets', provides: 'County openings', scores: ['4', '4', '4', '4', '4'] },
  { name: 'Competitor websites', kind: 'External', need: 'Competitors', provides: 'Price lists', scores: ['4', '4', '4', '4', '3'] },
  { name: 'Magazine', kind: 'External', need: 'Markets', provides: 'Packaging news', scores: ['3', '3', '3', '3', '3'] },
  { name: 'Networking notes', kind: 'Internal', need: 'Competitors', provides: 'Hearsay', scores: ['2', '2', '2', '2', '2'] },
];
const CRITERIA = ['Currency', 'Accuracy', 'Authority', 'Relevance', 'Sufficiency'];

/** The learner's own file: five good rows and two bad ones, one cell a formula and one markup. */
const CSV = [
  'Month,Region,Product,Customer,Value',
  '2026-01,Bristol,Gloves,Harbour,1000',
  '2026-02,Bristol,Gloves,Harbour,"£1,100"',
  'Febuary 2026,Bristol,Gloves,Harbour,900',
  '2026-03,Devon,Masks,Moorview,1500',
  '2026-03,Devon,Masks,Moorview,lots',
  '2026-04,Devon,Gloves,"=HYPERLINK(""http://example.com"")",1200',
  '2026-04,Cornwall,<b>Masks</b>,Moorview,800',
].join('\r\n');

test('a learner analyses sales information from empty by keyboard, importing their own figures, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Siân Ó Briain', learnerNumber: 'ISP-00912', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Sales information analysis');
  await expect(page.getByRole('heading', { level: 1, name: 'Sales information analysis' })).toBeVisible();
  await met(page, 0);
  for (const title of RULED_SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await expect(taskListRow(page, 'Your sales figures')).toContainText('Optional');
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();

  // AC 2.1: the organisation and three pieces of information, one per area (the areas start chosen).
  await typeInto(page.getByLabel('Organisation name'), 'Wessex Catering Supplies');
  await met(page, 1);
  for (const [i, [what, why]] of [
    ['Openings of cafés by county', 'To choose counties'],
    ['Top customers and their trend', 'To plan account time'],
    ['Competitors’ prices', 'To answer price challenges'],
  ].entries()) {
    const group = page.getByRole('group', { name: `Information needed ${i + 1}` });
    await typeInto(group.getByLabel('The information required'), what!);
    await typeInto(group.getByLabel('Why it is needed'), why!);
  }
  await met(page, 2);

  // AC 2.2: five sources, each tied to the information it could provide.
  await next(page, SECTIONS[1]!);
  for (const [i, s] of SOURCES.entries()) {
    const group = page.getByRole('group', { name: `Source ${i + 1}` });
    await typeInto(group.getByLabel('Name of the source'), s.name);
    await chooseByKeyboard(group.getByLabel('Internal or external'), s.kind);
    await chooseByKeyboard(group.getByLabel('The information it could provide'), s.need);
    await typeInto(group.getByLabel('What it could tell you'), s.provides);
  }
  await met(page, 3);

  // AC 2.3: every source scored on five criteria with a reason; the best three chosen with the working.
  await next(page, SECTIONS[2]!);
  for (const s of SOURCES) {
    const group = page.getByRole('group', { name: s.name });
    for (const [j, criterion] of CRITERIA.entries()) {
      await chooseByKeyboard(group.getByLabel(`${criterion} score`, { exact: true }), s.scores[j]!);
      await typeInto(group.getByLabel(`Reason for the ${criterion.toLowerCase()} score`), `${criterion} of ${s.name}`);
    }
  }
  const ranking = page.getByRole('table', { name: 'Sources ranked by reliability' });
  await expect(ranking.getByRole('row').nth(1)).toContainText('5 + 5 + 5 + 5 + 5 = 25 of 25');
  await expect(ranking.getByRole('row').nth(3)).toContainText('Competitor websites');
  await expect(ranking.getByRole('row').nth(3)).toContainText('One of the best three');
  await expect(page.getByText('The highest source not chosen, Magazine, scores 15: 4 below the third chosen, Competitor websites (19).')).toBeVisible();
  await met(page, 4);

  // AC 2.4: a finding per area from the best three; one from another source is explained at the field.
  await next(page, SECTIONS[3]!);
  for (const [area, source, finding] of [
    ['Markets', 'Association report', 'Cornwall openings up 9 %'],
    ['Customers', 'CRM records', 'Two customers make 60 % of sales'],
    ['Competitors', 'Magazine', 'A competitor cut prices 10 %'],
  ] as const) {
    const group = page.getByRole('group', { name: `${area} finding 1` });
    await typeInto(group.getByLabel('What you found'), finding);
    await chooseByKeyboard(group.getByLabel('Source'), source);
    await group.getByLabel('Date gathered').fill('2026-10-20');
  }
  const competitors = page.getByRole('group', { name: 'Competitors finding 1' });
  await competitors.getByLabel('Source').press('Tab');
  await expect(competitors.getByText('This is not one of your best three sources: the guidance asks you to gather “from these three sources”.')).toBeVisible();
  await met(page, 4);
  await chooseByKeyboard(competitors.getByLabel('Source'), 'Competitor websites');
  await expect(competitors.getByText(/This is not one of your best three sources/)).toHaveCount(0);
  await met(page, 5);

  // The learner's own figures: a CSV with two bad rows, each explained; a formula and markup kept as text.
  await next(page, SECTIONS[4]!);
  await page.getByLabel('Choose a CSV file of your sales figures').setInputFiles(writeTempFile('my-sales.csv', CSV));
  const report = page.getByRole('status').filter({ hasText: 'Read 5 rows of figures from my-sales.csv' });
  await expect(report).toContainText('4 months, Jan 2026 to Apr 2026, 5 rows, £5,600 in all. 2 rows were not read and are left out:');
  await expect(report).toContainText('Row 4: the month “Febuary 2026” is not a month this page reads. Write it as 2025-03 or Mar 2025.');
  await expect(report).toContainText('Row 6: the value “lots” is not a number. Write it as digits, e.g. 1250 or £1,250.');
  const preview = page.getByRole('table', { name: /The first 5 of 5 rows/ });
  await expect(preview.getByRole('cell', { name: '=HYPERLINK("http://example.com")' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: '<b>Masks</b>' })).toBeVisible();
  await expect(preview.locator('b')).toHaveCount(0);
  await typeInto(page.getByLabel('Where the figures come from and how you checked them (good practice)'), 'CRM export, checked against the ledger');
  await met(page, 5);

  // AC 3.1: two tools worked out from the figures, with the working and a chart.
  await next(page, SECTIONS[5]!);
  const first = page.getByRole('group', { name: 'Analysis 1' });
  await chooseByKeyboard(first.getByLabel('Tool or method'), 'Trend');
  await expect(first.getByRole('cell', { name: '(£1,000 + £1,100 + £1,500) ÷ 3 = £1,200' })).toBeVisible();
  await expect(first.getByRole('cell', { name: '(£1,100 − £1,000) ÷ £1,000 = 10 %' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Line chart of sales by month/ })).toBeVisible();
  await typeInto(first.getByLabel('What it showed'), 'Sales doubled from January to April');
  const second = page.getByRole('group', { name: 'Analysis 2' });
  await chooseByKeyboard(second.getByLabel('Tool or method'), 'Comparison');
  await chooseByKeyboard(second.getByLabel('Broken down by'), 'Region');
  await expect(second.getByRole('table')).toContainText('Mar 2026 to Apr 2026 against Jan 2026 to Feb 2026');
  await expect(second.getByRole('row', { name: /Bristol/ })).toContainText('-100 %');
  await typeInto(second.getByLabel('What it showed'), 'Devon and Cornwall are new; Bristol stopped');
  await met(page, 6);

  // AC 3.2: two trends or patterns per area, each linked to what shows it and the figures.
  await next(page, SECTIONS[6]!);
  for (const [area, shownBy] of [
    ['Markets', 'Analysis: Trend'],
    ['Customers', 'Analysis: Comparison'],
    ['Competitors', 'Competitors finding 1'],
  ] as const) {
    for (const n of [1, 2]) {
      const group = page.getByRole('group', { name: `${area} trend ${n}` });
      await typeInto(group.getByLabel('The trend or pattern'), `${area} pattern ${n}`);
      await chooseByKeyboard(group.getByLabel('Shown by'), shownBy);
      await typeInto(group.getByLabel('The figures that show it'), `${area} figures ${n}`);
    }
    if (area === 'Markets') await met(page, 6);
  }
  await met(page, 8);

  // AC 3.3: two audiences at different levels; the same level twice is explained at the field.
  await next(page, SECTIONS[7]!);
  for (const [i, [who, level, format, message]] of [
    ['Sarah Okafor, sales manager', 'Your line', 'Written', 'Summary: grow Devon and Cornwall'],
    ['The account managers', 'Your line', 'Email', 'Hi all, Devon is growing'],
  ].entries()) {
    const group = page.getByRole('group', { name: `Audience ${i + 1}` });
    await typeInto(group.getByLabel('Who (name and role, or the group)'), who!);
    await chooseByKeyboard(group.getByLabel('Their level'), level!);
    await chooseByKeyboard(group.getByLabel('Format'), format!);
    await typeInto(group.getByLabel('What you sent or said'), message!);
  }
  const peers = page.getByRole('group', { name: 'Audience 2' });
  await peers.getByLabel('Their level').press('Tab');
  await expect(peers.getByText('The same level as audience 1: the guidance asks for audiences “at different levels”.')).toBeVisible();
  await met(page, 8);
  await chooseByKeyboard(peers.getByLabel('Their level'), 'Your peers');
  await met(page, RULES);
  await openTaskList(page);
  for (const title of RULED_SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');

  // Everything is kept across a reload, the imported figures too.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Source 3' }).getByLabel('Name of the source')).toHaveValue('Competitor websites');
  await expect(page.getByRole('group', { name: 'Competitor websites' }).getByLabel('Sufficiency score', { exact: true })).toHaveValue('3');
  await expect(page.getByText('From my-sales.csv')).toBeVisible();
  await expect(page.getByText(/2 rows of the file could not be read and are left out/).first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Audience 2' }).getByLabel('Their level')).toHaveValue('peers');
  await met(page, RULES);

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Sian-O-Briain_L3B5_Sales-information-analysis.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Siân Ó Briain', 'ISP-00912', 'Access and Analyse Sales Information', 'Wessex Catering Supplies',
    'AC 2.1 Define the information required to analyse organisational markets, customers and competitors',
    'AC 2.2 Identify sources of information about the organisational markets, customers and competitors',
    'AC 2.3 Assess the reliability of information sources',
    'AC 2.4 Gather information about the organisation\'s markets, customers and competitors',
    'AC 3.1 Use tools and methods to analyse sales related information',
    'AC 3.2 Identify patterns and trends in the sales related information',
    'AC 3.3 Communicate findings from analyses to different colleague audiences',
    '5 + 5 + 5 + 5 + 5 = 25 of 25', 'Cornwall openings up 9 %', '2 rows of the file could not be read and are left out.',
    '(£1,000 + £1,100 + £1,500) ÷ 3 = £1,200', 'Sales by month with the 3-month moving average', 'Competitors pattern 2',
    'Summary: grow Devon and Cornwall', 'Declaration', `${RULES} of ${RULES} checks the specification sets are met.`,
  ]) {
    expect(flat).toContain(expected);
  }
});

test('a file that is not CSV, or too big, is refused with a plain message and the figures are kept', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new Sales information analysis');
  await openTaskList(page);
  await page.getByRole('link', { name: /^5\. Your sales figures/ }).click();
  const input = page.getByLabel('Choose a CSV file of your sales figures');
  await input.setInputFiles({ name: 'sales.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]) });
  await expect(page.getByRole('alert')).toContainText('sales.xlsx was not imported. This does not look like a CSV file');
  await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') });
  await expect(page.getByRole('alert')).toContainText('The file is just over 1 MB; this page reads files up to 1 MB.');
  await expect(page.getByText('No figures imported yet.')).toBeVisible();
});

test('the worked example opens in one click, passes an accessibility check and offers its figures for a spreadsheet', async ({ page }) => {
  // axe over every section on one page (eight sections, 30 score fields, the tools' tables) takes a minute on a loaded machine.
  test.slow();
  await openWorkedExample(page, 'Sales information analysis', RULED_SECTIONS.length);
  await openAllSections(page);
  await met(page, RULES);
  await expect(page.getByRole('img', { name: /Line chart of sales by month/ })).toBeVisible();
  await expect(page.getByText('4 of 8 customers (50 %) make 85.2 % of sales.')).toBeVisible();
  await expectAccessible(page);

  const csv = await downloadTableCsv(page, 'Sales figures');
  expect(csv).toContain('Month,Region,Product,Customer,Value (£)');
  expect(csv).toContain('2024-11,Bristol,Disposables,Harbourside Cafés,3856');
  expect(csv.trim().split('\r\n')).toHaveLength(2 + 288);
});
