import { expect, test } from '@playwright/test';
import { openAllSections, pressButton, readPdf, typeInto, words, pressExport } from './helpers';

const MARKUP = '<img src=x onerror="window.__pwned=1"><b>bold?</b> & <script>window.__pwned=2</script>';
const MIXED = 'Zoë 👩‍💼 sells to مكتبة النور (Cairo) — “quotes”';
/** Very long answers, as long as each field allows: numbered sentences, so a line lost at a page break is noticed. */
const sentences = (count: number, topic: string) =>
  Array.from({ length: count }, (_, i) => `Sentence ${i + 1} of the ${topic} answer.`).join(' ');
const LONG_IMPACT = sentences(140, 'impact'); // under the 5,000 characters the field takes
const LONG_SUMMARY = sentences(270, 'summary'); // under 10,000

test('markup, emoji, right-to-left and very long answers show as text on the page and in the PDF', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await openAllSections(page);
  await typeInto(page.getByLabel('Organisation name'), MIXED);
  await pressButton(page, 'Add a Political factor');
  const political = page.getByRole('group', { name: 'Political factor 1' });
  await typeInto(political.getByLabel('The factor'), MARKUP);
  await political.getByLabel('Impact (1–5)').selectOption('4');
  await political.getByLabel('Likelihood (1–5)').selectOption('3');
  await political.getByLabel('Its impact on the organisation').fill(LONG_IMPACT);
  await page.getByLabel('Key opportunities').fill(LONG_SUMMARY);

  // The ranked table shows the markup as the words typed, not as elements.
  const ranked = page.getByRole('table', { name: 'Forces ranked by priority' });
  await expect(ranked).toContainText(MARKUP);
  expect(await ranked.locator('img, b, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue(MIXED);
  await expect(page.getByRole('group', { name: 'Political factor 1' }).getByLabel('The factor')).toHaveValue(MARKUP);
  await expect(page.getByRole('group', { name: 'Political factor 1' }).getByLabel('Its impact on the organisation')).toHaveValue(LONG_IMPACT);
  await expect(page.getByLabel('Key opportunities')).toHaveValue(LONG_SUMMARY);

  const download = page.waitForEvent('download');
  await pressExport(page);
  const { rawText, pages } = await readPdf(await download);
  const flat = words(rawText);
  // A wrapped line may break inside the markup, so compare without white space.
  expect(flat.replace(/\s/g, '')).toContain(MARKUP.replace(/\s/g, ''));
  expect(flat).toContain('Zoë');
  expect(flat).toContain('(Cairo) — “quotes”');
  // Arabic is shaped for print; folded back to plain letters, both words are there.
  const folded = flat.normalize('NFKC');
  expect(folded).toContain('مكتبة');
  expect(folded).toContain('النور');
  // The emoji prints as text from the emoji font, fetched for this export: no replacement mark.
  expect(flat).toContain('Zoë 👩\u200d💼 sells to');
  expect(flat).not.toContain('\ufffd');
  expect(pages).toBeGreaterThan(1);
  // Every sentence of both long answers is in the PDF, in order, whatever page it fell on.
  const numbersOf = (topic: string) => [...flat.matchAll(new RegExp(`Sentence (\\d+) of the ${topic} answer\\.`, 'g'))].map((m) => Number(m[1]));
  expect(numbersOf('impact')).toEqual(Array.from({ length: 140 }, (_, i) => i + 1));
  expect(numbersOf('summary')).toEqual(Array.from({ length: 270 }, (_, i) => i + 1));
  expect(dialogs).toBe(0);
});

test('emoji print as text in a PDF exported offline, from the font the service worker kept', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByText('The toolkit also works offline in this browser.')).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await pressButton(page, 'Start a new PESTLE builder');
  await openAllSections(page);
  await typeInto(page.getByLabel('Organisation name'), 'Offline 🚀 launch ✅ done');
  const download = page.waitForEvent('download');
  await pressExport(page);
  const { rawText } = await readPdf(await download);
  expect(words(rawText)).toContain('Offline 🚀 launch ✅ done');
  expect(rawText).not.toContain('\ufffd');
});
