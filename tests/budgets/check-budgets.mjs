#!/usr/bin/env node
/**
 * Size budgets per route, checked against the built app (dist/). Each route's JavaScript is the set
 * of chunks it loads: the entry, the route's own lazy chunks, and everything they import statically,
 * counted once each, gzipped. A route over its budget, or a new route with no budget, fails.
 *
 * A worksheet's route ("Worksheet: <id>") is its section page as opened: the shell, the document
 * page, the worksheet's entry (its meta), the model it opens with and its page, with no chart drawn.
 * Its budget is issue 23's target for every section page, 165.5 KB (2.5 × the bare Vite + React
 * page, 66.2 KB), not the last measure. What it loads only when needed is budgeted apart, as what
 * it adds on top of that page: its charts ("Worksheet charts: <id>", loaded when a chart is drawn)
 * and anything else ("Worksheet on demand: <id>": its worked example, loaded just after the page
 * opens, its exports, a CSV reader, the worked examples of the workbooks). No route but a "Worksheet charts" one may load the chart library, and
 * no section page may load full zod (zod classic): their schemas are written with zod/mini.
 *
 *   node tests/budgets/check-budgets.mjs [distDir]
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A worksheet's own lazy module that its section page needs: the model it opens with (page-model.ts, or definition.ts where there is none), or its page. */
const isPageModel = (key) => /\/page-model\.ts$/.test(key);
const sectionPageModules = (own) => {
  const hasPageModel = own.some(isPageModel);
  return own.filter((key) => /Page\.tsx$/.test(key) || (hasPageModel ? isPageModel(key) : /\/definition\.ts$/.test(key)));
};
/** A worksheet's chart component, loaded through lazyChart when the chart is drawn (see src/ui/lazy-chart.tsx). */
export const isChartModule = (key) => /Charts?\.tsx$/.test(key);

/** The lazy modules of each worksheet folder, by worksheet id. */
function worksheetEntries(manifest) {
  const byId = new Map();
  for (const [key, chunk] of Object.entries(manifest)) {
    const id = /^src\/worksheets\/([^/]+)\//.exec(key)?.[1];
    if (!id) continue;
    if (!byId.has(id)) byId.set(id, []);
    if (chunk.isDynamicEntry) byId.get(id).push(key);
  }
  return byId;
}

/**
 * What a section page loads to find its worksheet: the document page loads only that worksheet's
 * entry (src/worksheets/<id>/entry.ts, through load-worksheet.ts), never the registry. The entry
 * module is also imported by the registry, so its chunk may have no manifest key of its own: it is
 * found as the chunk the document page imports on demand that in turn loads the worksheet's own
 * modules. None found means the page's way to its worksheet is unknown, and measuring without it
 * would undercount, so that fails.
 */
function entryChunksOf(manifest, id) {
  const documentPage = manifest['src/app/DocumentPage.tsx'];
  const own = `src/worksheets/${id}/`;
  const found = (documentPage?.dynamicImports ?? []).filter((key) =>
    (manifest[key]?.dynamicImports ?? []).some((imported) => imported.startsWith(own)),
  );
  if (!found.length) throw new Error(`Cannot tell how a section page loads worksheet "${id}": no chunk the document page loads on demand loads it.`);
  return found;
}

/**
 * What a workbook's section page loads besides its worksheet: the hook giving it the learner's
 * worksheet documents as evidence (it reads every interactive worksheet's meta).
 */
const WORKBOOK_EXTRAS = ['src/app/evidence-options.ts'];

/** Everything a worksheet's section page loads as opened, with no chart drawn. */
function sectionPageEntries(manifest, id, own) {
  return [
    'index.html',
    'src/app/DocumentPage.tsx',
    ...entryChunksOf(manifest, id),
    ...(id === 'unit-workbook' ? WORKBOOK_EXTRAS : []),
    ...sectionPageModules(own),
  ];
}

/**
 * A module's key in the manifest: its own; or, for a module that is also imported statically
 * elsewhere (its chunk then has no key of its own), the one chunk named after it that `importer`
 * loads on demand. Left as it is when neither is found, so chunksFor fails on it.
 */
function keyOf(manifest, source, importer) {
  if (manifest[source]) return source;
  const name = source.split('/').pop().replace(/\.tsx?$/, '');
  const found = (manifest[importer]?.dynamicImports ?? []).filter((key) => manifest[key]?.name === name);
  return found.length === 1 ? found[0] : source;
}

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
    // What the document page's Export button loads.
    'PDF export (on demand)': ['src/pdf/render-pdf.ts', 'src/pdf/file-name.ts', 'src/pdf/evidence-for-worksheet.ts'].map((source) =>
      keyOf(manifest, source, 'src/app/DocumentPage.tsx'),
    ),
  };
  for (const [id, own] of worksheetEntries(manifest)) {
    routes[`Worksheet: ${id}`] = sectionPageEntries(manifest, id, own);
  }
  return routes;
}

/**
 * What each worksheet loads only when needed, as entries and the section page they are added to:
 * its charts, and anything else it imports on demand. Worksheets with none have no such line.
 */
export function extrasFromManifest(manifest) {
  const extras = {};
  for (const [id, own] of worksheetEntries(manifest)) {
    const over = sectionPageEntries(manifest, id, own);
    const charts = own.filter(isChartModule);
    const onPage = new Set(sectionPageModules(own));
    const other = own.filter((key) => !onPage.has(key) && !isChartModule(key));
    if (charts.length) extras[`Worksheet charts: ${id}`] = { entries: charts, over };
    if (other.length) extras[`Worksheet on demand: ${id}`] = { entries: other, over };
  }
  return extras;
}

/** Every JS file a set of manifest entries loads statically, each once. */
export function chunksFor(manifest, entries) {
  const missing = entries.filter((key) => !manifest[key]);
  // A route's entry not in the manifest would be measured as nothing: fail rather than undercount.
  if (missing.length) throw new Error(`Not in the build manifest: ${missing.join(', ')}.`);
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
  const chartLibrary = new Set(chartLibraryFiles(distDir, manifest));
  const fullZod = new Set(fullZodFiles(distDir, manifest));
  const size = (route, files) => ({
    route,
    gzipKb: Math.round((files.reduce((sum, file) => sum + sizeOf(file), 0) / 1024) * 10) / 10,
    files: files.length,
    loadsChartLibrary: files.some((file) => chartLibrary.has(file)),
    loadsFullZod: files.some((file) => fullZod.has(file)),
  });
  const routes = Object.entries(routesFromManifest(manifest)).map(([route, entries]) => size(route, chunksFor(manifest, entries)));
  const extras = Object.entries(extrasFromManifest(manifest)).map(([route, { entries, over }]) => {
    const already = new Set(chunksFor(manifest, over));
    return size(route, chunksFor(manifest, [...over, ...entries]).filter((file) => !already.has(file)));
  });
  return [...routes, ...extras];
}

/**
 * The built chunks of the chart library: recharts names its elements' classes "recharts-…", strings
 * that survive minifying, and no other code of the app carries them.
 */
export function chartLibraryFiles(distDir, manifest) {
  const files = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  return [...files].filter((file) => readFileSync(join(distDir, file), 'utf8').includes('recharts-'));
}

/**
 * The built chunks of full zod (zod classic): its base class is made with the name "ZodType" (zod's
 * core names its own "$ZodType", zod/mini "ZodMiniType"), a string that survives minifying.
 */
export function fullZodFiles(distDir, manifest) {
  const files = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  return [...files].filter((file) => /[`'"]ZodType[`'"]/.test(readFileSync(join(distDir, file), 'utf8')));
}

/** Each route against its budget: over budget and unbudgeted routes are failures. */
export function checkBudgets(measured, budgets) {
  return measured.map(({ route, gzipKb, files, loadsChartLibrary = false, loadsFullZod = false }) => {
    const budgetKb = budgets[route];
    const problem =
      loadsChartLibrary && !route.startsWith('Worksheet charts: ')
        ? 'loads the chart library before any chart is drawn: import the chart through lazyChart (src/ui/lazy-chart.tsx)'
        : loadsFullZod && route.startsWith('Worksheet: ')
          ? "loads full zod (zod classic): write the schemas its section page loads with zod/mini (import * as z from 'zod/mini')"
          : budgetKb === undefined
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
