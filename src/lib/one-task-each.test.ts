import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOneTaskEach } from './one-task-each';

describe('startOneTaskEach', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts one item a task, never all in the task that asked', async () => {
    vi.useRealTimers();
    const startedItems: string[] = [];
    const all = startOneTaskEach(['a', 'b', 'c'], (item) => {
      startedItems.push(item);
      return Promise.resolve(item);
    });
    // Each of these timers runs after the task that starts the next item, and before the one after.
    const afterNextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    expect(startedItems).toEqual([]);
    await afterNextTask();
    expect(startedItems).toEqual(['a']);
    await afterNextTask();
    expect(startedItems).toEqual(['a', 'b']);
    await expect(all).resolves.toEqual(['a', 'b', 'c']);
  });

  it('does not wait for one load to finish before starting the next', async () => {
    const startedItems: number[] = [];
    const never = new Promise<number>(() => undefined);
    void startOneTaskEach([1, 2, 3], (item) => {
      startedItems.push(item);
      return never;
    });
    await vi.runAllTimersAsync();
    expect(startedItems).toEqual([1, 2, 3]);
  });

  it("gives the results in the items' order, whatever order they finish in", async () => {
    const all = startOneTaskEach([30, 10, 20], (ms) => new Promise<number>((resolve) => setTimeout(() => resolve(ms), ms)));
    await vi.runAllTimersAsync();
    await expect(all).resolves.toEqual([30, 10, 20]);
  });

  it('rejects with a failure, even one that came before the last item started', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const all = startOneTaskEach(['fails', 'fine'], (item) =>
        item === 'fails' ? Promise.reject(new Error('chunk did not load')) : Promise.resolve(item),
      );
      const outcome = expect(all).rejects.toThrow('chunk did not load');
      await vi.runAllTimersAsync();
      await outcome;
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('resolves at once with nothing to start', async () => {
    await expect(startOneTaskEach([], () => Promise.resolve(1))).resolves.toEqual([]);
  });
});
