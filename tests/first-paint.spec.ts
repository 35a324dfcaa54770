import { expect, test, type Page } from '@playwright/test';

/**
 * Opening the app shows the page with everything else, never "Loading…" first: React holds a page
 * back for at least 300 ms after any "Loading…" it showed, so a page whose code is at hand loads
 * before the first render (src/app/lazy-page.tsx).
 */

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
