#!/usr/bin/env node
/**
 * Size budgets per route, checked against the built app (dist/). Each route's JavaScript is the set
 * of chunks it loads: the entry, the route's own lazy chunks, and everything they import statically,
 * counted once each, gzipped. A route over its budget, or a new route with no budget, fails.
 *
 *   node tests/budgets/check-budgets.mjs [distDir]
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Which source files each route loads on its own, found from the build manifest. */
export function routesFromManifest(manifest) {
  const routes = {
    'Home page': ['index.html', 'src/app/HomePage.tsx'],
    'My details': ['index.html', 'src/app/LearnerDetailsPage.tsx'],
    'Back up and restore': ['index.html', 'src/app/BackupPage.tsx'],
    Units: ['index.html', 'src/achievement/AchievementPage.tsx'],
    'Class demo': ['index.html', 'src/demo/DemoModeBar.tsx', 'src/demo/DemoHomePage.tsx'],
    'Class demo worked example (shell)': ['index.html', 'src/demo/DemoModeBar.tsx', 'src/demo/DemoDocumentPage.tsx'],
    'Open a shared worksheet': ['index.html', 'src/share/OpenSharedPage.tsx'],
    'Portfolio pack': ['index.html', 'src/portfolio/PortfolioPage.tsx'],
    'Open a unit workbook': ['index.html', 'src/app/OpenWorkbookPage.tsx'],
    'PDF export (on demand)': ['src/pdf/render-pdf.ts', 'src/pdf/file-name.ts'],
  };
  const worksheetIds = new Set(
    Object.keys(manifest)
      .map((key) => /^src\/worksheets\/([^/]+)\//.exec(key)?.[1])
      .filter(Boolean),
  );
  for (const id of worksheetIds) {
    const own = Object.keys(manifest).filter((key) => key.startsWith(`src/worksheets/${id}/`) && manifest[key].isDynamicEntry);
    routes[`Worksheet: ${id}`] = ['index.html', 'src/app/DocumentPage.tsx', ...own];
  }
  return routes;
}

/** Every JS file a set of manifest entries loads statically, each once. */
export function chunksFor(manifest, entries) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...files];
}

export function measureRoutes(distDir) {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No build manifest at ${manifestPath}: run "vite build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(distDir, file))).length);
    return gzipped.get(file);
  };
  return Object.entries(routesFromManifest(manifest)).map(([route, entries]) => {
    const files = chunksFor(manifest, entries);
    return { route, gzipKb: Math.round((files.reduce((sum, file) => sum + sizeOf(file), 0) / 1024) * 10) / 10, files: files.length };
  });
}

/** Each route against its budget: over budget and unbudgeted routes are failures. */
export function checkBudgets(measured, budgets) {
  return measured.map(({ route, gzipKb, files }) => {
    const budgetKb = budgets[route];
    const problem =
      budgetKb === undefined
        ? `no budget set: add "${route}" to tests/budgets/budgets.json`
        : gzipKb > budgetKb
          ? `over budget by ${(gzipKb - budgetKb).toFixed(1)} KB`
          : null;
    return { route, gzipKb, budgetKb, files, problem };
  });
}

export function loadBudgets() {
  return JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8')).gzipKbPerRoute;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ?? join(here, '..', '..', 'dist');
  const results = checkBudgets(measureRoutes(distDir), loadBudgets());
  console.log('| Route | JS loaded (gzip KB) | Budget (KB) | |\n|---|---:|---:|---|');
  for (const r of results) console.log(`| ${r.route} | ${r.gzipKb} | ${r.budgetKb ?? '–'} | ${r.problem ?? 'ok'} |`);
  const failures = results.filter((r) => r.problem);
  if (failures.length) {
    console.error(`\nSize budget check failed: ${failures.map((f) => `${f.route} (${f.problem})`).join('; ')}.`);
    process.exit(1);
  }
}
