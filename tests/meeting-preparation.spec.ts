import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, nextSection, openAllSections, openTaskList, pressButton, readPdf, taskListRow as taskListRowOf, typeInto, words } from './helpers';

const SECTIONS = ['Your organisation and what it offers', 'Interested prospects', 'Sales meetings arranged', 'Products and services matched to their needs', 'Dialogue frameworks'];

const taskListRow = (page: Page, title: string) => taskListRowOf(page, SECTIONS, title);
const next = nextSection;

const PROSPECTS = [
  {
    name: 'Harlow Dental Ltd', contact: 'Priya Shah, operations manager', source: 'Networking', method: 'Email', interestDate: '2026-09-18',
    interest: 'Asked for prices for four practices', dmu: 'Priya decides; the senior partner signs off', access: 'Met Priya at the Łódź trade fair',
    meeting: '2026-10-14', time: '10:00', format: 'In person', place: 'Their Harlow practice', confirmedHow: 'Calendar invitation accepted', confirmed: '2026-09-25',
  },
  {
    name: 'Brindle Valley Foods', contact: 'Tom Okafor, finance director', source: 'Their enquiry', method: 'Phone', interestDate: '2026-09-24',
    interest: 'Confirmed on a follow-up call', dmu: 'Tom decides and holds the budget', access: 'Tom took my call after his assistant passed on my note',
    meeting: '2026-10-21', time: '14:30', format: 'Video', place: 'Video call with Tom', confirmedHow: 'Email with the agenda', confirmed: '2026-09-30',
  },
];
const QUESTIONS = [
  { kind: 'Open', question: 'How do you back up today?' },
  { kind: 'Probing', question: 'What would a lost day cost you?' },
  { kind: 'Closed', question: 'Is January your renewal month?' },
];

test('a learner prepares two meetings from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00778', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Meeting preparation');
  await expect(page.getByRole('heading', { level: 1, name: 'Meeting preparation' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 8 checks met');
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();

  // The organisation and what it offers (AC 2.3's "organisation's products and services").
  await typeInto(page.getByLabel('Organisation name'), 'Kestrel Data Systems');
  await typeInto(page.getByLabel('Sector'), 'IT services for small firms');
  await chooseByKeyboard(page.getByLabel('Own organisation or case study'), 'My own');
  await typeInto(page.getByLabel('The products or services it offers'), 'Managed cloud backup with a support desk');
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS[0]!)).toContainText('Completed');
  await expect(page.locator('.progress-bar__count')).toContainText('1 of 8 checks met');
  await page.getByRole('link', { name: `Start: ${SECTIONS[1]}` }).click();

  // AC 2.1: two prospects identified and their interest confirmed.
  for (const [i, p] of PROSPECTS.entries()) {
    const group = page.getByRole('group', { name: `Prospect ${i + 1}` });
    await typeInto(group.getByLabel('Prospect (the organisation)'), p.name);
    await typeInto(group.getByLabel('Who you deal with, and their role'), p.contact);
    await chooseByKeyboard(group.getByLabel('Where the lead came from'), p.source);
    await typeInto(group.getByLabel('How you identified them'), `Found ${p.name} through ${p.source.toLowerCase()}`);
    await chooseByKeyboard(group.getByLabel('How their interest was confirmed'), p.method);
    // Date inputs take yyyy-mm-dd; the order of typed segments depends on the browser's locale.
    await group.getByLabel('Date their interest was confirmed').fill(p.interestDate);
    await typeInto(group.getByLabel('What they said or did that shows their interest'), p.interest);
    await typeInto(group.getByLabel('The decision-making unit'), p.dmu);
    await typeInto(group.getByLabel('How you gained access to the buyer'), p.access);
  }
  await expect(page.locator('.progress-bar__count')).toContainText('3 of 8 checks met');
  await expect(page.getByText('Good practice').first()).toBeVisible();

  // AC 2.2: a dated, confirmed meeting with each; a confirmation dated after the meeting is explained at its field.
  await next(page, SECTIONS[2]!);
  for (const p of PROSPECTS) {
    const group = page.getByRole('group', { name: `Meeting with ${p.name}` });
    await group.getByLabel('Meeting date').fill(p.meeting);
    await typeInto(group.getByLabel('Time (optional)'), p.time);
    await chooseByKeyboard(group.getByLabel('How it will be held'), p.format);
    await typeInto(group.getByLabel('Where, and who will attend'), p.place);
    await typeInto(group.getByLabel('How the meeting was confirmed'), p.confirmedHow);
    await group.getByLabel('Date it was confirmed').fill(p === PROSPECTS[1] ? '2026-10-22' : p.confirmed);
  }
  const late = page.getByRole('group', { name: `Meeting with ${PROSPECTS[1]!.name}` });
  await late.getByLabel('Date it was confirmed').blur();
  await expect(late.getByText('This is after the meeting on 21 October 2026: a meeting is confirmed before it takes place. Check the date.')).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('3 of 8 checks met');
  await late.getByLabel('Date it was confirmed').fill(PROSPECTS[1]!.confirmed);
  await expect(late.getByText(/This is after the meeting/)).toHaveCount(0);
  await expect(page.locator('.progress-bar__count')).toContainText('4 of 8 checks met');

  // AC 2.3: each prospect's needs matched to what we offer.
  await next(page, SECTIONS[3]!);
  for (const p of PROSPECTS) {
    const group = page.getByRole('group', { name: `${p.name}: need 1` });
    await typeInto(group.getByLabel('Their business need'), `Records safe for ${p.name}`);
    await typeInto(group.getByLabel('How you know of it'), `${p.contact.split(',')[0]} told me`);
    await typeInto(group.getByLabel('Our product or service, and the feature that meets it'), 'Nightly encrypted backup');
    await typeInto(group.getByLabel('The benefit to them'), `No lost day for ${p.name}`);
  }
  await expect(page.locator('.progress-bar__count')).toContainText('5 of 8 checks met');

  // AC 2.4: a framework per meeting, customised, with three kinds of question, prepared before the meeting.
  await next(page, SECTIONS[4]!);
  for (const p of PROSPECTS) {
    const region = page.getByRole('group', { name: `Dialogue framework: ${p.name}` });
    await region.getByLabel('Date you prepared this framework').fill(p === PROSPECTS[0] ? '2026-10-15' : '2026-10-18');
    await typeInto(region.getByLabel('Their individual preferences'), `${p.name} likes figures`);
    await typeInto(region.getByLabel('How this framework is customised to their needs and preferences'), `Lead with the cost of a lost day for ${p.name}`);
    await typeInto(region.getByLabel('Opening'), 'Agenda and timing');
    for (const [i, q] of QUESTIONS.entries()) {
      if (i > 0) await pressButton(page, `Add a question for ${p.name}`);
      const group = page.getByRole('group', { name: `${p.name}: question ${i + 1}` });
      await chooseByKeyboard(group.getByLabel('Kind of question'), q.kind);
      await typeInto(group.getByLabel('The question'), q.question);
      await typeInto(group.getByLabel('Why you ask it'), `To learn about ${p.name}`);
    }
    await expect(region.getByText('Kinds of question written: open, probing, closed (3).')).toBeVisible();
    await typeInto(region.getByLabel('Presentation points: features and benefit statements'), 'Nightly backup: no lost day');
    await typeInto(region.getByLabel('Likely objections'), 'Price: compare with a lost day');
    await typeInto(region.getByLabel('Close'), 'Ask for a trial');
    await typeInto(region.getByLabel('Next step'), `Trial for ${p.name} agreed`);
  }
  // Prepared the day after the meeting: explained at the field, and not counted.
  const early = page.getByRole('group', { name: `Dialogue framework: ${PROSPECTS[0]!.name}` });
  await early.getByLabel('Date you prepared this framework').focus();
  await early.getByLabel('Date you prepared this framework').blur();
  await expect(early.getByText('This is after the meeting on 14 October 2026: the guidance asks you to prepare for the meeting in advance. Check the date.')).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 8 checks met');
  await early.getByLabel('Date you prepared this framework').fill('2026-10-10');
  await expect(page.locator('.progress-bar__count')).toContainText('8 of 8 checks met');
  await openTaskList(page);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Prospect 2' }).getByLabel('Prospect (the organisation)')).toHaveValue(PROSPECTS[1]!.name);
  await expect(page.getByRole('group', { name: 'Prospect 1' }).getByLabel('Where the lead came from')).toHaveValue('networking');
  await expect(page.getByRole('group', { name: `Meeting with ${PROSPECTS[1]!.name}` }).getByLabel('Date it was confirmed')).toHaveValue('2026-09-30');
  await expect(page.getByRole('group', { name: `${PROSPECTS[0]!.name}: need 1` }).getByLabel('The benefit to them')).toHaveValue(`No lost day for ${PROSPECTS[0]!.name}`);
  await expect(page.getByRole('group', { name: `${PROSPECTS[1]!.name}: question 3` }).getByLabel('Kind of question')).toHaveValue('closed');
  await expect(page.locator('.progress-bar__count')).toContainText('8 of 8 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3C1_Meeting-preparation.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00778', 'Prospect for New Business', 'Kestrel Data Systems', 'Managed cloud backup with a support desk',
    'AC 2.1 Identify and confirm prospects interest in the organisation\'s products/services',
    'AC 2.2 Arrange sales meetings with prospects',
    'AC 2.3 Match the organisation\'s products and services to prospects business needs',
    'AC 2.4 Prepare a dialogue framework for sales meetings with prospects',
    ...PROSPECTS.flatMap((p) => [p.name, p.contact, p.interest, p.dmu, p.access, p.confirmedHow, `No lost day for ${p.name}`, `Trial for ${p.name} agreed`]),
    'Met Priya at the Łódź trade fair', '14 October 2026, 10:00', 'What would a lost day cost you?', 'Probing',
    'Good practice (shown, never needed to complete): 4 of 4 done.', 'Declaration', '8 of 8 checks the specification sets are met.',
  ]) {
    expect(flat).toContain(expected);
  }
});

test('the worked example opens in one click, passes an accessibility check and offers its tables for a spreadsheet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Meeting preparation' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(SECTIONS.length);
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.locator('.progress-bar__count')).toContainText('8 of 8 checks met');
  await expect(page.getByText('Good practice').first()).toBeVisible();
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), 'Questions');
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Prospect,Kind,Question,Why you ask it');
  expect(csv).toContain('Ashby & Cole Logistics Ltd,Potential customer concerns,What would worry you about changing supplier three months before opening?');
});
