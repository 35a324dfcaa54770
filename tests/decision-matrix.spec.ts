import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, pressButton, readPdf, typeInto, words, enterLearnerDetails, openAllSections, openSection, openTaskList, pressExport } from './helpers';

/** Types a date into a date input by keyboard, in the browser's (US) field order: month, day, year. */
async function typeDate(field: Locator, iso: string) {
  const [year, month, day] = iso.split('-');
  await field.focus();
  await field.page().keyboard.type(`${month}${day}${year}`);
}

const exact = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The worksheet's sections in order, as its task list names them. */
const SECTIONS = [
  'The problem',
  'Data and information',
  'The root cause',
  'Options',
  'Criteria and scores',
  'Results and your decision',
  'Management approval',
  'Implementation',
  'Evaluation',
];

/** A section's link on the task list, described by its status. */
const taskLink = (page: Page, title: string) => page.getByRole('link', { name: `${SECTIONS.indexOf(title) + 1}. ${title}`, exact: true });

/** Fills every answer the problem section's rule asks for. */
async function fillProblem(page: Page) {
  await typeInto(page.getByLabel('Organisation and team'), 'Café Nord sales team');
  await typeInto(page.getByLabel('The problem', { exact: true }), 'Quotes take four days to reach customers.');
  await typeInto(page.getByLabel('Systemic factors'), 'Manual approval of every discount.');
  await typeInto(page.getByLabel('Human factors'), 'Reps unsure of limits.');
  await typeInto(page.getByLabel('People affected'), 'Nine reps and 200 customers.');
  await typeInto(page.getByLabel('How long it has lasted'), 'Eight months');
  await chooseByKeyboard(page.getByLabel('New or recurring'), 'Recurring');
  await typeInto(exact(page, 'Cost'), 'About £40,000 of lost deals a quarter.');
  await typeInto(page.getByLabel('Reputation'), 'Two written complaints.');
  await chooseByKeyboard(page.getByLabel('Severity'), 'High');
}

const OPTIONS = ['Price bands', 'Quotes coordinator', 'Approval slots'];
const CRITERIA = [
  { name: 'Speed', weight: '3' },
  { name: 'Cost', weight: '1' },
];
// Speed then Cost. With weights 3 and 1: bands (12 + 2) / 4 = 3.5, coordinator 4, slots 2.75.
const SCORES: Record<string, string[]> = { 'Price bands': ['4', '2'], 'Quotes coordinator': ['5', '1'], 'Approval slots': ['2', '5'] };

test('a learner builds the record from empty by keyboard, a weight change re-ranks it, and it survives reload and export', async ({ page }) => {
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00777' });

  await page.goto('/');
  await pressButton(page, 'Start a new Weighted decision matrix');
  await expect(page.getByRole('heading', { level: 1, name: 'Weighted decision matrix' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 9 checks met');

  await openSection(page, 'The problem');
  await fillProblem(page);

  // Data from three sources, both kinds
  await openSection(page, 'Data and information');
  const sources = [
    ['CRM report', 'Quantitative', 'Exported 400 quotes', 'Average 4.1 days to quote.'],
    ['Lost-deal review', 'Quantitative', 'Coded 30 lost deals', '11 lost deals named slow quotes.'],
    ['Customer calls', 'Qualitative', 'Called 5 buyers', 'Buyers want same-day quotes.'],
  ];
  for (const [i, [source, type, method, findings]] of sources.entries()) {
    await pressButton(page, 'Add a source');
    const group = page.getByRole('group', { name: `Source ${i + 1}` });
    await typeInto(group.getByLabel('Source', { exact: true }), source!);
    await chooseByKeyboard(group.getByLabel('Type of data'), type!);
    await typeInto(group.getByLabel('How you gathered it'), method!);
    await typeInto(group.getByLabel('What it showed'), findings!);
  }

  // Root cause: three whys and the cause
  await openSection(page, 'The root cause');
  await typeInto(page.getByLabel('The problem you asked “why?” about'), 'Quotes are slow.');
  await typeInto(page.getByLabel('Why 1?'), 'They wait for approval.');
  await typeInto(page.getByLabel('Why 2?'), 'Every discount needs the manager.');
  await typeInto(page.getByLabel('Why 3?'), 'No price bands exist.');
  await typeInto(page.getByLabel('The root cause'), 'No written price bands.');

  // Options, then the criteria beside the matrix they feed
  await openSection(page, 'Options');
  await typeInto(page.getByLabel('How you generated the options'), 'Team brainstorm with four reps.');
  for (const [i, name] of OPTIONS.entries()) {
    await pressButton(page, 'Add an option');
    await typeInto(page.getByLabel(`Name of option ${i + 1}`), name);
    await typeInto(page.getByLabel(`What option ${i + 1} involves`), `${name} in detail.`);
  }
  await openSection(page, 'Criteria and scores');
  for (const [i, { name, weight }] of CRITERIA.entries()) {
    await pressButton(page, 'Add a criterion');
    await typeInto(page.getByLabel(`Name of criterion ${i + 1}`), name);
    await typeInto(page.getByLabel(`Weight of criterion ${i + 1}`), weight);
  }
  await expect(page.getByText('Share of all the weight: 75 %.')).toBeVisible();

  // The matrix: a score off the scale is explained, and the results, a section on, rank nothing
  const results = page.locator('section', { has: page.getByRole('heading', { name: /Results and sensitivity/ }) });
  await typeInto(page.getByLabel('Score for Price bands on Speed'), '7');
  // The message waits until the learner leaves the box.
  await expect(page.locator('.field__error')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.locator('.field__error').filter({ hasText: 'Use a whole number from 1 to 5.' })).toBeVisible();
  await expect(page.getByLabel('Score for Price bands on Speed')).toHaveAttribute('aria-invalid', 'true');
  await openSection(page, 'Results and your decision');
  await expect(results).toContainText('No ranking yet');
  await expect(results).toContainText('The score of “Price bands” on “Speed” is “7”. Use a whole number from 1 to 5.');
  await openSection(page, 'Criteria and scores');
  for (const option of OPTIONS) {
    for (const [j, criterion] of CRITERIA.entries()) {
      await typeInto(page.getByLabel(`Score for ${option} on ${criterion.name}`), SCORES[option]![j]!);
      await typeInto(page.getByLabel(`Why ${option} on ${criterion.name} scores this`), `Note on ${option} for ${criterion.name}.`);
    }
  }
  await expect(page.locator('.field__error').filter({ hasText: 'Use a whole number' })).toHaveCount(0);
  await openSection(page, 'Results and your decision');
  await expect(results.getByText('Clear winner.')).toBeVisible();
  await expect(results).toContainText('“Quotes coordinator” scores highest with 4 out of 5, 0.5 ahead of “Price bands”');
  const ranking = page.getByRole('table', { name: /^Ranking/ });
  await expect(ranking.getByRole('row').nth(1)).toContainText('Quotes coordinator');
  // Raising Cost to 2.25 makes Approval slots (4 points better on Cost) draw level: (15 + 2.25) = (6 + 5 × 2.25).
  const sensitivity = page.getByRole('table', { name: /How far each weight can move/ });
  await expect(sensitivity.getByRole('row', { name: /^Cost/ })).toContainText('to 2.25 (42.9 %): “Approval slots” draws level');

  // A different weight changes the ranking as it is typed, seen on the page with every section: Cost 3 → slots
  // (6 + 15) / 6 = 3.5, bands and coordinator 3 each, tied.
  await openAllSections(page);
  await typeInto(page.getByLabel('Weight of criterion 2'), '3');
  await expect(results).toContainText('“Approval slots” scores highest with 3.5 out of 5');
  await expect(ranking.getByRole('row').nth(1)).toContainText('Approval slots');
  await expect(ranking.getByRole('row').nth(2)).toContainText('2 (tied)');

  // A weight that is not a number stops the ranking until it is fixed.
  await typeInto(page.getByLabel('Weight of criterion 2'), 'x');
  await expect(results).toContainText('No ranking yet');
  await expect(results).toContainText('The weight of “Cost” is “x”. Use a number, such as 3 or 0.25.');
  await typeInto(page.getByLabel('Weight of criterion 2'), '3');

  // Decision, approval, implementation, evaluation
  await openSection(page, 'Results and your decision');
  await chooseByKeyboard(page.getByLabel('The option you chose'), 'Approval slots');
  await typeInto(page.getByLabel('Why you chose it'), 'Cheapest and clear winner once cost is weighted properly.');
  await openSection(page, 'Management approval');
  await typeInto(page.getByLabel('Manager you asked'), 'Priya Shah');
  await typeInto(page.getByLabel('Their role'), 'Head of Sales');
  await typeDate(page.getByLabel('Date you asked'), '2026-10-05');
  await typeInto(page.getByLabel('How you asked'), 'One-page proposal by email.');
  await chooseByKeyboard(page.getByLabel('Their answer'), 'Approved');
  await typeDate(page.getByLabel('Date they answered'), '2026-10-07');
  await openSection(page, 'Implementation');
  await pressButton(page, 'Add an action');
  const action = page.getByRole('group', { name: 'Action 1' });
  await typeInto(action.getByLabel('What action 1 is'), 'Set up the twice-daily slots');
  await typeInto(action.getByLabel('Owner (name and role)'), 'Sam Patel, sales manager');
  await chooseByKeyboard(action.getByLabel('The owner is'), 'Another');
  await typeDate(action.getByLabel('Due date'), '2026-10-20');
  await chooseByKeyboard(action.getByLabel('Status'), 'Done');
  await openSection(page, 'Evaluation');
  await pressButton(page, 'Add a measure');
  await typeInto(page.getByLabel('Measure 1'), 'Days to quote');
  await typeInto(page.getByLabel('Before', { exact: true }), '4.1');
  await typeInto(page.getByLabel('After', { exact: true }), '1.5');
  await chooseByKeyboard(page.getByLabel('Is the problem resolved?'), 'Partly');
  await typeInto(page.getByLabel('What the evidence shows'), 'Faster, but not yet same day.');
  await typeInto(page.getByLabel('Further actions'), 'Add price bands next quarter.');
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');

  // Reload: everything is back, the matrix included, on the page with every section.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByLabel('Organisation and team')).toHaveValue('Café Nord sales team');
  await expect(page.getByLabel('Score for Approval slots on Cost')).toHaveValue('5');
  await expect(page.getByLabel('Why Quotes coordinator on Speed scores this')).toHaveValue('Note on Quotes coordinator for Speed.');
  await expect(page.getByLabel('Weight of criterion 2')).toHaveValue('3');
  await expect(page.getByLabel('Date you asked')).toHaveValue('2026-10-05');
  await expect(page.getByRole('group', { name: 'Action 1' }).getByLabel('The owner is')).toHaveValue('other');
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3L3_Weighted-decision-matrix.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00777', 'Solving Problems', 'Define a current workplace problem',
    'Assess the options to address problems using a weighted decision matrix',
    'Seek approval from management to progress with the chosen solution',
    'Evaluate the effectiveness of the implemented option',
    'Café Nord sales team', 'Quotes take four days to reach customers.', 'Manual approval of every discount.',
    'Eight months (Recurring)', '11 lost deals named slow quotes.', 'Buyers want same-day quotes.',
    'Every discount needs the manager.', 'No written price bands.', 'Team brainstorm with four reps.',
    'Price bands in detail.', 'Note on Approval slots for Cost.', '“Approval slots” scores highest with 3.5 out of 5',
    'Speed – 3 50 %', 'Weighted score of each option (out of 5)', 'Highest weighted score',
    'Cheapest and clear winner once cost is weighted properly.', 'Priya Shah, Head of Sales', '5 October 2026',
    'to 2.25 (42.9 %): “Quotes coordinator” draws level', 'Set up the twice-daily slots', 'Sam Patel, sales manager Another person', '20 October 2026',
    'Days to quote', 'Partly resolved', 'Add price bands next quarter.', '9 of 9 checks the specification sets are met.', 'Declaration',
  ]) {
    expect(flat).toContain(expected);
  }
  expect(flat).not.toMatch(/NaN|undefined|Infinity/);
});

test('the worked example opens in one click, shows its decision, and passes an accessibility check', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Weighted decision matrix' }).click();
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');
  for (const title of SECTIONS) await expect(taskLink(page, title)).toHaveAccessibleDescription('Completed');
  await openSection(page, 'The problem');
  await expect(page.getByLabel('Organisation and team')).toHaveValue(/Northgate/);
  await openSection(page, 'Results and your decision');
  await expect(page.getByText('The decision holds.')).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  // Every section on one page: the whole record, chart included, is checked at once.
  await openAllSections(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a blank record opens on its task list; a finished section says so there, and Next leads on by keyboard', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new Weighted decision matrix');
  await expect(page.getByRole('heading', { level: 2, name: 'Sections', exact: true })).toBeVisible();
  for (const title of SECTIONS) await expect(taskLink(page, title)).toHaveAccessibleDescription('Not yet started');
  await expect(page.getByRole('link', { name: 'Start: The problem' })).toBeVisible();

  await openSection(page, 'The problem');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('section 1 of 9');
  await fillProblem(page);
  await openTaskList(page);
  await expect(taskLink(page, 'The problem')).toHaveAccessibleDescription('Completed');
  for (const title of SECTIONS.slice(1)) await expect(taskLink(page, title)).toHaveAccessibleDescription('Not yet started');
  await expect(page.getByRole('link', { name: 'Start: Data and information' })).toBeVisible();

  // From the section's last answer, Tab reaches Next (past the way back to the task list) and Enter follows it.
  await openSection(page, 'The problem');
  await expect(page.getByLabel('Organisation and team')).toHaveValue('Café Nord sales team');
  await page.getByLabel('Severity').focus();
  const next = page.getByRole('link', { name: /^Next: Data and information/ });
  for (let presses = 0; presses < 5 && !(await next.evaluate((link) => link === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('section 2 of 9');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Data and information');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Add a source' })).toBeVisible();
});
