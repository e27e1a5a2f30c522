/**
 * The Sociaal Investeringsfonds' rolling tender in the demo (docs/rules/sif-initiatives.md), on
 * the fund with its deposit from the 2024 annual result (demo-fund.ts), for people trying the
 * product (not in the test database, like the participants): three initiatives submitted
 * without a round.
 *
 * - De Lindeboom's "Buurtkamer Wittevrouwenveld": granted € 40.000,00 five months ago and
 *   its first advances paid in a payment run; the fund shows the commitment and the payments.
 * - Klusteam's "Inloophuis in elke wijk": asked € 480.000,00 when € 460.000,00 was free;
 *   refused because the fund is exhausted (Awb 4:25 applied to the fund).
 * - De Lindeboom's "Samen koken in Malberg": submitted ten days ago, waiting for both assessors.
 *
 * Loaded before the demo year, so that the payment run pays only this grant's advances.
 */
import { addDays, amsterdamDay, fromAmsterdamLocal } from '../../domain/dates.ts';
import type { InitiativeContent } from '../../domain/sif/initiative.ts';
import type { Actor, DataScope } from '../platform/access.ts';
import { DEFAULT_OBJECTION_ADDRESS } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { MailSettings } from '../platform/mail.ts';
import { neighbourhoods } from '../platform/db/schema.ts';
import type { UseCaseContext } from '../platform/use-case.ts';
import { approveRun, exportRun, prepareRun } from '../features/payments/payments.service.ts';
import {
  approvePublicText,
  decide,
  savePublicText,
  submitAssessment,
  submitInitiative,
} from '../features/sif-initiatives/sif-initiatives.service.ts';
import { demoActors } from './demo-year.ts';

const DEMO_MAIL: MailSettings = { smtpUrl: undefined, from: 'noreply@maastricht.example' };
const sheet = (score: number, motivation: string) => ({
  scores: {
    priorities: { score, motivation },
    impact: { score, motivation },
    feasibility: { score, motivation },
    continuation: { score, motivation },
  },
});

export async function loadDemoSif(db: Database, now: Date): Promise<void> {
  const today = amsterdamDay(now);
  const day = (days: number) => addDays(today, days);
  const at = (days: number, time: string): Date => {
    const moment = fromAmsterdamLocal(`${day(days)}T${time}`);
    if (!moment.ok) throw new Error(`demo moment ${days} ${time}`);
    return moment.instant;
  };
  const { user, provisionOf } = await demoActors(db);
  const as = (actor: Actor, moment: Date): UseCaseContext => {
    const scope: DataScope = actor.organisationIds.length
      ? { kind: 'organisations', organisationIds: actor.organisationIds }
      : { kind: 'all' };
    return { db, actor, scope, now: moment };
  };
  const lindeboom = user('applicant@demo.example');
  const klusteam = user('applicant2@demo.example');
  const officer = user('policy_officer@demo.example');
  const assessors = [user('assessor@demo.example'), user('assessor2@demo.example')];
  const buurten = await db
    .select({ code: neighbourhoods.code, name: neighbourhoods.name })
    .from(neighbourhoods)
    .orderBy(neighbourhoods.code)
    .limit(6);
  const codes = (...indexes: number[]) => indexes.map((i) => buurten[i]!.code);
  const options = {
    mail: DEMO_MAIL,
    municipalityNameOverride: undefined,
    objectionAddress: DEFAULT_OBJECTION_ADDRESS,
  };

  async function initiative(
    applicant: Actor,
    organisation: 'lindeboom' | 'klusteam',
    submittedDaysAgo: number,
    content: InitiativeContent,
  ) {
    return submitInitiative(as(applicant, at(-submittedDaysAgo, '11:00')), {
      organisationId: applicant.organisationIds[0]!,
      provisionId: provisionOf(organisation),
      content,
    });
  }
  async function assessed(id: string, daysAgo: number, score: number, motivation: string) {
    for (const [i, assessor] of assessors.entries())
      await submitAssessment(as(assessor, at(-daysAgo + i, '15:00')), {
        applicationId: id,
        body: sheet(score + i, motivation),
      });
  }

  const granted = await initiative(lindeboom, 'lindeboom', 170, {
    title: 'Buurtkamer Wittevrouwenveld',
    description:
      'Een buurtkamer in het wijkcentrum, vijf dagen per week open, waar bewoners elkaar ontmoeten, samen eten en met vragen terechtkunnen bij vrijwilligers en de wijkverpleging.',
    neighbourhoodCodes: codes(0, 1),
    targetGroups: 'Eenzame ouderen, mantelzorgers en bewoners met een kleine beurs',
    priorities: ['prevention', 'accessible_provisions'],
    impact: {
      reach:
        'Het sociaal team en de wijkverpleging verwijzen bewoners; vrijwilligers doen huisbezoeken bij wie niet zelf komt.',
      fewer_provisions:
        'Bewoners die nu dagbesteding via een maatwerkvoorziening krijgen, kunnen hier terecht.',
      structural_change:
        'Bewoners vormen een beheergroep die de buurtkamer na twee jaar zelf draagt.',
    },
    requestedCents: 4_000_000,
    cofinancingCents: 1_000_000,
    periodStart: day(-150),
    periodEnd: day(214),
    continuation: 'De woningcorporatie neemt de huur over; de beheergroep werft fondsen.',
    registersParticipants: true,
  });
  await assessed(
    granted.id,
    166,
    7,
    'Sluit goed aan op preventie; het bereik via het sociaal team is aannemelijk.',
  );
  await decide(as(officer, at(-160, '10:00')), {
    applicationId: granted.id,
    body: { outcome: 'granted', grantedCents: 4_000_000 },
    ...options,
  });
  // The organisation wrote and approved its public text, so the public page shows it.
  await savePublicText(as(lindeboom, at(-150, '14:00')), {
    applicationId: granted.id,
    body: {
      title: 'Buurtkamer Wittevrouwenveld',
      summary:
        'In het wijkcentrum is vijf dagen per week een buurtkamer open. Bewoners ontmoeten elkaar, eten samen en kunnen met hun vragen terecht bij vrijwilligers en de wijkverpleging.\n\nHet sociaal team en de wijkverpleging verwijzen bewoners; vrijwilligers gaan op huisbezoek bij wie niet zelf komt.',
    },
  });
  await approvePublicText(as(lindeboom, at(-150, '14:05')), { applicationId: granted.id });
  const finance = user('finance@demo.example');
  const finance2 = user('finance2@demo.example');
  const run = await prepareRun(as(finance, at(-90, '10:00')), { upToDay: day(-90) });
  await approveRun(as(finance2, at(-89, '09:00')), { runId: run.id });
  await exportRun(as(finance2, at(-89, '09:15')), { runId: run.id });

  const refused = await initiative(klusteam, 'klusteam', 45, {
    title: 'Inloophuis in elke wijk',
    description:
      'In elk van de vier stadsdelen een inloophuis met een vaste kracht en een klusteam, drie jaar lang.',
    neighbourhoodCodes: codes(2, 3, 4),
    targetGroups:
      'Bewoners met schulden, statushouders en bewoners met een licht verstandelijke beperking',
    priorities: ['citizen_power', 'first_line', 'accessible_provisions'],
    impact: {
      reach: 'Via de schuldhulpverlening en de huisartsen.',
      fewer_provisions: 'Minder individuele begeleiding nodig door vroege hulp.',
      structural_change: 'Een vast netwerk van inloophuizen in de stad.',
    },
    requestedCents: 48_000_000,
    cofinancingCents: 6_000_000,
    periodStart: day(30),
    periodEnd: day(30 + 3 * 365),
    continuation: 'Na drie jaar structureel in de begroting van de gemeente, zo is het voorstel.',
    registersParticipants: false,
  });
  await assessed(refused.id, 35, 7, 'Sterk plan dat alle prioriteiten raakt.');
  await decide(as(officer, at(-25, '10:00')), {
    applicationId: refused.id,
    body: {
      outcome: 'refused',
      grantedCents: 0,
      refusalGround: 'fund_exhausted',
      reasons:
        'Het gevraagde bedrag is hoger dan het vrije saldo van het fonds. De organisatie liet weten dat een kleiner bedrag het plan niet uitvoerbaar maakt; een gedeeltelijke verlening ligt daarom niet voor de hand. Een nieuwe aanvraag na een volgende storting in het fonds is welkom.',
    },
    ...options,
  });

  await initiative(lindeboom, 'lindeboom', 10, {
    title: 'Samen koken in Malberg',
    description:
      'Twee avonden per week koken en eten buurtbewoners samen in de keuken van de basisschool, met een diëtist die af en toe aanschuift.',
    neighbourhoodCodes: codes(5),
    targetGroups: 'Alleenstaanden en gezinnen met een kleine beurs',
    priorities: ['prevention', 'citizen_power'],
    impact: {
      reach: 'Via de voedselbank en de school.',
      fewer_provisions: 'Minder huishoudelijke hulp voor maaltijden nodig.',
      structural_change: 'Een kookgroep die zelfstandig doorgaat.',
    },
    requestedCents: 1_250_000,
    cofinancingCents: 250_000,
    periodStart: day(30),
    periodEnd: day(30 + 364),
    continuation: 'De deelnemers betalen een kleine bijdrage per maaltijd.',
    registersParticipants: true,
  });
}
