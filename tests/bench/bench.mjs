#!/usr/bin/env node
/**
 * npm run bench: measures the built app, served locally and driven in headless Chromium, and writes
 * tests/bench/results/bench.json and bench.md.
 *
 * - gzip JavaScript per route, beside a bare Vite + React page built the same way (the floor);
 * - per worksheet's worked example: PDF build time (median of runs) and size, and the same page
 *   exported the screenshot way (html2canvas + jspdf), measured in the same run, as ratios;
 * - key-press to screen latency while typing in a pipeline of 500 prospects and a ten-by-ten
 *   decision matrix (median and 95th percentile per key);
 * - a portfolio pack of every worked example: build time (median of runs after the first) and size;
 * - Lighthouse performance and accessibility for every route: each worked example's task list and
 *   its first section page that evidences an AC, as well as the shell's pages.
 * Timings are reported, never asserted: they depend on the machine.
 *
 * BENCH_ONLY picks sections, comma-separated: js, pdf, typing, lighthouse (e.g. BENCH_ONLY=typing).
 * A partial run prints its tables and writes them beside the system's temp files, leaving
 * results/bench.json and bench.md to full runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { measureRoutes } from '../budgets/check-budgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const resultsDir = join(here, 'results');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PDF_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const base = `http://localhost:${PORT}`;
const SECTIONS = ['js', 'pdf', 'typing', 'lighthouse'];
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : SECTIONS;
for (const section of only) {
  if (!SECTIONS.includes(section)) throw new Error(`BENCH_ONLY: unknown section "${section}"; choose from ${SECTIONS.join(', ')}`);
}
const runs = (section) => only.includes(section) && !(section === 'lighthouse' && process.env.BENCH_SKIP_LIGHTHOUSE === '1');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const log = (...args) => console.error('[bench]', ...args);

async function bareReactFloorKb() {
  const outDir = mkdtempSync(join(tmpdir(), 'bare-react-'));
  await build({
    root: join(here, 'bare'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const assets = join(outDir, 'assets');
  const bytes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
  return kb(bytes);
}

/**
 * Presses `button` PDF_RUNS + 1 times, each time from the press to the download: the first press's
 * time apart (it loads the code and fonts), the rest as `times`, and the last file's size in bytes.
 */
async function timeDownloads(page, button) {
  const times = [];
  let firstMs = 0;
  let size = 0;
  for (let run = 0; run <= PDF_RUNS; run += 1) {
    const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
    const started = Date.now();
    await button.click();
    const download = await downloadPromise;
    const ms = Date.now() - started;
    size = statSync(await download.path()).size;
    if (run === 0) firstMs = ms;
    else times.push(ms);
  }
  return { times, firstMs, size };
}

async function measurePdfs(browser) {
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  // A learner with no name is asked for it before the first PDF: give one, as a learner would once.
  await page.goto(`${base}/my-details`);
  await page.getByLabel('Your full name').fill('Bench Learner');
  await page.getByLabel('Your full name').blur();
  await page.waitForTimeout(500);
  await page.goto(`${base}/`);
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  await buttons.first().waitFor();
  const names = await buttons.allInnerTexts();
  const results = [];
  for (let index = 0; index < names.length; index += 1) {
    await page.goto(`${base}/`);
    await buttons.nth(index).click();
    const exportButton = page.getByRole('button', { name: 'Export PDF for my portfolio' });
    await exportButton.waitFor();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    log(`PDF: ${title}`);
    // The first export also loads jspdf and the fonts; it is reported on its own.
    const { times, firstMs, size } = await timeDownloads(page, exportButton);
    // The screenshot way, on the same page: html2canvas over the page, one PNG per A4 page in jspdf.
    await page.addScriptTag({ path: join(root, 'node_modules/html2canvas/dist/html2canvas.min.js') });
    await page.addScriptTag({ path: join(root, 'node_modules/jspdf/dist/jspdf.umd.min.js') });
    const shots = [];
    for (let run = 0; run < Math.max(1, Math.ceil(PDF_RUNS / 2)); run += 1) {
      shots.push(
        await page.evaluate(async () => {
          const started = performance.now();
          const target = document.querySelector('main');
          const canvas = await window.html2canvas(target, { scale: 2, logging: false });
          const pdf = new window.jspdf.jsPDF({ unit: 'mm', format: 'a4' });
          const pageHeightPx = Math.floor((canvas.width * 297) / 210);
          for (let top = 0, n = 0; top < canvas.height; top += pageHeightPx, n += 1) {
            const slice = document.createElement('canvas');
            slice.width = canvas.width;
            slice.height = Math.min(pageHeightPx, canvas.height - top);
            slice.getContext('2d').drawImage(canvas, 0, -top);
            if (n > 0) pdf.addPage();
            pdf.addImage(slice.toDataURL('image/png'), 'PNG', 0, 0, 210, (slice.height * 210) / canvas.width);
          }
          const blob = pdf.output('blob');
          return { ms: performance.now() - started, bytes: blob.size };
        }),
      );
    }
    const pdfMs = median(times);
    const shotMs = median(shots.map((s) => s.ms));
    const shotBytes = median(shots.map((s) => s.bytes));
    results.push({
      worksheet: title,
      pdfMedianMs: Math.round(pdfMs),
      pdfFirstExportMs: firstMs,
      pdfKb: kb(size),
      screenshotMedianMs: Math.round(shotMs),
      screenshotKb: kb(shotBytes),
      timeRatio: Math.round((pdfMs / shotMs) * 100) / 100,
      sizeRatio: Math.round((size / shotBytes) * 1000) / 1000,
    });
  }
  const pack = await measurePack(page);
  await context.close();
  return { documents: results, pack };
}

/** A portfolio pack of every worked example opened above: wall time from the press to the download. */
async function measurePack(page) {
  await page.goto(`${base}/portfolio`);
  const choices = page.getByRole('group', { name: 'Documents to include' }).getByRole('checkbox');
  await choices.first().waitFor();
  const count = await choices.count();
  for (let index = 0; index < count; index += 1) await choices.nth(index).check();
  const button = page.getByRole('button', { name: 'Build and download the portfolio pack' });
  const { times, firstMs, size } = await timeDownloads(page, button);
  log(`pack of ${count} documents: median ${median(times)} ms`);
  return { documents: count, medianMs: Math.round(median(times)), firstMs, kb: kb(size) };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round1 = (ms) => Math.round(ms * 10) / 10;

/** The big documents as a backup file, made by tests/bench/big-documents.ts through each worksheet's own model. */
async function bigDocumentsBackup() {
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

/**
 * What is measured, per key: from the keydown event's own timestamp (when the browser received the
 * key, so time queued behind other work counts) to the end of the first frame painted after it.
 * A capturing keydown listener on the document runs before the app's handlers; its
 * requestAnimationFrame callback runs just before the next frame is painted, and a MessageChannel
 * message posted from there runs once that frame is done. Everything the app does for the key
 * (React's render, react-hook-form, validation, saving to localStorage) falls inside it.
 */
function installKeyLatencyProbe() {
  window.__keyLatencies = [];
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

/** A learner restores the big documents on /backup, then types into one field of each. */
async function measureTyping(browser) {
  log('typing: building the big documents');
  const { text, documents } = await bigDocumentsBackup();
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/backup`);
  await page.getByLabel('Choose a backup file (.json)').setInputFiles({ name: 'big-documents.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('alert').filter({ hasText: 'Imported 2 documents' }).waitFor({ timeout: 60_000 });

  // About 100 words a minute: a key every 120 ms, so a slow key shows up in the next one too, as for a learner.
  const KEY_GAP_MS = 120;
  const phrase = ' then call the finance director to agree the budget';
  const cases = [
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
  const results = [];
  for (const typingCase of cases) {
    log(`typing: ${typingCase.name}`);
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: typingCase.document }).click();
    // The field's own section page (the task list opens first), and its card opened if it is folded.
    await page.locator('.task-list').waitFor({ timeout: 60_000 });
    await page.goto(`${page.url().replace(/\/$/, '')}/${typingCase.section}`);
    const field = typingCase.field(page);
    await field.waitFor({ state: 'attached', timeout: 60_000 });
    if (!(await field.isVisible())) await page.locator('fieldset', { has: field }).last().locator('.fold-button').first().click();
    await field.waitFor({ timeout: 60_000 });
    await field.click();
    await page.keyboard.press('End');
    const before = await field.inputValue();
    await page.evaluate(installKeyLatencyProbe);
    // A few keys first, then a pause, so the first key's one-off work is not counted.
    await page.keyboard.type(' ok', { delay: KEY_GAP_MS });
    await page.waitForTimeout(1000);
    await page.evaluate(() => { window.__keyLatencies = []; });
    await page.keyboard.type(phrase, { delay: KEY_GAP_MS });
    await page.waitForFunction((n) => window.__keyLatencies.length >= n, phrase.length, { timeout: 60_000 });
    const latencies = await page.evaluate(() => window.__keyLatencies);
    if ((await field.inputValue()) !== `${before} ok${phrase}`) throw new Error(`typing: the text did not arrive in full (${typingCase.name})`);
    results.push({
      case: typingCase.name,
      keys: latencies.length,
      medianMs: round1(median(latencies)),
      p95Ms: round1(percentile(latencies, 95)),
      maxMs: round1(Math.max(...latencies)),
    });
  }
  await context.close();
  return results;
}

/** Lighthouse against each route, with worksheet documents made first in the same browser profile. */
async function lighthouseScores(browser) {
  const routes = [
    { name: 'Home page', path: '/' },
    { name: 'My details', path: '/my-details' },
    { name: 'Back up and restore', path: '/backup' },
    { name: 'Units', path: '/units' },
    { name: 'Portfolio pack', path: '/portfolio' },
    { name: 'Open a shared worksheet', path: '/open' },
    { name: 'Class demo', path: '/demo' },
    { name: 'Class demo: PESTLE worked example', path: '/demo/pestle' },
  ];
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROME, args: CHROME_ARGS });
  const page = await context.newPage();
  // A learner with no name is asked for it before the first PDF: give one, as a learner would once.
  await page.goto(`${base}/my-details`);
  await page.getByLabel('Your full name').fill('Bench Learner');
  await page.getByLabel('Your full name').blur();
  await page.waitForTimeout(500);
  await page.goto(`${base}/`);
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  await buttons.first().waitFor();
  const count = await buttons.count();
  for (let index = 0; index < count; index += 1) {
    await page.goto(`${base}/`);
    await buttons.nth(index).click();
    await page.getByRole('button', { name: 'Export PDF for my portfolio' }).waitFor();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    routes.push({ name: `Worksheet: ${title}`, path: new URL(page.url()).pathname });
    // Its first section page that evidences an AC, as a learner opens it from the task list.
    const section = page.locator('.task-list__item', { has: page.locator('.task-list__criteria') }).first().getByRole('link').first();
    const href = (await section.count()) > 0 ? await section.getAttribute('href') : null;
    if (href) routes.push({ name: `Worksheet section: ${title} (${await section.innerText()})`, path: href });
  }
  await context.close();
  void browser;

  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    userDataDir: profile,
    chromeFlags: CHROME_ARGS,
  });
  const scores = [];
  try {
    for (const route of routes) {
      log(`Lighthouse: ${route.name}`);
      const result = await lighthouse(`${base}${route.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'simulate',
      });
      const categories = result?.lhr.categories ?? {};
      scores.push({
        route: route.name,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

/** The commit measured, with "+ changes" when the working tree differs from it. */
function commitMeasured() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const isDirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root }).toString().trim() !== '';
    return isDirty ? `${commit} + changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const isAddedToPage = (route) => route.startsWith('Worksheet charts: ') || route.startsWith('Worksheet on demand: ');

function markdown(report) {
  const lines = [];
  lines.push(`Measured ${report.measuredAt} on ${report.machine}, at commit ${report.commit}.`);
  if (report.javascript) {
    lines.push('', '| Route | JS (gzip KB) | × bare React |', '|---|---:|---:|');
    for (const r of report.javascript.routes) lines.push(`| ${r.route} | ${isAddedToPage(r.route) ? `+${r.gzipKb}` : r.gzipKb} | ${r.timesBare ?? '–'} |`);
    lines.push(`| Bare Vite + React page (floor) | ${report.javascript.bareReactKb} | 1 |`);
  }
  if (report.pdf) {
    lines.push('', '| Worked example | PDF median (ms) | first export (ms) | PDF KB | screenshot way (ms) | screenshot KB | time ratio | size ratio |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of report.pdf.documents) {
      lines.push(`| ${p.worksheet} | ${p.pdfMedianMs} | ${p.pdfFirstExportMs} | ${p.pdfKb} | ${p.screenshotMedianMs} | ${p.screenshotKb} | ${p.timeRatio} | ${p.sizeRatio} |`);
    }
    const { pack } = report.pdf;
    lines.push('', '| Portfolio pack | documents | median (ms) | first build (ms) | KB |', '|---|---:|---:|---:|---:|');
    lines.push(`| Every worked example | ${pack.documents} | ${pack.medianMs} | ${pack.firstMs} | ${pack.kb} |`);
  }
  if (report.typing) {
    lines.push('', '| Typing (key press to next frame) | keys | median (ms) | p95 (ms) | max (ms) |', '|---|---:|---:|---:|---:|');
    for (const t of report.typing) lines.push(`| ${t.case} | ${t.keys} | ${t.medianMs} | ${t.p95Ms} | ${t.maxMs} |`);
  }
  if (report.lighthouse?.length) {
    lines.push('', '| Route | Lighthouse performance | Lighthouse accessibility |', '|---|---:|---:|');
    for (const l of report.lighthouse) lines.push(`| ${l.route} | ${l.performance} | ${l.accessibility} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  log(`building the app; sections: ${only.join(', ')}`);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${execFileSync(CHROME, ['--version']).toString().trim()}`,
    commit: commitMeasured(),
  };
  if (runs('js')) {
    const bareReactKb = await bareReactFloorKb();
    const routes = measureRoutes(dist)
      .filter((r) => !r.route.startsWith('PDF export'))
      // Charts and on-demand code are measured as what they add to their section page: no ratio.
      .map((r) => ({ route: r.route, gzipKb: r.gzipKb, timesBare: isAddedToPage(r.route) ? null : Math.round((r.gzipKb / bareReactKb) * 100) / 100 }));
    report.javascript = { bareReactKb, routes };
  }

  if (runs('pdf') || runs('typing') || runs('lighthouse')) {
    const server = await preview({ root, logLevel: 'silent', preview: { port: PORT, strictPort: true } });
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
    try {
      if (runs('pdf')) report.pdf = await measurePdfs(browser);
      if (runs('typing')) report.typing = await measureTyping(browser);
      if (runs('lighthouse')) report.lighthouse = await lighthouseScores(browser);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.httpServer.close(resolve));
    }
  }

  const isFullRun = SECTIONS.every(runs);
  const outDir = isFullRun ? resultsDir : mkdtempSync(join(tmpdir(), 'bench-partial-'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'bench.md'), markdown(report));
  if (!isFullRun) log(`partial run: written to ${outDir}`);
  console.log(markdown(report));
}

await main();
