/**
 * Loads the server's modules (also those it loads later, on first use) with Node's own
 * resolution, and asks the resolve hook of platform/module-loading.ts the same questions
 * beside it. Prints JSON: how many answers were compared and which differed. Run by
 * src/server/platform/module-loading.test.ts.
 */
import module from 'node:module';
import { createResolveHook } from '../../src/server/platform/module-loading.ts';

const hook = createResolveHook();
let compared = 0;
let drizzleModules = 0;
const differences: { specifier: string; parent: string | undefined; node: string; hook: string }[] =
  [];

module.registerHooks({
  resolve(specifier, context, nextResolve) {
    const node = nextResolve(specifier, context);
    const ours = hook(specifier, context, nextResolve);
    compared++;
    if (context.parentURL?.includes('/node_modules/drizzle-orm/')) drizzleModules++;
    const answer = (r: { url: string; format?: string | null }) => `${r.url} (${r.format ?? '?'})`;
    if (answer(ours) !== answer(node)) {
      differences.push({
        specifier,
        parent: context.parentURL,
        node: answer(node),
        hook: answer(ours),
      });
    }
    return node;
  },
});

await import('../../src/server/app.ts');
await import('../../src/server/demo/load-demo.ts');
await import('../../src/server/platform/db/database.ts');
// What the server loads on first use: a PostgreSQL server's driver, spreadsheets, PDFs.
await import('drizzle-orm/node-postgres');
await import('drizzle-orm/node-postgres/migrator');
await import('exceljs');
await import('pdfmake');

console.log(JSON.stringify({ compared, drizzleModules, differences }));
