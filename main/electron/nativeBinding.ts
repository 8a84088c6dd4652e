// better-sqlite3's .node file is built for one ABI. `npm test` uses the Node build in node_modules;
// Electron needs a build for its own ABI, which scripts/prepare-electron-native.mjs puts in
// .electron-native/ so the two never overwrite each other (TOOLCHAIN.md). Pure path logic here.
import { join } from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';
export const BETTER_SQLITE3_BINARY = 'better_sqlite3.node';

export interface NativeBindingFacts {
  /** app.getAppPath(): the project root in development, `.../resources/app.asar` when packaged. */
  appPath: string;
  /** process.versions.electron, undefined under plain Node. */
  electronVersion: string | undefined;
  exists: (file: string) => boolean;
}

/**
 * The Electron build of better-sqlite3 to pass as `new Database(file, { nativeBinding })`, or
 * undefined to let better-sqlite3 load its default (Node) build.
 */
export function electronNativeBinding({
  appPath,
  electronVersion,
  exists,
}: NativeBindingFacts): string | undefined {
  if (!electronVersion) return undefined;
  // Native modules cannot load from inside an asar archive; electron-builder unpacks them beside it.
  const root = appPath.replace(/app\.asar$/, 'app.asar.unpacked');
  const file = join(root, ELECTRON_NATIVE_DIR, BETTER_SQLITE3_BINARY);
  return exists(file) ? file : undefined;
}
