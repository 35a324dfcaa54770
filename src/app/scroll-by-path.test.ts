import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberScroll, resetScrollPositionsForTest, restoreScroll } from './scroll-by-path';

describe('scroll restoration by path', () => {
  let scrollTo: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    window.sessionStorage.clear();
    resetScrollPositionsForTest();
    scrollTo = vi.fn();
    window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const scrollBy = (y: number) => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    window.dispatchEvent(new Event('scroll'));
  };

  it('opens a page never seen at the top', () => {
    restoreScroll('/units', '');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
  });

  it('opens a page again where it was last left, and another page at its own place', () => {
    const stop = rememberScroll('/units');
    scrollBy(640);
    stop();
    const stopHome = rememberScroll('/');
    scrollBy(20);
    stopHome();
    restoreScroll('/units', '');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
    restoreScroll('/', '');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 20);
  });

  it('keeps the positions through a reload (the tab’s session storage)', () => {
    const stop = rememberScroll('/backup');
    scrollBy(300);
    window.dispatchEvent(new Event('pagehide'));
    stop();
    resetScrollPositionsForTest();
    restoreScroll('/backup', '');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 300);
  });

  it('stops following a page once the path changes', () => {
    const stop = rememberScroll('/a');
    scrollBy(100);
    stop();
    scrollBy(900);
    restoreScroll('/a', '');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 100);
  });

  it('goes to the element an address’s #id names, on a page with no saved position', () => {
    document.body.innerHTML = '<h2 id="what-you-need">x</h2>';
    const element = document.getElementById('what-you-need')!;
    element.scrollIntoView = vi.fn();
    restoreScroll('/documents/1', '#what-you-need');
    expect(element.scrollIntoView).toHaveBeenCalled();
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('reads damaged saved positions as none', () => {
    window.sessionStorage.setItem('scroll-positions', '[1,2');
    restoreScroll('/units', '#missing');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
  });
});
