#!/usr/bin/env node
/**
 * npm run bench: measures the built app, served locally and driven in headless Chromium, and writes
 * tests/bench/results/bench.json and bench.md.
 *
 * - gzip JavaScript per route, beside a bare Vite + React page built the same way (the floor);
 * - per worksheet's worked example: PDF build time (median of runs) and size, and the same page
 *   exported the screenshot way (html2canvas + jspdf), measured in the same run, as ratios;
 * - Lighthouse performance and accessibility for every route.
 * Timings are reported, never asserted: they depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
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

async function measurePdfs(browser) {
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
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
    const times = [];
    let size = 0;
    // The first export also loads jspdf and the fonts; it is reported on its own.
    let firstMs = 0;
    for (let run = 0; run <= PDF_RUNS; run += 1) {
      const downloadPromise = page.waitForEvent('download');
      const started = Date.now();
      await exportButton.click();
      const download = await downloadPromise;
      const ms = Date.now() - started;
      const path = await download.path();
      size = statSync(path).size;
      if (run === 0) firstMs = ms;
      else times.push(ms);
    }
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
  ];
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROME, args: CHROME_ARGS });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const buttons = page.getByRole('button', { name: /^Open the worked example of the / });
  await buttons.first().waitFor();
  const count = await buttons.count();
  for (let index = 0; index < count; index += 1) {
    await page.goto(`${base}/`);
    await buttons.nth(index).click();
    await page.getByRole('button', { name: 'Export PDF for my portfolio' }).waitFor();
    routes.push({ name: `Worksheet: ${await page.getByRole('heading', { level: 1 }).innerText()}`, path: new URL(page.url()).pathname });
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

function markdown(report) {
  const lines = [];
  lines.push(`Measured ${report.measuredAt} on ${report.machine}.`, '');
  lines.push('| Route | JS (gzip KB) | × bare React |', '|---|---:|---:|');
  for (const r of report.javascript.routes) lines.push(`| ${r.route} | ${r.gzipKb} | ${r.timesBare} |`);
  lines.push(`| Bare Vite + React page (floor) | ${report.javascript.bareReactKb} | 1 |`, '');
  lines.push('| Worked example | PDF median (ms) | first export (ms) | PDF KB | screenshot way (ms) | screenshot KB | time ratio | size ratio |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of report.pdf) {
    lines.push(`| ${p.worksheet} | ${p.pdfMedianMs} | ${p.pdfFirstExportMs} | ${p.pdfKb} | ${p.screenshotMedianMs} | ${p.screenshotKb} | ${p.timeRatio} | ${p.sizeRatio} |`);
  }
  if (report.lighthouse.length) {
    lines.push('', '| Route | Lighthouse performance | Lighthouse accessibility |', '|---|---:|---:|');
    for (const l of report.lighthouse) lines.push(`| ${l.route} | ${l.performance} | ${l.accessibility} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  log('building the app');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const bareReactKb = await bareReactFloorKb();
  const routes = measureRoutes(dist)
    .filter((r) => !r.route.startsWith('PDF export'))
    .map((r) => ({ route: r.route, gzipKb: r.gzipKb, timesBare: Math.round((r.gzipKb / bareReactKb) * 100) / 100 }));

  const server = await preview({ root, logLevel: 'silent', preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  let pdf = [];
  let lighthouse = [];
  try {
    pdf = await measurePdfs(browser);
    if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') lighthouse = await lighthouseScores(browser);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }

  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}, ${execFileSync(CHROME, ['--version']).toString().trim()}`,
    javascript: { bareReactKb, routes },
    pdf,
    lighthouse,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'bench.md'), markdown(report));
  console.log(markdown(report));
}

await main();
