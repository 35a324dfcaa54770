#!/usr/bin/env node
/**
 * npm run bench:profile: where the browser's time goes in the bench's PDF, pack and typing
 * scenarios. Builds the app with sourcemaps (into a temporary folder, so dist/ stays the bench's),
 * serves it, drives it in headless Chromium as bench.mjs does (drive-app.mjs), and records a CDP
 * CPU profile (about 100 µs sampling) and the main thread's task split of:
 * - each worked example's PDF export, after a first export and a few timed without the profiler;
 * - a portfolio pack of every worked example;
 * - typing the bench's sentence into a pipeline of 500 prospects and a 10 × 10 decision matrix;
 * - a cold load (reload) of the routes Lighthouse scores lowest, at 4× CPU slowdown (load-profile.mjs).
 * Writes tests/bench/results/profile.md (self time by function, file and package, the longest
 * busy stretches); the raw .cpuprofile files go to a temporary folder, to open in DevTools.
 *
 * PROFILE_RUNS (default 3) exports per worked example with and without the profiler; PROFILE_ONLY
 * picks scenarios: pdf (the exports and the pack), typing, load (e.g. PROFILE_ONLY=load).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { IDLE, PROGRAM, selfTimes, sourceMapper, topOf, traceSelfTimes } from './cpu-profile.mjs';
import {
  CHROME, CHROME_ARGS, bigDocumentsBackup, giveLearnerName, median, openPackOfEverything, openTypingField,
  openWorkedExample, percentile, restoreBigDocuments, timeDownload, typeAndMeasure, typingCases, workedExampleButtons,
} from './drive-app.mjs';
import { LOAD_MARKER, loadMarkdown, profileLoads } from './load-profile.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = Number(process.env.BENCH_PORT ?? 4320);
const base = `http://localhost:${PORT}`;
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const PACK_RUNS = 2;
const SAMPLING_US = 100;
const SCENARIOS = ['pdf', 'typing', 'load'];
const only = process.env.PROFILE_ONLY ? process.env.PROFILE_ONLY.split(',').map((s) => s.trim()) : SCENARIOS;
for (const scenario of only) {
  if (!SCENARIOS.includes(scenario)) throw new Error(`PROFILE_ONLY: unknown scenario "${scenario}"; choose from ${SCENARIOS.join(', ')}`);
}
const log = (...args) => console.error('[profile]', ...args);
const rawDir = mkdtempSync(join(tmpdir(), 'bench-profiles-'));

/** Starts CDP tracing of the timeline; the returned function ends it and gives the events. */
async function startTrace(cdp) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,loading,blink.user_timing', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/**
 * Runs `action` with the CPU profiler and a timeline trace on: the profile, the wall time, the
 * trace's main-thread self time by event (script, style + layout, paint, GC), and the action's result.
 */
async function recorded(cdp, name, action, { keepTraceEvents = false } = {}) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  const endTrace = await startTrace(cdp);
  const started = Date.now();
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const wallMs = Date.now() - started;
  const traceEvents = await endTrace();
  const trace = traceSelfTimes(traceEvents);
  const file = join(rawDir, `${name.replace(/[^\w]+/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { profile, wallMs, trace, result, ...(keepTraceEvents ? { traceEvents } : {}) };
}

/** Each worked example: a first export, RUNS timed without the profiler, then RUNS with it. */
async function profilePdfs(browser) {
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await giveLearnerName(page, base);
  const count = await (await workedExampleButtons(page, base)).count();
  const examples = [];
  for (let index = 0; index < count; index += 1) {
    const { title, exportButton } = await openWorkedExample(page, base, index);
    const first = await timeDownload(page, exportButton);
    const plain = [];
    for (let run = 0; run < RUNS; run += 1) plain.push((await timeDownload(page, exportButton)).ms);
    const profiled = await recorded(cdp, `pdf ${title}`, async () => {
      const times = [];
      for (let run = 0; run < RUNS; run += 1) times.push((await timeDownload(page, exportButton)).ms);
      return times;
    });
    log(`PDF: ${title}: first ${first.ms} ms, median ${median(plain)} ms without the profiler, ${median(profiled.result)} with it`);
    examples.push({ title, firstMs: first.ms, plainMs: plain, profiledMs: profiled.result, recording: profiled, units: RUNS });
  }
  const pack = await profilePack(page, cdp);
  await context.close();
  return { examples, pack };
}

/** A portfolio pack of every worked example: one build first, then PACK_RUNS without and with the profiler. */
async function profilePack(page, cdp) {
  const { count, button } = await openPackOfEverything(page, base);
  const first = await timeDownload(page, button);
  const plain = [];
  for (let run = 0; run < PACK_RUNS; run += 1) plain.push((await timeDownload(page, button)).ms);
  const profiled = await recorded(cdp, 'pack', async () => {
    const times = [];
    for (let run = 0; run < PACK_RUNS; run += 1) times.push((await timeDownload(page, button)).ms);
    return times;
  });
  log(`pack of ${count}: first ${first.ms} ms, median ${median(plain)} without the profiler, ${median(profiled.result)} with it`);
  return { title: `Portfolio pack of ${count} worked examples`, firstMs: first.ms, plainMs: plain, profiledMs: profiled.result, recording: profiled, units: PACK_RUNS };
}

/** The bench's typing: the sentence typed once without the profiler, then once more with it. */
async function profileTyping(browser) {
  const { text, documents } = await bigDocumentsBackup(root);
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await restoreBigDocuments(page, base, text);
  const cases = [];
  for (const typingCase of typingCases(documents)) {
    const field = await openTypingField(page, base, typingCase);
    const plain = await typeAndMeasure(page, field, { label: typingCase.name });
    let recording = null;
    const profiled = await typeAndMeasure(page, field, {
      label: typingCase.name,
      during: async (type) => { recording = await recorded(cdp, `typing ${typingCase.name}`, type); },
    });
    log(`typing: ${typingCase.name}: p95 ${percentile(plain, 95).toFixed(1)} ms without the profiler, ${percentile(profiled, 95).toFixed(1)} with it`);
    cases.push({ title: `Typing: ${typingCase.name}`, plainMs: plain, profiledMs: profiled, recording, units: profiled.length, isTyping: true });
  }
  await context.close();
  return cases;
}

// ---- The report ----

const ms1 = (us) => (us / 1000).toFixed(1);
const pct = (part, whole) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–');
const cell = (text) => String(text).replace(/\|/g, '\\|');

/** Plain words for what dominates: how busy the main thread was, at what, and the heaviest code. */
function reading(times) {
  const { allUs, idleUs, gcUs, programUs } = times.totals;
  const busy = allUs - idleUs;
  const code = topOf(new Map([...times.byArea].filter(([area]) => !area.startsWith('('))), 3).map(([area, us]) => `${area} ${pct(us, busy)}`);
  return `The main thread was busy ${pct(busy, allUs)} of the time: JavaScript ${pct(busy - gcUs - programUs, busy)} of that (the heaviest ${code.join(', ')}), ` +
    `Chromium's own work ${pct(programUs, busy)}, garbage collection ${pct(gcUs, busy)}.`;
}

function timingLine(scenario) {
  const unit = scenario.isTyping ? 'key' : 'build';
  const stat = scenario.isTyping
    ? (values) => `median ${median(values).toFixed(1)}, p95 ${percentile(values, 95).toFixed(1)}, max ${Math.max(...values).toFixed(1)} ms`
    : (values) => `median ${median(values)} ms (${values.join(', ')})`;
  const first = scenario.firstMs === undefined ? '' : `; first ${unit} of the session ${scenario.firstMs} ms`;
  return `Per ${unit}, without the profiler: ${stat(scenario.plainMs)}; with it: ${stat(scenario.profiledMs)}${first}.`;
}

/** One scenario's section: its times, split, top functions and files, and longest busy stretches. */
function scenarioSection(scenario, mapFrame, label = scenario.title) {
  const recordings = scenario.recordings ?? [scenario.recording];
  const units = scenario.units;
  const times = selfTimes(recordings.map((r) => r.profile), mapFrame);
  const wallUs = recordings.reduce((sum, r) => sum + r.wallMs * 1000, 0);
  const traceByKind = new Map();
  const traceByName = new Map();
  for (const { trace } of recordings) {
    for (const [kind, us] of trace.byKind) traceByKind.set(kind, (traceByKind.get(kind) ?? 0) + us);
    for (const [event, us] of trace.byName) traceByName.set(event, (traceByName.get(event) ?? 0) + us);
  }
  const busyUs = times.totals.allUs - times.totals.idleUs;
  const per = (us) => ms1(us / units);
  const lines = ['', `## ${label}`, ''];
  if (scenario.plainMs) lines.push(timingLine(scenario), '');
  const unitName = scenario.unit ?? (scenario.isTyping ? 'key' : 'build');
  lines.push(`Profiled ${units} ${unitName}s; times are ms per ${unitName}.`, '');
  // The profile says what ran (JavaScript, Chromium's own work, GC, nothing); the trace says how much of
  // Chromium's own work was style, layout, paint and compositing. The trace alone misses JavaScript run
  // from tasks it does not instrument (a promise resolved by a fetch), so it is not used for that.
  const { allUs, idleUs, gcUs, programUs } = times.totals;
  const jsUs = allUs - idleUs - gcUs - programUs;
  const traced = (kind) => per(traceByKind.get(kind) ?? 0);
  lines.push('| Wall | Busy | JavaScript | Chromium\'s own work | of which style + layout | of which paint + composite | GC | Idle |', `|${'---:|'.repeat(8)}`);
  lines.push(`| ${per(wallUs)} | ${per(allUs - idleUs)} | ${per(jsUs)} | ${per(programUs)} | ${traced('style + layout')} | ${traced('paint + composite')} | ${per(gcUs)} | ${per(idleUs)} |`);
  lines.push('', `Heaviest trace events (self time, ms per ${unitName}): ${topOf(traceByName, 8).map(([event, us]) => `${event} ${per(us)}`).join(', ')}.`);
  lines.push('', `**Reading:** ${reading(times)}`, '');
  lines.push('| Function (self time) | ms per ' + unitName + ' | % of busy |', '|---|---:|---:|');
  for (const [name, us] of topOf(times.byFunction, 12)) lines.push(`| ${cell(name)} | ${per(us)} | ${pct(us, busyUs)} |`);
  lines.push('', '| Source file (self time) | ms per ' + unitName + ' | % of busy |', '|---|---:|---:|');
  for (const [file, us] of topOf(times.byFile, 10)) lines.push(`| ${cell(file)} | ${per(us)} | ${pct(us, busyUs)} |`);
  lines.push('', `By package or src folder: ${topOf(times.byArea, 8).map(([area, us]) => `${area} ${pct(us, busyUs)}`).join(', ')}.`);
  lines.push('', 'Longest busy stretches (no idle sample in them), with their heaviest functions:');
  for (const stretch of times.longest) {
    lines.push(`- ${ms1(stretch.us)} ms: ${stretch.top.map(([name, us]) => `${cell(name)} ${ms1(us)}`).join('; ')}`);
  }
  return lines;
}

function markdown({ pdf, typing, mapFrame, header }) {
  const lines = ['# Where the browser\'s time goes: CPU profiles of the bench\'s scenarios', '', ...header];
  lines.push('', `Written by \`npm run bench:profile\` (tests/bench/profile.mjs). Chromium's CPU profiler samples the page's main thread every ${SAMPLING_US} µs; self time is the time a function ran its own code, not its callees'. ` +
    'Busy, JavaScript, Chromium\'s own work (input, style, layout, paint: V8\'s "(program)"), GC and idle are from the profile; how much of Chromium\'s own work was style + layout and paint + composite is from a timeline trace of the same span (CDP Tracing, devtools.timeline: each event\'s own time on the page\'s main thread). ' +
    `${IDLE} is the main thread waiting (for the next key, a timer, the download to be handed over, and between one export's download and the bench's next click); ${PROGRAM} is Chromium's own work outside JavaScript (input, painting, compositing). ` +
    'The profiler slows the page somewhat: the times without it are given beside.');
  if (pdf) {
    // Ranked by the main thread's busy time in the profile, which a busy machine disturbs less than wall time.
    const busyMs = (e) => {
      const { totals } = selfTimes([e.recording.profile], mapFrame);
      return (totals.allUs - totals.idleUs) / 1000 / e.units;
    };
    const bySpeed = pdf.examples.map((e) => ({ ...e, busyMs: busyMs(e) })).sort((a, b) => b.busyMs - a.busyMs);
    lines.push('', '## PDF exports, each worked example', '', '| Worked example | main thread busy per export, profiled (ms) | first export (ms) | median without profiler (ms) | median with profiler (ms) |', '|---|---:|---:|---:|---:|');
    for (const e of bySpeed) lines.push(`| ${e.title} | ${e.busyMs.toFixed(0)} | ${e.firstMs} | ${median(e.plainMs)} | ${median(e.profiledMs)} |`);
    const all = { title: 'All worked examples', units: pdf.examples.reduce((n, e) => n + e.units, 0), recordings: pdf.examples.map((e) => e.recording) };
    lines.push(...scenarioSection(all, mapFrame, `Every worked example's PDF export together (${all.units} exports)`));
    const picked = [...bySpeed.slice(0, 3), bySpeed[bySpeed.length - 1]];
    picked.forEach((e, i) => lines.push(...scenarioSection(e, mapFrame, `PDF export: ${e.title} (${i < 3 ? `busiest ${i + 1}` : 'least busy'})`)));
    lines.push(...scenarioSection(pdf.pack, mapFrame));
  }
  for (const typingCase of typing ?? []) lines.push(...scenarioSection(typingCase, mapFrame));
  return `${lines.join('\n')}\n`;
}

function commitMeasured() {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  const isDirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root }).toString().trim() !== '';
  return isDirty ? `${commit} + changes` : commit;
}

async function main() {
  const dist = mkdtempSync(join(tmpdir(), 'profile-dist-'));
  log(`building the app with sourcemaps into ${dist}`);
  execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const loadBefore = loadavg().map((l) => l.toFixed(2)).join(', ');
  const server = await preview({ root, logLevel: 'silent', build: { outDir: dist }, preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  let pdf = null;
  let typing = null;
  let loads = null;
  try {
    if (only.includes('pdf')) pdf = await profilePdfs(browser);
    if (only.includes('typing')) typing = await profileTyping(browser);
    if (only.includes('load')) loads = await profileLoads(browser, base, recorded);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  const header = [
    `Measured ${new Date().toISOString()} at commit ${commitMeasured()}, ${execFileSync(CHROME, ['--version']).toString().trim()}, Node ${process.version}; ` +
      `load average (1, 5, 15 min) ${loadBefore} at the start and ${loadavg().map((l) => l.toFixed(2)).join(', ')} at the end, on a machine of 2 cores shared with other work.`,
  ];
  const mapFrame = sourceMapper(dist, base);
  const outDir = join(here, 'results');
  const outFile = join(outDir, 'profile.md');
  // A load-only run replaces the loads' part of the last report and keeps its exports and typing.
  const kept = !pdf && !typing && existsSync(outFile) ? readFileSync(outFile, 'utf8').split(LOAD_MARKER)[0].trimEnd() : null;
  const top = kept ?? markdown({ pdf, typing, mapFrame, header }).trimEnd();
  const report = loads ? `${top}\n\n${loadMarkdown(loads, mapFrame, header, scenarioSection)}` : `${top}\n`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, report);
  log(`written tests/bench/results/profile.md (${report.split('\n').length} lines); raw profiles in ${rawDir}`);
}

await main();
