/**
 * The public pages through app.inject(), on the demo: the social map's filters, postcode to
 * buurt, the language switch, JSON-LD, escaping, a resident's request (spam guard, once per
 * form, rate limit) that the coordinator accepts; the subsidy register's CSV and JSON; the
 * sitemap.
 */
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, as, createTestApp, loginAs } from '../../../../test/support/test-app.ts';
import { TEMPLATE_MOMENT } from '../../../../test/support/template-moment.ts';
import { JOIN_REQUESTS_PER_HOUR } from './social-map.routes.ts';
import { forgetCatalogue } from './social-map.service.ts';

let ctx: TestContext;
let now = new Date(TEMPLATE_MOMENT.getTime() + 3_600_000);
let lindeboom: string;

const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await ctx.handle.db.execute(query)) as { rows: T[] }).rows;
const formKeyOf = (body: string) => /name="formKey" value="([^"]+)"/.exec(body)![1]!;
const post = (payload: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url: `/voorzieningen/${lindeboom}/aanmelden`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(payload).toString(),
  });

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  lindeboom = (
    await rows<{ id: string }>(sql`select id from provisions where name = 'Huiskamer De Lindeboom'`)
  )[0]!.id;
});
afterAll(() => ctx.close());

describe('the social map', () => {
  it('searches by buurt, day part, accessibility, postcode and text, in Dutch or English', async () => {
    const all = await get('/voorzieningen');
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toBe('text/html; charset=utf-8');
    // A form sent from a page under "no-referrer" carries "Origin: null", which CSRF refuses.
    expect(all.headers['referrer-policy']).toBe('same-origin');
    expect(all.body).toContain('<html lang="nl">');
    expect(all.body).toContain('6 voorzieningen gevonden');
    expect(all.body).toContain('Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025');
    expect(all.body.match(/<path /g)).toHaveLength(44);

    const evening = await get(
      '/voorzieningen?buurt=BU09350400&dayPart=evening&access=wheelchair&category=&q=',
    );
    expect(evening.body).toContain('1 voorziening gevonden');
    expect(evening.body).toContain('Informatiepunt Oost</a>');
    expect(evening.body).not.toContain('Klusteam Maas en Mergel</a>');
    expect((await get('/voorzieningen?dayPart=evening&access=disabled_parking')).body).toContain(
      '0 voorzieningen gevonden',
    );
    expect((await get('/voorzieningen?q=JEKER')).body).toContain('1 voorziening gevonden');

    const outside = await get('/voorzieningen?postcode=1012%20AB');
    expect(outside.body).toContain('Postcode 1012 AB ligt niet in de gemeente Maastricht.');
    expect(outside.body).toContain('0 voorzieningen gevonden');
    // 6214 is Mariaberg's postcode area: the centre of its addresses lies in Mariaberg.
    const around = await get('/voorzieningen?postcode=6214ab');
    expect(around.body).toContain(
      'Postcode 6214 AB ligt in of rond Mariaberg: daar ligt het midden van postcodegebied 6214.',
    );
    expect(around.body).toMatch(/<option value="BU09350201"\s+selected>Mariaberg<\/option>/);
    const unplaced = await get('/voorzieningen?postcode=6201');
    expect(unplaced.body).toContain('We kunnen postcode 6201 nog niet aan een buurt koppelen.');
    expect(unplaced.body).toContain('0 voorzieningen gevonden');
    expect((await get('/voorzieningen?postcode=hallo')).body).toContain('Dit is geen postcode.');

    const english = await get('/voorzieningen?lang=en&dayPart=evening');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('1 provision found');
    const cookie = english.cookies.find((c) => c.name === 'taal');
    expect(cookie?.value).toBe('en');
    expect(cookie?.httpOnly).toBe(true);
    const remembered = await get('/voorzieningen', 'taal=en');
    expect(remembered.body).toContain('<h1>Social map</h1>');
    expect(remembered.body).toContain('href="/voorzieningen?lang=nl"');
    expect(remembered.cookies).toHaveLength(0);
  });

  it('shows a provision with its structured data, and escapes what organisations type', async () => {
    const page = await get(`/voorzieningen/${lindeboom}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('woensdag: ochtend (09:00–12:00), middag (13:00–17:00)');
    expect(page.body).toContain('Rolstoeltoegankelijk, Aangepast toilet, Ringleiding');
    expect(page.body).toContain('href="tel:0431234567"');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)![1]!;
    const data = JSON.parse(json) as { '@context': string; '@graph': { '@type': string }[] };
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@graph'].map((node) => node['@type'])).toEqual(['Place', 'Service']);
    expect(JSON.stringify(data)).toContain(
      '"dayOfWeek":"https://schema.org/Wednesday","opens":"13:00"',
    );

    await ctx.handle.db.execute(
      sql`update provisions set public_description = ${'</script><script>alert(1)</script>'},
          name = ${'Huiskamer <b>"De Lindeboom"</b>'} where id = ${lindeboom}`,
    );
    forgetCatalogue(ctx.handle.db);
    const escaped = await get(`/voorzieningen/${lindeboom}`);
    expect(escaped.body).not.toContain('<script>alert(1)');
    expect(escaped.body).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escaped.body).toContain(
      '<h1>Huiskamer &lt;b&gt;&quot;De Lindeboom&quot;&lt;/b&gt;</h1>',
    );
    // In the JSON-LD, "<" is written as \u003c, so the script element cannot be closed.
    expect(escaped.body).toContain('\\u003c/script>\\u003cscript>alert(1)');
    await ctx.handle.db.execute(
      sql`update provisions set name = 'Huiskamer De Lindeboom' where id = ${lindeboom}`,
    );
    forgetCatalogue(ctx.handle.db);

    // The organisation sets a photo: resized to 1200 px wide WebP, EXIF gone, with its text.
    const applicant = await loginAs(ctx.app, 'applicant@demo.example');
    const upload = (file: Buffer, altText: string) => {
      const boundary = 'fotogrens';
      return ctx.app.inject({
        method: 'PUT',
        url: `/api/provisions/${lindeboom}/photo`,
        headers: { ...as(applicant), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="altText"\r\n\r\n${altText}\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="foto.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
          ),
          file,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    const camera = await sharp({
      create: { width: 2400, height: 1600, channels: 3, background: '#3a7' },
    })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Fotograaf', ImageDescription: 'Thuis bij mevrouw' } })
      .toBuffer();
    expect((await sharp(camera).metadata()).exif).toBeDefined();
    const refused = await upload(Buffer.from('%PDF-1.4 geen foto'), 'Een folder');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('De foto is geen afbeelding die wij kunnen lezen');
    const noText = await upload(camera, '  ');
    expect(noText.json<{ fields: { path: string }[] }>().fields).toEqual([
      expect.objectContaining({ path: 'altText' }),
    ]);
    const uploaded = await upload(camera, 'De huiskamer met de lange tafel');
    expect(uploaded.statusCode).toBe(200);
    const photo = uploaded.json<{ photo: { width: number; height: number; url: string } }>().photo;
    expect([photo.width, photo.height]).toEqual([1200, 800]);
    const served = await get(photo.url);
    expect(served.headers['content-type']).toBe('image/webp');
    const stored = await sharp(served.rawPayload).metadata();
    expect([stored.format, stored.width, stored.height, stored.exif]).toEqual([
      'webp',
      1200,
      800,
      undefined,
    ]);
    const thumbnail = await sharp(
      (await get(photo.url.replace('foto.webp', 'foto-klein.webp'))).rawPayload,
    ).metadata();
    expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(['webp', 320, 213]);
    expect((await get(`/voorzieningen/${lindeboom}`)).body).toContain(
      `src="${photo.url.replace('&', '&amp;')}"\n                  alt="De huiskamer met de lange tafel"`,
    );

    // The policy officer hides it, with a reason: gone from the map at once, and audited.
    const policy = await loginAs(ctx.app, 'policy_officer@demo.example');
    const hide = (hidden: boolean, reason?: string) =>
      ctx.app.inject({
        method: 'PUT',
        url: `/api/provisions/${lindeboom}/visibility`,
        headers: as(policy),
        payload: { hidden, ...(reason ? { reason } : {}) },
      });
    const withoutReason = await hide(true);
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.body).toContain('Vul de reden in');
    const hiddenNow = (await hide(true, 'Het adres klopt niet meer')).json<{
      hidden: boolean;
      hiddenReason: string;
    }>();
    expect([hiddenNow.hidden, hiddenNow.hiddenReason]).toEqual([true, 'Het adres klopt niet meer']);
    expect((await get(`/voorzieningen/${lindeboom}`)).statusCode).toBe(404);
    expect((await get(photo.url)).statusCode).toBe(404);
    expect((await get('/voorzieningen')).body).toContain('5 voorzieningen gevonden');
    expect(
      await rows<{ after: unknown }>(
        sql`select after from audit_events where action = 'provision.hide' and entity_id = ${lindeboom}`,
      ),
    ).toEqual([{ after: { hidden: true, reason: 'Het adres klopt niet meer' } }]);
    expect((await hide(false)).json<{ hiddenReason: null }>().hiddenReason).toBeNull();
    expect((await get(`/voorzieningen/${lindeboom}`)).statusCode).toBe(200);

    const missing = await get('/voorzieningen/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Deze pagina bestaat niet (meer).');
    expect((await get('/voorzieningen/niet-een-id')).statusCode).toBe(404);

    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(sitemap.body).toContain(`/voorzieningen/${lindeboom}</loc><lastmod>`);
    // The map, its provisions, the register, the fund and its list (no initiative approved yet).
    expect(sitemap.body.match(/<url>/g)).toHaveLength(10);
    expect(sitemap.body).toContain('/fonds-openbaar/initiatieven</loc>');
  });
});

describe('one finder at /voorzieningen', () => {
  it('answers 301 at the old addresses, and offers staff their actions on the map', async () => {
    const moved = async (from: string, to: string) => {
      const answer = await get(from);
      expect([answer.statusCode, answer.headers.location]).toEqual([301, to]);
    };
    await moved('/sociale-kaart?buurt=BU09350201', '/voorzieningen?buurt=BU09350201');
    await moved(`/sociale-kaart/${lindeboom}`, `/voorzieningen/${lindeboom}`);
    await moved(
      `/voorzieningen/${lindeboom}/deelnemers`,
      `/beheer/voorzieningen/${lindeboom}/deelnemers`,
    );
    await moved(
      `/voorzieningen/${lindeboom}/deelnemers/nieuw`,
      `/beheer/voorzieningen/${lindeboom}/deelnemers/nieuw`,
    );
    await moved(
      `/voorzieningen/${lindeboom}/aanwezigheid?week=2027-03-01`,
      `/beheer/voorzieningen/${lindeboom}/aanwezigheid?week=2027-03-01`,
    );
    await moved(
      `/voorzieningen/${lindeboom}/verwijzingen`,
      `/beheer/voorzieningen/${lindeboom}/verwijzingen`,
    );
    await moved(
      `/voorzieningen/${lindeboom}/rapportage`,
      `/beheer/voorzieningen/${lindeboom}/rapportage`,
    );
    expect((await get('/voorzieningen/niet-een-id/deelnemers')).statusCode).toBe(404);

    // A resident sees no staff actions; a social worker refers from the same finder.
    const referLink = `href="/verwijzen/${lindeboom}?buurt=BU09350201"`;
    expect((await get('/voorzieningen?buurt=BU09350201')).body).not.toContain('/verwijzen/');
    const worker = await loginAs(ctx.app, 'social_worker@demo.example');
    const found = await get('/voorzieningen?buurt=BU09350201', worker.cookie);
    expect(found.body).toContain(referLink);
    // One provision in that buurt, one "Verwijzen".
    expect(found.body).toContain('1 voorziening gevonden');
    expect(found.body.match(/href="\/verwijzen\//g)).toHaveLength(1);
    expect(found.headers['cache-control']).toBe('private, max-age=60');
    const page = await get(`/voorzieningen/${lindeboom}`, worker.cookie);
    expect(page.body).toContain(referLink);
    expect(page.body).not.toContain('/beheer/voorzieningen/');
    // The referral form asks the finder for that one provision.
    const chosen = await ctx.app.inject({
      method: 'GET',
      url: `/api/referrals/provisions?provisionId=${lindeboom}`,
      headers: as(worker),
    });
    expect(chosen.json<{ items: { name: string }[] }>().items.map((i) => i.name)).toEqual([
      'Huiskamer De Lindeboom',
    ]);
    // The organisation finds the way to its own staff page on the public page.
    const applicant = await loginAs(ctx.app, 'applicant@demo.example');
    const own = await get(`/voorzieningen/${lindeboom}`, applicant.cookie);
    expect(own.body).toContain(`href="/beheer/voorzieningen/${lindeboom}">Beheren</a>`);
    expect(own.body).not.toContain('/verwijzen/');
  });
});

describe('a request to take part', () => {
  it('is stored once, guarded against robots, and accepted by the coordinator', async () => {
    const formKey = formKeyOf((await get(`/voorzieningen/${lindeboom}`)).body);
    const form = {
      formKey,
      name: 'Ans <script>x</script>',
      contact: '06 12345678',
      consent: 'yes',
    };
    const selfRequests = async () =>
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from referrals where route = 'self'`,
        )
      )[0]!.n;

    // At once: too fast for a person.
    const tooFast = await post(form);
    expect(tooFast.statusCode).toBe(400);
    expect(tooFast.body).toContain('Het formulier is te snel verstuurd');
    expect(tooFast.body).toContain('value="Ans &lt;script&gt;x&lt;/script&gt;"');

    now = new Date(now.getTime() + 20_000);
    const invalid = await post({ ...form, contact: 'nope', remark: 'x'.repeat(501), consent: '' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Vul een telefoonnummer (zoals 06 12345678)');
    expect(invalid.body).toContain('Uw opmerking mag hoogstens 500 tekens lang zijn.');
    expect(invalid.body).toContain('Geef toestemming');

    const robot = await post({ ...form, website: 'http://spam.example' });
    expect(robot.statusCode).toBe(303);
    expect(await selfRequests()).toBe(0);

    const first = await post(form);
    const again = await post(form);
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/voorzieningen/${lindeboom}?aangemeld=1`);
    expect(again.statusCode).toBe(303);
    expect(await selfRequests()).toBe(1);
    expect((await get(first.headers.location as string)).body).toContain(
      'Uw aanmelding is verstuurd',
    );

    const coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
    const tasks = await ctx.app.inject({
      method: 'GET',
      url: '/api/home/tasks',
      headers: as(coordinator),
    });
    // The home page counts the request among the provision's pending referrals.
    expect(tasks.body).toMatch(/"name":"Huiskamer De Lindeboom","pendingReferrals":[1-9]/);
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/referrals?provisionId=${lindeboom}&status=pending`,
      headers: as(coordinator),
    });
    const request = list
      .json<{
        items: { id: string; route: string; residentName: string; consentMethod: string }[];
      }>()
      .items.find((item) => item.route === 'self')!;
    expect(request.residentName).toBe('Ans <script>x</script>');
    expect(request.consentMethod).toBe('digital');
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/referrals/${request.id}/decision`,
      headers: as(coordinator),
      payload: { decision: 'accept', startDate: '2027-03-01' },
    });
    expect(accepted.statusCode).toBe(200);
    const [participant] = await rows<{ client_route: string; scope: string; method: string }>(
      sql`select p.client_route, c.scope, c.method from participants p
          join participant_consents c on c.participant_id = p.id
          where p.referral_id = ${request.id}`,
    );
    expect(participant).toEqual({ client_route: 'self', scope: 'registration', method: 'digital' });

    // Five posts so far from this address; the limit is per hour.
    for (let i = 5; i < JOIN_REQUESTS_PER_HOUR; i++)
      expect((await post(form)).statusCode).toBe(303);
    const flood = await post(form);
    expect(flood.statusCode).toBe(429);
    expect(flood.headers['retry-after']).toBeDefined();
    expect(flood.body).toContain('Te veel verzoeken achter elkaar');
    expect(await selfRequests()).toBe(1);
  });
});

describe('the open subsidy register', () => {
  it('lists the grants of a year as a page, JSON and CSV, naming only organisations', async () => {
    const json = await get('/api/public/subsidy-register');
    expect(json.statusCode).toBe(200);
    const register = json.json<{
      year: number;
      licence: { name: string };
      rows: { organisation: string; kvkNumber: string | null; grantedCents: number }[];
    }>();
    expect(register.licence.name).toBe('CC0 1.0 Universal');
    expect(register.rows.length).toBeGreaterThan(0);
    expect(
      register.rows.every((row) => row.kvkNumber === null || /^\d{8}$/.test(row.kvkNumber)),
    ).toBe(true);

    const csv = await get(`/api/public/subsidy-register.csv?year=${register.year}`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'jaar,organisatie,kvk_nummer,regeling,categorie,voorziening,aangevraagd_euro,verleend_euro,vastgesteld_euro,besluitdatum',
    );
    expect(lines).toHaveLength(register.rows.length + 1);
    // Without a year, CSV and JSON both take the newest year; the page says the same count.
    const newest = (await get('/api/public/subsidy-register.csv')).body.trimEnd().split('\r\n');
    expect(newest).toEqual(lines);
    expect((await get(`/subsidieregister?jaar=${register.year}`)).body).toContain(
      `Verleende subsidies ${register.year}: ${register.rows.length},`,
    );
    // The API document describes both.
    const paths = (await get('/api/docs/json')).json<{
      paths: Record<string, { get?: { description?: string } }>;
    }>().paths;
    expect(paths['/api/public/subsidy-register']?.get?.description).toContain('particulier');
    expect(paths['/api/public/subsidy-register.csv']?.get?.description).toContain(
      'jaar, organisatie, kvk_nummer, regeling, categorie, voorziening, aangevraagd_euro, verleend_euro, vastgesteld_euro, besluitdatum',
    );

    // An applicant without a KvK number is a person: "particulier", no provision named.
    await ctx.handle.db.execute(
      sql`update organisations set kvk_number = null where id = (select organisation_id from grants order by reference limit 1)`,
    );
    const after = (await get(`/api/public/subsidy-register?year=${register.year}`)).json<{
      rows: { organisation: string; provision: string | null }[];
    }>();
    expect(
      after.rows.some((row) => row.organisation === 'particulier' && row.provision === null),
    ).toBe(true);

    const page = await get(`/subsidieregister?jaar=${register.year}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('rel="license">CC0 1.0 Universal</a>');
    expect(page.body).toContain('<td>particulier</td>');
    expect((await get('/subsidieregister?jaar=abc')).statusCode).toBe(200);
  });
});
