import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 17's measure of a short page: with each worked example, no section page is taller than
 * 3,000 px on a 1366×768 laptop or 6,000 px on a 390×844 phone (the review page may be long).
 * Each worked example is opened as a learner opens it (the class demo's larger type is for a
 * projector, not this measure): the worksheets' from the home page, the workbooks' by address.
 */
const LIMITS = [
  { width: 1366, height: 768, most: 3000 },
  { width: 390, height: 844, most: 6000 },
] as const;

/** How to open one worked example: a button on the home page, or a workbook's address. */
type Opener = { worksheet: string } | { workbook: string };

async function heightAt(page: Page, width: number, height: number): Promise<number> {
  await page.setViewportSize({ width, height });
  // Charts are drawn a moment after the page and redrawn on resize: measure once none is waiting.
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  await page.waitForTimeout(300);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

async function openers(page: Page): Promise<Opener[]> {
  await page.goto('/');
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  await buttons.first().waitFor();
  const worksheets = (await buttons.evaluateAll((all) => all.map((b) => b.textContent ?? ''))).map((text) => text.replace(/^Open the worked example of the /, '').trim());
  await page.goto('/demo');
  await expect(page.getByRole('link', { name: /^Open the worked example of the / }).first()).toBeVisible();
  const workbooks = await page.locator('a[href^="/demo/workbook-"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.replace('/demo/workbook-', '')))]);
  return [...worksheets.map((worksheet) => ({ worksheet })), ...workbooks.map((workbook) => ({ workbook }))];
}

async function open(page: Page, opener: Opener) {
  await page.setViewportSize({ width: 1366, height: 768 });
  if ('workbook' in opener) await page.goto(`/workbooks/${opener.workbook}/example`);
  else {
    await page.goto('/');
    await page.getByRole('button', { name: `Open the worked example of the ${opener.worksheet}`, exact: true }).click();
  }
  await page.locator('.task-list a').first().waitFor();
}

for (const part of [0, 1, 2]) {
  test(`no section page of a worked example is taller than 3,000 px on a laptop or 6,000 px on a phone (part ${part + 1} of 3)`, async ({ page }) => {
    test.setTimeout(300_000);
    const all = await openers(page);
    expect(all.length).toBeGreaterThanOrEqual(16);
    for (const opener of all.filter((_, index) => index % 3 === part)) {
      await open(page, opener);
      const sections = await page.locator('.task-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const section of sections) {
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.goto(section);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        for (const { width, height, most } of LIMITS) {
          const tall = await heightAt(page, width, height);
          expect.soft(tall, `${JSON.stringify(opener)} ${section.split('/').pop()} is ${tall} px tall at ${width} px wide`).toBeLessThanOrEqual(most);
        }
      }
    }
  });
}
