import { TIER_IN_DUTCH } from '../../../domain/grants/accountability.ts';
import type { ScheduleKind } from '../../../domain/grants/payment-schedule.ts';
import type {
  GrantEventKind,
  GrantStatus,
} from '../../../server/features/grants/grants.schemas.ts';

/** Interface text of grants after the decision (subsidies, voorschotten). */
export const grantsTexts = {
  failed: 'Het is niet gelukt. Probeer het opnieuw.',
  tiers: TIER_IN_DUTCH,
  statuses: {
    granted: 'Verleend',
    advanced: 'Bevoorschot',
    report_submitted: 'Verantwoording ingediend',
    settled: 'Vastgesteld',
    closed: 'Afgerekend',
    withdrawn: 'Ingetrokken',
  } satisfies Record<GrantStatus, string>,
  events: {
    granted: 'Verleend',
    schedule_changed: 'Betaalschema gewijzigd',
    advanced: 'Bevoorschot',
    report_submitted: 'Verantwoording ingediend',
    settlement_proposed: 'Vaststelling voorgesteld',
    settled: 'Vastgesteld',
    extra_payment_paid: 'Nabetaling betaald',
    reclaim_paid: 'Terugvordering terugbetaald',
    closed: 'Afgerekend',
    change_requested: 'Wijziging aangevraagd',
    change_decided: 'Wijzigingsverzoek beslist',
    lowered: 'Subsidieverlening verlaagd',
    withdrawn: 'Ingetrokken',
  } satisfies Record<GrantEventKind, string>,
  scheduleKinds: {
    monthly: 'Maandelijks',
    quarterly: 'Per kwartaal',
    single: 'In één keer',
    custom: 'Eigen schema',
  } satisfies Record<ScheduleKind, string>,
  list: {
    titleOwn: 'Mijn subsidies',
    title: 'Subsidies',
    introOwn:
      'De subsidies die aan uw organisatie zijn verleend, met de voorschotten en wanneer u verantwoording aflegt.',
    intro: 'De verleende subsidies, met hun voorschotten en de stand van betalen.',
    round: 'Ronde',
    allRounds: 'Alle rondes',
    category: 'Categorie',
    allCategories: 'Alle categorieën',
    empty: 'Er zijn (nog) geen subsidies verleend die bij deze keuze passen.',
    caption: (n: number) => (n === 1 ? '1 subsidie' : `${n} subsidies`),
    columns: {
      reference: 'Kenmerk',
      organisation: 'Organisatie',
      provision: 'Voorziening',
      category: 'Categorie',
      period: 'Periode',
      granted: 'Verleend',
      paid: 'Betaald',
      status: 'Status',
    },
  },
  grant: {
    documentTitle: 'Subsidie',
    title: (reference: string) => `Subsidie ${reference}`,
    back: 'Terug naar de subsidies',
    notFound: 'Deze subsidie bestaat niet of u hebt er geen toegang toe.',
    facts: {
      organisation: 'Organisatie',
      provision: 'Voorziening',
      round: 'Ronde',
      decision: 'Beschikking',
      period: 'Subsidieperiode',
      granted: 'Verleend bedrag',
      paid: 'Betaald aan voorschotten',
      status: 'Status',
    },
    decisionLink: 'Beschikking lezen',
    settlementLink: 'Vaststelling en terugvordering',
    timelineTitle: 'Verloop',
    timelineItem: (step: string, moment: string, actor: string) =>
      `${step} op ${moment} door ${actor}`,
    accountabilityTitle: 'Verantwoording',
    reportDue: (day: string) =>
      `Uiterlijk ${day} dient u de verantwoording in (13 weken na het einde van de subsidieperiode).`,
    reportDueDirect: (day: string) =>
      `U hoeft niets in te dienen; vanaf ${day} kan de gemeente de subsidie vaststellen.`,
    scheduleTitle: 'Voorschotten',
    scheduleKind: (kind: string) => `Betaalschema: ${kind.toLowerCase()}.`,
    caption: (n: number) => (n === 1 ? '1 termijn' : `${n} termijnen`),
    columns: { number: 'Termijn', dueDay: 'Vervaldag', amount: 'Bedrag', paid: 'Betaald?' },
    paid: (day: string) => `Betaald op ${day}`,
    inRun: (reference: string) => `In betaalrun ${reference}`,
    unpaid: 'Nog niet betaald',
  },
  schedule: {
    title: 'Betaalschema wijzigen',
    intro:
      'Tot de eerste betaling kunt u het schema van de voorschotten wijzigen. Een standaardschema verdeelt het hele bedrag in gelijke termijnen in hele centen; de rest van de deling komt in de laatste termijn.',
    locked:
      'Het betaalschema kan niet meer worden gewijzigd: er is al een voorschot betaald of in een betaalrun opgenomen.',
    kind: 'Soort schema',
    term: (n: number) => `Termijn ${n}`,
    dueDay: 'Vervaldag',
    amount: 'Bedrag in euro',
    amountHint: 'Bijvoorbeeld 1.250,00',
    add: 'Termijn toevoegen',
    remove: (n: number) => `Termijn ${n} verwijderen`,
    submit: 'Schema opslaan',
    saved: 'Het betaalschema is opgeslagen.',
    notAnAmount: 'Vul een bedrag in euro in, bijvoorbeeld 1.250,00.',
  },
};
