/** Builders for rounds and complete applications, with the numbers written out. */
import { GENERAL_CONDITION_CODES } from '../../src/domain/tender/scheme-definition.ts';
import type { App } from '../../src/server/platform/http.ts';
import { type Session, as } from './test-app.ts';

export const CEILINGS = {
  living_room: 20_000_000,
  day_activities: 80_000_000,
  information_advice: 10_000_000,
  services: 5_000_000,
};

export async function schemeId(app: App, officer: Session): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/schemes', headers: as(officer) });
  return response.json().items[0].id as string;
}

/** Creates and opens a round; `deadlineLocal` is Amsterdam wall-clock time. */
export async function openRound(
  app: App,
  officer: Session,
  input: { opensLocal: string; deadlineLocal: string; year?: number; name?: string },
): Promise<string> {
  const year = input.year ?? 2027;
  const created = await app.inject({
    method: 'POST',
    url: '/api/rounds',
    headers: as(officer),
    payload: {
      schemeId: await schemeId(app, officer),
      name: input.name ?? `Testronde ${year}`,
      year,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      opensAtLocal: input.opensLocal,
      deadlineAtLocal: input.deadlineLocal,
      partialGrant: true,
      lotSeed: `Testronde ${year} loting`,
      ceilings: CEILINGS,
    },
  });
  if (created.statusCode !== 201) throw new Error(`round: ${created.body}`);
  const id = created.json().id as string;
  const opened = await app.inject({
    method: 'POST',
    url: `/api/rounds/${id}/open`,
    headers: as(officer),
  });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`);
  return id;
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export function completeContent(year = 2027) {
  return {
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    requestedCents: 1_800_000,
    budgetLines: [
      { kind: 'fixed_costs', description: 'Huur buurtruimte', cents: 1_200_000 },
      { kind: 'fixed_costs', description: 'Energie en verzekering', cents: 400_000 },
      { kind: 'refreshments', description: 'Koffie en thee', cents: 300_000 },
    ],
    reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
    returnService: null,
    texts: {
      samenwerking: 'Wij werken samen met het sociaal team Mariaberg en de huisartsenpraktijk.',
      resultaat: 'Buurtbewoners ontmoeten elkaar en helpen elkaar met kleine dingen.',
      inclusie: 'Iedereen is welkom; de ruimte is rolstoeltoegankelijk.',
      duurzaamheid: 'Twintig vaste vrijwilligers en een reserve voor twee jaar huur.',
    },
    declarations: {
      not_professional: true,
      board: true,
      vog: true,
      administration: true,
      open_to_everyone: true,
    },
  };
}

/** The chair's verdict that an application meets every general condition of the scheme. */
export const ALL_CONDITIONS_MET = GENERAL_CONDITION_CODES.map((code) => ({ code, met: true }));

export async function attachAll(app: App, session: Session, applicationId: string) {
  for (const kind of ['statutes', 'budget', 'annual_accounts']) {
    const response = await upload(app, session, applicationId, kind, `${kind}.pdf`, PDF_BYTES);
    if (response.statusCode !== 201) throw new Error(`attach ${kind}: ${response.body}`);
  }
}

export function upload(
  app: App,
  session: Session,
  applicationId: string,
  kind: string,
  filename: string,
  data: Buffer,
) {
  const boundary = '----samenredzaamtest';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/applications/${applicationId}/attachments`,
    headers: { ...as(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

/** A new organisation with its own applicant account and one provision in a category. */
export async function newApplicantOrganisation(
  app: App,
  admin: Session,
  input: { name: string; email: string; category: string },
): Promise<{ session: Session; organisationId: string; provisionId: string }> {
  const organisation = await app.inject({
    method: 'POST',
    url: '/api/organisations',
    headers: as(admin),
    payload: { name: input.name },
  });
  const organisationId = organisation.json().id as string;
  await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: as(admin),
    payload: {
      email: input.email,
      name: input.name,
      password: 'een-lang-wachtwoord',
      roles: ['applicant'],
      organisationIds: [organisationId],
    },
  });
  const { loginAs } = await import('./test-app.ts');
  const session = await loginAs(app, input.email, 'een-lang-wachtwoord');
  const provision = await app.inject({
    method: 'POST',
    url: '/api/provisions',
    headers: as(session),
    payload: { organisationId, name: `Voorziening van ${input.name}`, category: input.category },
  });
  return { session, organisationId, provisionId: provision.json().id as string };
}

/** Starts, fills in, attaches and submits an application; returns its id and reference. */
export async function submitApplication(
  app: App,
  session: Session,
  roundId: string,
  provisionId: string,
  content: ReturnType<typeof completeContent>,
  /** Runs just before submitting, e.g. to move the clock past the deadline. */
  beforeSubmit?: () => void,
): Promise<{ id: string; reference: string; statusCode: number }> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: as(session),
    payload: { roundId, provisionId },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const saved = await app.inject({
    method: 'PUT',
    url: `/api/applications/${id}`,
    headers: as(session),
    payload: { version: 1, content },
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  await attachAll(app, session, id);
  beforeSubmit?.();
  const submitted = await app.inject({
    method: 'POST',
    url: `/api/applications/${id}/submit`,
    headers: as(session),
    payload: { version: saved.json().version },
  });
  const body = submitted.json();
  return {
    id,
    reference: (body.reference ?? body.details?.reference) as string,
    statusCode: submitted.statusCode,
  };
}

export function scoreSheet(
  scores: Record<string, number>,
  motivation = 'Goed onderbouwd in de aanvraag.',
) {
  return Object.fromEntries(
    Object.entries(scores).map(([criterion, score]) => [criterion, { score, motivation }]),
  );
}
