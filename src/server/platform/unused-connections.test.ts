/**
 * Stopping the server (SIGTERM, a restart) does not wait for the connections a browser opens
 * ahead of need: before, it waited until Node's headers timeout of a minute.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/support/test-app.ts';

let running: TestContext | undefined;
// Closing an app that a test has closed already does nothing more.
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function listeningApp(): Promise<{ ctx: TestContext; port: number }> {
  running = await createTestApp();
  await running.app.listen({ port: 0, host: '127.0.0.1' });
  const address = running.app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  return { ctx: running, port: address.port };
}

async function openConnection(
  { app }: TestContext,
  port: number,
): Promise<{ socket: Socket; closed: Promise<void> }> {
  const accepted = new Promise((resolve) => app.server.once('connection', resolve));
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  await accepted;
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, closed };
}

describe('stopping the server', () => {
  it('closes a connection that never carried a request, and stops', async () => {
    const { ctx, port } = await listeningApp();
    const { socket, closed } = await openConnection(ctx, port);

    await ctx.app.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });

  it('answers a request on a kept-alive connection, then closes it and stops', async () => {
    const { ctx, port } = await listeningApp();
    const { socket, closed } = await openConnection(ctx, port);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    await expect.poll(() => answer).toMatch(/^HTTP\/1\.1 200 OK/);

    await ctx.app.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
