/**
 * Closing the server does not wait for connections that never carried a request. Browsers
 * open such connections ahead of need (Chromium's preconnect); Node's server.close() and
 * closeIdleConnections() leave them open until the headers timeout (a minute), so a stop
 * or restart hung for up to a minute whenever a browser had the app open. Requests in
 * flight still finish, and a kept-alive connection between requests is closed by Fastify as
 * before.
 */
import type { Socket } from 'node:net';
import type { App } from './http.ts';

export function closeUnusedConnectionsOnClose(app: App): void {
  const open = new Set<Socket>();
  let closing = false;
  app.server.on('connection', (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  app.addHook('preClose', async () => {
    closing = true;
    for (const socket of open) {
      if (socket.bytesRead === 0) socket.destroy();
    }
  });
}
