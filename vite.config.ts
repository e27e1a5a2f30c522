import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = { '/api': 'http://localhost:8080' };

/**
 * zod's JSON Schema generator (two modules, about 5 kB gzip) is reachable from every zod
 * schema but only runs for `toJSONSchema()`: the server needs it for OpenAPI, the browser never
 * calls it. In the web build both modules are replaced by stubs with the same export names, so
 * the JavaScript of the login page stays under 150 kB gzip. A stub returns a function that
 * throws, so `schema.toJSONSchema()` in the browser fails loudly instead of giving wrong output.
 */
function withoutZodJsonSchema(): Plugin {
  const stubbed = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/;
  return {
    name: 'samenredzaam:without-zod-json-schema',
    apply: 'build',
    async load(id) {
      if (!stubbed.test(id)) return null;
      const names = exportedNames(await readFile(id, 'utf8'));
      if (names.length === 0)
        this.error(`No exports found in ${id}; update withoutZodJsonSchema().`);
      return [
        `const unavailable = () => () => { throw new Error('JSON Schema generation is not part of the web bundle.'); };`,
        ...names.map((name) => `export const ${name} = unavailable;`),
      ].join('\n');
    },
  };
}

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(
    /export\s+(?:const|let|var|class|(?:async\s+)?function\*?)\s+([\w$]+)/g,
  )) {
    if (match[1]) names.add(match[1]);
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

const gzipped = promisify(gzip);

/**
 * Every text file of the build of 1 kB or more also as `<file>.gz`, which the server sends to
 * browsers that accept gzip (`preCompressed` in src/server/app.ts): compressed once here at
 * the highest level instead of on each request.
 */
function precompressed(): Plugin {
  return {
    name: 'samenredzaam:precompressed',
    apply: 'build',
    async writeBundle(options, bundle) {
      const folder = options.dir!;
      const texts = Object.keys(bundle).filter((name) => /\.(js|css|html|svg|json)$/.test(name));
      await Promise.all(
        texts.map(async (name) => {
          const file = path.join(folder, name);
          const content = await readFile(file);
          if (content.length < 1024) return;
          await writeFile(`${file}.gz`, await gzipped(content, { level: 9 }));
        }),
      );
    },
  };
}

/** The web front end: source in src/web, built into dist/web, which the server serves. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [withoutZodJsonSchema(), react(), precompressed()],
  resolve: {
    alias: {
      // React 19 has useSyncExternalStore built in; the shim for React < 18 is dead weight.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Every browser the municipality supports has modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page needs in one file: left alone, Rolldown splits the
          // libraries the lazy pages share with it (zod, the router, TanStack Query) into
          // several chunks, which compress worse and cost the login page about 2 kB gzip.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  server: { proxy: api },
  preview: { proxy: api },
});
