import { expect, test, type Page } from '@playwright/test';
import { chooseByKeyboard, downloadTableCsv, enterLearnerDetails, expectAccessible, nextSection, openAllSections, openTaskList, openWorkedExample, pressButton, readPdf, taskListRow as sectionRow, typeInto, words } from './helpers';

const SECTIONS = [
  'Your target and the plan’s period',
  'Prioritised customers and prospects',
  'Planned activities, week by week',
  'Hours and budget',
  'Colleagues consulted',
  'Indicators and progress',
  'Potential issues',
  'Evaluating your planning',
];
const RULES = 11;

const taskListRow = (page: Page, title: string) => sectionRow(page, SECTIONS, title);

const next = nextSection;

const met = (page: Page, n: number) => expect(page.locator('.progress-bar__count')).toContainText(`${n} of ${RULES} checks met`);

test('a learner plans a month from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Siân Ó Briain', learnerNumber: 'ISP-00912', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Sales activity plan and budget');
  await expect(page.getByRole('heading', { level: 1, name: 'Sales activity plan and budget' })).toBeVisible();
  await met(page, 0);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();

  // AC 2.1: the target and a period too short, explained at the field, then a month.
  await typeInto(page.getByLabel('Your organisation'), 'Tamar Dental Supplies');
  await typeInto(page.getByLabel('Your role'), 'Field sales executive');
  await typeInto(page.getByLabel('The personal sales target this plan is to achieve'), 'Win £10,000 of new contracts in March');
  await typeInto(page.getByLabel('The target’s value in pounds (if it has one)'), '10000');
  await page.getByLabel('First day of the plan').fill('2027-03-01');
  const end = page.getByLabel('Last day of the plan');
  await end.fill('2027-03-20');
  await end.press('Tab');
  await expect(page.getByText('The plan covers 20 days: the assessor guidance asks for “at least a one-month period”. End it on 31 March 2027 or later.')).toBeVisible();
  await met(page, 1);
  await end.fill('2027-03-31');
  await expect(page.getByText(/The plan covers 20 days/)).toHaveCount(0);
  await expect(page.getByText('1 March 2027 to 31 March 2027: 5 weeks')).toBeVisible();
  await met(page, 2);
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS[0]!)).toContainText('Completed');
  await page.getByRole('link', { name: `Start: ${SECTIONS[1]}` }).click();

  // AC 2.1: the prioritised list; a probability typed as a word is explained and kept.
  for (const [i, [name, kind, value, probability]] of [
    ['Harbour Dental Care', 'Prospect', '6000', 'sixty'],
    ['Moorview Dental', 'Existing', '3000', '80'],
  ].entries()) {
    if (i) await pressButton(page, 'Add a customer or prospect');
    const group = page.getByRole('group', { name: `Customer or prospect ${i + 1}` });
    await typeInto(group.getByLabel('Name', { exact: true }), name!);
    await chooseByKeyboard(group.getByLabel('Customer or prospect', { exact: true }), kind!);
    await typeInto(group.getByLabel('Potential value of the sale (£)'), value!);
    await typeInto(group.getByLabel('Probability of a sale (%)'), probability!);
    await group.getByLabel('Probability of a sale (%)').press('Tab');
  }
  const first = page.getByRole('group', { name: 'Customer or prospect 1' });
  await expect(first.getByText('“sixty” is not a number: enter the probability of a sale as a percentage, for example 60 %.')).toBeVisible();
  await expect(first.getByLabel('Probability of a sale (%)')).toHaveValue('sixty');
  await met(page, 2);
  await typeInto(first.getByLabel('Probability of a sale (%)'), '60');
  const ranking = page.getByRole('table', { name: 'Customers and prospects in priority order' });
  await expect(ranking.getByRole('row').nth(1)).toContainText('Harbour Dental Care');
  await expect(ranking.getByRole('row').nth(1)).toContainText('£6,000 × 60 % = £3,600');
  await met(page, 3);

  // AC 2.1: activities tied to the list; one dated outside the period is explained at the field.
  await next(page, SECTIONS[2]!);
  for (const [i, [date, who, method, objective, hours]] of [
    ['2027-03-02', 'Harbour', 'In person', 'Present the delivery guarantee', '3'],
    ['2027-04-09', 'Moorview', 'Phone', 'Offer impression materials', '0.5'],
  ].entries()) {
    if (i) await pressButton(page, 'Add an activity');
    const group = page.getByRole('group', { name: `Activity ${i + 1}` });
    await group.getByLabel('Date').fill(date!);
    await chooseByKeyboard(group.getByLabel('Customer or prospect'), who!);
    await chooseByKeyboard(group.getByLabel('Contact method'), method!);
    await typeInto(group.getByLabel('Planned hours'), hours!);
    await typeInto(group.getByLabel('What you want to achieve from this contact'), objective!);
  }
  await chooseByKeyboard(page.getByRole('group', { name: 'Activity 1' }).getByLabel('What became of it (as the month runs)'), 'Done');
  const late = page.getByRole('group', { name: 'Activity 2' });
  await expect(late.getByText('This is outside your plan’s period (1 March 2027 to 31 March 2027): check the date, or the period.')).toBeVisible();
  await met(page, 3);
  await late.getByLabel('Date').fill('2027-03-09');
  await expect(late.getByText(/outside your plan’s period/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Week commencing 8 Mar/ })).toContainText('1 activity, 0.5 hours');
  await met(page, 4);

  // AC 2.2: hours against the hours available, and the budget with its working.
  await next(page, SECTIONS[3]!);
  await typeInto(page.getByLabel('Hours you work in a normal week'), '37.5');
  const obligation = page.getByRole('group', { name: 'Obligation 1' });
  await typeInto(obligation.getByLabel('The obligation'), 'Team meeting and admin');
  await typeInto(obligation.getByLabel('Hours a week'), '7.5');
  await expect(page.getByText('37.5 − 7.5 = 30 hours a week for sales activities.')).toBeVisible();
  const cost = page.getByRole('group', { name: 'Cost 1' });
  await chooseByKeyboard(cost.getByLabel('Kind of cost'), 'Travel');
  await typeInto(cost.getByLabel('What it is for'), 'Mileage to visits');
  await typeInto(cost.getByLabel('How many (miles, packs, tickets …)'), '120');
  await typeInto(cost.getByLabel('Cost of one (£)'), '0.45');
  await expect(cost.getByText('Amount: 120 × £0.45 = £54')).toBeVisible();
  await expect(page.getByText('£54 budget for a £10,000 target: 0.5 % of the target')).toBeVisible();
  await met(page, 6);

  // AC 2.3: a colleague consulted.
  await next(page, SECTIONS[4]!);
  const colleague = page.getByRole('group', { name: 'Colleague 1' });
  await typeInto(colleague.getByLabel('Colleague’s name'), 'Priya Shah');
  await typeInto(colleague.getByLabel('Their role'), 'Area sales manager');
  await colleague.getByLabel('Date you consulted them').fill('2027-02-25');
  await typeInto(colleague.getByLabel('What they said'), 'Plan more for existing customers');
  await typeInto(colleague.getByLabel('What you changed in the plan because of it'), 'Added the Moorview call');
  await met(page, 7);

  // AC 3.1: an agreed indicator with a figure logged; the chart of planned against done.
  await next(page, SECTIONS[5]!);
  const indicator = page.getByRole('group', { name: 'Indicator 1' });
  await typeInto(indicator.getByLabel('Indicator', { exact: true }), 'Sales meetings held');
  await typeInto(indicator.getByLabel('Target for the period'), '4');
  await typeInto(indicator.getByLabel('Agreed with (who, and when)'), 'Priya Shah, 25 February');
  await typeInto(indicator.getByLabel('How it is recorded and reported'), 'CRM weekly report');
  await met(page, 8);
  await pressButton(page, 'Log a figure');
  const figure = indicator.getByRole('group', { name: 'Figure 1' });
  await figure.getByLabel('Date').fill('2027-03-05');
  await typeInto(figure.getByLabel('Figure achieved'), '1');
  await expect(indicator.getByText('Progress: 1 of 4 (25 %)')).toBeVisible();
  await met(page, 9);
  await expect(page.getByRole('img', { name: /Bar chart of activities planned against done/ })).toBeVisible();

  // AC 3.2 and 3.3.
  await next(page, SECTIONS[6]!);
  for (const [i, issue] of ['A practice cancels at short notice', 'Samples out of stock'].entries()) {
    const group = page.getByRole('group', { name: `Potential issue ${i + 1}` });
    await typeInto(group.getByLabel('The potential issue'), issue);
    await chooseByKeyboard(group.getByLabel('How likely'), i ? 'Medium' : 'High');
    await typeInto(group.getByLabel('Its effect on the planned activities'), `Effect of: ${issue}`);
    await typeInto(group.getByLabel('What you will do about it'), `Action for: ${issue}`);
  }
  await met(page, 10);
  await next(page, SECTIONS[7]!);
  await typeInto(page.getByLabel('What your organisation requires of sales planning'), 'A monthly plan signed off by my manager');
  await typeInto(page.getByLabel('How effective your planning was'), 'Prioritising by value worked well');
  await met(page, RULES);
  await openTaskList(page);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Customer or prospect 1' }).getByLabel('Probability of a sale (%)')).toHaveValue('60');
  await expect(page.getByRole('group', { name: 'Activity 2' }).getByLabel('Date')).toHaveValue('2027-03-09');
  await expect(page.getByRole('group', { name: 'Activity 2' }).getByLabel('Customer or prospect')).not.toHaveValue('');
  await expect(page.getByRole('group', { name: 'Cost 1' }).getByLabel('Kind of cost')).toHaveValue('travel');
  await expect(page.getByRole('group', { name: 'Figure 1' }).getByLabel('Figure achieved')).toHaveValue('1');
  await met(page, RULES);

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Sian-O-Briain_L3C4_Sales-activity-plan.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Siân Ó Briain', 'ISP-00912', 'Plan Sales Activities', 'Tamar Dental Supplies',
    'AC 2.1 Plan sales activities based on prioritised customer and prospects lists',
    'AC 2.2 Estimate the resource and budget requirements of the planned sales activities',
    'AC 2.3 Consult colleagues when finalising sales activities planning',
    'AC 3.1 Use agreed indicators to monitor the success of sales activity planning',
    'AC 3.2 Analyse potential issues that may affect the achievement of planned activities',
    'AC 3.3 Evaluate the effectiveness of personal sales planning',
    '£6,000 × 60 % = £3,600', 'Present the delivery guarantee', '120 × £0.45 = £54', '37.5 − 7.5 = 30 hours a week for sales activities',
    'Priya Shah', 'Added the Moorview call', '1 of 4 (25 %)', 'Activities planned against done, per week', 'Action for: Samples out of stock',
    'Prioritising by value worked well', 'Declaration', `${RULES} of ${RULES} checks the specification sets are met.`,
  ]) {
    expect(flat).toContain(expected);
  }
});

test('the worked example opens in one click, passes an accessibility check and offers its budget for a spreadsheet', async ({ page }) => {
  await openWorkedExample(page, 'Sales activity plan and budget', SECTIONS.length);
  await openAllSections(page);
  await met(page, RULES);
  await expect(page.getByRole('img', { name: /Bar chart of activities planned against done/ })).toBeVisible();
  await expect(page.getByText('Good practice').first()).toBeVisible();
  await expectAccessible(page);

  const csv = await downloadTableCsv(page, 'Budget by kind');
  expect(csv).toContain('Kind,Costs,Total (£)');
  expect(csv).toContain('Travel,2,207');
  expect(csv).toContain('Total,6,590');
});
