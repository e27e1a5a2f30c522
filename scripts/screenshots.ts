/**
 * Takes the README's screenshots: starts the product on a fresh embedded database with the
 * demo, logs in, and saves PNGs under docs/screenshots. Run after `npm run build`:
 * `node scripts/screenshots.ts`.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/support/browser.ts';
import { ROOT, freePort, startServer, waitForHealth } from '../test/support/server-process.ts';

const out = path.join(ROOT, 'docs/screenshots');
await mkdir(out, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-shots-'));
const port = await freePort();
const server = startServer({
  DATA_DIR: path.join(dataDir, 'data'),
  PORT: String(port),
  SCHEDULER: 'off',
});
const browser = await launchBrowser();
try {
  await waitForHealth(port, 120_000);
  const base = `http://127.0.0.1:${port}`;
  const shots: { email: string | null; path: string; file: string }[] = [
    { email: null, path: '/', file: 'landing.png' },
    { email: 'admin@demo.example', path: '/', file: 'home-admin.png' },
    { email: 'applicant@demo.example', path: '/aanvragen', file: 'applications.png' },
    { email: 'policy_officer@demo.example', path: '/rondes', file: 'rounds.png' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    if (shot.email) {
      await page.goto(`${base}/inloggen`);
      await page.getByLabel('E-mailadres').fill(shot.email);
      await page.getByLabel('Wachtwoord').fill('samenredzaam-demo');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    }
    await page.goto(`${base}${shot.path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(out, shot.file) });
    await context.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(dataDir, { recursive: true, force: true });
}
