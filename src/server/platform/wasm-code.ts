/**
 * Keeps the WebAssembly code of a closed embedded database instead of letting V8 free it.
 * V8 13.6 in Node 24 can abort the whole process (a failed check in its bookkeeping of
 * executable pages) when it frees the call wrappers of a PGlite that was closed while a
 * newer one still calls through them. The server opens a new engine on its data folder after
 * a failed write (db/database.ts), the command line's `restore` opens the restored database
 * after checking the backup in another, and every test file opens one of its own. Without
 * code collection V8 keeps a few hundred kilobytes per closed engine. docs/operations.md
 * says more.
 */
import v8 from 'node:v8';

/** Must run before the first WebAssembly module is compiled. */
export function keepWasmCode(): void {
  v8.setFlagsFromString('--no-wasm-code-gc');
}
