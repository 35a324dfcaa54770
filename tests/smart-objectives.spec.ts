import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openAllSections, openSection, openTaskList, pressButton, readPdf, typeInto, words, enterLearnerDetails, pressExport } from './helpers';

/** yyyy-mm-dd `days` from today, in the browser's (and this machine's) time zone. */
const isoInDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// Date controls are filled rather than typed: typing into <input type="date"> follows the
// browser's locale (mm/dd/yyyy or dd/mm/yyyy), which is not what this test is about.
const setDate = (field: Locator, iso: string) => field.fill(iso);

const letter = (objective: Locator, name: string) => objective.getByRole('group', { name, exact: true });

async function writeParts(objective: Locator, parts: Record<string, string>) {
  for (const [label, value] of Object.entries(parts)) await typeInto(objective.getByLabel(label, { exact: true }), value);
}

async function addReview(page: Page, objectiveNumber: number, reviewNumber: number, review: Record<string, string>) {
  await pressButton(page, `Add a review to objective ${objectiveNumber}`);
  const group = page.getByRole('group', { name: `Objective ${objectiveNumber}, review ${reviewNumber}` });
  await expect(group.getByLabel('Review date')).toHaveValue(isoInDays(0));
  await writeParts(group, review);
  return group;
}

test('a learner writes two SMART sales targets from empty, fixing them from the feedback, adds reviews and exports the PDF', async ({ page }) => {
  // Much typing, key by key: allow for the shared, busy machines this runs on.
  test.setTimeout(180_000);
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz-Nguyễn', learnerNumber: 'ISP-77120' });

  await page.goto('/');
  await pressButton(page, 'Start a new SMART objective writer');
  await expect(page.getByRole('heading', { level: 1, name: 'SMART objective writer' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 1 checks met');

  await openSection(page, 'What your objectives are for');
  const salesContext = page.getByRole('radio', { name: /Personal sales targets/ });
  await salesContext.focus();
  await page.keyboard.press('Space');
  await expect(salesContext).toBeChecked();
  await expect(page.getByText('This evidences unit L3C4 Plan Sales Activities, AC 1.1.')).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 5 checks met');

  await typeInto(page.getByLabel('Your role and organisation'), 'Field sales executive, Café Zoë Supplies');
  await openSection(page, 'Where your objectives come from');
  await typeInto(page.getByLabel('Team targets'), 'Team target: grow monthly sales from £96,000 to £112,000 by the quarter end.');
  await typeInto(page.getByLabel('How you set your personal sales targets'), 'I took a quarter of the team growth, checked my CRM history and agreed it with my manager.');

  // Objective 1, written badly first, then fixed letter by letter as the feedback says.
  await openSection(page, 'Your SMART objectives');
  await pressButton(page, 'Add an objective');
  const first = page.getByRole('group', { name: 'Objective 1', exact: true });
  await typeInto(first.getByLabel('What you will do or achieve'), 'improve my sales');
  await expect(letter(first, 'Specific')).toContainText('“improve” says which way, not how far');
  await expect(letter(first, 'Specific')).toContainText('Specific: Needs work');
  await expect(letter(first, 'Measurable')).toContainText('No measurable target yet');
  await expect(letter(first, 'Realistic')).toContainText('No link to a team target');
  await expect(letter(first, 'Time-bound')).toContainText('No deadline yet');

  await writeParts(first, { Who: 'with café owners', Where: 'in the Leeds territory', 'What you will measure': 'monthly invoiced sales', 'Baseline (where you are now)': '£18,000', Target: '£45,000', Unit: 'a month' });
  await expect(letter(first, 'Specific')).toContainText('Specific: Looks SMART');
  await expect(letter(first, 'Measurable')).toContainText('Measurable: Looks SMART');
  await typeInto(first.getByLabel('Resources you will use'), 'Campaign leads and two extra visits a week.');
  await expect(letter(first, 'Achievable')).toContainText('Your target is 150 % above your baseline, with no reason given');
  await typeInto(first.getByLabel('Target', { exact: true }), '£22,000');
  await typeInto(first.getByLabel('Past performance: why it is realistic'), 'My best month last year was £21,400.');
  await typeInto(first.getByLabel('Constraints and how you will manage them'), 'Delivery capacity on Fridays.');
  await expect(letter(first, 'Achievable')).toContainText('Achievable: Looks SMART');
  await typeInto(first.getByLabel('The team target it serves, and how'), 'my £4,000 share of the team’s £16,000 growth target');
  await expect(letter(first, 'Realistic')).toContainText('Realistic: Looks SMART');

  await setDate(first.getByLabel('Deadline'), isoInDays(-3));
  await expect(letter(first, 'Time-bound')).toContainText('has passed and no review shows the target reached');
  await setDate(first.getByLabel('Deadline'), isoInDays(800));
  await expect(letter(first, 'Time-bound')).toContainText('months away: too far to stay focused');
  await setDate(first.getByLabel('Deadline'), isoInDays(60));
  await typeInto(first.getByLabel('Milestones'), '£20,000 by the end of month one.');
  await expect(letter(first, 'Time-bound')).toContainText('Time-bound: Looks SMART');
  await expect(first.getByText('5 of 5 letters look SMART: this objective is SMART.')).toBeVisible();

  const sentence = first.getByLabel('Objective sentence');
  await expect(sentence).toHaveValue(/^By .*, I will improve my sales with café owners in the Leeds territory, taking monthly invoiced sales from £18,000 a month to £22,000 a month\. This supports my £4,000 share/);
  await typeInto(sentence, 'I will improve my sales in Leeds this quarter.');
  await expect(letter(first, 'Specific')).toContainText('Your sentence uses “improve” with no number');
  await expect(letter(first, 'Measurable')).toContainText('Your sentence leaves out the target (22,000)');
  await typeInto(sentence, 'By the quarter end I will lift my Leeds café sales from £18,000 to £22,000 a month, my share of the team’s growth.');
  await expect(first.getByText('5 of 5 letters look SMART: this objective is SMART.')).toBeVisible();

  // Objective 2, written well from the start.
  await pressButton(page, 'Add an objective');
  const second = page.getByRole('group', { name: 'Objective 2', exact: true });
  await writeParts(second, {
    'What you will do or achieve': 'sell the barista training package',
    Who: 'to new café customers',
    Where: 'at the first delivery visit',
    'What you will measure': 'training packages sold',
    'Baseline (where you are now)': '2',
    Target: '3',
    Unit: 'a month',
    'Resources you will use': 'The training brochure and a demo video.',
    'Past performance: why it is realistic': 'I sold three in March.',
    'Constraints and how you will manage them': 'Trainer diary: I will check it before offering dates.',
    'The team target it serves, and how': 'the team target of 12 training packages a month',
    Milestones: 'Three in month two.',
  });
  await setDate(second.getByLabel('Deadline'), isoInDays(45));
  await expect(second.getByText('5 of 5 letters look SMART: this objective is SMART.')).toBeVisible();
  await expect(page.getByText('2 objectives written', { exact: true })).toBeVisible();

  await openSection(page, 'Progress reviews');
  const review1 = await addReview(page, 1, 1, { 'Measure now': '20,000', 'Progress made': 'Four new café accounts this month.', Evidence: 'CRM invoiced sales report.', 'Next step': 'Follow up the open proposals.' });
  await expect(review1.getByText('50 % of the way from baseline to target.')).toBeVisible();
  await addReview(page, 2, 1, { 'Measure now': '3', 'Progress made': 'Sold three packages already.', Evidence: 'Order log.', 'Next step': 'Offer it at every first visit.' });
  await expect(page.locator('.progress-bar__count')).toContainText('5 of 5 checks met');
  await expect(page.getByRole('table', { name: /Progress towards each target/ })).toContainText('50 %');
  // The chart's axis writes percentages as the table and the PDF do: "50 %", never "50%".
  await expect.poll(async () => (await page.locator('svg.recharts-surface').allTextContents()).join(' ')).toMatch(/\d %/);
  expect((await page.locator('svg.recharts-surface').allTextContents()).join(' ')).not.toMatch(/\d%/);

  // A plan's last section is not needed for sales targets: its page says so, and it is optional.
  await openSection(page, 'Review and update the plan');
  await expect(page.getByText(/^Not needed for a sales-targets document:/)).toBeVisible();
  await openTaskList(page);
  await expect(page.getByRole('link', { name: '6. Review and update the plan' })).toHaveAccessibleDescription('Optional');

  // Every answer is still there after a reload, on the page that shows every section.
  await page.reload();
  // The reload lands on the task list; wait for it before going on from it.
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
  await openAllSections(page);
  const firstAgain = page.getByRole('group', { name: 'Objective 1', exact: true });
  await expect(page.getByRole('radio', { name: /Personal sales targets/ })).toBeChecked();
  await expect(firstAgain.getByLabel('Target', { exact: true })).toHaveValue('£22,000');
  await expect(firstAgain.getByLabel('Objective sentence')).toHaveValue(/^By the quarter end I will lift my Leeds café sales/);
  await expect(page.getByRole('group', { name: 'Objective 2, review 1' }).getByLabel('Progress made')).toHaveValue('Sold three packages already.');
  await expect(page.locator('.progress-bar__count')).toContainText('5 of 5 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  const { text, rawText, pages } = await readPdf(await downloadPromise);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz-Nguyễn', 'ISP-77120', 'Field sales executive, Café Zoë Supplies',
    'This document evidences unit L3C4 Plan Sales Activities, AC 1.1, as listed on the first page.',
    'Team target: grow monthly sales from £96,000 to £112,000 by the quarter end.',
    'By the quarter end I will lift my Leeds café sales from £18,000 to £22,000 a month, my share of the team’s growth.',
    'sell the barista training package', 'My best month last year was £21,400.', 'the team target of 12 training packages a month',
    'Four new café accounts this month.', 'Offer it at every first visit.', 'Looks SMART', '50 %', '100 %',
    '5 of 5 checks the specification sets are met.', 'Declaration',
  ]) {
    expect(flat).toContain(expected);
  }
  expect(flat).not.toMatch(/undefined|NaN/);
  // Only the chosen context's unit is claimed: no L3S3 criterion in a sales-targets PDF.
  expect(flat).not.toContain('Produce a personal development plan');
});

test('the worked example opens in one click, meets every rule and passes an accessibility check', async ({ page }) => {
  // Three accessibility checks of long pages (one section's, and every section's twice) on a busy machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the SMART objective writer' }).click();
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 10 checks met');
  await openSection(page, 'What your objectives are for');
  await expect(page.getByRole('radio', { name: /Professional development plan/ })).toBeChecked();
  // Finished reviews start folded on their section's page: the check of the weekly cadence is in view.
  await openSection(page, 'Progress reviews');
  await expect(page.getByText('✓ Weekly reviews over eight weeks: met.')).toBeVisible();
  const axeReviews = await new AxeBuilder({ page }).analyze();
  expect(axeReviews.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Each context has its own worked example and examples library.
  await openSection(page, 'What your objectives are for');
  const motivation = page.getByRole('radio', { name: /Motivation development plan/ });
  await motivation.focus();
  await page.keyboard.press('Space');
  await openSection(page, 'Your SMART objectives');
  await expect(page.getByText('Example 1: “Be more motivated at work.”')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await pressButton(page, 'Replace this document with the worked example for motivation development plan');
  await openSection(page, 'Where your objectives come from');
  await expect(page.getByLabel('Motivation theory', { exact: true })).toHaveValue('mcclelland');
  await expect(page.locator('.progress-bar__count')).toContainText('4 of 4 checks met');
  await openAllSections(page);
  const axeMotivation = await new AxeBuilder({ page }).analyze();
  expect(axeMotivation.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a blank document opens on its task list; choosing the context in its section changes that section’s status, and Next leads on by keyboard', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new SMART objective writer');
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
  const contextTask = page.getByRole('link', { name: '1. What your objectives are for' });
  await expect(contextTask).toHaveAccessibleDescription('Not yet started');
  // Until the context is chosen, every section waits on it.
  await expect(page.getByRole('link', { name: '3. Your SMART objectives' })).toHaveAccessibleDescription('Not yet started');

  const start = page.getByRole('link', { name: 'Start: What your objectives are for' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What your objectives are for');
  const plan = page.getByRole('radio', { name: /Professional development plan/ });
  await plan.focus();
  await page.keyboard.press('Space');
  await expect(plan).toBeChecked();
  await typeInto(page.getByLabel('Your role and organisation'), 'Inside sales executive, Brightwave Home Energy');

  await openTaskList(page);
  await expect(contextTask).toHaveAccessibleDescription('Completed');
  await expect(page.getByRole('link', { name: '2. Where your objectives come from' })).toHaveAccessibleDescription('Not yet started');
  await expect(page.getByRole('link', { name: 'Start: Where your objectives come from' })).toBeVisible();

  // From the section's last field, past the Task list link, to Next.
  await openSection(page, 'What your objectives are for');
  await page.getByLabel('Your role and organisation').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Next/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Where your objectives come from');
  await expect(heading).toBeFocused();
  await expect(page.getByLabel('Source of the criteria')).toBeVisible();
});
