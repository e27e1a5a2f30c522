/**
 * `npm start`: makes loading the server's modules cheap (platform/module-loading.ts), then
 * starts the server (start.ts). The server's modules are imported only after that, hence
 * the dynamic import.
 */
import { prepareModuleLoading } from './platform/module-loading.ts';

prepareModuleLoading();
await import('./start.ts');
