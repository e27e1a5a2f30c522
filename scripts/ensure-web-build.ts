/**
 * `npm start` serves the built web app. Build it when it is missing or older than its
 * sources, so a fresh checkout needs only `npm install && npm start`. `npm start` loads
 * this module into the server's own process (`node --import`) rather than starting a
 * process for it: when the build is current, all it costs is a stat of each source file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether the web app must be built: no build yet, or a source changed after it. */
export function webBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return [path.join(root, 'src/web'), path.join(root, 'src/domain')]
    .filter(existsSync)
    .some((dir) => newestModification(dir) > built);
}

if (webBuildIsStale()) {
  console.log('Building the web app (first start or changed sources)…');
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error('Building the web app failed; see the messages above.');
    process.exit(1);
  }
}
