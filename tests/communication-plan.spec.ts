import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { chooseByKeyboard, enterLearnerDetails, openAllSections, openSection, openTaskList, pressButton, readPdf, typeInto, words } from './helpers';

/** The worksheet's sections as its task list names them, in order. */
const SECTIONS = ['The organisation', 'Target audiences', 'Communication plan and timeline', 'Your communication preferences', 'Actions to improve', 'Barriers and how to overcome them'];

/** A section's status on the task list, read from its row. */
const statusOf = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${SECTIONS.indexOf(title) + 1}. ${title}`, exact: true }) });

const AUDIENCES = [
  { name: 'Existing customers: café owners', who: 'Owners of 40 independent cafés in Łódź and Leeds.', needs: 'Reliable weekly deliveries.', channels: 'WhatsApp and a phone call before 10:00.', legal: 'UK GDPR and PECR for marketing messages.', organisational: 'Brand guidelines; standard responses.', approach: 'Friendly, quick and personal.' },
  { name: 'New prospects: hotel buyers', who: 'Food and beverage managers at 12 hotels.', needs: 'Consistent quality and invoices on account.', channels: 'Email and LinkedIn; meetings by appointment.', legal: 'UK GDPR legitimate interests, with an opt-out.', organisational: 'Quotes over £2,000 approved by the manager.', approach: 'Formal proposal with samples.' },
];

/** Three activities typed out of date order: the timeline puts them in order. */
const ACTIVITIES = [
  { date: '2027-02-08', channel: 'Tasting visit', message: 'Taste the new blend with your team.' },
  { date: '2027-01-11', channel: 'WhatsApp message', message: 'New blend arriving in February.' },
  { date: '2027-01-25', channel: 'Telephone call', message: 'Book a tasting visit.' },
];

const BARRIERS = [
  { barrier: 'Emotional: impatience on calls', explanation: 'I interrupt customers who repeat themselves.', overcome: 'Pause and summarise first; it works on most calls.' },
  { barrier: 'Team dynamics: shift handovers', explanation: 'Messages get lost between shifts.', overcome: 'A shared handover log; it needs checking daily.' },
  { barrier: 'Management style: slow sign-off', explanation: 'Letters wait a week for approval.', overcome: 'Pre-approved standard responses for common cases.' },
];

test('a learner builds a communication plan from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Ó Briain', learnerNumber: 'ISP-00912' });
  await page.goto('/');
  await pressButton(page, 'Start a new Communication plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Communication plan' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 9 checks met');
  // It opens on its task list: nothing started, nothing red, one obvious next step.
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
  await expect(page.getByText('Not yet started')).toHaveCount(SECTIONS.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start: The organisation' }).click();

  await typeInto(page.getByLabel('Organisation name'), 'Café Zoë Ltd');
  await typeInto(page.getByLabel('Sector'), 'Coffee roasting for cafés and hotels');
  await chooseByKeyboard(page.getByLabel('Own organisation or case study'), 'My own');
  await openTaskList(page);
  await expect(statusOf(page, 'The organisation')).toContainText('Completed');

  await openSection(page, 'Target audiences');
  for (const [i, audience] of AUDIENCES.entries()) {
    const group = page.getByRole('group', { name: `Audience ${i + 1}` });
    await typeInto(group.getByLabel('Type of audience'), audience.name);
    await typeInto(group.getByLabel('Who they are'), audience.who);
    await typeInto(group.getByLabel('What they need'), audience.needs);
    await typeInto(group.getByLabel('Channel preferences'), audience.channels);
    await typeInto(group.getByLabel('Legal factors'), audience.legal);
    await typeInto(group.getByLabel('Organisational factors'), audience.organisational);
    await typeInto(group.getByLabel('How you would approach them'), audience.approach);
  }
  // A third audience with the first one's name is explained at the field once the learner leaves it.
  await pressButton(page, 'Add an audience');
  const third = page.getByRole('group', { name: 'Audience 3' });
  await typeInto(third.getByLabel('Type of audience'), 'existing customers: CAFÉ OWNERS');
  await page.keyboard.press('Tab');
  await expect(third.getByText('Audience 1 has this name too: give each audience a name of its own.')).toBeVisible();
  // Removing a row with something written in it asks first.
  page.once('dialog', (dialog) => void dialog.accept());
  await pressButton(page, 'Remove audience 3');
  await expect(third).toHaveCount(0);
  await typeInto(page.getByLabel('How you would approach the audiences differently'), 'Cafés get quick personal messages; hotels get formal proposals.');
  await openTaskList(page);
  await expect(statusOf(page, 'Target audiences')).toContainText('Completed');

  await openSection(page, 'Communication plan and timeline');
  await chooseByKeyboard(page.getByLabel('The audience this plan is for'), 'Existing');
  for (const [i, activity] of ACTIVITIES.entries()) {
    const group = page.getByRole('group', { name: `Activity ${i + 1}` });
    // Date inputs take their value as yyyy-mm-dd; the order of typed segments depends on the browser's locale.
    await group.getByLabel('Date', { exact: true }).fill(activity.date);
    await typeInto(group.getByLabel('Channel'), activity.channel);
    await typeInto(group.getByLabel('Message'), activity.message);
    // Owner and measure are good practice: left empty, they do not hold the section back.
  }
  await expect(page.getByText('3 dated activities from 11 January 2027 to 8 February 2027, over 4 weeks.')).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveText([/^11 January 2027 · activity 2WhatsApp message/, /^25 January 2027 · activity 3Telephone call/, /^8 February 2027 · activity 1Tasting visit/]);
  await expect(page.getByText('Every planned activity has an owner and a way to measure its success: not yet')).toBeVisible();
  await openTaskList(page);
  await expect(statusOf(page, 'Communication plan and timeline')).toContainText('Completed');

  // Section by section with Next, by keyboard.
  await openSection(page, 'Communication plan and timeline');
  await page.getByRole('link', { name: /^Next: Your communication preferences/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your communication preferences');
  const ratings = page.getByRole('group', { name: 'Self-rating: which way do you lean?' }).getByRole('combobox');
  await expect(ratings).toHaveCount(8);
  for (const [i, rating] of ['1', '3', '4', '2', '3', '5', '2', '3'].entries()) await chooseByKeyboard(ratings.nth(i), rating);
  await expect(page.getByText('All 8 pairs rated. Your strongest preferences: writing it down (email, messages); talking and explaining.')).toBeVisible();
  await typeInto(page.getByLabel('What your ratings show about how you communicate'), 'I write when I should call, and talk more than I listen.');
  await typeInto(page.getByLabel('Areas to improve'), 'Calling customers; listening.');

  await openSection(page, 'Actions to improve');
  const first = page.getByRole('group', { name: 'Action 1' });
  await typeInto(first.getByLabel('What you will do'), 'Call customers about any complaint.');
  await chooseByKeyboard(first.getByLabel('With whom'), 'Customers');
  const second = page.getByRole('group', { name: 'Action 2' });
  await typeInto(second.getByLabel('What you will do'), 'Listen first in team meetings.');
  await chooseByKeyboard(second.getByLabel('With whom'), 'Colleagues');

  await openSection(page, 'Barriers and how to overcome them');
  for (const [i, barrier] of BARRIERS.entries()) {
    const group = page.getByRole('group', { name: `Barrier ${i + 1}` });
    await typeInto(group.getByLabel('The barrier'), barrier.barrier);
    await typeInto(group.getByLabel('How it gets in the way'), barrier.explanation);
    await typeInto(group.getByLabel('How it could be overcome, and how well'), barrier.overcome);
  }
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');
  await openTaskList(page);
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(SECTIONS.length);

  await page.reload();
  await openAllSections(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue('Café Zoë Ltd');
  await expect(page.getByRole('group', { name: 'Audience 2' }).getByLabel('Legal factors')).toHaveValue(AUDIENCES[1]!.legal);
  await expect(page.getByRole('group', { name: 'Audience 3' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Activity 1' }).getByLabel('Date', { exact: true })).toHaveValue('2027-02-08');
  await expect(ratings.nth(5)).toHaveValue('5');
  await expect(page.getByRole('group', { name: 'Action 2' }).getByLabel('With whom')).toHaveValue('colleagues');
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-O-Briain_L3B1_Communication-plan.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Ó Briain', 'Understand Sales Communication', 'Café Zoë Ltd', 'Target audiences (AC 3.1)',
    'AC 3.1 Evaluate the factors that impact on the selection of communication types for different target audiences.',
    'AC 3.2 Create a plan to communicate with a target audience.',
    'AC 3.3 Analyse own communication preferences to identify improvement areas and actions.',
    'AC 2.2 Explain barriers to effective communication. AC 2.3 Evaluate ways to overcome barriers to communication.',
    'Cafés get quick personal messages; hotels get formal proposals.',
    '3 dated activities from 11 January 2027 to 8 February 2027, over 4 weeks.',
    'Strongly: Talking and explaining', 'Call customers about any complaint.', 'Colleagues', '9 of 9 checks met.',
  ]) {
    expect(flat).toContain(expected);
  }
  for (const audience of AUDIENCES) for (const value of Object.values(audience)) expect(flat).toContain(value);
  for (const barrier of BARRIERS) for (const value of Object.values(barrier)) expect(flat).toContain(value);
  // The activities in date order in the PDF too.
  const at = (s: string) => flat.indexOf(s);
  expect(at('11 January 2027 WhatsApp message')).toBeGreaterThan(-1);
  expect(at('11 January 2027 WhatsApp message')).toBeLessThan(at('25 January 2027 Telephone call'));
  expect(at('25 January 2027 Telephone call')).toBeLessThan(at('8 February 2027 Tasting visit'));
});

test('the worked example opens in one click, passes an accessibility check, and gives its timeline as a CSV', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Communication plan' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(SECTIONS.length);
  await expect(page.locator('.progress-bar__count')).toContainText('9 of 9 checks met');
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue(/Tamar Print/);
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), 'Communication plan timeline');
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const text = readFileSync(await (await downloading).path(), 'utf8');
  const [, header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(header?.[0]).toBe('Date');
  expect(rows.map((row) => row[0])).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-15', '2027-03-01']);
});
