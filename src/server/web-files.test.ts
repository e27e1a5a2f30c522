/**
 * How the server sends the built web app: files whose name carries a hash of their content
 * are kept by a browser for a year; index.html is checked on every visit, so a new release
 * reaches everyone at once; text files go gzip-compressed to a browser that accepts it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PSEUDONYM_KEY, openTestDatabase } from '../../test/support/test-app.ts';
import { buildApp, cacheControlOf } from './app.ts';
import { loadConfig } from './platform/config.ts';
import type { App } from './platform/http.ts';

const INDEX = '<!doctype html><html lang="nl"><title>Samenredzaam</title></html>';
const SCRIPT = `export const greeting = ${JSON.stringify('Goedemorgen, '.repeat(400))};\n`;

let folder: string;
let app: App;
let drop: () => Promise<void>;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'samenredzaam-web-'));
  await mkdir(path.join(folder, 'assets'));
  await writeFile(path.join(folder, 'index.html'), INDEX);
  await writeFile(path.join(folder, 'assets', 'index-C6mrke9o.js'), SCRIPT);
  await writeFile(path.join(folder, 'assets', 'index-C6mrke9o.js.gz'), gzipSync(SCRIPT));
  const opened = await openTestDatabase();
  drop = opened.drop;
  app = await buildApp({
    db: opened.handle.db,
    databaseKind: opened.handle.kind,
    config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
    webDist: folder,
  });
});
afterAll(async () => {
  await app.close();
  await drop();
  await rm(folder, { recursive: true, force: true });
});

describe('the files of the web app', () => {
  it('lets a browser keep a hashed asset for a year and sends it gzip-compressed when accepted', async () => {
    const compressed = await app.inject({
      method: 'GET',
      url: '/assets/index-C6mrke9o.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(compressed.rawPayload).toString()).toBe(SCRIPT);
    expect(compressed.rawPayload.length).toBeLessThan(SCRIPT.length / 10);

    const plain = await app.inject({ method: 'GET', url: '/assets/index-C6mrke9o.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('has a browser check index.html on every visit, also for a page of the app', async () => {
    for (const url of ['/', '/rondes']) {
      const page = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toBe(INDEX);
    }
  });

  it('keeps only files under assets/ named with an eight-character hash for a year', () => {
    expect(cacheControlOf('/srv/web/assets/index-C6mrke9o.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlOf('/srv/web/assets/index-BcZEUeXQ.css.gz')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlOf('/srv/web/index.html')).toBe('no-cache');
    expect(cacheControlOf('/srv/web/favicon.svg')).toBe('no-cache');
    expect(cacheControlOf('/srv/web/assets/logo.svg')).toBe('no-cache');
  });
});
