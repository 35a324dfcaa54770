import { create } from 'zustand';

/** Whether the app can work offline, and whether a newer version is waiting to be used. */
type OfflineStatus = {
  isOfflineReady: boolean;
  isUpdateWaiting: boolean;
  /** Switches to the waiting version and reloads; set once one is waiting. */
  applyUpdate: (() => Promise<void>) | null;
};

export const useOfflineStatus = create<OfflineStatus>(() => ({
  isOfflineReady: false,
  isUpdateWaiting: false,
  applyUpdate: null,
}));

let hasRegistered = false;

/**
 * Registers the service worker that keeps the whole app for offline use. Loaded after the first
 * page so it never delays it; in development (no service worker is built) it does nothing.
 */
export async function registerOfflineSupport(): Promise<void> {
  if (hasRegistered || import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  hasRegistered = true;
  const { registerSW } = await import('virtual:pwa-register');
  const updateServiceWorker = registerSW({
    onOfflineReady: () => useOfflineStatus.setState({ isOfflineReady: true }),
    // A new version is offered, never forced: the learner may be in the middle of a sentence.
    onNeedRefresh: () => useOfflineStatus.setState({ isUpdateWaiting: true, applyUpdate: () => updateServiceWorker(true) }),
  });
  // A page already controlled by this version's worker can work offline now.
  if (navigator.serviceWorker.controller) useOfflineStatus.setState({ isOfflineReady: true });
}
