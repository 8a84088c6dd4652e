// First step of `npm start`: make the pieces Electron needs without touching what `npm test` uses.
//
// 1. The Electron binary. package.json's allowScripts keeps electron's download from running during
//    `npm install` (it cannot download on offline build machines), so fetch it here, once.
// 2. better-sqlite3 built for Electron's ABI, in .electron-native/better_sqlite3.node. A copy of the
//    package is built in .electron-native/build/ (prebuilt download first, then node-gyp against
//    Electron's headers); node_modules/better-sqlite3 keeps its Node build for vitest.
//    main/electron/nativeBinding.ts hands the file to `new Database(file, { nativeBinding })`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const outDir = join(root, '.electron-native');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

const readVersion = (name) =>
  JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

function run(command, args, options = {}) {
  console.log(`> ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status === 0;
}

function ensureElectronBinary() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  if (existsSync(join(electronDir, 'path.txt'))) return;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    fail(
      'The Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set. Unset it to let ' +
        '`npm start` download Electron, or use `npm run dev:browser` to run the app in Chromium.',
    );
  }
  console.log('Downloading the Electron binary (once)...');
  if (!run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir })) {
    fail(
      'Could not download Electron. Check the internet connection (or a proxy: ELECTRON_MIRROR), ' +
        'or run the app in Chromium with `npm run dev:browser`.',
    );
  }
}

function buildNativeModule(electronVersion, sqliteVersion) {
  const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch };
  if (existsSync(outFile) && existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(old) === JSON.stringify(stamp)) return;
  }
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(outDir, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Copy the package without its Node build, so nothing in node_modules is rebuilt or replaced.
  cpSync(source, work, {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, 'build')) && !path.includes('node_modules'),
  });

  // Our headers must be Electron's: drop a machine-wide nodedir (e.g. npm_config_nodedir=/usr).
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];

  const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  let built = run(process.execPath, [prebuild, ...target], { cwd: work, env });
  if (!built) {
    console.log('No prebuilt binary; compiling against Electron headers (about a minute)...');
    const gyp = join(dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
    built = run(
      process.execPath,
      [
        gyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env },
    );
  }
  const binary = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !existsSync(binary)) {
    fail(
      'Could not build better-sqlite3 for Electron. See the output above (a C++ toolchain is needed).',
    );
  }
  copyFileSync(binary, outFile);
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${outFile}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

ensureElectronBinary();
buildNativeModule(readVersion('electron'), readVersion('better-sqlite3'));
