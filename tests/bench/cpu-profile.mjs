/**
 * Reads a Chromium CPU profile (CDP Profiler.stop's `profile`) of the built app: self time by
 * function and by source file, mapped back through the build's sourcemaps to src/ and to
 * node_modules packages, and the longest stretches the main thread was busy without a break.
 * Used by profile.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** V8's own entries: not functions of any file. */
export const IDLE = '(idle)';
export const GC = '(garbage collector)';
export const PROGRAM = '(program)';
const SPECIAL = new Set([IDLE, GC, PROGRAM, '(root)']);

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'async', 'await', 'new', 'typeof', 'in', 'of']);

/** A source path from a sourcemap as a reader knows it: `src/…`, or `node_modules/<package>/…`. */
function shortSource(source) {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) return source.slice(inModules);
  const inSrc = source.indexOf('/src/');
  if (inSrc >= 0) return source.slice(inSrc + 1);
  return source.replace(/^(\.\.\/)+/, '');
}

/** `jspdf`, `@scope/name`, or `src/pdf` (a src folder): what a file belongs to. */
export function areaOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'node_modules') return parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
  return file;
}

/**
 * V8 places a function at its parameter list (or the token before it, through a sourcemap): the
 * name is what comes before, as `function name(`, `name(` (a method), or `name = (` / `name: function(`.
 */
function nameFromSource(line, column) {
  if (line === undefined) return null;
  const before = line.slice(0, column);
  const declared = before.match(/function\s*\*?\s*([\w$]+)\s*$/);
  if (declared) return declared[1];
  const assigned = before.match(/([\w$.]+)\s*[:=]\s*(?:async\s*)?(?:function\s*\*?\s*)?$/);
  if (assigned) return assigned[1];
  const method = before.match(/([\w$]+)\s*$/);
  if (method && !KEYWORDS.has(method[1])) return method[1];
  const after = line.slice(column).match(/^(?:async\s+)?(?:function\s*\*?\s*([\w$]+)|([\w$]+)\s*\()/);
  if (after) return after[1] ?? after[2];
  return null;
}

/**
 * Maps a call frame of the built app (a URL under `origin`, 0-based line and column) to
 * `{ name, file, line }` in the original sources, reading `<dist>/<path>.map` once per chunk.
 * Frames outside the app (Chromium's own, the page's injected probes) keep their URL.
 */
export function sourceMapper(dist, origin) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      const path = url.startsWith(origin) ? join(dist, new URL(url).pathname) : null;
      const mapPath = path && `${path}.map`;
      maps.set(url, mapPath && existsSync(mapPath) ? new TraceMap(readFileSync(mapPath, 'utf8')) : null);
    }
    return maps.get(url);
  };
  const lines = new Map();
  const sourceLines = (map, source) => {
    const key = `${map.file}\u0000${source}`;
    if (!lines.has(key)) {
      const index = map.sources.indexOf(source);
      lines.set(key, map.sourcesContent?.[index]?.split('\n') ?? []);
    }
    return lines.get(key);
  };
  return ({ functionName, url, lineNumber, columnNumber }) => {
    // A script's top level while it is compiled and run has no line (-1): it is the chunk's.
    const map = url && lineNumber >= 0 ? mapFor(url) : null;
    const original = map ? originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) }) : null;
    if (!original?.source) {
      const file = url ? url.replace(origin, '') : '(no file)';
      return { name: functionName || '(anonymous)', file, line: lineNumber + 1 };
    }
    const text = sourceLines(map, original.source)[original.line - 1];
    // Our own sources are unminified, so their names are good; node_modules builds may be minified too.
    const name = nameFromSource(text, original.column) ?? original.name ?? (functionName || '(anonymous)');
    return { name, file: shortSource(original.source), line: original.line };
  };
}

/** Each sample's node and how long it stood for: the time to the next sample (the last, to the end). */
function samplesOf(profile) {
  const out = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i];
    const next = i + 1 < profile.samples.length ? time + profile.timeDeltas[i + 1] : profile.endTime;
    out.push({ node: profile.samples[i], at: time, us: Math.max(0, next - time) });
  }
  return out;
}

const addTo = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
export const topOf = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

/**
 * Self time of one or more profiles: totals (all, idle, GC, program), by function, by file and by
 * area (package or src folder), in microseconds, and the `stretches` longest busy runs of samples
 * (no idle sample in them), each with its three heaviest functions. `within` ({ fromUs, toUs }, on
 * the profile's clock) counts only the samples taken in that window, as in one task of a trace.
 */
export function selfTimes(profiles, mapFrame, { stretches = 5, within = null } = {}) {
  const byFunction = new Map();
  const byFile = new Map();
  const byArea = new Map();
  const totals = { allUs: 0, idleUs: 0, gcUs: 0, programUs: 0 };
  const busyRuns = [];
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const frames = new Map();
    const frameOf = (id) => {
      if (!frames.has(id)) {
        const { callFrame } = nodes.get(id);
        frames.set(id, SPECIAL.has(callFrame.functionName) ? { special: callFrame.functionName } : mapFrame(callFrame));
      }
      return frames.get(id);
    };
    let run = null;
    for (const sample of samplesOf(profile)) {
      if (within && (sample.at < within.fromUs || sample.at >= within.toUs)) continue;
      const frame = frameOf(sample.node);
      totals.allUs += sample.us;
      if (frame.special === IDLE) {
        totals.idleUs += sample.us;
        if (run) busyRuns.push(run);
        run = null;
        continue;
      }
      run ??= { us: 0, functions: new Map() };
      run.us += sample.us;
      const label = frame.special ?? `${frame.name} (${frame.file}:${frame.line})`;
      addTo(run.functions, label, sample.us);
      if (frame.special === GC) totals.gcUs += sample.us;
      if (frame.special === PROGRAM || frame.special === '(root)') totals.programUs += sample.us;
      addTo(byFunction, label, sample.us);
      const file = frame.special ?? frame.file;
      addTo(byFile, file, sample.us);
      addTo(byArea, frame.special ?? areaOf(frame.file), sample.us);
    }
    if (run) busyRuns.push(run);
  }
  const longest = busyRuns
    .sort((a, b) => b.us - a.us)
    .slice(0, stretches)
    .map((r) => ({ us: r.us, top: topOf(r.functions, 3) }));
  return { totals, byFunction, byFile, byArea, longest };
}

/** Trace event names by what Chromium was doing, as DevTools' summary groups them. */
const TRACE_KINDS = [
  ['GC', /GC|GarbageCollect|Sweep|Mark|Scavenge/],
  ['style + layout', /^(Layout|UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout|HitTest|PrePaint|UpdateLayer|IntersectionObserver)/],
  ['paint + composite', /^(Paint|PaintImage|PaintSetup|Layerize|Commit|CompositeLayers|RasterTask|Rasterize|DecodeImage|UpdateLayerTree|ComputeIntersections|LocalFrameView::RunPostLifecycleSteps|PaintArtifact)/],
  ['script', /^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8|V8|XHR|FireIdleCallback|ParseHTML|HandlePostMessage|v8\.)/],
];

const kindOf = (name) => (name.startsWith('RunTask') ? 'other' : kindOfEvent(name));
const kindOfEvent = (name) => TRACE_KINDS.find(([, test]) => test.test(name))?.[0] ?? 'other';

/**
 * The complete events (ph X) of the page's main thread, by start (a parent before its children):
 * of the trace's CrRendererMain threads, the one with the most work (the page's, not an extension's
 * or the service worker's).
 */
export function mainThreadSpans(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { us: -1, spans: [] };
  for (const main of mains) {
    const spans = events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const us = spans.reduce((sum, e) => sum + e.dur, 0);
    if (us > best.us) best = { us, spans };
  }
  return best.spans;
}

/**
 * Self time by trace event name on the page's main thread (the CrRendererMain thread with the
 * most work), from CDP Tracing's events in `devtools.timeline`: each complete event's duration
 * less its children's. Returns `{ byName, byKind, busyUs }` in microseconds.
 */
export function traceSelfTimes(events) {
  const byName = new Map();
  const byKind = new Map();
  let busyUs = 0;
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      addTo(byName, done.name, done.self);
      addTo(byKind, kindOf(done.name), done.self);
    }
  };
  for (const event of mainThreadSpans(events)) {
    close(event.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= event.dur;
    else busyUs += event.dur;
    // A task's own time is Chromium's work not traced any finer: where it was posted from says what.
    const from = event.args?.src_func ?? event.args?.data?.src_func;
    const name = event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask' ? `${event.name}${from ? ` (${from})` : ''}` : event.name;
    stack.push({ name, end: event.ts + event.dur, self: event.dur });
  }
  close(Infinity);
  for (const map of [byName, byKind]) for (const [key, us] of map) if (us < 0) map.set(key, 0);
  return { byName, byKind, busyUs };
}
