/**
 * Starts `start(item)` for each item, each in a task of its own, and resolves with every result in
 * the items' order (rejecting with the first failure, as Promise.all does).
 *
 * Why: starting a lazy chunk's load is not free. Before the chunk is fetched, Vite adds a
 * `<link rel="modulepreload">` for each file it needs, and Chromium takes about 1.5 ms over each
 * (6 ms at Lighthouse's 4× CPU slowdown) when the offline service worker serves the app. Fifteen
 * worksheets' models started at once made a single 570 ms task on the portfolio page, in which the
 * page could not answer a click; started one a task, each task is short, and the files still
 * download side by side, as only the start is spread.
 */
export async function startOneTaskEach<T, R>(items: readonly T[], start: (item: T) => Promise<R>): Promise<R[]> {
  const started: Promise<R>[] = [];
  for (const item of items) {
    await nextTask();
    const result = start(item);
    // Awaited with the rest below; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    started.push(result);
  }
  return Promise.all(started);
}

/** Resolves in a later task (a timer), so the browser can handle input and paint in between. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });
