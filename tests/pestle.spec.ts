import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, makeDocumentsOwnWork, openAllSections, openSection, openTaskList, pressButton, readPdf, typeInto, words, pressExport } from './helpers';

type ForceInput = { factor: string; evidence: string; impact: string; direction: 'Opportunity' | 'Threat'; impactRating: string; likelihood: string; timeFrame: string; sales: string };

const force = (name: string, n: number, direction: ForceInput['direction'] = 'Opportunity'): ForceInput => ({
  factor: `${name} factor ${n}`,
  evidence: `${name} source ${n}`,
  impact: `${name} impact on Café Zoë ${n}`,
  direction,
  impactRating: String((n % 5) + 1),
  likelihood: String(((n + 2) % 5) + 1),
  timeFrame: 'Short',
  sales: `${name} sales meaning ${n}`,
});

async function fillForce(page: Page, groupName: string, input: ForceInput, area?: string) {
  const group = page.getByRole('group', { name: groupName });
  if (area) await chooseByKeyboard(group.getByLabel('Area'), area);
  await typeInto(group.getByLabel(/^The (factor|force)$/), input.factor);
  await typeInto(group.getByLabel('Source or evidence'), input.evidence);
  await typeInto(group.getByLabel('Its impact on the organisation'), input.impact);
  await chooseByKeyboard(group.getByLabel('Opportunity or threat'), input.direction);
  await chooseByKeyboard(group.getByLabel('Impact (1–5)'), input.impactRating);
  await chooseByKeyboard(group.getByLabel('Likelihood (1–5)'), input.likelihood);
  await chooseByKeyboard(group.getByLabel('Time frame'), input.timeFrame);
  await typeInto(group.getByLabel('What it means for sales'), input.sales);
}

const HEADINGS = ['Political', 'Economic', 'Social', 'Technological', 'Legal', 'Environmental'];
const internalForces = [force('Internal', 1, 'Threat'), force('Internal', 2), force('Internal', 3)];
const externalForces = HEADINGS.map((h, i) => force(h, i + 1, i % 2 ? 'Threat' : 'Opportunity'));

test('a learner fills a PESTLE from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  await enterLearnerDetails(page, { name: 'Nguyễn Thị Minh Khai', learnerNumber: 'ISP-00421', centre: 'Łódź Sales Academy', assessor: 'José Álvarez' });

  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE builder' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 6 checks met');
  // It opens on its task list: nothing started, nothing red, one obvious next step.
  const tasks = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^1\. The organisation$/ }) });
  // The summary has only good practice, so it is optional.
  await expect(tasks.getByText('Not yet started')).toHaveCount(3);
  await expect(tasks.getByText('Optional')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start: The organisation' }).click();

  await typeInto(page.getByLabel('Organisation name'), 'Café Zoë Ltd');
  await typeInto(page.getByLabel('Sector'), 'Coffee shops');
  await chooseByKeyboard(page.getByLabel('Own organisation or case study'), 'My own');
  await typeInto(page.getByLabel('Time frame of the analysis'), 'Next 18 months');
  await typeInto(page.getByLabel('Short description'), 'Three cafés in Leeds.');
  await openTaskList(page);
  await expect(tasks.getByRole('listitem').first()).toContainText('Completed');
  // Section by section with Next, by keyboard.
  await page.getByRole('link', { name: 'Start: Internal forces' }).click();

  for (const [i, input] of internalForces.entries()) {
    await pressButton(page, 'Add an internal force');
    await fillForce(page, `Internal force ${i + 1}`, input, i === 0 ? 'Strategy' : undefined);
  }
  await page.getByRole('link', { name: /^Next: External forces/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('External forces');
  for (const [i, heading] of HEADINGS.entries()) {
    await pressButton(page, new RegExp(`^Add an? ${heading} factor$`));
    await fillForce(page, `${heading} factor 1`, externalForces[i]!);
  }
  await page.getByRole('link', { name: /^Next: Priorities and summary/ }).click();
  await typeInto(page.getByLabel('Key opportunities'), 'Opportunities summary: grants and tourism.');
  await typeInto(page.getByLabel('Key threats'), 'Threats summary: rents and wages.');
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');
  await expect(page.getByRole('table', { name: 'Forces ranked by priority' })).toContainText('Political factor 1');

  await page.reload();
  await openAllSections(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue('Café Zoë Ltd');
  const political = page.getByRole('group', { name: 'Political factor 1' });
  await expect(political.getByLabel('What it means for sales')).toHaveValue('Political sales meaning 1');
  await expect(political.getByLabel('Impact (1–5)')).toHaveValue(externalForces[0]!.impactRating);
  await expect(page.getByRole('group', { name: 'Internal force 1' }).getByLabel('Area')).toHaveValue('strategy');
  await expect(page.getByLabel('Key threats')).toHaveValue('Threats summary: rents and wages.');
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Nguyen-Thi-Minh-Khai_L3B2_PESTLE-builder.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Nguyễn Thị Minh Khai', 'ISP-00421', 'Łódź Sales Academy', 'José Álvarez', 'Café Zoë Ltd', 'Coffee shops',
    'Next 18 months', 'Three cafés in Leeds.', 'Describe the internal forces that impact on an organisation',
    'Describe the external forces that impact on an organisation', 'Conduct a PESTLE analysis for an organisation',
    'Understand Organisations', 'Opportunities summary: grants and tourism.', 'Threats summary: rents and wages.',
    'Declaration', 'Completeness check',
  ]) {
    expect(flat).toContain(expected);
  }
  for (const input of [...internalForces, ...externalForces]) {
    for (const value of [input.factor, input.evidence, input.impact, input.sales]) expect(flat).toContain(value);
  }
  expect(flat).toContain('6 of 6 checks the specification sets are met.');
});

test('the worked example opens in one click and passes an accessibility check', async ({ page }) => {
  await page.goto('/');
  const axeHome = await new AxeBuilder({ page }).analyze();
  expect(axeHome.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.getByRole('button', { name: 'Open the worked example of the PESTLE builder' }).click();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(3);
  const axeTasks = await new AxeBuilder({ page }).analyze();
  expect(axeTasks.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await openAllSections(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue(/Brightwave/);
  await expect(page.locator('.progress-bar__count')).toContainText('6 of 6 checks met');
  const axeDoc = await new AxeBuilder({ page }).analyze();
  expect(axeDoc.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Exported unchanged, it says on every page that it is the worked example, not evidence.
  const exportUnchanged = page.waitForEvent('download');
  await pressExport(page);
  const unchanged = await readPdf(await exportUnchanged);
  expect(unchanged.text).toContain('worked example, unchanged');
  expect(unchanged.rawText.split('WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE').length - 1).toBe(unchanged.pages);

  // Renamed, with one answer changed, it is still the worked example, and says how much is unchanged.
  await openTaskList(page);
  await typeInto(page.getByLabel('Document name'), 'My PESTLE');
  await openSection(page, 'The organisation');
  await typeInto(page.getByLabel('Organisation name'), 'Brightwave Solar (my version)');
  const exportRenamed = page.waitForEvent('download');
  await pressExport(page);
  const renamed = await readPdf(await exportRenamed);
  expect(words(renamed.text)).toContain('worked example, with 45 of its 46 answers unchanged');
  expect(renamed.rawText.split('WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE').length - 1).toBe(renamed.pages);

  // Once the learner has rewritten its answers, it is their own and the mark goes.
  await makeDocumentsOwnWork(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue('Brightwave Solar (my version) (mine)');
  const exportChanged = page.waitForEvent('download');
  await pressExport(page);
  const changed = await readPdf(await exportChanged);
  expect(changed.text).not.toContain('WORKED EXAMPLE');
  expect(changed.text).toContain('Brightwave Solar (my version)');
});

test('home page JavaScript carries no PDF or chart library', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your coursework worksheets' })).toBeVisible();
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.some((b) => b.includes('jsPDF'))).toBe(false);
  expect(bodies.some((b) => b.includes('recharts'))).toBe(false);
});
