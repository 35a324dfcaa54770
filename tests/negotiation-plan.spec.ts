import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, openAllSections, openTaskList, pressButton, readPdf, typeInto, words } from './helpers';

const SECTIONS = [
  'The negotiations and the customers’ needs',
  'Your objectives and limits',
  'Concessions you can trade',
  'Cross- and up-selling opportunities',
  'The strategy and why',
  'Observed: conducting the negotiation',
  'Observed: objections, closes and records',
];
const TOTAL = 15;

/** A section's row on the task list, found by its numbered link. */
const taskListRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${SECTIONS.indexOf(title) + 1}. ${title}`, exact: true }) });

/** Follows "Next: …" by keyboard to the next section. */
async function next(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^Next: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

/** Ticks a checkbox by keyboard. */
async function tick(box: Locator) {
  await box.focus();
  await box.page().keyboard.press('Space');
  await expect(box).toBeChecked();
}

const met = (page: Page, n: number) => expect(page.locator('.progress-bar__count')).toContainText(`${n} of ${TOTAL} checks met`);

const CUSTOMERS = [
  { name: 'The Old Mill Hotel', contact: 'Rachel Dunmore, general manager', date: '2026-10-13', needs: 'Ovens that do not fail at weekends', offer: 'Combination oven and Gold service plan' },
  { name: 'Ridgeway Academy Trust', contact: 'Sam Achebe, procurement lead', date: '2026-10-22', needs: 'No work in term time; net zero', offer: 'Three dishwashers and maintenance' },
];
const group = (page: Page, i: number) => page.getByRole('group', { name: `Negotiation ${i + 1}: ${CUSTOMERS[i]!.name}`, exact: true });

test('a learner plans and records two negotiations from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00778', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Negotiation plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Negotiation plan' })).toBeVisible();
  await met(page, 0);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();

  // AC 2.1: two negotiations and the customers' needs.
  await typeInto(page.getByLabel('Your organisation'), 'Fellside Catering Equipment');
  for (const [i, c] of CUSTOMERS.entries()) {
    const g = page.getByRole('group', { name: `Negotiation ${i + 1}`, exact: true });
    await typeInto(g.getByLabel('Customer (the organisation or person)'), c.name);
    await typeInto(g.getByLabel('Who you will negotiate with, and their role'), c.contact);
    await g.getByLabel('Date of the negotiation').fill(c.date);
    await typeInto(g.getByLabel('The customer’s needs: what is important to them'), c.needs);
    await typeInto(g.getByLabel('The products or services you will offer to match those needs'), c.offer);
  }
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS[0]!)).toContainText('Completed');
  await met(page, 1);
  await page.getByRole('link', { name: `Start: ${SECTIONS[1]}` }).click();

  // AC 2.1: objectives and LIM-it limits; limits out of order are explained at the field, then put right.
  const limits = [
    { on: 'Price of the oven (£)', way: 'Higher', ideal: '14500', target: '13800', walkAway: '13000' },
    { on: 'Discount (%)', way: 'Lower', ideal: '0', target: '5', walkAway: '8' },
  ];
  for (const [i, l] of limits.entries()) {
    const g = group(page, i);
    await typeInto(g.getByLabel('Your objective for this negotiation'), `Objective for ${CUSTOMERS[i]!.name}`);
    await typeInto(g.getByLabel('What the limits are set on'), l.on);
    await chooseByKeyboard(g.getByLabel('Which way is better for you'), l.way);
    await typeInto(g.getByLabel('Ideal (Like)'), l.ideal);
    await typeInto(g.getByLabel('Target (Intend)'), l.target);
    await typeInto(g.getByLabel('Walk-away (Must)'), i === 0 ? '15000' : l.walkAway);
  }
  await page.keyboard.press('Tab');
  const first = group(page, 0);
  await expect(first.getByText('The limits are out of order: they should run walk-away ≤ target ≤ ideal.')).toBeVisible();
  await met(page, 1);
  await typeInto(first.getByLabel('Walk-away (Must)'), limits[0]!.walkAway);
  await expect(first.getByText('✓ In order (walk-away ≤ target ≤ ideal): 1,500 of room to negotiate')).toBeVisible();
  await met(page, 2);

  // AC 2.1, 2.4: concessions with cost to us and value to them; a figure that is not a number is explained and kept.
  await next(page, SECTIONS[2]!);
  const concessions = [
    ['Free installation', '350', '900'],
    ['Half-term installation', '450', '1500'],
  ] as const;
  for (const [i, [what, cost, value]] of concessions.entries()) {
    const row = group(page, i).getByRole('group', { name: 'Concession 1', exact: true });
    await typeInto(row.getByLabel('What you could give'), what);
    await typeInto(row.getByLabel('What you ask for in return'), 'A longer contract');
    await typeInto(row.getByLabel('Cost to us (£)'), i === 0 ? 'lots' : cost);
    await typeInto(row.getByLabel('Value to them (£)'), value);
  }
  const firstRow = group(page, 0).getByRole('group', { name: 'Concession 1', exact: true });
  await expect(firstRow.getByText('“lots” is not a number: enter the cost to us as a figure, for example 250.')).toBeVisible();
  await expect(firstRow.getByLabel('Cost to us (£)')).toHaveValue('lots');
  await expect(group(page, 0).getByText('1 concession is not counted yet: a figure is missing or not a number.')).toBeVisible();
  await typeInto(firstRow.getByLabel('Cost to us (£)'), '£350');
  await expect(group(page, 0).getByText('£900 of value to them for £350 of cost to us: worth £550 more to them than they cost us')).toBeVisible();
  await met(page, 3);

  // AC 2.3: a cross- or up-selling opportunity with its question.
  await next(page, SECTIONS[3]!);
  for (const i of [0, 1]) {
    const row = group(page, i).getByRole('group', { name: 'Opportunity 1', exact: true });
    await chooseByKeyboard(row.getByLabel('Kind of opportunity'), i ? 'Add' : 'Cross');
    await typeInto(row.getByLabel('Product or service'), i ? 'Water softeners' : 'Blast chiller');
    await typeInto(row.getByLabel('The question you will ask'), `Question for ${CUSTOMERS[i]!.name}`);
  }
  await met(page, 4);

  // AC 2.1: the strategy and why.
  await next(page, SECTIONS[4]!);
  for (const i of [0, 1]) {
    await chooseByKeyboard(group(page, i).getByLabel('Strategy you will lead with'), i ? 'Win' : 'Value');
    await typeInto(group(page, i).getByLabel('Why it suits this customer'), `Why for ${CUSTOMERS[i]!.name}`);
  }
  await met(page, 5);

  // AC 2.2–2.7: the observation record, with the observer.
  await next(page, SECTIONS[5]!);
  for (const i of [0, 1]) {
    const g = group(page, i);
    const name = CUSTOMERS[i]!.name;
    await g.getByLabel('Date of the negotiation').fill(CUSTOMERS[i]!.date);
    await typeInto(g.getByLabel('Observer’s name'), i ? 'Marcus Bell' : 'Helen Marsh');
    await chooseByKeyboard(g.getByLabel('Observer’s role'), i ? 'Coach' : 'Line');
    await tick(g.getByLabel(/^The customer gave permission/));
    if (i) await tick(g.getByLabel(/^The observer is from outside my organisation/));
    await typeInto(g.getByLabel('How you created a win-win (AC 2.4)'), `Win-win with ${name}`);
    await typeInto(g.getByLabel('Questions you asked about the cross- and up-selling opportunities (AC 2.3)'), `Questions asked of ${name}`);
    await typeInto(g.getByLabel('How you matched products or services to the customer’s needs (AC 2.5)'), `Needs matched for ${name}`);
    await typeInto(g.getByLabel('Verbal buying signals, and how you responded (AC 2.6)', { exact: true }), `Verbal signals from ${name}`);
    await typeInto(g.getByLabel('Non-verbal buying signals, and how you responded (AC 2.6)'), `Non-verbal signals from ${name}`);
    for (const n of [1, 2]) await typeInto(g.getByRole('group', { name: `Micro close ${n}`, exact: true }).getByLabel('What you said, and the customer’s answer'), `Micro close ${n} with ${name}`);
  }
  await met(page, 11);

  // AC 3.1–3.4: objections, a trial close, the close and the records; the line manager confirms for the external observer.
  await next(page, SECTIONS[6]!);
  for (const i of [0, 1]) {
    const g = group(page, i);
    const name = CUSTOMERS[i]!.name;
    await typeInto(g.getByLabel('Objections and concerns, and how you responded (AC 3.1)'), `Objections from ${name}`);
    await typeInto(g.getByRole('group', { name: 'Trial close 1', exact: true }).getByLabel('What you said, and the customer’s answer'), `Trial close with ${name}`);
    await chooseByKeyboard(g.getByLabel('The close you used (AC 3.3)'), i ? 'Org' : 'Dual');
    await typeInto(g.getByLabel('How you closed the sale, and the outcome (AC 3.3)'), `Closed with ${name}`);
    await typeInto(g.getByLabel('The records you updated with the outcome (AC 3.4)'), `CRM updated for ${name}`);
    await typeInto(g.getByLabel('Observer’s comments'), `Observer on ${name}`);
  }
  await met(page, 14);
  const second = group(page, 1);
  await typeInto(second.getByLabel('Line manager’s name'), 'Helen Marsh');
  await second.getByLabel('Date confirmed').fill('2026-10-24');
  await tick(second.getByLabel(/^My line manager confirmed the records were updated/));
  await met(page, TOTAL);
  await openTaskList(page);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Negotiation 1', exact: true }).getByLabel('Customer (the organisation or person)')).toHaveValue(CUSTOMERS[0]!.name);
  await expect(group(page, 0).getByLabel('Walk-away (Must)').first()).toHaveValue('13000');
  await expect(group(page, 1).getByLabel('Which way is better for you')).toHaveValue('lower');
  await expect(group(page, 0).getByRole('group', { name: 'Concession 1', exact: true }).getByLabel('Cost to us (£)')).toHaveValue('£350');
  await expect(group(page, 1).getByLabel(/^The observer is from outside/)).toBeChecked();
  await expect(group(page, 1).getByLabel('Date confirmed')).toHaveValue('2026-10-24');
  await met(page, TOTAL);

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3C3_Negotiation-plan.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00778', 'Negotiate and Close Sales', 'Fellside Catering Equipment',
    'AC 2.1 Prepare for sales negotiations',
    "AC 2.4 Create a 'win-win' situation during negotiations",
    'AC 2.7 Use micro closes during sales negotiations',
    'AC 3.4 Record the outcomes of customer negotiations',
    ...CUSTOMERS.flatMap((c) => [c.name, c.needs, `Win-win with ${c.name}`, `Micro close 2 with ${c.name}`, `Trial close with ${c.name}`, `CRM updated for ${c.name}`]),
    'room to negotiate: 1,500', 'Blast chiller', 'Water softeners', 'Value proposition', 'Win-win approach',
    'Helen Marsh', 'Line manager', 'Marcus Bell', 'Coach', 'Observer’s signature', 'Line manager’s signature',
    'Declaration', `${TOTAL} of ${TOTAL} checks met.`,
  ]) {
    expect(flat).toContain(expected);
  }
});

test('the worked example opens in one click, passes an accessibility check and offers its concessions for a spreadsheet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Negotiation plan' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(SECTIONS.length);
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.getByText(`${TOTAL} of ${TOTAL} met`)).toBeVisible();
  await expect(page.getByText('Good practice').first()).toBeVisible();
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), 'Concessions');
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Negotiation,Concession,Cost to us (£),Value to them (£),Value less cost (£),Asked for in return');
  expect(csv).toContain('"Negotiation 1: The Old Mill Hotel, Keswick",Free installation and removal of the old ovens,350,900,550,');
});
