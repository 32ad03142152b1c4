// Reading a DevTools trace of the page: which thread is the page's main thread, and where its time
// goes by category. Shared by the sweep (sweep.mjs) and the handover bench (handover.mjs).

// Where all of a traced scene's main-thread time goes, by category: each trace event's own time (its
// duration less that of the events inside it), so the categories add up to the time the main thread
// was busy. "Other" is the tasks' time outside every named event: input routing, hit testing,
// garbage collection, the browser's own bookkeeping.
export const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel';
export const CATEGORIES = {
  'event dispatch': ['EventDispatch'],
  'script (functions, timers, frames)': ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EvaluateScript', 'v8.callFunction', 'v8.run'],
  microtasks: ['RunMicrotasks'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit', 'PaintImage'],
  other: ['RunTask', 'ThreadControllerImpl::RunTask'],
};
const CATEGORY_OF = new Map(Object.entries(CATEGORIES).flatMap(([category, names]) => names.map((n) => [n, category])));
// The page's main thread: of the renderers' main threads (named so in the trace's metadata), the
// busiest. Returns a predicate on events.
export function mainThread(events) {
  const thread = (e) => `${e.pid}:${e.tid}`;
  const renderers = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const busiest = {};
  for (const e of events) if (e.name === 'RunTask' && e.dur && renderers.has(thread(e))) busiest[thread(e)] = (busiest[thread(e)] ?? 0) + e.dur;
  const main = Object.entries(busiest).sort((a, b) => b[1] - a[1])[0]?.[0];
  return (e) => thread(e) === main;
}
export function categoryBreakdown(events) {
  const onMain = mainThread(events);
  const timed = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.dur && CATEGORY_OF.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const own = Object.fromEntries(Object.keys(CATEGORIES).map((k) => [k, 0]));
  // A stack of the events that enclose the current one; each child's time comes off its parent's.
  const stack = [];
  for (const e of timed) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    own[CATEGORY_OF.get(e.name)] += e.dur;
    if (stack.length) own[CATEGORY_OF.get(stack.at(-1).name)] -= Math.min(e.dur, stack.at(-1).ts + stack.at(-1).dur - e.ts);
    stack.push(e);
  }
  const busy = Object.values(own).reduce((a, b) => a + b, 0);
  return { busy: busy / 1000, parts: Object.fromEntries(Object.entries(own).map(([k, v]) => [k, v / 1000])) };
}

