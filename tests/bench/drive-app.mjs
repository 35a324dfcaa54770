/**
 * How the bench (bench.mjs) and the profiler (profile.mjs) drive the built app in headless
 * Chromium, in one place so both measure the same clicks on the same documents.
 */
import { statSync } from 'node:fs';
import { createServer } from 'vite';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** A learner with no name is asked for it before the first PDF: give one, as a learner would once. */
export async function giveLearnerName(page, base) {
  await page.goto(`${base}/my-details`);
  await page.getByLabel('Your full name').fill('Bench Learner');
  await page.getByLabel('Your full name').blur();
  await page.waitForTimeout(500);
  // The first visit's service worker caches every file of the app in the background; timings
  // start once it has, as on every later visit, rather than racing its downloads.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** The home page's "Open the worked example" buttons, once they are there. */
export async function workedExampleButtons(page, base) {
  await page.goto(`${base}/`);
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  await buttons.first().waitFor();
  return buttons;
}

/** Opens the index-th worked example from the home page: its title and its export button. */
export async function openWorkedExample(page, base, index) {
  const buttons = await workedExampleButtons(page, base);
  await buttons.nth(index).click();
  const exportButton = page.getByRole('button', { name: 'Export PDF for my portfolio' });
  await exportButton.waitFor();
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  return { title, exportButton };
}

/** Presses `button` once: the time from the press to the download, and the file's size in bytes. */
export async function timeDownload(page, button) {
  const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
  const started = Date.now();
  await button.click();
  const download = await downloadPromise;
  const ms = Date.now() - started;
  return { ms, size: statSync(await download.path()).size };
}

/**
 * Presses `button` runs + 1 times: the first press's time apart (it loads the code and fonts), the
 * rest as `times`, and the last file's size in bytes.
 */
export async function timeDownloads(page, button, runs) {
  const { ms: firstMs } = await timeDownload(page, button);
  const times = [];
  let size = 0;
  for (let run = 0; run < runs; run += 1) {
    const result = await timeDownload(page, button);
    times.push(result.ms);
    size = result.size;
  }
  return { times, firstMs, size };
}

/** The portfolio page with every document ticked: its build button and how many documents. */
export async function openPackOfEverything(page, base) {
  await page.goto(`${base}/portfolio`);
  const choices = page.getByRole('group', { name: 'Documents to include' }).getByRole('checkbox');
  await choices.first().waitFor();
  const count = await choices.count();
  for (let index = 0; index < count; index += 1) await choices.nth(index).check();
  return { count, button: page.getByRole('button', { name: 'Build and download the portfolio pack' }) };
}

/** The big documents as a backup file, made by tests/bench/big-documents.ts through each worksheet's own model. */
export async function bigDocumentsBackup(root) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const documents = await server.ssrLoadModule('/tests/bench/big-documents.ts');
    return { text: await documents.bigDocumentsBackupText(), documents };
  } finally {
    await server.close();
  }
}

/** Restores the big documents on /backup, as a learner would. */
export async function restoreBigDocuments(page, base, text) {
  await page.goto(`${base}/backup`);
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({ name: 'big-documents.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('alert').filter({ hasText: 'Imported 2 documents' }).waitFor({ timeout: 60_000 });
}

/** About 100 words a minute: a key every 120 ms, so a slow key shows up in the next one too, as for a learner. */
export const KEY_GAP_MS = 120;
export const TYPED_PHRASE = ' then call the finance director to agree the budget';

/** The field typed into in each big document, and where it is. */
export function typingCases(documents) {
  return [
    {
      name: `Pipeline, ${documents.bigPipeline().prospects.length} prospects: a prospect's next action`,
      document: documents.BIG_PIPELINE_NAME,
      // The next actions are planned on the priorities page, beside each prospect's hours.
      section: 'priorities',
      // By name: role queries over a page this size take seconds each.
      field: (p) => p.locator('[name="prospects.249.nextAction"]'),
    },
    {
      name: 'Decision matrix, 10 options × 10 criteria: a cell\'s note',
      document: documents.BIG_MATRIX_NAME,
      section: 'matrix',
      field: (p) => p.locator('[name="cells.bench-option-10~bench-criterion-10.note"]'),
    },
  ];
}

/**
 * Opens the case's document on the field's own section page (the task list opens first), unfolds
 * its card if it is folded, and puts the caret at the end of the field. Returns the field.
 */
export async function openTypingField(page, base, typingCase) {
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: typingCase.document }).click();
  await page.locator('.task-list').waitFor({ timeout: 60_000 });
  await page.goto(`${page.url().replace(/\/$/, '')}/${typingCase.section}`);
  const field = typingCase.field(page);
  await field.waitFor({ state: 'attached', timeout: 60_000 });
  if (!(await field.isVisible())) await page.locator('fieldset', { has: field }).last().locator('.fold-button').first().click();
  await field.waitFor({ timeout: 60_000 });
  await field.click();
  await page.keyboard.press('End');
  return field;
}

/**
 * What is measured, per key: from the keydown event's own timestamp (when the browser received the
 * key, so time queued behind other work counts) to the end of the first frame painted after it.
 * A capturing keydown listener on the document runs before the app's handlers; its
 * requestAnimationFrame callback runs just before the next frame is painted, and a MessageChannel
 * message posted from there runs once that frame is done. Everything the app does for the key
 * (React's render, react-hook-form, validation, saving to localStorage) falls inside it.
 */
export function installKeyLatencyProbe() {
  window.__keyLatencies = [];
  // Once a page: a second listener would time every key twice.
  if (window.__keyLatencyProbe) return;
  window.__keyLatencyProbe = true;
  document.addEventListener(
    'keydown',
    (event) => {
      const pressedAt = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - pressedAt);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/**
 * Types a few keys, pauses (so the first key's one-off work is not counted), then types the phrase
 * with the probe listening; `during` wraps the measured typing (the profiler starts and stops
 * there). Returns each key's latency, after checking every character arrived.
 */
export async function typeAndMeasure(page, field, { label = 'the field', phrase = TYPED_PHRASE, during = (type) => type() } = {}) {
  const before = await field.inputValue();
  await page.evaluate(installKeyLatencyProbe);
  await page.keyboard.type(' ok', { delay: KEY_GAP_MS });
  await page.waitForTimeout(1000);
  await page.evaluate(() => { window.__keyLatencies = []; });
  await during(async () => {
    await page.keyboard.type(phrase, { delay: KEY_GAP_MS });
    await page.waitForFunction((n) => window.__keyLatencies.length >= n, phrase.length, { timeout: 60_000 });
  });
  const latencies = await page.evaluate(() => window.__keyLatencies);
  if ((await field.inputValue()) !== `${before} ok${phrase}`) throw new Error(`typing: the text did not arrive in full (${label})`);
  return latencies;
}

/**
 * Opens every worked example in turn from the home page, as the Lighthouse runs prepare their
 * browser: each one's title, its task list's path, and its first section page that evidences an AC
 * as a learner opens it from the task list (path and link text; null when it has none).
 */
export async function openEveryWorkedExample(page, base) {
  const count = await (await workedExampleButtons(page, base)).count();
  const opened = [];
  for (let index = 0; index < count; index += 1) {
    const { title } = await openWorkedExample(page, base, index);
    const section = page.locator('.task-list__item', { has: page.locator('.task-list__criteria') }).first().getByRole('link').first();
    const sectionPath = (await section.count()) > 0 ? await section.getAttribute('href') : null;
    opened.push({ title, path: new URL(page.url()).pathname, sectionPath, sectionName: sectionPath ? await section.innerText() : null });
  }
  return opened;
}
