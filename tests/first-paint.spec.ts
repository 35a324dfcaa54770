import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Opening the app shows the page with everything else, never "Loading…" first: React holds a page
 * back for at least 300 ms after any "Loading…" it showed, so a page whose code is at hand loads
 * before the first render (src/app/lazy-page.tsx).
 */

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
const readerFile = manifest['src/storage/store-reader.ts']?.file;

// Requests a service worker answers never reach page.route; a test here holds back one file.
test.use({ serviceWorkers: 'block' });

/** Notes, from before the app's first script runs, whether a "Loading…" page ever reached the screen. */
async function watchForLoadingPage(page: Page) {
  await page.addInitScript(() => {
    const seen = { loading: false };
    (window as unknown as { loadingSeen: typeof seen }).loadingSeen = seen;
    new MutationObserver(() => {
      // The page's own Suspense says "Loading…"; a document page's "Opening “…”…" is its own later step.
      if ([...document.querySelectorAll('.page-loading')].some((element) => element.textContent === 'Loading…')) seen.loading = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

const wasLoadingSeen = (page: Page) => page.evaluate(() => (window as unknown as { loadingSeen: { loading: boolean } }).loadingSeen.loading);

test('the home page and a document page open whole, with no "Loading…" first', async ({ page }) => {
  await watchForLoadingPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your coursework worksheets' })).toBeVisible();
  expect(await wasLoadingSeen(page)).toBe(false);

  // A worked example, opened and then reopened from its address, as a bookmark or a reload does.
  await page.getByRole('button', { name: 'Open the worked example of the PESTLE builder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PESTLE');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PESTLE');
  expect(await wasLoadingSeen(page)).toBe(false);
});

/** Sums the page's layout shifts from before its first script runs, as Lighthouse's CLS does for a load. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const total = { shift: 0 };
    (window as unknown as { layoutShift: typeof total }).layoutShift = total;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) total.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: { shift: number } }).layoutShift.shift);

test('a returning learner’s home page does not jump as their documents are read', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  for (const title of ['PESTLE builder', 'SMART objective writer', 'Weighted decision matrix', 'Stress baseline tracker']) {
    await page.goto('/');
    await page.getByRole('button', { name: `Open the worked example of the ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title.split(' ')[0]!);
  }
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Worked example/ })).toHaveCount(4);
  // A new tab, so the page opens at its top (a reload keeps the place scrolled to).
  const returning = await page.context().newPage();
  await returning.setViewportSize({ width: 1350, height: 940 });
  await watchLayoutShift(returning);
  // The code that reads saved work arriving a little after the page's own, as on a slow laptop.
  expect(readerFile, 'the build has a chunk for src/storage/store-reader.ts').toBeTruthy();
  await returning.route(`**/${readerFile}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await returning.goto('/');
  await expect(returning.getByRole('link', { name: /Worked example/ })).toHaveCount(4);
  // Lighthouse counts a shift under 0.1 as good; the lists filling in above the worksheets made 0.38.
  expect(await layoutShift(returning)).toBeLessThan(0.01);
});
