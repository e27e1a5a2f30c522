/**
 * A whole subsidy year in the demo, so that every role has something to see and to do on
 * the first login:
 *
 * - last year's round, completed: six applications in four categories, scored by both demo
 *   assessors (one divergence of 3 points that the chair resolved with a motivation), the
 *   general conditions checked, a fixed ranking per category (in the living rooms two
 *   applications tie and the lot decides which one gets the remainder of the ceiling: a
 *   partial grant), the letters made and issued (and with them five grants), the advances due
 *   before December paid in an exported payment run (prepared by finance@demo.example,
 *   approved by finance2@demo.example), and one objection against the partial grant, heard
 *   and decided (unfounded); the accountability reports of Het Trefpunt and De Lindeboom
 *   submitted, the other three not (overdue once their due day has passed);
 * - this year's round, closed ten days ago and in assessment: four applications in on time,
 *   both assessors assigned after the deadline; assessor@demo.example has three still to
 *   score, assessor2@demo.example one; one application came in late and is kept aside;
 * - next year's round, open until about two months from now, with a draft of the demo
 *   applicant (Stichting Huiskamer De Lindeboom).
 *
 * Everything goes through the services the interface uses, each with its own moment relative
 * to `now`, in the order the process demands: submissions before the deadline, assignments
 * and scores after it, the ranking after the final scores, letters after the ranking, the
 * objection after the sending date. Years count from the Amsterdam calendar year of `now`.
 * Organisations without a demo account act through their contact address (no login).
 */
import { eq, inArray, lt, ne, sql } from 'drizzle-orm';
import {
  type ApplicationContent,
  applicationContentSchema,
} from '../../domain/applications/application-content.ts';
import { addDays, amsterdamDay, fromAmsterdamLocal, toAmsterdamLocal } from '../../domain/dates.ts';
import { reportDueDay } from '../../domain/grants/accountability.ts';
import type { ScoreSheet } from '../../domain/tender/assessment.ts';
import { type Category, JUDGED_CRITERIA } from '../../domain/tender/categories.ts';
import type { ReturnService } from '../../domain/tender/categories.ts';
import { GENERAL_CONDITION_CODES } from '../../domain/tender/scheme-definition.ts';
import type { Role } from '../../domain/roles.ts';
import { type Actor, type DataScope, SYSTEM_ACTOR } from '../platform/access.ts';
import { changeWithAudit } from '../platform/audit.ts';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import {
  grants,
  notifications,
  organisationMembers,
  organisations,
  provisions,
  schemes,
  userRoles,
  users,
} from '../platform/db/schema.ts';
import { renderPdf } from '../platform/documents.ts';
import { AppError } from '../platform/errors.ts';
import type { MailSettings } from '../platform/mail.ts';
import { DEFAULT_OBJECTION_ADDRESS } from '../platform/config.ts';
import { systemContext } from '../platform/use-case.ts';
import {
  addAttachment,
  createApplication,
  saveDraft,
  submitApplication,
} from '../features/applications/applications.service.ts';
import {
  assignAssessors,
  fixFinalScores,
  recordConditions,
  saveScores,
} from '../features/assessment/assessment.service.ts';
import {
  type LetterSettings,
  insertLetter,
  issueDecisions,
} from '../features/decisions/decisions.service.ts';
import {
  decideObjection,
  recordHearing,
  registerObjection,
} from '../features/objections/objections.service.ts';
import { requestChange } from '../features/grant-changes/grant-changes.service.ts';
import { listGrants } from '../features/grants/grants.service.ts';
import { approveRun, exportRun, prepareRun } from '../features/payments/payments.service.ts';
import { currentRankings, fixRanking } from '../features/ranking/ranking.service.ts';
import { createRound, openRound } from '../features/rounds/rounds.service.ts';
import {
  saveDraft as saveReportDraft,
  submitReport,
} from '../features/grant-reports/grant-reports.service.ts';
import type { ReportDraftBody } from '../features/grant-reports/grant-reports.schemas.ts';
import type { UseCaseContext } from '../platform/use-case.ts';

/** Demo mail stays in the outbox: the addresses are made up. */
const DEMO_MAIL: MailSettings = { smtpUrl: undefined, from: 'noreply@maastricht.example' };
const DEMO_LETTERS: LetterSettings = {
  municipalityNameOverride: undefined,
  objectionAddress: DEFAULT_OBJECTION_ADDRESS,
};

/** The organisations of load-demo.ts by name, with their one provision. */
type DemoOrganisation = 'lindeboom' | 'klusteam' | 'jekerpad' | 'infopunt' | 'trefpunt' | 'heer';
const PROVISION_OF: Record<DemoOrganisation, string> = {
  lindeboom: 'Huiskamer De Lindeboom',
  klusteam: 'Klusteam Maas en Mergel',
  jekerpad: 'Dagactiviteit Het Jekerpad',
  infopunt: 'Informatiepunt Oost',
  trefpunt: 'Huiskamer Het Trefpunt',
  heer: 'Ontmoetingshuis Heer',
};
/** Who submits for the organisation: its demo account, or its contact address. */
const APPLICANT_OF: Partial<Record<DemoOrganisation, string>> = {
  lindeboom: 'applicant@demo.example',
  klusteam: 'applicant2@demo.example',
};

interface Budget {
  requestedCents: number;
  lines: {
    kind: ApplicationContent['budgetLines'][number]['kind'];
    description: string;
    cents: number;
  }[];
  reach: { participants: number; dayPartsPerWeek: number; weeksPerYear: number };
  returnService?: ReturnService;
}

/**
 * What each organisation asks for. The two living rooms of De Lindeboom and Heer have the same
 * costs and reach, so the same price score: with the same judged total they tie.
 */
const BUDGETS: Record<DemoOrganisation, Budget> = {
  lindeboom: {
    requestedCents: 1_800_000,
    lines: [
      { kind: 'fixed_costs', description: 'Huur buurtruimte', cents: 1_200_000 },
      { kind: 'fixed_costs', description: 'Energie en verzekering', cents: 400_000 },
      { kind: 'refreshments', description: 'Koffie en thee', cents: 300_000 },
    ],
    reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
  },
  heer: {
    requestedCents: 1_800_000,
    lines: [
      { kind: 'fixed_costs', description: 'Huur zaal in het gemeenschapshuis', cents: 1_300_000 },
      { kind: 'fixed_costs', description: 'Schoonmaak en verzekering', cents: 300_000 },
      { kind: 'refreshments', description: 'Koffie, thee en soep', cents: 250_000 },
    ],
    reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
  },
  trefpunt: {
    requestedCents: 1_500_000,
    lines: [
      { kind: 'fixed_costs', description: 'Huur en energie', cents: 1_400_000 },
      { kind: 'refreshments', description: 'Koffie en thee', cents: 200_000 },
    ],
    reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
  },
  klusteam: {
    requestedCents: 900_000,
    lines: [
      { kind: 'fixed_costs', description: 'Opslag gereedschap en bus', cents: 300_000 },
      { kind: 'staff', description: 'Coördinator (8 uur per week)', cents: 500_000 },
      { kind: 'volunteer_expenses', description: 'Vrijwilligersvergoedingen', cents: 100_000 },
    ],
    reach: { participants: 60, dayPartsPerWeek: 4, weeksPerYear: 46 },
    returnService: 'tegenprestatie',
  },
  jekerpad: {
    requestedCents: 3_500_000,
    lines: [
      { kind: 'fixed_costs', description: 'Huur en energie', cents: 1_000_000 },
      { kind: 'staff', description: 'Begeleider (16 uur per week)', cents: 2_000_000 },
      { kind: 'activities', description: 'Materiaal en uitstapjes', cents: 500_000 },
    ],
    reach: { participants: 18, dayPartsPerWeek: 9, weeksPerYear: 48 },
  },
  infopunt: {
    requestedCents: 600_000,
    lines: [
      { kind: 'fixed_costs', description: 'Huur spreekuurruimte', cents: 200_000 },
      { kind: 'staff', description: 'Coördinator vrijwilligers', cents: 300_000 },
      { kind: 'volunteer_expenses', description: 'Training vrijwilligers', cents: 100_000 },
    ],
    reach: { participants: 120, dayPartsPerWeek: 2, weeksPerYear: 44 },
  },
};

function content(organisation: DemoOrganisation, year: number): ApplicationContent {
  const budget = BUDGETS[organisation];
  const provision = PROVISION_OF[organisation];
  return applicationContentSchema.parse({
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    requestedCents: budget.requestedCents,
    budgetLines: budget.lines,
    reach: budget.reach,
    returnService: budget.returnService ?? null,
    texts: {
      samenwerking: `${provision} werkt samen met het sociaal team, de huisarts en de buurtvereniging; wie hulp nodig heeft, wordt doorverwezen.`,
      resultaat: `Bewoners ontmoeten elkaar, doen mee en helpen elkaar; ${provision} telt wie er komt en vraagt twee keer per jaar hoe het gaat.`,
      inclusie:
        'Iedereen is welkom, zonder aanmelding; de ruimte is gelijkvloers en rolstoeltoegankelijk.',
      duurzaamheid:
        'Een vaste groep vrijwilligers met een reserve voor wie stopt, en een tweede geldbron via de kerk en het fonds.',
    },
    declarations: Object.fromEntries(GENERAL_CONDITION_CODES.map((code) => [code, true])),
  });
}

/** The scores of both demo assessors per criterion: [assessor, assessor2]. */
type Scores = Record<(typeof JUDGED_CRITERIA)[number], [number, number]>;

/**
 * Last year's scores. The chair's final score is the proposal (the mean, rounded half up):
 * Trefpunt 8-8-8-8, De Lindeboom 7-7-8-7 and Heer 8-7-7-7 (with price 9 both total 38: a tie),
 * Informatiepunt Oost 5 on duurzaamheid (below 6, rejected). On Heer's samenwerking the
 * assessors differ 3 points (9 and 6): the divergence the chair resolved.
 */
const LAST_YEAR_SCORES: Record<DemoOrganisation, Scores> = {
  trefpunt: { samenwerking: [8, 8], resultaat: [8, 7], inclusie: [8, 8], duurzaamheid: [9, 7] },
  lindeboom: { samenwerking: [7, 7], resultaat: [7, 6], inclusie: [8, 8], duurzaamheid: [7, 7] },
  heer: { samenwerking: [9, 6], resultaat: [7, 7], inclusie: [7, 7], duurzaamheid: [7, 6] },
  klusteam: { samenwerking: [7, 7], resultaat: [7, 8], inclusie: [7, 7], duurzaamheid: [7, 6] },
  jekerpad: { samenwerking: [8, 8], resultaat: [7, 7], inclusie: [7, 6], duurzaamheid: [8, 8] },
  infopunt: { samenwerking: [7, 7], resultaat: [6, 6], inclusie: [7, 7], duurzaamheid: [5, 5] },
};
export const DIVERGENCE_MOTIVATION =
  'De beoordelaars verschilden 3 punten (9 en 6). Besproken: de samenwerking met de huisartsenpraktijk is afgesproken maar nog niet begonnen; daarom 8, niet 9.';

const MOTIVATIONS: Record<(typeof JUDGED_CRITERIA)[number], string> = {
  samenwerking: 'De samenwerkingspartners zijn genoemd en de afspraken zijn concreet.',
  resultaat: 'De beoogde resultaten zijn meetbaar beschreven.',
  inclusie: 'De voorziening is toegankelijk en de drempel is laag.',
  duurzaamheid: 'De continuïteit is onderbouwd met vrijwilligers en een reserve.',
};

function sheet(scores: Scores, assessor: 0 | 1): ScoreSheet {
  return Object.fromEntries(
    JUDGED_CRITERIA.map((c) => [c, { score: scores[c][assessor], motivation: MOTIVATIONS[c] }]),
  );
}

function finalSheet(scores: Scores, divergent: boolean): ScoreSheet {
  return Object.fromEntries(
    JUDGED_CRITERIA.map((c) => {
      const [a, b] = scores[c];
      const proposal = Math.floor((a + b + 1) / 2);
      return [
        c,
        {
          score: proposal,
          motivation:
            divergent && c === 'samenwerking'
              ? DIVERGENCE_MOTIVATION
              : `Voorstel overgenomen (gemiddelde ${String((a + b) / 2).replace('.', ',')}). ${MOTIVATIONS[c]}`,
        },
      ];
    }),
  );
}

/** The ceilings of last year: the living rooms ask € 49.000 against € 40.000. */
const LAST_YEAR_CEILINGS = {
  living_room: 4_000_000,
  day_activities: 8_000_000,
  information_advice: 1_000_000,
  services: 5_000_000,
};
const CEILINGS = {
  living_room: 20_000_000,
  day_activities: 80_000_000,
  information_advice: 10_000_000,
  services: 5_000_000,
};

/** What Het Trefpunt and De Lindeboom report on last year; the actual costs per budget line. */
const REPORTS: Record<'trefpunt' | 'lindeboom', ReportDraftBody> = {
  trefpunt: {
    activities:
      'De huiskamer was het hele jaar open op maandag- tot en met vrijdagochtend, behalve drie weken in de zomer en de week tussen Kerst en Oud en Nieuw. Elke woensdag kookten vrijwilligers samen met bezoekers een lunch.',
    results:
      'Een vaste groep bezoekers komt elke week; nieuwe bezoekers kwamen vooral via het sociaal team. Twee bezoekers zijn zelf vrijwilliger geworden.',
    // The rent was lower than budgeted: the landlord gave a discount for the summer weeks.
    costs: [{ actualCents: 1_310_000 }, { actualCents: 185_000 }],
  },
  lindeboom: {
    activities:
      'De huiskamer was vijf dagdelen per week open, 47 weken. In het voorjaar en het najaar was er een reeks van zes middagen over gezond ouder worden, samen met de huisartsenpraktijk.',
    results:
      'Bewoners ontmoeten elkaar en helpen elkaar; de huisartsenpraktijk verwijst nu ook door naar de huiskamer.',
    costs: [{ actualCents: 1_200_000 }, { actualCents: 415_000 }, { actualCents: 280_000 }],
  },
};

export interface DemoYear {
  lastYear: { roundId: string; year: number };
  thisYear: { roundId: string; year: number };
  nextYear: { roundId: string; year: number };
}

export async function loadDemoYear(db: Database, now: Date): Promise<DemoYear> {
  const today = amsterdamDay(now);
  const year = Number(today.slice(0, 4));
  /** An Amsterdam wall-clock moment `days` from today (negative: in the past). */
  const at = (days: number, time: string): Date => {
    const moment = fromAmsterdamLocal(`${addDays(today, days)}T${time}`);
    if (!moment.ok) throw new Error(`demo moment ${days} ${time}`);
    return moment.instant;
  };
  const day = (days: number) => addDays(today, days);
  const local = (moment: Date) => toAmsterdamLocal(moment);
  /** What a demo person's request would carry: who, what they may see, and when. */
  const as = (actor: Actor, moment: Date, scope: DataScope = { kind: 'all' }): UseCaseContext => ({
    db,
    actor,
    scope,
    now: moment,
  });

  const actors = await demoActors(db);
  const officer = actors.user('policy_officer@demo.example');
  const assessor = actors.user('assessor@demo.example');
  const assessor2 = actors.user('assessor2@demo.example');
  const finance = actors.user('finance@demo.example');
  const finance2 = actors.user('finance2@demo.example');
  // The tender's scheme, not the fund's rolling tender (docs/rules/sif-initiatives.md).
  const [scheme] = await db
    .select({ id: schemes.id })
    .from(schemes)
    .where(ne(schemes.name, 'Sociaal Investeringsfonds'));
  const attachments = await demoAttachments();

  async function round(
    roundYear: number,
    moments: { created: Date; opens: Date; deadline: Date },
    ceilings: typeof CEILINGS,
  ): Promise<string> {
    const created = await createRound(as(officer, moments.created), {
      schemeId: scheme!.id,
      name: `Subsidieronde algemene voorzieningen ${roundYear}`,
      year: roundYear,
      periodStart: `${roundYear}-01-01`,
      periodEnd: `${roundYear}-12-31`,
      opensAtLocal: local(moments.opens),
      deadlineAtLocal: local(moments.deadline),
      partialGrant: true,
      lotSeed: `Algemene voorzieningen ${roundYear}, ronde 1`,
      ceilings,
    });
    await openRound(as(officer, new Date(moments.created.getTime() + 3_600_000)), {
      roundId: created.id,
    });
    return created.id;
  }

  /** Starts, fills in, attaches and submits (late when `submitted` is after the deadline). */
  async function apply(
    roundId: string,
    roundYear: number,
    organisation: DemoOrganisation,
    moments: { started: Date; submitted: Date | null },
  ): Promise<string> {
    const actor = actors.applicant(organisation);
    const scope: DataScope = { kind: 'organisations', organisationIds: actor.organisationIds };
    const started = await createApplication(as(actor, moments.started, scope), {
      roundId,
      provisionId: actors.provisionOf(organisation),
    });
    const filled = content(organisation, roundYear);
    if (!moments.submitted) {
      // A draft: the budget and two texts so far, no attachments yet.
      await saveDraft(as(actor, new Date(moments.started.getTime() + 20 * 60_000), scope), {
        applicationId: started.id,
        body: {
          version: started.version,
          content: {
            ...filled,
            texts: { samenwerking: filled.texts.samenwerking!, resultaat: filled.texts.resultaat! },
            declarations: {},
          },
        },
      });
      return started.id;
    }
    const saved = await saveDraft(
      as(actor, new Date(moments.started.getTime() + 30 * 60_000), scope),
      { applicationId: started.id, body: { version: started.version, content: filled } },
    );
    for (const [kind, file] of attachments) {
      await addAttachment(as(actor, new Date(moments.started.getTime() + 40 * 60_000), scope), {
        applicationId: started.id,
        file: { kind, filename: file.filename, data: file.data },
        // The demo's few small PDFs stay far below any limit a municipality sets.
        limits: { totalBytes: loadConfig({}).APPLICATION_ATTACHMENTS_LIMIT_BYTES },
      });
    }
    try {
      await submitApplication(as(actor, moments.submitted, scope), {
        applicationId: started.id,
        body: { version: saved.version },
        mail: DEMO_MAIL,
        municipalityNameOverride: undefined,
      });
    } catch (error) {
      // A late submission is stored; the service tells the applicant with this error.
      if (!(error instanceof AppError && error.code === 'DEADLINE_PASSED')) throw error;
    }
    return started.id;
  }

  // ---- Last year: completed. --------------------------------------------------------------
  const lastYear = year - 1;
  const lastRound = await round(
    lastYear,
    { created: at(-470, '10:00'), opens: at(-468, '09:00'), deadline: at(-410, '12:00') },
    LAST_YEAR_CEILINGS,
  );
  const lastOrder: DemoOrganisation[] = [
    'trefpunt',
    'lindeboom',
    'heer',
    'klusteam',
    'jekerpad',
    'infopunt',
  ];
  const lastApplications = new Map<DemoOrganisation, string>();
  for (const [i, organisation] of lastOrder.entries()) {
    lastApplications.set(
      organisation,
      await apply(lastRound, lastYear, organisation, {
        started: at(-450 + i, '10:00'),
        submitted: at(-430 + 3 * i, '15:00'),
      }),
    );
  }
  for (const id of lastApplications.values()) {
    await assignAssessors(as(officer, at(-408, '10:00')), {
      applicationId: id,
      assessorIds: [assessor.userId!, assessor2.userId!],
    });
  }
  for (const [i, organisation] of lastOrder.entries()) {
    const id = lastApplications.get(organisation)!;
    const scores = LAST_YEAR_SCORES[organisation];
    await saveScores(as(assessor, at(-404 + i, '11:00')), {
      applicationId: id,
      scores: sheet(scores, 0),
      submit: true,
    });
    await saveScores(as(assessor2, at(-403 + i, '14:00')), {
      applicationId: id,
      scores: sheet(scores, 1),
      submit: true,
    });
  }
  for (const organisation of lastOrder) {
    const id = lastApplications.get(organisation)!;
    await recordConditions(as(officer, at(-396, '10:00')), {
      applicationId: id,
      checks: GENERAL_CONDITION_CODES.map((code) => ({ code, met: true, reason: '' })),
    });
    await fixFinalScores(as(officer, at(-395, '10:00')), {
      applicationId: id,
      scores: finalSheet(LAST_YEAR_SCORES[organisation], organisation === 'heer'),
    });
  }
  for (const category of [
    'living_room',
    'services',
    'day_activities',
    'information_advice',
  ] as Category[]) {
    await fixRanking(
      { ...systemContext(db, at(-393, '10:00')), actor: officer },
      { roundId: lastRound, category },
    );
  }
  // The letters as the decisions job makes them, then issued: the sending date.
  const rankings = await currentRankings(db, lastRound);
  for (const ranking of rankings) {
    for (const result of ranking.output.applications) {
      await changeWithAudit(db, SYSTEM_ACTOR, (tx, audit) =>
        insertLetter(
          { db: tx, now: at(-392, '10:00') },
          {
            audit,
            settings: DEMO_LETTERS,
            ranking,
            reference: result.reference,
            applicationId: ranking.applicationIds[result.reference]!,
          },
        ),
      );
    }
  }
  await issueDecisions(as(officer, at(-390, '09:00')), { roundId: lastRound, mail: DEMO_MAIL });
  // Issuing made the grants; finance pays their first advances in a run one finance user
  // prepares and the other approves and exports. The run stops before December, so the last
  // terms stay due and finance finds a run to prepare; Heer has no IBAN and stays out.
  const paidUpTo = [day(-388), `${lastYear}-01-01`, `${lastYear}-11-30`].sort()[1]!;
  const run = await prepareRun(as(finance, at(-388, '10:00')), { upToDay: paidUpTo });
  await approveRun(as(finance2, at(-387, '09:00')), { runId: run.id });
  await exportRun(as(finance2, at(-387, '09:15')), { runId: run.id });
  // The organisation that lost the lot objects to its partial grant; the objection is heard
  // and found unfounded: the lot follows the regulation and its seed was public.
  const partial = rankings
    .flatMap((r) => r.output.applications.map((a) => ({ ranking: r, result: a })))
    .find(({ result }) => result.outcome === 'partially_granted');
  if (partial) {
    const objection = await registerObjection(as(officer, at(-371, '10:00')), {
      applicationId: partial.ranking.applicationIds[partial.result.reference]!,
      body: { receivedDay: day(-372), postedDay: day(-373) },
    });
    await recordHearing(as(officer, at(-358, '16:00')), {
      objectionId: objection.id,
      body: {
        hearingDay: day(-358),
        hearingNotes:
          'Het bestuur vindt de loting willekeurig en vraagt het volle bedrag. Uitgelegd hoe de loting werkt en dat de tekst vooraf openbaar was.',
      },
    });
    await decideObjection(as(officer, at(-345, '10:00')), {
      objectionId: objection.id,
      body: {
        outcome: 'unfounded',
        reasons:
          'De aanvragen hadden hetzelfde totaal. De subsidieregeling schrijft dan loting voor; die is uitgevoerd met de vooraf openbaar gemaakte tekst en is door iedereen na te rekenen. Het restant van het plafond is terecht als gedeeltelijke subsidie verleend.',
      },
      mail: DEMO_MAIL,
      letters: DEMO_LETTERS,
    });
  }

  // Last year's accountability reports were due 13 weeks after the period. Het Trefpunt and
  // De Lindeboom handed theirs in two weeks before that day (or yesterday, early in the year);
  // the others did not, so the policy officer finds them overdue once the day has passed.
  const reportDay = [addDays(reportDueDay(`${lastYear}-12-31`), -14), day(-1)].sort()[0]!;
  for (const [i, organisation] of (['trefpunt', 'lindeboom'] as const).entries()) {
    const actor = actors.applicant(organisation);
    const moment = fromAmsterdamLocal(`${reportDay}T${i === 0 ? '10:00' : '14:00'}`);
    if (!moment.ok) throw new Error(`demo report moment ${reportDay}`);
    const reportCtx = as(actor, moment.instant, {
      kind: 'organisations',
      organisationIds: actor.organisationIds,
    });
    const [grant] = await db
      .select({ id: grants.id })
      .from(grants)
      .where(eq(grants.applicationId, lastApplications.get(organisation)!));
    await saveReportDraft(reportCtx, { grantId: grant!.id, body: REPORTS[organisation] });
    await submitReport(reportCtx, { grantId: grant!.id });
  }
  // De Lindeboom's energy bill rose and its rent fell: it asks to shift the amounts between
  // its two fixed-cost lines (the total stays the same); the policy officer has it to decide.
  {
    const actor = actors.applicant('lindeboom');
    const scope: DataScope = { kind: 'organisations', organisationIds: actor.organisationIds };
    const own = await listGrants(as(actor, at(-6, '11:00'), scope), {});
    const grant = own.find((g) => g.applicationId === lastApplications.get('lindeboom'));
    if (grant) {
      await requestChange(as(actor, at(-6, '11:00'), scope), {
        grantId: grant.id,
        body: {
          kind: 'budget_shift',
          budgetLines: [1_100_000, 500_000, 300_000],
          explanation:
            'De energierekening van de buurtruimte is fors gestegen; de huur viel lager uit dan begroot. Wij willen € 1.000,00 van de huur naar energie en verzekering verschuiven.',
        },
      });
    }
  }

  // ---- This year: closed ten days ago, in assessment. -------------------------------------
  const thisRound = await round(
    year,
    { created: at(-100, '10:00'), opens: at(-98, '09:00'), deadline: at(-10, '12:00') },
    CEILINGS,
  );
  const onTime: DemoOrganisation[] = ['jekerpad', 'lindeboom', 'trefpunt', 'klusteam'];
  const thisApplications = new Map<DemoOrganisation, string>();
  for (const [i, organisation] of onTime.entries()) {
    thisApplications.set(
      organisation,
      await apply(thisRound, year, organisation, {
        started: at(-60 + i, '10:00'),
        submitted: at(-40 + 7 * i, '16:00'),
      }),
    );
  }
  // Heer finishes its application the morning after the deadline: kept, but not in the round.
  await apply(thisRound, year, 'heer', { started: at(-20, '10:00'), submitted: at(-9, '10:15') });
  for (const id of thisApplications.values()) {
    await assignAssessors(as(officer, at(-8, '10:00')), {
      applicationId: id,
      assessorIds: [assessor.userId!, assessor2.userId!],
    });
  }
  const thisScores: Scores = {
    samenwerking: [8, 7],
    resultaat: [7, 7],
    inclusie: [8, 8],
    duurzaamheid: [6, 7],
  };
  // Het Jekerpad is scored by both: the chair can fix its final scores.
  const jekerpad = thisApplications.get('jekerpad')!;
  await saveScores(as(assessor2, at(-6, '14:00')), {
    applicationId: jekerpad,
    scores: sheet(thisScores, 1),
    submit: true,
  });
  await saveScores(as(assessor, at(-2, '11:00')), {
    applicationId: jekerpad,
    scores: sheet(thisScores, 0),
    submit: true,
  });
  // assessor2 has scored two more; assessor has those and Klusteam still to do.
  await saveScores(as(assessor2, at(-5, '14:00')), {
    applicationId: thisApplications.get('lindeboom')!,
    scores: sheet(thisScores, 1),
    submit: true,
  });
  await saveScores(as(assessor2, at(-4, '14:00')), {
    applicationId: thisApplications.get('trefpunt')!,
    scores: sheet(thisScores, 1),
    submit: true,
  });

  // ---- Next year: open for applications, with a draft of the demo applicant. -------------
  const nextRound = await round(
    year + 1,
    { created: at(-2, '10:00'), opens: at(-1, '09:00'), deadline: at(60, '12:00') },
    CEILINGS,
  );
  await apply(nextRound, year + 1, 'lindeboom', { started: at(-1, '14:00'), submitted: null });

  // Last year's notifications were read long ago; this year's tasks are still new.
  await db
    .update(notifications)
    .set({ readAt: sql`${notifications.createdAt} + interval '1 day'` })
    .where(lt(notifications.createdAt, at(-60, '00:00')));

  return {
    lastYear: { roundId: lastRound, year: lastYear },
    thisYear: { roundId: thisRound, year },
    nextYear: { roundId: nextRound, year: year + 1 },
  };
}

/** The demo's people as the services see them after logging in. */
export async function demoActors(db: Database) {
  const people = await db.select({ id: users.id, email: users.email }).from(users);
  const roles = await db.select().from(userRoles);
  const members = await db.select().from(organisationMembers);
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      contactEmail: organisations.contactEmail,
    })
    .from(organisations);
  const provisionRows = await db
    .select({ id: provisions.id, name: provisions.name, organisationId: provisions.organisationId })
    .from(provisions)
    .where(inArray(provisions.name, Object.values(PROVISION_OF)));
  const user = (email: string): Actor => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`demo account ${email} is missing`);
    return {
      kind: 'user',
      userId: person.id,
      email,
      roles: roles.filter((r) => r.userId === person.id).map((r) => r.role as Role),
      organisationIds: members.filter((m) => m.userId === person.id).map((m) => m.organisationId),
      provisionIds: [],
    };
  };
  const provisionOf = (organisation: DemoOrganisation) =>
    provisionRows.find((p) => p.name === PROVISION_OF[organisation])!.id;
  const applicant = (organisation: DemoOrganisation): Actor => {
    const email = APPLICANT_OF[organisation];
    if (email) return user(email);
    const organisationId = provisionRows.find(
      (p) => p.name === PROVISION_OF[organisation],
    )!.organisationId;
    const contact = orgs.find((o) => o.id === organisationId)!.contactEmail!;
    return {
      kind: 'user',
      userId: null,
      email: contact,
      roles: ['applicant'],
      organisationIds: [organisationId],
      provisionIds: [],
    };
  };
  return { user, applicant, provisionOf };
}

/** Small real PDFs for the required attachments, the same for every demo application. */
async function demoAttachments() {
  const files: ['statutes' | 'budget' | 'annual_accounts', { filename: string; data: Buffer }][] =
    [];
  for (const [kind, title] of [
    ['statutes', 'Statuten'],
    ['budget', 'Begroting'],
    ['annual_accounts', 'Jaarrekening'],
  ] as const) {
    const data = await renderPdf({
      content: [
        { text: `${title} (demo)`, fontSize: 16 },
        { text: 'Een voorbeeldbestand van de demogemeente, zonder echte gegevens.' },
      ],
    });
    files.push([kind, { filename: `${title.toLowerCase()}.pdf`, data }]);
  }
  return files;
}
