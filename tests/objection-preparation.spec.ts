import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, openAllSections, openTaskList, pressButton, readPdf, typeInto, words } from './helpers';

const SECTIONS = ['Prospects and their meetings', 'Objections you expect', 'Review of previous objections', 'A positive mindset before the meetings', 'Observed sales meetings'];

/** A section's row on the task list, found by its numbered link. */
const taskListRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${SECTIONS.indexOf(title) + 1}. ${title}`, exact: true }) });

/** Follows "Next: …" by keyboard to the next section. */
async function next(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^Next: ${title}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

const PROSPECTS = [
  { name: 'Harlow Dental Ltd', contact: 'Priya Shah, operations manager', date: '2026-10-14', meeting: 'First meeting at their Harlow practice', known: 'Four practices in Łódź and Harlow; USB backups each Friday.' },
  { name: 'Brindle Valley Foods', contact: 'Tom Okafor, finance director', date: '2026-10-21', meeting: 'Follow-up after the webinar', known: 'Uses a competitor; renewal in January.' },
];
const OBJECTIONS = [
  { kind: 'Price', wording: 'Nine pounds a user is too much', concern: 'Cannot see the value yet', response: 'Price a lost day against the fee' },
  { kind: 'Security', wording: 'Can patient records leave the building?', concern: 'Fear of a data breach', response: 'Bring the data processing agreement' },
];

test('a learner prepares for two prospects from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00777', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Objection preparation');
  await expect(page.getByRole('heading', { level: 1, name: 'Objection preparation' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 10 checks met');
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start: Prospects and their meetings' }).click();

  // AC 2.1: two prospects and their meetings.
  await typeInto(page.getByLabel('Your organisation'), 'Kestrel Data Systems');
  await typeInto(page.getByLabel('The products or services you sell'), 'Managed cloud backup');
  for (const [i, p] of PROSPECTS.entries()) {
    const group = page.getByRole('group', { name: `Prospect ${i + 1}` });
    await typeInto(group.getByLabel('Prospect (the organisation or customer)'), p.name);
    await typeInto(group.getByLabel('Who you will meet, and their role'), p.contact);
    // Date inputs take yyyy-mm-dd; the order of typed segments depends on the browser's locale.
    await group.getByLabel('Meeting date').fill(p.date);
    await typeInto(group.getByLabel('The meeting: where, and what it is for'), p.meeting);
    await typeInto(group.getByLabel('What you know of them'), p.known);
  }
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS[0]!)).toContainText('Completed');
  await expect(page.locator('.progress-bar__count')).toContainText('1 of 10 checks met');
  await page.getByRole('link', { name: `Start: ${SECTIONS[1]}` }).click();

  for (const p of PROSPECTS) {
    const [first, second] = OBJECTIONS;
    const one = page.getByRole('group', { name: `${p.name}: objection 1` });
    await chooseByKeyboard(one.getByLabel('Kind of objection'), first!.kind);
    await typeInto(one.getByLabel('The objection, as they might say it'), `${first!.wording} (${p.name})`);
    await typeInto(one.getByLabel('The underlying concern'), first!.concern);
    await typeInto(one.getByLabel('Your prepared response'), first!.response);
    await pressButton(page, `Add an objection for ${p.name}`);
    const two = page.getByRole('group', { name: `${p.name}: objection 2` });
    await chooseByKeyboard(two.getByLabel('Kind of objection'), second!.kind);
    await typeInto(two.getByLabel('The objection, as they might say it'), `${second!.wording} (${p.name})`);
    await typeInto(two.getByLabel('The underlying concern'), second!.concern);
    await typeInto(two.getByLabel('Your prepared response'), second!.response);
  }
  await expect(page.locator('.progress-bar__count')).toContainText('2 of 10 checks met');

  // AC 2.2: a colleague and the records; objections grouped into concerns and counted.
  await next(page, SECTIONS[2]!);
  await pressButton(page, 'Add a source');
  const source = page.getByRole('group', { name: 'Source 1' });
  await chooseByKeyboard(source.getByLabel('Kind of source'), 'A colleague');
  await typeInto(source.getByLabel('Who or what'), 'Dan Hughes, senior account manager');
  await source.getByLabel('Date').fill('2026-10-05');
  await typeInto(source.getByLabel('What it showed'), 'Price comes up in most first meetings');
  for (const name of ['Not convinced the cost is worth it', 'Afraid of disruption']) {
    await pressButton(page, 'Add a concern');
    const index = name.startsWith('Not') ? 1 : 2;
    const group = page.getByRole('group', { name: `Concern ${index}` });
    await typeInto(group.getByLabel('The common underlying concern'), name);
    await typeInto(group.getByLabel('Your response to this concern'), `Response to: ${name}`);
  }
  for (const [i, [said, times, concern]] of [
    ['Too expensive for what it is', '9', 'Not convinced'],
    ['Our set-up works fine', '5', 'Not convinced'],
    ['We cannot have downtime', '6', 'Afraid'],
  ].entries()) {
    await pressButton(page, 'Add a previous objection');
    const group = page.getByRole('group', { name: `Previous objection ${i + 1}` });
    await typeInto(group.getByLabel('The objection raised'), said!);
    await chooseByKeyboard(group.getByLabel('Where it came from'), 'Dan');
    await typeInto(group.getByLabel('Times it came up'), i === 0 ? 'lots' : times!);
    await chooseByKeyboard(group.getByLabel('Common underlying concern'), concern!);
  }
  // A count that is not a number is explained at the field, kept as typed, and left out of the counts.
  const first = page.getByRole('group', { name: 'Previous objection 1' });
  await expect(first.getByText('“lots” is not a number: enter how many times it came up, for example 3.')).toBeVisible();
  await expect(first.getByLabel('Times it came up')).toHaveValue('lots');
  await expect(page.getByText('1 previous objection has a number of times that does not read as a whole number, so not counted.')).toBeVisible();
  await typeInto(first.getByLabel('Times it came up'), '9');
  await expect(first.getByText(/is not a number/)).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Common concerns by how often they came up' });
  await expect(table.getByRole('row').nth(1)).toContainText('Not convinced the cost is worth it');
  await expect(table.getByRole('row').nth(1)).toContainText('14 of 20 (70 %)');
  await expect(table.getByRole('row').nth(2)).toContainText('6 of 20 (30 %)');
  await expect(page.getByRole('img', { name: /Bar chart of how many times each common concern came up/ })).toBeVisible();
  await typeInto(page.getByLabel('What the review showed, and how it shaped your preparation'), 'Value matters most to our prospects');
  await expect(page.locator('.progress-bar__count')).toContainText('4 of 10 checks met');

  // AC 2.3: two techniques, dated before the meetings; one dated after is explained at the field.
  await next(page, SECTIONS[3]!);
  for (const [i, [technique, date, prospect]] of [
    ['Role play', '2026-10-12', 'Harlow'],
    ['Visualisation', '2026-10-22', 'Brindle'],
  ].entries()) {
    await pressButton(page, 'Add a technique you used');
    const group = page.getByRole('group', { name: `Technique ${i + 1}` });
    await chooseByKeyboard(group.getByLabel('The technique'), technique!);
    await group.getByLabel('Date you used it').fill(date!);
    await chooseByKeyboard(group.getByLabel('Before the meeting with'), prospect!);
    await typeInto(group.getByLabel('What you did'), `${technique} for twenty minutes`);
    await typeInto(group.getByLabel('How it helped'), `${technique} kept me calm`);
  }
  const late = page.getByRole('group', { name: 'Technique 2' });
  await expect(late.getByText(/This is after the meeting with Brindle Valley Foods on 21 October 2026/)).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('4 of 10 checks met');
  await late.getByLabel('Date you used it').fill('2026-10-21');
  await expect(late.getByText(/This is after the meeting/)).toHaveCount(0);
  await expect(page.locator('.progress-bar__count')).toContainText('5 of 10 checks met');

  // LO3: two observed meetings.
  await next(page, SECTIONS[4]!);
  for (const [i, p] of PROSPECTS.entries()) {
    await pressButton(page, 'Add an observation record');
    const group = page.getByRole('group', { name: `Observation record ${i + 1}` });
    await chooseByKeyboard(group.getByLabel('The prospect met'), p.name.slice(0, 4));
    await group.getByLabel('Date of the meeting').fill(p.date);
    await typeInto(group.getByLabel('Observer’s name'), i ? 'Marcus Bell' : 'Sarah Whitcombe');
    await chooseByKeyboard(group.getByLabel('Observer’s role'), i ? 'Coach' : 'Line');
    await group.getByLabel(/^The customer gave permission/).focus();
    await page.keyboard.press('Space');
    await typeInto(group.getByLabel('Open and probing questions used to gain commitment'), `Questions asked of ${p.name}`);
    await typeInto(group.getByLabel('How objections were explored to identify and prioritise concerns'), `Concerns prioritised with ${p.name}`);
    await typeInto(group.getByLabel('Verbal and non-verbal signals, and how you responded'), `Signals from ${p.name}`);
    await typeInto(group.getByLabel('How you confirmed with the customer that the objections can be overcome'), `Confirmed with ${p.name}`);
    await typeInto(group.getByLabel('Observer’s comments'), `Observer on ${p.name}`);
  }
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 10 checks met');
  await openTaskList(page);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Prospect 1' }).getByLabel('Prospect (the organisation or customer)')).toHaveValue(PROSPECTS[0]!.name);
  await expect(page.getByRole('group', { name: 'Prospect 2' }).getByLabel('Meeting date')).toHaveValue('2026-10-21');
  await expect(page.getByRole('group', { name: 'Brindle Valley Foods: objection 2' }).getByLabel('Kind of objection')).toHaveValue('security');
  await expect(page.getByRole('group', { name: 'Previous objection 1' }).getByLabel('Times it came up')).toHaveValue('9');
  await expect(page.getByRole('group', { name: 'Technique 2' }).getByLabel('Date you used it')).toHaveValue('2026-10-21');
  await expect(page.getByRole('group', { name: 'Technique 1' }).getByLabel('Before the meeting with')).not.toHaveValue('');
  await expect(page.getByRole('group', { name: 'Observation record 1' }).getByLabel('The prospect met')).not.toHaveValue('');
  await expect(page.getByRole('group', { name: 'Observation record 2' }).getByLabel(/^The customer gave permission/)).toBeChecked();
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 10 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3C2_Objection-preparation.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00777', 'Overcome Sales Objections', 'Kestrel Data Systems',
    'AC 2.1 Prepare to deal with potential customer objections',
    'AC 2.2 Review previous customer objections to prepare responses to common customer objections',
    'AC 2.3 Create a positive mindset before sales meetings with customers',
    'AC 3.4 Confirm how objections can be overcome with customers',
    ...PROSPECTS.flatMap((p) => [p.name, p.contact, p.known, `Questions asked of ${p.name}`, `Confirmed with ${p.name}`]),
    `${OBJECTIONS[1]!.wording} (${PROSPECTS[1]!.name})`, 'Bring the data processing agreement', 'Security or privacy (non-standard)',
    'Dan Hughes, senior account manager', 'Too expensive for what it is', '14 of 20 (70 %)', 'Value matters most to our prospects',
    'Role play practice with colleagues', 'Visualisation kept me calm', 'Sarah Whitcombe', 'Line manager', 'Marcus Bell',
    'Observer’s signature', 'How often each common concern came up in previous sales conversations', 'Declaration', '10 of 10 checks met.',
  ]) {
    expect(flat).toContain(expected);
  }
});

test('the worked example opens in one click, passes an accessibility check and offers its tables for a spreadsheet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Objection preparation' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(SECTIONS.length);
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 10 checks met');
  await expect(page.getByRole('img', { name: /Bar chart of how many times each common concern came up/ })).toBeVisible();
  await expect(page.getByText('Good practice').first()).toBeVisible();
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // The chart's figures go to a spreadsheet as raw numbers, most frequent first.
  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), 'Common concerns');
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Rank,Common underlying concern,Times it came up,Share of all times (%),Previous objections grouped,Prepared response');
  expect(csv).toContain('1,Not convinced the cost is worth it,14,50,2,');
  expect(csv).toContain('3,Worried about data protection and compliance,4,14.3,1,');
});
