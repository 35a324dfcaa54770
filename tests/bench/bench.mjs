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
 *   its first section page that evidences an AC, as well as the shell's pages; for a route under
 *   100, the metrics, longest tasks and busiest scripts that cost it the points.
 * Timings are reported, never asserted: they depend on the machine.
 *
 * BENCH_ONLY picks sections, comma-separated: js, pdf, typing, lighthouse (e.g. BENCH_ONLY=typing).
 * A partial run prints its tables and writes them beside the system's temp files, leaving
 * results/bench.json and bench.md to full runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { measureRoutes } from '../budgets/check-budgets.mjs';
import {
  CHROME, CHROME_ARGS, bigDocumentsBackup, giveLearnerName, median, openEveryWorkedExample, openPackOfEverything, openTypingField, openWorkedExample,
  percentile, restoreBigDocuments, timeDownloads, typeAndMeasure, typingCases, workedExampleButtons,
} from './drive-app.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const resultsDir = join(here, 'results');
const PDF_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const base = `http://localhost:${PORT}`;
const SECTIONS = ['js', 'pdf', 'typing', 'lighthouse'];
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : SECTIONS;
for (const section of only) {
  if (!SECTIONS.includes(section)) throw new Error(`BENCH_ONLY: unknown section "${section}"; choose from ${SECTIONS.join(', ')}`);
}
const runs = (section) => only.includes(section) && !(section === 'lighthouse' && process.env.BENCH_SKIP_LIGHTHOUSE === '1');

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
  await giveLearnerName(page, base);
  const count = await (await workedExampleButtons(page, base)).count();
  const results = [];
  for (let index = 0; index < count; index += 1) {
    const { title, exportButton } = await openWorkedExample(page, base, index);
    log(`PDF: ${title}`);
    // The first export also loads jspdf and the fonts; it is reported on its own.
    const { times, firstMs, size } = await timeDownloads(page, exportButton, PDF_RUNS);
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
  const { count, button } = await openPackOfEverything(page, base);
  const { times, firstMs, size } = await timeDownloads(page, button, PDF_RUNS);
  log(`pack of ${count} documents: median ${median(times)} ms`);
  return { documents: count, medianMs: Math.round(median(times)), firstMs, kb: kb(size) };
}

const round1 = (ms) => Math.round(ms * 10) / 10;

/** A learner restores the big documents on /backup, then types into one field of each. */
async function measureTyping(browser) {
  log('typing: building the big documents');
  const { text, documents } = await bigDocumentsBackup(root);
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await restoreBigDocuments(page, base, text);
  const results = [];
  for (const typingCase of typingCases(documents)) {
    log(`typing: ${typingCase.name}`);
    const field = await openTypingField(page, base, typingCase);
    const latencies = await typeAndMeasure(page, field, { label: typingCase.name });
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
  await giveLearnerName(page, base);
  for (const { title, path, sectionPath, sectionName } of await openEveryWorkedExample(page, base)) {
    routes.push({ name: `Worksheet: ${title}`, path });
    if (sectionPath) routes.push({ name: `Worksheet section: ${title} (${sectionName})`, path: sectionPath });
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
      const performance = Math.round((categories.performance?.score ?? 0) * 100);
      scores.push({
        route: route.name,
        performance,
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        ...(performance < 100 && result ? { diagnostics: lighthouseDiagnostics(result.lhr.audits) } : {}),
      });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

const fileOf = (url) => (url ? url.split('/').pop() || url : 'unattributed');

/**
 * Why a route scored under 100: the metrics Lighthouse weighs (simulated slow 4G, 4x CPU), the
 * longest main-thread tasks with the script they came from, and the element painted last.
 */
function lighthouseDiagnostics(audits) {
  const metric = (id) => Math.round(audits[id]?.numericValue ?? 0);
  return {
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    speedIndexMs: metric('speed-index'),
    longTasks: (audits['long-tasks']?.details?.items ?? []).slice(0, 3).map((t) => `${fileOf(t.url)} ${Math.round(t.duration)} ms`),
    busiestScripts: (audits['bootup-time']?.details?.items ?? []).slice(0, 3).map((b) => `${fileOf(b.url)} ${Math.round(b.scripting)} ms`),
    lcpElement: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
  };
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
    const under = report.lighthouse.filter((l) => l.diagnostics);
    if (under.length) {
      lines.push('', 'Routes under 100: what Lighthouse measured (simulated slow 4G and 4× CPU)', '');
      lines.push('| Route | FCP (ms) | LCP (ms) | TBT (ms) | CLS | Speed index (ms) | longest tasks | busiest scripts | LCP element |');
      lines.push('|---|---:|---:|---:|---:|---:|---|---|---|');
      const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
      for (const { route, diagnostics: d } of under) {
        lines.push(`| ${route} | ${d.fcpMs} | ${d.lcpMs} | ${d.tbtMs} | ${d.cls} | ${d.speedIndexMs} | ${cell(d.longTasks.join('; '))} | ${cell(d.busiestScripts.join('; '))} | ${cell(`\`${d.lcpElement}\``)} |`);
      }
    }
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
