/**
 * The profiler's `load` scenario (PROFILE_ONLY=load): where a cold page load's main-thread time
 * goes on the routes that Lighthouse scores under 100. In a browser profile holding every worked
 * example (as bench.mjs's lighthouseScores prepares it), with the CPU slowed 4× as Lighthouse
 * simulates, each route is reloaded under the CPU profiler and a timeline trace; the report gives
 * each long task (over 50 ms, as Lighthouse counts them) with what ran inside it, and the load's
 * top functions and files. Used by profile.mjs.
 */
import { mainThreadSpans, selfTimes, topOf } from './cpu-profile.mjs';
import { giveLearnerName, openEveryWorkedExample } from './drive-app.mjs';

const ms0 = (us) => Math.round(us / 1000);

/** Lighthouse's simulated CPU slowdown, applied for real here. */
export const CPU_SLOWDOWN = 4;
/** A task over this long blocks input (Lighthouse's long task and TBT threshold). */
const LONG_TASK_MS = 50;
/** After the load event and the network going quiet, how long to keep recording for late tasks (lazy chunks, effects). */
const SETTLE_MS = 2000;
/** A user timing mark the page sets once the load has been recorded. */
const END_MARK = 'load-profile-end';

/** The worked examples whose task list (and, for the pipeline, first section) are profiled. */
const WORKSHEETS = [
  { title: 'Pipeline conversion calculator', section: true },
  { title: 'SMART objective writer', section: false },
];

/**
 * Prepares the profile as the bench's Lighthouse run does (a learner's name, every worked example
 * opened) and gives the routes to load: `{ name, path }`.
 */
async function loadRoutes(page, base) {
  await giveLearnerName(page, base);
  const found = new Map((await openEveryWorkedExample(page, base)).map((opened) => [opened.title, opened]));
  const routes = [
    { name: 'Home page (baseline)', path: '/' },
    { name: 'Portfolio pack', path: '/portfolio' },
    { name: 'Units', path: '/units' },
    { name: 'Class demo: PESTLE worked example', path: '/demo/pestle' },
  ];
  for (const { title, section } of WORKSHEETS) {
    const worksheet = found.get(title);
    if (!worksheet) throw new Error(`load profile: no worked example titled "${title}"`);
    routes.push({ name: `Worksheet: ${title}`, path: worksheet.path });
    if (section && worksheet.sectionPath) routes.push({ name: `Worksheet section: ${title} (${worksheet.sectionName})`, path: worksheet.sectionPath });
  }
  return routes;
}

/**
 * The reload's long tasks from a trace: the main thread's top-level tasks over LONG_TASK_MS that
 * began once the reload's navigation had started (the first after `sinceUs`, when the recording
 * began) and before END_MARK, each `{ startUs, us, events }` with `events` the trace's self time
 * by event name inside it; and when the reload began (`navigationStartUs`) and
 * first painted content (`fcpUs`, null if the trace did not see it).
 */
export function longTasksOf(events, sinceUs) {
  // The browser's page-load metric spans the reload from navigation to first content; the renderer's
  // own navigationStart marks are not used, as it sets more than one per load.
  const first = (test) => events.filter(test).reduce((earliest, e) => (earliest === null || e.ts < earliest ? e.ts : earliest), null);
  const FCP_SPAN = 'PageLoadMetrics.NavigationToFirstContentfulPaint';
  const navigationStartUs = first((e) => e.name === FCP_SPAN && e.ph === 'b' && e.ts >= sinceUs) ?? sinceUs;
  const fcpUs = first((e) => e.name === FCP_SPAN && e.ph === 'e' && e.ts >= navigationStartUs) ?? first((e) => e.name === 'firstContentfulPaint' && e.ts >= navigationStartUs);
  const endUs = first((e) => e.name === END_MARK && e.ts >= navigationStartUs) ?? Infinity;
  const tasks = [];
  let current = null;
  for (const span of mainThreadSpans(events)) {
    if (current && span.ts < current.endUs) {
      current.children.push(span);
      continue;
    }
    current = { startUs: span.ts, us: span.dur, endUs: span.ts + span.dur, children: [] };
    if (span.dur >= LONG_TASK_MS * 1000 && span.ts >= navigationStartUs && span.ts < endUs) tasks.push(current);
  }
  return { navigationStartUs, fcpUs, tasks: tasks.map(({ startUs, us, children }) => ({ startUs, us, events: selfByEvent(children) })) };
}

/** Lighthouse's Total Blocking Time, as near as a real run gives it: each long task after first paint, less LONG_TASK_MS. */
export function blockingAfterPaintUs({ tasks, fcpUs }) {
  return tasks.filter((t) => fcpUs === null || t.startUs >= fcpUs).reduce((sum, t) => sum + Math.max(0, t.us - LONG_TASK_MS * 1000), 0);
}

/** Self time by event name of spans nested in one task (each span's duration less its direct children's). */
function selfByEvent(spans) {
  const byName = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      byName.set(done.name, (byName.get(done.name) ?? 0) + Math.max(0, done.self));
    }
  };
  for (const span of spans) {
    close(span.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= span.dur;
    const data = span.args?.data;
    // Which script a script event ran says more than the event's name alone.
    const script = data?.url ? ` ${data.url.split('/').pop()}` : '';
    stack.push({ name: `${span.name}${script}`, end: span.ts + span.dur, self: span.dur });
  }
  close(Infinity);
  return byName;
}

/**
 * Reloads each route (after a first visit, so it is a reload of a page the learner had open) with
 * the CPU slowed down, under `recorded` (profile.mjs's profiler and trace). Returns one scenario per route.
 */
export async function profileLoads(browser, base, recorded) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const routes = await loadRoutes(page, base);
  const loads = [];
  for (const route of routes) {
    await page.goto(`${base}${route.path}`);
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const recording = await recorded(cdp, `load ${route.name}`, async () => {
      await page.reload({ waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
      // Where the load ends in the trace: stopping the profiler and the trace is work of their own.
      await page.evaluate((name) => performance.mark(name), END_MARK);
    }, { keepTraceEvents: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const longTasks = longTasksOf(recording.traceEvents, recording.profile.startTime);
    recording.traceEvents = null;
    loads.push({ title: `Load: ${route.name} (${route.path})`, route, recording, longTasks, units: 1, unit: 'load' });
    console.error('[profile]', `load: ${route.name}: long tasks ${longTasks.tasks.map((t) => ms0(t.us)).join(', ')} ms; blocking after first paint ${ms0(blockingAfterPaintUs(longTasks))} ms`);
  }
  await context.close();
  return loads;
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/**
 * The long tasks of one load, each with its trace events and the profile's top functions and
 * files inside it. The CPU profile and the trace share Chromium's monotonic clock (µs), so a
 * task's window picks its samples out of the profile.
 */
function longTaskLines(load, mapFrame) {
  const { longTasks, recording } = load;
  const { tasks, navigationStartUs, fcpUs } = longTasks;
  const paint = fcpUs === null ? 'first paint not seen in the trace' : `first content painted at ${ms0(fcpUs - navigationStartUs)} ms`;
  const lines = ['', `Long tasks (over ${LONG_TASK_MS} ms at ${CPU_SLOWDOWN}× CPU slowdown), timed from the reload's navigation start; ${paint}; blocking time after it (the part of each task over ${LONG_TASK_MS} ms, as TBT) ${ms0(blockingAfterPaintUs(longTasks))} ms:`];
  if (tasks.length === 0) return [...lines, '', '- none'];
  lines.push('', '| At (ms) | Task (ms) | Heaviest trace events (self ms) | Top functions in it (self ms) | Top files in it (self ms) |', '|---:|---:|---|---|---|');
  for (const task of tasks) {
    const inside = selfTimes([recording.profile], mapFrame, { within: { fromUs: task.startUs, toUs: task.startUs + task.us } });
    const events = topOf(task.events, 4).map(([name, us]) => `${name} ${ms0(us)}`).join('; ');
    const functions = topOf(inside.byFunction, 5).map(([name, us]) => `${name} ${ms0(us)}`).join('; ');
    const files = topOf(inside.byFile, 5).map(([file, us]) => `${file} ${ms0(us)}`).join('; ');
    lines.push(`| ${ms0(task.startUs - navigationStartUs)} | ${ms0(task.us)} | ${cell(events)} | ${cell(functions)} | ${cell(files)} |`);
  }
  return lines;
}

/** Where the loads' part of profile.md starts: a load-only run replaces from here on. */
export const LOAD_MARKER = '<!-- profile.mjs: cold loads -->';

/**
 * The loads' part of profile.md: a summary of every route's long tasks, then per route the whole
 * load (`scenarioSection`, profile.mjs's) and each long task's make-up.
 */
export function loadMarkdown(loads, mapFrame, header, scenarioSection) {
  const lines = [LOAD_MARKER, `## Cold loads at ${CPU_SLOWDOWN}× CPU slowdown (PROFILE_ONLY=load)`, '', ...header, '',
    `Each route was opened, then reloaded with the CPU profiler and a timeline trace on and CDP \`Emulation.setCPUThrottlingRate\` ${CPU_SLOWDOWN} ` +
    `(as Lighthouse simulates), in a browser profile holding every worked example (as the bench's Lighthouse run prepares it), until the network was quiet and ${SETTLE_MS / 1000} s more. ` +
    'The profiler itself slows JavaScript a little: read the shares and the long tasks\' make-up rather than the exact times. ' +
    '`appendChild` with no file is Chromium adding elements to the page; in a load it is mostly Vite\'s preload helper (in the entry chunk) adding a ' +
    '`<link rel="modulepreload">` for each file a lazy chunk needs before fetching it, all in the task that asked for the chunk: about 1.5 ms a link, ' +
    '6 ms at 4× slowdown, when the offline service worker serves the app (a page inserting 80 such links took 510 ms at 4× with the service worker, 154 ms without).',
  '', '| Route | Long tasks, in order (ms) | First content painted (ms) | Blocking time after it (ms, as TBT) |', '|---|---|---:|---:|'];
  for (const { route, longTasks } of loads) {
    const fcp = longTasks.fcpUs === null ? '–' : ms0(longTasks.fcpUs - longTasks.navigationStartUs);
    lines.push(`| ${route.name} | ${longTasks.tasks.map((t) => ms0(t.us)).join(', ') || '–'} | ${fcp} | ${ms0(blockingAfterPaintUs(longTasks))} |`);
  }
  for (const load of loads) lines.push(...scenarioSection(load, mapFrame).map((line) => line.replace(/^## /, '### ')), ...longTaskLines(load, mapFrame));
  return `${lines.join('\n')}\n`;
}
