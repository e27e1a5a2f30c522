/**
 * Holds the login page to its budget: the JavaScript a browser fetches before /inloggen can
 * be used stays at most 150,000 bytes gzip. Reads the web build (dist/web), so run it after
 * `npm run build`: `npm run check:bundle`. Prints JSON; exits 1 above the budget.
 *
 * What counts: the entry script of index.html, the modules it preloads, and every chunk those
 * import statically (not the pages loaded with `import()`). Should the login page itself ever
 * be loaded on demand, its chunk and what that imports statically count as well: the page
 * cannot show before they are in. Each file counts gzipped on its own, as it is served.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150_000;
const WEB_DIST = path.resolve(import.meta.dirname, '../dist/web');

interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The module script and modulepreload tags of index.html, as paths inside dist/web. */
function initialScripts(indexHtml: string): string[] {
  const found: string[] = [];
  for (const tag of indexHtml.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /\btype=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel=["']modulepreload["']/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url?.endsWith('.js')) found.push(url.replace(/^\//, ''));
  }
  return found;
}

/**
 * The chunks a chunk imports statically: `import … from "./x.js"`, `import "./x.js"` and
 * `export … from "./x.js"`. `import("./x.js")` loads on demand and does not match.
 */
function staticImports(code: string): string[] {
  const statement =
    /(?:^|[;}\s])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)?\s*from\s*)?["']([^"']+\.js)["']/g;
  return [...code.matchAll(statement)].map((match) => match[1]!);
}

/** The login page's own chunk, only there when the build loads the page on demand. */
function loginPageChunks(): string[] {
  return readdirSync(path.join(WEB_DIST, 'assets'))
    .filter((name) => /^login-page-[\w-]+\.js$/.test(name))
    .map((name) => `assets/${name}`);
}

function loginPageJavaScript(): BundleFile[] {
  const indexHtml = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const pending = [...initialScripts(indexHtml), ...loginPageChunks()];
  const seen = new Set<string>();
  const files: BundleFile[] = [];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(path.join(WEB_DIST, file));
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length });
    for (const specifier of staticImports(bytes.toString('utf8'))) {
      pending.push(path.posix.join(path.posix.dirname(file), specifier));
    }
  }
  return files;
}

if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
  console.error('dist/web/index.html is missing: build the web app first (npm run build).');
  process.exit(1);
}
const files = loginPageJavaScript().sort((a, b) => b.gzipBytes - a.gzipBytes);
const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
const withinBudget = gzipBytes <= BUDGET_BYTES;
console.log(
  JSON.stringify(
    { page: '/inloggen', gzipBytes, budgetBytes: BUDGET_BYTES, withinBudget, files },
    null,
    2,
  ),
);
if (!withinBudget) {
  console.error(
    `The login page loads ${gzipBytes} bytes of JavaScript (gzip), more than its budget of ${BUDGET_BYTES}.`,
  );
  process.exit(1);
}
