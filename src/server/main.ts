/**
 * `npm start`: makes loading the server's modules cheap (platform/module-loading.ts) and
 * keeps the embedded database's compiled code (platform/wasm-code.ts), then starts the
 * server (start.ts). The server's modules are imported only after that, hence the dynamic
 * import.
 */
import { prepareModuleLoading } from './platform/module-loading.ts';
import { keepWasmCode } from './platform/wasm-code.ts';

prepareModuleLoading();
keepWasmCode();
await import('./start.ts');
