/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app's Content-Security-Policy: scripts only from our own files (no inline or remote
 * script), and no connection anywhere but our own origin, so learner data cannot leave the page.
 * Styles allow inline attributes because the chart library sets them. Build only: the dev server
 * injects an inline script of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The home page is where most visits start, and its page code is a lazy chunk the entry asks for
 * only once it has run: preloading it with the entry saves that round trip before the first paint.
 * Other routes fetch these few KB too, but never run them.
 */
function preloadHomePage(): Plugin {
  return {
    name: 'preload-home-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const home = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/HomePage.tsx'));
        if (!home) throw new Error('preload-home-page: no chunk for src/app/HomePage.tsx');
        return [home.fileName, ...home.imports]
          .filter((file) => file.endsWith('.js') && !html.includes(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Shorter preload lists. Before a lazy chunk runs, Vite preloads everything it imports, from a list
 * of file names written into the chunk that imports it. The chunks that importer itself imports
 * statically have always loaded before it runs, so naming them again only adds bytes: with a chunk
 * per worksheet entry (src/worksheets/<id>/entry.ts), each repeating the shell's chunks, that was
 * about 2.5 KB gzip on the pages that list every worksheet and 0.7 KB on a section page. They are
 * left out here; what is preloaded, and when, is unchanged.
 */
function preloadOnlyWhatIsNotLoaded() {
  let bundle: OutputBundle | undefined;
  const loadedBefore = new Map<string, Set<string>>();
  /** A chunk and everything it imports statically, all loaded before its code runs. */
  const staticClosure = (file: string): Set<string> => {
    const known = loadedBefore.get(file);
    if (known) return known;
    const files = new Set<string>();
    const visit = (name: string) => {
      const output = bundle?.[name];
      if (files.has(name) || output?.type !== 'chunk') return;
      files.add(name);
      output.imports.forEach(visit);
    };
    visit(file);
    loadedBefore.set(file, files);
    return files;
  };
  const plugin: Plugin = {
    name: 'preload-only-what-is-not-loaded',
    apply: 'build',
    // Before Vite's own generateBundle writes the lists, so the chunks' imports are known.
    generateBundle: {
      order: 'pre',
      handler(_options, output) {
        bundle = output;
        loadedBefore.clear();
      },
    },
  };
  const resolveDependencies = (_file: string, deps: string[], { hostId, hostType }: { hostId: string; hostType: 'html' | 'js' }) => {
    if (hostType !== 'js' || !bundle) return deps;
    const loaded = staticClosure(hostId);
    return deps.filter((dep) => !loaded.has(dep));
  };
  return { plugin, resolveDependencies };
}
const preloads = preloadOnlyWhatIsNotLoaded();

/**
 * Installable and offline: every file of the built app (all routes, worksheets, the PDF fonts) is
 * cached by a service worker on the first visit. A new version waits until the learner chooses to
 * update (registerType 'prompt'), so nobody is reloaded mid-edit. Registered from the app's own code
 * (see app/offline.ts), after the first page has loaded.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Coursework Toolkit',
    short_name: 'Coursework',
    description: 'Guided worksheets for the ISP Level 3 Professional Sales units, with PDF evidence for your portfolio.',
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f4e79',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest}'],
    // The PDF fonts are the largest files (about 530 KB each, the emoji font about 880 KB).
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadHomePage(), preloads.plugin, offline],
  // Fonts for the PDF are fetched as files only when a learner exports.
  assetsInclude: ['**/*.ttf'],
  // The manifest lets tests/budgets/check-budgets.mjs work out which chunks each route loads.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: { resolveDependencies: preloads.resolveDependencies },
    // Full zod in a chunk of its own, so the start-up code carries zod/mini only (see storage/store-schema.ts).
    // store-schema.ts re-exports the full-zod schemas for forms and backups; marking their module free
    // of side effects lets the start-up chunk leave it out, and the group keeps it out of shared chunks.
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: /src\/storage\/store-schema-full\.ts$/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'zod-full', test: /node_modules\/zod\/v4\/classic\/|src\/storage\/store-schema-full/ },
            // The 27 unit outlines in one chunk, not one each: the registry's metas read most of them, and
            // apart they compress 4–5 KB worse.
            { name: 'spec-outlines', test: /src\/lib\/spec\/(units\/|criteria\.ts)/ },
          ],
          includeDependenciesRecursively: false,
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // PDF read-backs and the 10,000-file import property take seconds; a busy machine must not fail them.
    testTimeout: 30_000,
  },
});
