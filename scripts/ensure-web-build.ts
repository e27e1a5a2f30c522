/**
 * `npm start` serves the built web app. Build it when it is missing or older than its
 * sources, so a fresh checkout needs only `npm install && npm start`.
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

const sources = [path.join(root, 'src/web'), path.join(root, 'src/domain')].filter(existsSync);
const stale =
  !existsSync(builtIndex) ||
  sources.some((dir) => newestModification(dir) > statSync(builtIndex).mtimeMs);

if (stale) {
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
