import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, nextSection, openAllSections, openTaskList, pressButton, readPdf, taskListRow, typeInto, words } from './helpers';

const SECTIONS = ['Colleagues and stakeholders', 'Stakeholder map', 'Working relationships you developed', 'A relationship challenge you resolved'];

const PEOPLE = [
  { name: 'Priya Nair', role: 'Sales operations coordinator', needs: 'Complete orders before she books stock', expects: 'Orders in by 3 pm', example: 'A chair order sat two days in her queue' },
  { name: 'Gareth Lewis', role: 'Regional sales manager', needs: 'An accurate Friday forecast', expects: 'CRM notes the same day', example: 'He heard of a slipped order from the customer' },
  { name: 'Zoë Brennan', role: 'Workplace design consultant', needs: 'A clear brief and time to draw', expects: 'Requests through the design form', example: 'Her layouts won the dental refit' },
  { name: 'Tom Hughes', role: 'Warehouse supervisor', needs: 'Access details for every delivery', expects: 'No same-day changes', example: 'A delivery failed when the lift was out' },
  { name: 'Helen Carter', role: 'Facilities manager, Avon Vale College', needs: 'Installation in the holidays', expects: 'Written quotes for the governors', example: 'She asked for three priced options' },
];
// Influence and interest for each person, in the order above.
const RATINGS = [['3', '4'], ['5', '5'], ['3', '3'], ['4', '2'], ['5', '4']] as const;

test('a learner fills the relationship log from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00778', centre: 'Northgate College', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Relationship log');
  await expect(page.getByRole('heading', { level: 1, name: 'Relationship log' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 6 checks met');
  for (const title of [SECTIONS[0]!, SECTIONS[2]!, SECTIONS[3]!]) await expect(taskListRow(page, SECTIONS, title)).toContainText('Not yet started');
  // The map has good practice only: it never blocks "complete".
  await expect(taskListRow(page, SECTIONS, SECTIONS[1]!)).toContainText('Optional');
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();
  await expect(page.getByRole('complementary', { name: 'What this log does not cover' })).toContainText('This log does not cover AC 2.2 (Perform under pressure as part of a team to progress sales). Why: the assessor needs evidence of how you actually performed under pressure');

  // AC 1.1, 1.2 and 2.1: three colleagues in different roles and two stakeholders.
  await typeInto(page.getByLabel('Your organisation'), 'Harbour Lane Office Furniture');
  await typeInto(page.getByLabel('Your role'), 'Account executive');
  for (const [i, p] of PEOPLE.entries()) {
    const group = page.getByRole('group', { name: `Person ${i + 1}` });
    await typeInto(group.getByLabel('Name'), p.name);
    // A second colleague in the same role counts once, said at the field once the learner moves on.
    await typeInto(group.getByLabel('Their role'), i === 2 ? PEOPLE[1]!.role : p.role);
    await typeInto(group.getByLabel('What they need from you'), p.needs);
    await typeInto(group.getByLabel('What they expect of you'), p.expects);
    await typeInto(group.getByLabel('A supporting example'), p.example);
  }
  const third = page.getByRole('group', { name: 'Person 3' });
  await expect(third.getByText('Gareth Lewis has this role too: the guidance asks for colleagues in different roles, so they count once.')).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('1 of 6 checks met');
  await typeInto(third.getByLabel('Their role'), PEOPLE[2]!.role);
  await expect(third.getByText(/has this role too/)).toHaveCount(0);
  await expect(page.locator('.progress-bar__count')).toContainText('2 of 6 checks met');
  for (const i of [1, 4]) {
    await page.getByRole('group', { name: `Person ${i}` }).getByLabel('I work with them now').focus();
    await page.keyboard.press('Space');
  }
  await expect(page.locator('.progress-bar__count')).toContainText('3 of 6 checks met');
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS, SECTIONS[0]!)).toContainText('Completed');
  await page.getByRole('link', { name: `Start: ${SECTIONS[2]}` }).click();
  await page.getByRole('link', { name: /^Previous: Stakeholder map/ }).click();

  // The map: each person rated, drawn and tabled.
  for (const [i, p] of PEOPLE.entries()) {
    const group = page.getByRole('group', { name: p.name });
    await chooseByKeyboard(group.getByLabel('Influence over your sales'), RATINGS[i]![0]);
    await chooseByKeyboard(group.getByLabel('Interest in your work'), RATINGS[i]![1]);
    await chooseByKeyboard(group.getByLabel('Your relationship now'), i === 2 ? 'Developing' : 'Good');
    await typeInto(group.getByLabel('How you will communicate with them'), `Talk to ${p.name} weekly`);
  }
  await expect(page.getByRole('img', { name: /^Stakeholder map: each person placed by their interest/ })).toBeVisible();
  const mapTable = page.getByRole('table', { name: 'The stakeholder map as a table' });
  await expect(mapTable.getByRole('row').nth(4)).toContainText('Tom Hughes42Keep satisfied');
  await typeInto(page.getByLabel('What the map tells you'), 'Gareth and Helen matter most');
  await expect(page.locator('.progress-bar__count')).toContainText('3 of 6 checks met');

  // AC 2.3: two relationships with dated evidence; a date after today is explained at the field.
  await nextSection(page, SECTIONS[2]!);
  for (const [i, [who, date]] of [['Priya', '2026-09-07'], ['Tom', '2099-01-05']].entries()) {
    const relationship = page.getByRole('group', { name: `Relationship ${i + 1}`, exact: true });
    await chooseByKeyboard(relationship.getByLabel('The person'), who!);
    const entry = page.getByRole('group', { name: `Relationship ${i + 1}: entry 1` });
    await entry.getByLabel('Date').fill(date!);
    await chooseByKeyboard(entry.getByLabel('Kind of evidence'), i ? 'A sale' : 'Email');
    await typeInto(entry.getByLabel('What you did'), `Agreed a checklist with ${who}`);
    await typeInto(entry.getByLabel('The evidence, and where the assessor finds it'), `Email thread with ${who}, item E${i + 1}`);
    await typeInto(entry.getByLabel('What came of it'), `Orders with ${who} went through first time`);
  }
  const late = page.getByRole('group', { name: 'Relationship 2: entry 1' });
  await expect(late.getByText(/5 January 2099 is after today/)).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('3 of 6 checks met');
  await late.getByLabel('Date').fill('2026-09-14');
  await expect(late.getByText(/is after today/)).toHaveCount(0);
  await expect(page.locator('.progress-bar__count')).toContainText('4 of 6 checks met');

  // AC 2.4: the challenge, and who can confirm it.
  await nextSection(page, SECTIONS[3]!);
  const challenge = page.getByRole('group', { name: 'Challenge 1' });
  await chooseByKeyboard(challenge.getByLabel('The colleague'), 'Zoë');
  await challenge.getByLabel('When it happened').fill('2026-09-22');
  await typeInto(challenge.getByLabel('What happened'), 'I promised drawings without asking Zoë');
  await typeInto(challenge.getByLabel('The actions you took to resolve it'), 'Apologised in private and agreed a booking form');
  await typeInto(challenge.getByLabel('How it turned out'), 'The customer accepted the new date');
  await expect(page.locator('.progress-bar__count')).toContainText('5 of 6 checks met');
  await typeInto(challenge.getByLabel('Their name'), 'Gareth Lewis');
  await chooseByKeyboard(challenge.getByLabel('Their role'), 'My line');
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');
  await openTaskList(page);
  for (const title of [SECTIONS[0]!, SECTIONS[2]!, SECTIONS[3]!]) await expect(taskListRow(page, SECTIONS, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByRole('group', { name: 'Person 3' }).getByLabel('Their role')).toHaveValue(PEOPLE[2]!.role);
  await expect(page.getByRole('group', { name: 'Person 4' }).getByLabel('I work with them now')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Tom Hughes' }).getByLabel('Influence over your sales')).toHaveValue('4');
  await expect(page.getByRole('group', { name: 'Relationship 2: entry 1' }).getByLabel('Date')).toHaveValue('2026-09-14');
  await expect(page.getByRole('group', { name: 'Challenge 1' }).getByLabel('Their role')).toHaveValue('line-manager');
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3L1_Relationship-log.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00778', 'Developing Relationships', 'Harbour Lane Office Furniture',
    'AC 1.1 Describe the needs and expectations of colleagues in a sales team',
    'AC 1.2 Explain the needs and expectations of other stakeholders',
    'AC 2.3 Maintain productive and professional relationships',
    'AC 2.4 Resolve relationship challenges in a professional manner',
    'AC 2.2 (Perform under pressure as part of a team to progress sales) is not evidenced by this log. Why:',
    ...PEOPLE.flatMap((p) => [p.name, p.needs]),
    'The stakeholder map as a table', 'Keep satisfied (high influence, lower interest)', 'Gareth and Helen matter most',
    'Agreed a checklist with Tom', '14 September 2026', 'A sale made by working together',
    'Apologised in private and agreed a booking form', 'Confirmation that the situation took place (AC 2.4)', 'Gareth Lewis', 'My line manager', 'Witness’s signature',
    'Declaration', '6 of 6 checks the specification sets are met.',
  ]) {
    expect(flat).toContain(expected);
  }
});

test('the worked example opens in one click, passes an accessibility check and offers its tables for a spreadsheet', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Relationship log' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(3);
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');
  await expect(page.getByRole('img', { name: /^Stakeholder map: each person placed/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Good practice' }).first()).toContainText('beyond the specification: not needed to complete this worksheet');
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // The map's figures go to a spreadsheet as numbers.
  await page.getByText('Tables for a spreadsheet (CSV)').focus();
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), 'Colleagues');
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Person,Kind,Role,What they need,What they expect,Example,I work with them now,Influence (1-5),Interest (1-5),Where on the map');
  expect(csv).toContain('4,2,"Keep satisfied (high influence, lower interest)",Strong');

  // The Units page lists the log against L3L1 with the AC it serves (2.2 is left to other evidence).
  await page.goto('/units');
  await expect(page.getByRole('row', { name: /L3L1 Developing Relationships/ })).toContainText('Relationship log (AC 1.1, 1.2, 2.1, 2.3, 2.4)');
});
