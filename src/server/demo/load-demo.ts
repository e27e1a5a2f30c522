/**
 * The demo municipality: "Gemeente Maastricht (demo)" with its CBS wijken and buurten,
 * fictitious organisations (none bears the name of a real one) and one account
 * per role, and a whole subsidy year: last year's round decided, this year's in assessment and
 * next year's open (demo-year.ts). Loaded on a fresh embedded database, by
 * `npm run demo:load` and by `npm run demo:reset`, and into the tests' template database.
 */
import { readFile } from 'node:fs/promises';
import { count } from 'drizzle-orm';
import { ROLE_CODES, type Role } from '../../domain/roles.ts';
import { SYSTEM_ACTOR } from '../platform/access.ts';
import { changeWithAudit } from '../platform/audit.ts';
import { type Database, refreshPlannerStatistics } from '../platform/db/database.ts';
import {
  districts,
  municipality,
  neighbourhoods,
  organisationMembers,
  organisations,
  userRoles,
  users,
} from '../platform/db/schema.ts';
import { hashPassword } from '../platform/passwords.ts';
import { loadDemoHistory } from './demo-history.ts';
import { loadDemoParticipants } from './demo-participants.ts';
import { loadDemoSettlement } from './demo-settlement.ts';
import { defaultSchemeDefinition } from '../../domain/tender/scheme-definition.ts';
import { provisionCoordinators, provisions, schemes } from '../platform/db/schema.ts';
import { loadDemoYear } from './demo-year.ts';
import { loadDemoFund } from './demo-fund.ts';
import { loadDemoRendement } from './demo-rendement.ts';
import { loadDemoSif } from './demo-sif.ts';
import { enrolDemoTwoFactor } from './demo-two-factor.ts';
import { requiresTwoFactor } from '../../domain/two-factor.ts';

export const DEMO_PASSWORD = 'samenredzaam-demo';
export const DEMO_MUNICIPALITY = {
  code: '0935',
  name: 'Gemeente Maastricht (demo)',
  privacyController: 'het college van burgemeester en wethouders van Maastricht (demo)',
  dataProtectionOfficer: 'de functionaris gegevensbescherming van de gemeente Maastricht (demo)',
  dataProtectionOfficerEmail: 'privacy@maastricht.example',
  // A made-up account at the BNG, the municipalities' bank: the debtor of payment runs.
  paymentIban: 'NL74BNGH0285170001',
  paymentBic: 'BNGHNL2G',
} as const;

const REFERENCE = new URL('../../../reference/maastricht/', import.meta.url);

interface BuurtFeature {
  id: string;
  properties: { buurtcode: string; buurtnaam: string; wijkcode: string; wijknaam: string };
  geometry: unknown;
}

export const DEMO_ORGANISATIONS = [
  {
    key: 'lindeboom',
    iban: 'NL85INGB0001234561',
    name: 'Stichting Huiskamer De Lindeboom',
    kvkNumber: '90000001',
    city: 'Maastricht',
  },
  {
    key: 'klusteam',
    iban: 'NL39RABO0123456782',
    name: 'Vereniging Klusteam Maas en Mergel',
    kvkNumber: '90000002',
    city: 'Maastricht',
  },
  {
    key: 'jekerpad',
    iban: 'NL91ABNA0417164300',
    name: 'Stichting Dagbesteding Het Jekerpad',
    kvkNumber: '90000003',
    city: 'Maastricht',
  },
  {
    key: 'infopunt',
    iban: 'NL39TRIO0198765431',
    name: 'Buurtvereniging Informatiepunt Oost',
    kvkNumber: '90000004',
    city: 'Maastricht',
  },
  {
    key: 'trefpunt',
    iban: 'NL61SNSB0987654321',
    name: 'Stichting Huiskamer Het Trefpunt',
    kvkNumber: '90000005',
    city: 'Maastricht',
  },
  {
    key: 'heer',
    // No account number yet: its advances stay out of payment runs, with the reason shown.
    iban: null,
    name: 'Stichting Ontmoetingshuis Heer',
    kvkNumber: '90000006',
    city: 'Maastricht',
  },
] as const;

/** Organisations without a demo account apply through their contact address (demo-year.ts). */
const CONTACT_EMAILS: Partial<Record<(typeof DEMO_ORGANISATIONS)[number]['key'], string>> = {
  jekerpad: 'info@jekerpad.example',
  infopunt: 'info@infopunt-oost.example',
  trefpunt: 'info@trefpunt.example',
  heer: 'info@ontmoetingshuis-heer.example',
};

type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/**
 * One provision per organisation, in real Maastricht buurten: one in each category, and two
 * more living rooms, so that living rooms compete for their ceiling.
 */
const DEMO_PROVISIONS = [
  {
    organisation: 'lindeboom',
    name: 'Huiskamer De Lindeboom',
    category: 'living_room',
    street: 'Lindenkruis 12',
    postcode: '6213 AA',
    neighbourhoodCode: 'BU09350201',
    openingDayParts: {
      monday: ['morning', 'afternoon'],
      wednesday: ['morning', 'afternoon'],
      friday: ['afternoon'],
    },
    targetGroups: ['ouderen', 'eenzame buurtbewoners'],
    accessibility: 'Gelijkvloers, rolstoeltoegankelijk toilet.',
    publicDescription: 'Een huiskamer in de buurt: koffie, een praatje, samen eten en spelletjes.',
    accessibilityFeatures: ['wheelchair', 'accessible_toilet', 'hearing_loop'],
    contactEmail: 'huiskamer@lindeboom.example',
    contactPhone: '043 123 45 67',
  },
  {
    organisation: 'klusteam',
    name: 'Klusteam Maas en Mergel',
    category: 'services',
    street: 'Mergelweg 3',
    postcode: '6222 AB',
    neighbourhoodCode: 'BU09350402',
    openingDayParts: { tuesday: ['morning', 'afternoon'], thursday: ['morning', 'afternoon'] },
    targetGroups: ['ouderen', 'mensen met een beperking'],
    accessibility: 'Het klusteam komt bij mensen thuis.',
    publicDescription:
      'Vrijwilligers helpen met kleine klussen in en om het huis: een lamp ophangen, een kraan vervangen.',
    accessibilityFeatures: [],
    contactPhone: '043 234 56 78',
  },
  {
    organisation: 'jekerpad',
    name: 'Dagactiviteit Het Jekerpad',
    category: 'day_activities',
    street: 'Jekerstraat 40',
    postcode: '6211 NX',
    neighbourhoodCode: 'BU09350001',
    openingDayParts: {
      monday: ['morning', 'afternoon'],
      tuesday: ['morning', 'afternoon'],
      wednesday: ['morning', 'afternoon'],
      thursday: ['morning', 'afternoon'],
      friday: ['morning'],
    },
    targetGroups: ['mensen met dementie', 'mensen met psychische kwetsbaarheid'],
    accessibility: 'Rolstoeltoegankelijk, lift aanwezig.',
    publicDescription:
      'Dagactiviteiten met structuur en aandacht: wandelen langs de Jeker, koken, muziek en creatief werk.',
    accessibilityFeatures: ['wheelchair', 'accessible_toilet'],
    contactEmail: 'info@jekerpad.example',
  },
  {
    organisation: 'infopunt',
    name: 'Informatiepunt Oost',
    category: 'information_advice',
    street: 'Oostermaasstraat 8',
    postcode: '6221 AC',
    neighbourhoodCode: 'BU09350400',
    openingDayParts: { monday: ['afternoon'], thursday: ['evening'] },
    targetGroups: ['alle inwoners'],
    accessibility: 'Gelijkvloers.',
    publicDescription:
      'Vragen over geld, formulieren, wonen of zorg? Loop binnen; we zoeken samen uit wie u verder helpt.',
    accessibilityFeatures: ['wheelchair', 'hearing_loop'],
    contactEmail: 'info@infopunt-oost.example',
    contactPhone: '043 345 67 89',
  },
  {
    organisation: 'trefpunt',
    name: 'Huiskamer Het Trefpunt',
    category: 'living_room',
    street: 'Daalhoflaan 7',
    postcode: '6218 AB',
    neighbourhoodCode: 'BU09350209',
    openingDayParts: {
      tuesday: ['morning', 'afternoon'],
      thursday: ['morning', 'afternoon'],
      saturday: ['morning'],
    },
    targetGroups: ['ouderen', 'eenzame buurtbewoners'],
    accessibility: 'Gelijkvloers.',
    publicDescription:
      'Ontmoeting in Daalhof: samen koffiedrinken, bewegen en op zaterdag een ontbijt.',
    accessibilityFeatures: ['wheelchair'],
    contactEmail: 'info@trefpunt.example',
  },
  {
    organisation: 'heer',
    name: 'Ontmoetingshuis Heer',
    category: 'living_room',
    street: 'Heerderweg 21',
    postcode: '6224 LA',
    neighbourhoodCode: 'BU09350602',
    openingDayParts: {
      monday: ['afternoon'],
      wednesday: ['morning', 'afternoon'],
      friday: ['morning', 'afternoon'],
    },
    targetGroups: ['ouderen', 'mantelzorgers'],
    accessibility: 'Rolstoeltoegankelijk, invalidenparkeerplaats voor de deur.',
    publicDescription:
      'Een ontmoetingshuis voor ouderen en mantelzorgers in Heer, met een luisterend oor en activiteiten.',
    accessibilityFeatures: ['wheelchair', 'disabled_parking', 'guide_dogs'],
    contactEmail: 'info@ontmoetingshuis-heer.example',
  },
] as const;

/** Fictitious people, one per role. */
const DEMO_NAMES: Record<Role, string> = {
  policy_officer: 'Sanne Willems',
  assessor: 'Joost Meulenberg',
  finance: 'Petra Lemmens',
  applicant: 'Karin Dassen',
  coordinator: 'Mohamed El Amrani',
  social_worker: 'Lotte Janssen',
  wmo_analyst: 'Tom Vluggen',
  participant: 'Gerda Pieters',
  admin: 'Ivo Kurvers',
};

export const DEMO_USERS: {
  email: string;
  name: string;
  roles: Role[];
  organisations: OrganisationKey[];
}[] = [
  ...ROLE_CODES.map((role) => ({
    email: `${role}@demo.example`,
    name: DEMO_NAMES[role],
    roles: [role],
    organisations:
      role === 'applicant' || role === 'coordinator' ? (['lindeboom'] as OrganisationKey[]) : [],
  })),
  {
    email: 'assessor2@demo.example',
    name: 'Bram Hendriks',
    roles: ['assessor'],
    organisations: [],
  },
  // A second finance user: a payment run is approved by someone other than who prepared it.
  {
    email: 'finance2@demo.example',
    name: 'Ruud Vroemen',
    roles: ['finance'],
    organisations: [],
  },
  {
    email: 'applicant2@demo.example',
    name: 'Ria Smeets',
    roles: ['applicant'],
    organisations: ['klusteam'],
  },
];

export async function isEmptyDatabase(db: Database): Promise<boolean> {
  const [m] = await db.select({ n: count() }).from(municipality);
  const [u] = await db.select({ n: count() }).from(users);
  return (m?.n ?? 0) === 0 && (u?.n ?? 0) === 0;
}

/** The demo for people to try: the municipality and, on top, participants with their data. */
export async function loadDemoIfEmpty(
  db: Database,
  pseudonymKey: string | null,
  now = new Date(),
): Promise<boolean> {
  if (!(await isEmptyDatabase(db))) return false;
  // The participants before the year: last year's accountability reports pull their reach
  // from registration when they are submitted, and keep it.
  await loadDemo(db, now, { year: false });
  await loadDemoParticipants(db, now, pseudonymKey);
  // The fund's initiatives before the year: their payment run pays only their own advances.
  await loadDemoSif(db, now);
  await loadDemoYear(db, now);
  await loadDemoSettlement(db, now);
  // Earlier years for the dashboards and the map, after last year's reports were submitted.
  await loadDemoHistory(db, now, pseudonymKey);
  // Once everything is in, so the first visitors' queries are planned for the demo's real
  // table sizes (the participants' 34,171 attendance rows among them).
  await refreshPlannerStatistics(db);
  return true;
}

export async function loadDemo(
  db: Database,
  now = new Date(),
  { year = true }: { year?: boolean } = {},
): Promise<void> {
  const geo = JSON.parse(await readFile(new URL('buurten.geojson', REFERENCE), 'utf8')) as {
    features: BuurtFeature[];
  };
  const wijken = JSON.parse(await readFile(new URL('wijken.json', REFERENCE), 'utf8')) as {
    wijkcode: string;
    wijknaam: string;
  }[];
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));

  await changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
    await tx.insert(municipality).values({ ...DEMO_MUNICIPALITY, isDemo: true });
    await tx.insert(districts).values(
      // CBS names carry a "Wijk NN " prefix that means nothing to residents.
      wijken.map((w) => ({ code: w.wijkcode, name: w.wijknaam.replace(/^Wijk \d+ /, '') })),
    );
    await tx.insert(neighbourhoods).values(
      geo.features.map((f) => ({
        code: f.properties.buurtcode,
        name: f.properties.buurtnaam,
        districtCode: f.properties.wijkcode,
        geometry: f.geometry,
      })),
    );
    const orgRows = await tx
      .insert(organisations)
      .values(
        DEMO_ORGANISATIONS.map(({ key, name, kvkNumber, city, iban }) => ({
          name,
          kvkNumber,
          city,
          iban,
          contactEmail: CONTACT_EMAILS[key] ?? null,
        })),
      )
      .returning({ id: organisations.id, name: organisations.name });
    const orgIdByKey = new Map(
      DEMO_ORGANISATIONS.map((o) => [o.key, orgRows.find((r) => r.name === o.name)!.id]),
    );
    const userRows = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u, i) => ({ email: u.email, name: u.name, passwordHash: hashes[i]! })),
      )
      .returning({ id: users.id, email: users.email });
    const userIdByEmail = new Map(userRows.map((r) => [r.email, r.id]));
    await tx
      .insert(userRoles)
      .values(
        DEMO_USERS.flatMap((u) =>
          u.roles.map((role) => ({ userId: userIdByEmail.get(u.email)!, role })),
        ),
      );
    // Their roles require a second factor; the demo's secret is public (demo-two-factor.ts).
    await enrolDemoTwoFactor(
      tx,
      DEMO_USERS.filter((u) => requiresTwoFactor(u.roles)).map((u) => userIdByEmail.get(u.email)!),
      now,
    );
    const memberships = DEMO_USERS.flatMap((u) =>
      u.organisations.map((key) => ({
        userId: userIdByEmail.get(u.email)!,
        organisationId: orgIdByKey.get(key)!,
      })),
    );
    if (memberships.length > 0) await tx.insert(organisationMembers).values(memberships);
    const provisionRows = await tx
      .insert(provisions)
      .values(
        DEMO_PROVISIONS.map(({ organisation, ...provision }) => ({
          ...provision,
          organisationId: orgIdByKey.get(organisation)!,
        })),
      )
      .returning({ id: provisions.id, name: provisions.name });
    // The demo coordinator runs the living room of De Lindeboom.
    await tx.insert(provisionCoordinators).values({
      provisionId: provisionRows.find((p) => p.name === 'Huiskamer De Lindeboom')!.id,
      userId: userIdByEmail.get('coordinator@demo.example')!,
    });
    await tx.insert(schemes).values({
      name: 'Subsidieregeling Algemene Voorzieningen',
      definition: defaultSchemeDefinition(),
    });
    await audit({
      action: 'demo.load',
      entityType: 'municipality',
      entityId: DEMO_MUNICIPALITY.code,
      after: {
        districts: wijken.length,
        neighbourhoods: geo.features.length,
        organisations: DEMO_ORGANISATIONS.length,
        provisions: DEMO_PROVISIONS.length,
        users: DEMO_USERS.length,
      },
    });
  });
  if (year) await loadDemoYear(db, now);
  await loadDemoFund(db, now);
  await loadDemoRendement(db, now);
}
