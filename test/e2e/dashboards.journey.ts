/**
 * Journey: the policy officer opens the neighbourhood map (kloppend hart) on a phone-sized
 * screen, reaches the map and a provision's point with the keyboard, and finds in the table
 * alternative the same numbers per buurt as the map is drawn from: Mariaberg's 12
 * participants of 2025 (set up in the database). axe reports nothing; nothing is wider than
 * the 360 px screen, there or on the dashboards.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participants, provisions } from '../../src/server/platform/db/schema.ts';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('the neighbourhood map in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({
      clock: () => new Date('2026-12-07T10:00:00Z'),
      prepare: async (db) => {
        const [lindeboom] = await db
          .select({ id: provisions.id })
          .from(provisions)
          .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
        await db.insert(participants).values(
          Array.from({ length: 12 }, (_, i) => ({
            provisionId: lindeboom!.id,
            displayName: `P${i}`,
            neighbourhoodCode: 'BU09350201',
            startDate: '2025-02-03',
            endDate: '2025-11-28',
            clientRoute: 'self',
          })),
        );
      },
    });
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('reaches the map by keyboard and lists the same numbers in its table', async () => {
    const { base } = journey;
    const { page } = await journey.openWindow({ viewport: { width: 360, height: 800 } });
    await logIn(page, base, 'policy_officer@demo.example', '/dashboards/kaart');
    await page.getByRole('heading', { level: 1, name: 'Kloppend hart per buurt' }).waitFor();
    await page.locator('.leaflet-container path').first().waitFor(POLL);

    const focusedLabel = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const tabUntil = async (wanted: RegExp) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (wanted.test(await focusedLabel())) return true;
      }
      return false;
    };
    expect(await tabUntil(/^Kaart van de buurten van Maastricht/)).toBe(true);
    expect(await tabUntil(/^Huiskamer De Lindeboom, /)).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .locator('.leaflet-popup-content', { hasText: 'Huiskamer De Lindeboom (Huiskamer)' })
      .waitFor();

    const table = page.getByRole('table', { name: 'Deelnemers en voorzieningen per buurt, 2025' });
    const row = table.getByRole('row', { name: /^Mariaberg/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Buitenwijk West',
      'Huiskamer',
      'Algemene voorziening dagactiviteiten, Inwonersondersteuning – informatie en advies, Inwonersondersteuning – diensten',
      '12',
      '1',
    ]);
    // Every buurt in the table has the number the map is coloured by.
    const map = (await (await page.request.get(`${base}/api/dashboards/map?year=2025`)).json()) as {
      buurten: { name: string; participants: number | '<5' | null }[];
    };
    const rows = await table.locator('tbody tr').all();
    expect(rows).toHaveLength(44);
    for (const [i, buurt] of map.buurten.entries()) {
      const cells = await rows[i]!.locator('th, td').allTextContents();
      expect(cells[0]).toBe(buurt.name);
      const shown = buurt.participants === null ? 'x' : String(buurt.participants);
      expect(cells[4]!.startsWith(shown)).toBe(true);
    }
    await page
      .getByText(/Kadaster \/ Centraal Bureau voor de Statistiek \(CBS\), 2025/)
      .first()
      .waitFor();
    await checkPage(page, 'neighbourhood map');
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);

    // Narrowed to Mariaberg's wijk: the address keeps the choice, the table only that wijk.
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Buitenwijk West' });
    await page.waitForURL(/[?&]wijk=WK093502/);
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(44);
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('12');

    // The dashboards, from the link on the map page: Mariaberg's 12 are De Lindeboom's.
    await page.getByRole('link', { name: 'Terug naar de dashboards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    const routes = page.getByRole('table', { name: 'Deelnemers per route, 2025' });
    expect(await routes.getByRole('row', { name: /^Totaal/ }).textContent()).toContain('12');
    await checkPage(page, 'dashboards');
    expect(await width()).toBeLessThanOrEqual(360);

    // A filter is a step in the address: the back button returns to the view before it.
    await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Huiskamer' });
    await page.waitForURL(/[?&]categorie=living_room/);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/dashboards' && url.search === '');
  });
});
