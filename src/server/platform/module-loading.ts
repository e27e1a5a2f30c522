/**
 * Loading the server's modules, made cheap enough for a restart in a few seconds. Before
 * any of our code runs, Node loads some 900 modules; two costs dominated that, and are
 * taken away here (measured with bench/startup):
 *
 * - Compiling. Every start, Node strips the types of each .ts file and V8 compiles each
 *   module anew. The compile cache keeps both on disk (in the system's temporary folder,
 *   or NODE_COMPILE_CACHE) and reuses them while a file is unchanged; a changed file is
 *   compiled again. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 * - drizzle-orm's package.json is 178 KB: an `exports` entry for every file. Node 24 parses
 *   that `exports` map again each time it resolves a module inside the package (to learn
 *   the package's module type) and each time one of our files imports the package, some
 *   400 times per start. The resolve hook below answers those questions itself.
 *
 * Must run before the modules it concerns are imported: main.ts calls it first and imports
 * the rest of the server afterwards.
 */
import module, { type ResolveFnOutput, type ResolveHookSync } from 'node:module';

/** The repository: our own modules, whose package imports resolve the same way from each. */
const ROOT_URL = new URL('../../../', import.meta.url).href;

/**
 * drizzle-orm ships "type": "module", one package.json and no nested ones, and its ES
 * modules (.js) import each other by relative paths to .js files. So such an import is that
 * file, as an ES module, without asking Node (which would parse the exports map to say so).
 */
const DRIZZLE_PACKAGE = '/node_modules/drizzle-orm/';

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

function isPackageName(specifier: string): boolean {
  return (
    !isRelative(specifier) && !specifier.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(specifier)
  );
}

/** Our own source: in the repository, not in a dependency. */
function isOwnModule(url: string | undefined): url is string {
  return url !== undefined && url.startsWith(ROOT_URL) && !url.includes('/node_modules/');
}

export function createResolveHook(): ResolveHookSync {
  // A package import from our source resolves to the same file from every one of our
  // files: there is no node_modules folder inside the repository but the root one.
  const packageImports = new Map<string, ResolveFnOutput>();

  return function resolve(specifier, context, nextResolve) {
    const parent = context.parentURL;
    if (
      parent?.startsWith('file:') &&
      parent.includes(DRIZZLE_PACKAGE) &&
      parent.endsWith('.js') &&
      isRelative(specifier) &&
      specifier.endsWith('.js')
    ) {
      return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
    }
    if (isOwnModule(parent) && isPackageName(specifier)) {
      const key = `${specifier}\0${context.conditions.join(',')}\0${context.importAttributes?.type ?? ''}`;
      let resolved = packageImports.get(key);
      if (!resolved) {
        resolved = nextResolve(specifier, context);
        packageImports.set(key, resolved);
      }
      return { ...resolved, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  };
}

export function prepareModuleLoading(): void {
  module.enableCompileCache();
  module.registerHooks({ resolve: createResolveHook() });
}

/**
 * Writes what was compiled so far to the compile cache. Node writes it when the process
 * exits normally; a server stopped with kill -9 would never write it, so the server calls
 * this once it has started.
 */
export function keepCompiledModules(): void {
  module.flushCompileCache();
}
