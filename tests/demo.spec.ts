import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { enterLearnerDetails, openSection, pressButton, readPdf, typeInto, words } from './helpers';

const LEARNER = { name: 'Siobhán Ní Bhriain', learnerNumber: 'ISP-77310', centre: 'Galway Sales College', assessor: 'Kwame Mensah' };
const LEARNER_DOCUMENT = 'Siobhán’s own PESTLE for Harbour Bikes';
const LEARNER_ORGANISATION = 'Harbour Bikes Ltd';
const LEARNER_KEY = 'coursework-toolkit';
const DEMO_KEY = 'coursework-toolkit-class-demo';
const PRISTINE_ORGANISATION = 'Brightwave Home Energy Ltd (fictional case study)';
const TUTOR_ORGANISATION = 'Projector Test Cycles Ltd';
const WORKED_EXAMPLE_MARK = 'WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE';

const pixels = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
const localStorageNow = (page: Page) => page.evaluate(() => ({ ...window.localStorage }));
const demoSessionStorage = (page: Page) => page.evaluate((key) => window.sessionStorage.getItem(key), DEMO_KEY);

async function expectNoLearnerDetails(page: Page) {
  const body = page.locator('body');
  for (const text of [LEARNER.name, LEARNER.learnerNumber, LEARNER.centre, LEARNER.assessor, LEARNER_DOCUMENT, LEARNER_ORGANISATION]) {
    await expect(body).not.toContainText(text);
  }
  await expect(page.getByRole('link', { name: 'My details' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back up and restore' })).toHaveCount(0);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('a tutor runs the class demo on a learner’s browser, edits, exports and resets it, and leaves the learner’s work untouched', async ({
  page,
  context,
}) => {
  // A learner's own work and details in this browser.
  await enterLearnerDetails(page, LEARNER);
  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await typeInto(page.getByLabel('Document name'), LEARNER_DOCUMENT);
  await openSection(page, 'The organisation');
  await typeInto(page.getByLabel('Organisation name'), LEARNER_ORGANISATION);
  await page.goto('/');
  await expect(page.getByText(LEARNER_DOCUMENT)).toBeVisible();
  // The learner also has their own copy of the PESTLE worked example (added on their first visit), named as the demo's is.
  await expect(page.getByText('Worked example: Brightwave Home Energy')).toBeVisible();
  // The demo offers every worksheet's worked example: as many as the home page has worksheets.
  const homeExamples = page.getByRole('button', { name: /^Open the worked example of the / });
  await expect(homeExamples.first()).toBeVisible();
  // Every worksheet's, and the workbooks' worked examples listed under "Unit workbooks".
  const workbookExamples = page.getByRole('region', { name: 'Unit workbooks' }).getByRole('link', { name: /\(worked example\)$/ });
  const worksheetCount = (await homeExamples.count()) + (await workbookExamples.count());
  expect(worksheetCount).toBeGreaterThanOrEqual(10);
  const learnerRootPx = await pixels(page, 'html');
  const learnerLeadPx = await pixels(page, '.lead');
  const snapshot = await localStorageNow(page);
  expect(snapshot[LEARNER_KEY]).toContain(LEARNER.name);

  // The tutor enters the class demo from the home page, by keyboard.
  await page.getByRole('link', { name: 'Open the class demo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Class demo: the worked examples' })).toBeVisible();
  await expect(page.getByText('Class demo: nothing here is saved to anyone’s work.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open the worked example of the / })).toHaveCount(worksheetCount);
  await expectNoLearnerDetails(page);
  // Large type for a projector: at least 20 px at the root (16 px for a learner), and the lead text grows with it.
  expect(learnerRootPx).toBe(16);
  expect(await pixels(page, 'html')).toBeGreaterThanOrEqual(20);
  expect(await pixels(page, '.lead')).toBeGreaterThanOrEqual(learnerLeadPx * 1.25);
  await expectNoSeriousAxeViolations(page);

  // The tutor opens the PESTLE worked example and changes it live, on the learner's own worksheet page.
  await page.getByRole('link', { name: 'Open the worked example of the PESTLE builder' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Export PDF of this worked example' })).toBeVisible();
  await openSection(page, 'The organisation');
  const organisation = page.getByLabel('Organisation name');
  await expect(organisation).toHaveValue(PRISTINE_ORGANISATION);
  await typeInto(organisation, TUTOR_ORGANISATION);
  await expect(page.locator('.progress-bar__count')).toContainText(/of 6 checks met/);
  await expectNoLearnerDetails(page);
  await expectNoSeriousAxeViolations(page);

  // A reload in the same tab keeps the demo and its change.
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue(TUTOR_ORGANISATION);
  await expect(page.getByText('Class demo: nothing here is saved to anyone’s work.')).toBeVisible();
  expect(await demoSessionStorage(page)).toContain(TUTOR_ORGANISATION);

  // Another tab sees neither the change nor demo mode: the learner's own view, as it was.
  const otherTab = await context.newPage();
  await otherTab.goto('/demo/pestle/organisation');
  await expect(otherTab.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);
  await otherTab.goto('/');
  await expect(otherTab.getByText(LEARNER_DOCUMENT)).toBeVisible();
  await expect(otherTab.getByText('Class demo: nothing here is saved to anyone’s work.')).toHaveCount(0);
  expect(await pixels(otherTab, 'html')).toBe(16);
  await otherTab.close();

  // The PDF names the example learner, carries the tutor's change, and says it is a worked example.
  const download = page.waitForEvent('download');
  await pressButton(page, 'Export PDF of this worked example');
  const pdf = await readPdf(await download);
  expect((await download).suggestedFilename()).toMatch(/^Example-learner_L3B2_PESTLE-builder/);
  const text = words(pdf.text);
  expect(text).toContain('Learner Example learner');
  expect(text).toContain('Worked example for a class demonstration. This is not a learner’s evidence');
  expect(text).toContain(TUTOR_ORGANISATION);
  for (const pageText of pdf.text.split('\f').slice(0, pdf.pages)) expect(pageText).toContain(WORKED_EXAMPLE_MARK);
  for (const detail of Object.values(LEARNER)) expect(text).not.toContain(detail);
  await expect(page.getByRole('status').filter({ hasText: 'The PDF has been downloaded' })).toBeVisible();

  // One click resets every example; undo brings the change back; a second reset clears it for good.
  await pressButton(page, 'Reset all examples');
  await expect(page.getByRole('status').filter({ hasText: 'Every worked example is back as it was.' })).toBeVisible();
  await expect(page.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);
  await pressButton(page, 'Undo reset');
  await expect(page.getByLabel('Organisation name')).toHaveValue(TUTOR_ORGANISATION);
  await pressButton(page, 'Reset all examples');
  await expect(page.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);
  // Reset with nothing changed says so, and offers nothing to undo.
  await pressButton(page, 'Reset all examples');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing had been changed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);

  // Leaving returns to the learner's own view, unchanged, and forgets the demo.
  await pressButton(page, 'Leave class demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Your coursework worksheets' })).toBeVisible();
  await expect(page.getByText(LEARNER_DOCUMENT)).toBeVisible();
  await expect(page.getByRole('link', { name: 'My details' })).toBeVisible();
  await expect(page.getByText('Class demo: nothing here is saved to anyone’s work.')).toHaveCount(0);
  expect(await pixels(page, 'html')).toBe(16);
  expect(await demoSessionStorage(page)).toBeNull();
  const afterLeaving = await localStorageNow(page);
  expect(afterLeaving[LEARNER_KEY]).toBe(snapshot[LEARNER_KEY]);
  expect(afterLeaving).toEqual(snapshot);

  await page.goto('/my-details');
  await expect(page.getByLabel('Your full name')).toHaveValue(LEARNER.name);
  await expect(page.getByLabel('Learner number')).toHaveValue(LEARNER.learnerNumber);
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(LEARNER_DOCUMENT) }).first().click();
  await openSection(page, 'The organisation');
  await expect(page.getByLabel('Organisation name')).toHaveValue(LEARNER_ORGANISATION);
  expect((await localStorageNow(page))[LEARNER_KEY]).toBe(snapshot[LEARNER_KEY]);
});

test('a class demo left open in a tab until another day starts again from the pristine examples', async ({ page }) => {
  await page.goto('/demo/pestle/organisation');
  await expect(page.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);
  await typeInto(page.getByLabel('Organisation name'), TUTOR_ORGANISATION);
  await expect.poll(() => demoSessionStorage(page)).toContain(TUTOR_ORGANISATION);
  // The session as a browser restoring yesterday's tabs would bring it back.
  await page.evaluate((key) => {
    const stored = JSON.parse(window.sessionStorage.getItem(key) ?? '{}');
    stored.state.startedAt = new Date(Date.now() - 20 * 3_600_000).toISOString();
    window.sessionStorage.setItem(key, JSON.stringify(stored));
  }, DEMO_KEY);
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue(PRISTINE_ORGANISATION);
  // The new session is stored as the demo bar opens, which may be just after the page shows.
  await expect.poll(() => demoSessionStorage(page)).not.toContain(TUTOR_ORGANISATION);
  // Typing at once, while the session starts, is kept: starting it does not remount the page.
  await typeInto(page.getByLabel('Organisation name'), TUTOR_ORGANISATION);
  await expect.poll(() => demoSessionStorage(page)).toContain(TUTOR_ORGANISATION);
  await expect(page.getByLabel('Organisation name')).toHaveValue(TUTOR_ORGANISATION);
});
