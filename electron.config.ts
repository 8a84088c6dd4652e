// The one build configuration (electron-vite's layout, without the extra dependency): three Vite
// builds — main (Node, ESM), preload (CommonJS: sandboxed preloads cannot be ES modules) and
// renderer (React, relative base for the app:// protocol) — plus electron-builder's packaging.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Configuration } from 'electron-builder';
import type { InlineConfig } from 'vite';

const root = import.meta.dirname;
export const OUT_DIR = resolve(root, 'out');
export const RENDERER_OUT_DIR = resolve(OUT_DIR, 'renderer');

/** Loaded at run time from node_modules: native, or reading their own data files (fonts, AFM). */
const MAIN_EXTERNALS = [
  'electron',
  'better-sqlite3',
  'pdfkit',
  'fontkit',
  'dejavu-fonts-ttf',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

const isExternal = (id: string): boolean =>
  MAIN_EXTERNALS.some((name) => id === name || id.startsWith(`${name}/`));

export const mainConfig: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'main/electron/main.ts'),
    outDir: resolve(OUT_DIR, 'main'),
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external: isExternal,
      output: { format: 'es', entryFileNames: 'index.js' },
    },
  },
  // Bundle pure dependencies (zod, date-fns, bidi-js) so the app does not depend on node_modules
  // layout for them; only MAIN_EXTERNALS stay outside.
  ssr: { noExternal: true, external: MAIN_EXTERNALS.filter((name) => !name.includes(':')) },
};

export const preloadConfig: InlineConfig = {
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'main/electron/preload.ts'),
    outDir: resolve(OUT_DIR, 'preload'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    minify: false,
    rolldownOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
  ssr: { noExternal: true, external: ['electron'] },
};

export const rendererConfig: InlineConfig = {
  configFile: false,
  root: resolve(root, 'renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: RENDERER_OUT_DIR,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Never inline assets as data: URLs into scripts or styles; the CSP allows data: for images only.
    assetsInlineLimit: 0,
  },
};

/** electron-builder's options (scripts/package.ts). Packaging downloads Electron: not run in CI. */
export const builderConfig: Configuration = {
  appId: 'org.hipspine.examassistant',
  productName: 'HipSpine Exam Assistant',
  directories: { output: 'release', buildResources: 'resources' },
  files: ['out/**', 'resources/**', '.electron-native/**', 'package.json'],
  // Native code cannot load from inside the asar archive.
  asarUnpack: ['**/*.node', '.electron-native/**'],
  // better-sqlite3 for Electron is prepared by scripts/prepare-electron-native.mjs; electron-builder's
  // own rebuild would overwrite the Node build that `npm test` uses.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Electron fuses (security checklist item 19; issue 7), flipped in the packaged binary: no
  // ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect (each would let another local program run code
  // as this app, with its access to the records), cookies encrypted by the OS, code loaded only from
  // an integrity-checked app.asar, and no extra privileges for file://, which the app never uses.
  // Asserted in tests/security/electron-checklist.test.ts; packaging itself cannot run here.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.medical' },
};
