import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, chunksFor, loadBudgets, measureRoutes, routesFromManifest } from './budgets/check-budgets.mjs';
const dist = join(process.cwd(), 'dist');

test('the built app is within every route’s size budget', () => {
  const results = checkBudgets(measureRoutes(dist), loadBudgets());
  expect(results.map((r) => r.route)).toContain('Home page');
  expect(results.filter((r) => r.problem)).toEqual([]);
});

test('a deliberately bloated build fails the budget of the route it bloats, and only that one', () => {
  const bloated = join(mkdtempSync(join(tmpdir(), 'bloated-')), 'dist');
  cpSync(dist, bloated, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(bloated, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  // 60 KB that gzip cannot shrink, added to the home page's own chunk.
  appendFileSync(join(bloated, manifest['src/app/HomePage.tsx']!.file), `\n/* ${randomBytes(45_000).toString('base64')} */\n`);
  const results = checkBudgets(measureRoutes(bloated), loadBudgets());
  const failing = results.filter((r) => r.problem);
  expect(failing.map((r) => r.route)).toEqual(['Home page']);
  expect(failing[0]!.problem).toMatch(/^over budget by \d+(\.\d)? KB$/);
});

test('a unit workbook’s route loads no chart library: workbooks are text', () => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; name?: string }>;
  const route = routesFromManifest(manifest)['Worksheet: unit-workbook'];
  expect(route).toBeDefined();
  const chartFiles = Object.entries(manifest)
    .filter(([key, chunk]) => /recharts|Chart\b|Chart\.tsx$/.test(key) || /Chart$/.test(chunk.name ?? ''))
    .map(([, chunk]) => chunk.file);
  expect(chartFiles.length).toBeGreaterThan(0);
  expect(chunksFor(manifest, route!).filter((file) => chartFiles.includes(file))).toEqual([]);
});
