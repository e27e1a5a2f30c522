/**
 * The one access table: who may do what (docs/rules/roles.md). Every route of the server
 * declares an action from this table (route option `config.action`), and src/server/platform/
 * access.ts decides with it; the web app derives from it which roles a page is for. A test
 * walks all routes × roles × own/other organisation against it.
 *
 * - `public`: anyone, logged in or not.
 * - `authenticated`: any logged-in user.
 * - otherwise a map role → scope: `all` sees everything of the kind, `own` only what
 *   belongs to the user's own organisations (the repository query enforces that).
 */
import { ROLE_CODES, type Role } from './roles.ts';

/**
 * all: everything of the kind; own: the user's organisations; coordinated: the provisions the
 * user coordinates (not the rest of the organisation); assigned: what was assigned to the user.
 */
export type Scope = 'all' | 'own' | 'coordinated' | 'assigned';
export type Rule = 'public' | 'authenticated' | Partial<Record<Role, Scope>>;

export const ACCESS = {
  'health.read': 'public',
  'docs.read': 'public',
  'web.read': 'public',
  'settings.read': 'public',
  'settings.update': { admin: 'all' },
  'payment_account.read': { admin: 'all', finance: 'all' },
  'payment_account.update': { admin: 'all' },
  'neighbourhood.list': 'public',
  'auth.login': 'public',
  'auth.logout': 'authenticated',
  'auth.me': 'authenticated',
  // The second step of logging in, enrolling an authenticator app, and one's own second
  // factor; a session that still lacks its second step reaches only these and logout.
  'auth.two_factor.verify': 'authenticated',
  'auth.two_factor.enrol': 'authenticated',
  'auth.two_factor.manage': 'authenticated',
  /** The current codes of the demo's accounts with a second factor (demo municipality only). */
  'auth.demo_codes': 'public',
  'auth.password_reset': 'public',
  'user.list': { admin: 'all' },
  'user.create': { admin: 'all' },
  'user.update': { admin: 'all' },
  'user.unlock': { admin: 'all' },
  'user.two_factor_reset': { admin: 'all' },
  'organisation.list': {
    admin: 'all',
    policy_officer: 'all',
    applicant: 'own',
    coordinator: 'own',
  },
  'organisation.read': {
    admin: 'all',
    policy_officer: 'all',
    applicant: 'own',
    coordinator: 'own',
  },
  'organisation.create': { admin: 'all' },
  'organisation.update': { admin: 'all', applicant: 'own' },
  'organisation.invite': { admin: 'all', applicant: 'own' },
  'invitation.accept': 'public',
  'audit.list': { admin: 'all' },
  'outbox.list': { admin: 'all' },
  'scheme.read': { policy_officer: 'all', admin: 'all' },
  'scheme.update': { policy_officer: 'all' },
  'round.list': 'authenticated',
  'round.read': 'authenticated',
  'round.create': { policy_officer: 'all' },
  'round.update': { policy_officer: 'all' },
  'round.overview': { policy_officer: 'all' },
  'application.list': { applicant: 'own', policy_officer: 'all' },
  'application.read': { applicant: 'own', policy_officer: 'all' },
  'application.create': { applicant: 'own' },
  'application.update': { applicant: 'own' },
  'application.submit': { applicant: 'own' },
  'application.withdraw': { applicant: 'own' },
  'assessment.manage': { policy_officer: 'all' },
  'assessment.conflicts': { policy_officer: 'all', assessor: 'assigned' },
  'assessment.score': { assessor: 'assigned' },
  'ranking.manage': { policy_officer: 'all' },
  'decision.manage': { policy_officer: 'all' },
  'decision.read': { applicant: 'own', policy_officer: 'all' },
  // Renouncing a grant: the organisation asks itself, or the policy officer records its letter.
  'decision.renounce': { applicant: 'own', policy_officer: 'all' },
  // Grants after the decision: the organisation sees its own, the municipality all; the
  // policy officer plans the advances, finance pays them (docs/rules/grant-lifecycle.md).
  'grant.list': { applicant: 'own', policy_officer: 'all', finance: 'all' },
  'grant.read': { applicant: 'own', policy_officer: 'all', finance: 'all' },
  'grant.schedule': { policy_officer: 'all' },
  // Settlement (Awb 4:46): the policy officer proposes and issues it; finance reads it but
  // never changes it; the organisation reads its own letter once issued. Finance records a
  // reclaim paid back (docs/rules/grant-lifecycle.md).
  'settlement.read': { applicant: 'own', policy_officer: 'all', finance: 'all' },
  'settlement.propose': { policy_officer: 'all' },
  'settlement.issue': { policy_officer: 'all' },
  'reclaim.read': { policy_officer: 'all', finance: 'all' },
  'reclaim.register_paid': { finance: 'all' },
  // Changes after granting: the organisation asks for its own grant, the policy officer
  // decides, and lowers or withdraws a grant (Awb 4:48; docs/rules/grant-lifecycle.md).
  'grant_change.list': { applicant: 'own', policy_officer: 'all', finance: 'all' },
  'grant_change.request': { applicant: 'own' },
  'grant_change.decide': { policy_officer: 'all' },
  'grant.lower': { policy_officer: 'all' },
  // The accountability report: the organisation writes and submits its own; the policy
  // officer and finance read every report, and the policy officer follows the overdue ones.
  'grant_report.read': { applicant: 'own', policy_officer: 'all', finance: 'all' },
  'grant_report.write': { applicant: 'own' },
  'grant_report.overdue': { policy_officer: 'all' },
  // Payment runs: prepared by one finance user, approved and exported by another.
  'payment.read': { finance: 'all' },
  'payment.prepare': { finance: 'all' },
  'payment.approve': { finance: 'all' },
  'payment.export': { finance: 'all' },
  'payment.cancel': { finance: 'all' },
  // The Sociaal Investeringsfonds' ledger (docs/rules/fund-ledger.md): finance proposes
  // deposits and corrections, another finance user approves them; the policy officer reads.
  'fund.read': { finance: 'all', policy_officer: 'all' },
  // The return and business cases (docs/rules/rendement.md): counts through "<5", no persons.
  'rendement.read': { policy_officer: 'all' },
  'rendement.scenario.manage': { policy_officer: 'all' },
  'fund.deposit': { finance: 'all' },
  'fund.correct': { finance: 'all' },
  'fund.approve': { finance: 'all' },
  // The fund's rolling tender (docs/rules/sif-initiatives.md): an organisation submits its own
  // initiatives at any time and reports their impact; any assessor scores an initiative under
  // assessment (two per initiative); the policy officer follows the terms and decides.
  'sif.list': { applicant: 'own', policy_officer: 'all', assessor: 'all' },
  'sif.read': { applicant: 'own', policy_officer: 'all', assessor: 'all' },
  'sif.submit': { applicant: 'own' },
  'sif.assess': { assessor: 'all' },
  'sif.decide': { policy_officer: 'all' },
  'sif.impact': { applicant: 'own' },
  // Public accountability: the organisation writes and approves the public text of its own
  // honoured initiative; the policy officer can withdraw the public page with a reason.
  'sif.public_text': { applicant: 'own' },
  'sif.public_withdraw': { policy_officer: 'all' },
  /** The council report of the fund (PDF, XLSX): totals only, no persons. */
  'fund.report': { finance: 'all', policy_officer: 'all' },
  // The finance overview of a year: amounts per category, no organisation or person.
  'finance_overview.read': { finance: 'all', policy_officer: 'all' },
  // Requests to complete an application (Awb 4:5) and setting it aside when unanswered.
  'completion.manage': { policy_officer: 'all' },
  'completion.read': { applicant: 'own', policy_officer: 'all' },
  'completion.answer': { applicant: 'own' },
  // Objections against decisions; the applicant sees the status of its own.
  'objection.manage': { policy_officer: 'all' },
  'objection.read': { applicant: 'own', policy_officer: 'all' },
  'provision.list': { admin: 'all', policy_officer: 'all', applicant: 'own', coordinator: 'own' },
  'provision.read': { admin: 'all', policy_officer: 'all', applicant: 'own', coordinator: 'own' },
  'provision.create': { admin: 'all', applicant: 'own' },
  'provision.update': { admin: 'all', applicant: 'own' },
  'provision.coordinators': { admin: 'all', applicant: 'own' },
  /** Hiding a provision from the public social map (docs/rules/social-map.md). */
  'provision.hide': { policy_officer: 'all' },
  // Participants' personal data (names, attendance, health measurements, referrals): only
  // the provision's coordinators, on a need-to-know basis (docs/privacy/who-sees-what.md).
  // The organisation's board (applicant) sees the provision's aggregated report, and can
  // appoint coordinators, itself included when a board member also has the coordinator
  // role. Municipal staff see only aggregated, suppressed reports (report.municipality).
  'participant.list': { coordinator: 'coordinated' },
  'participant.read': { coordinator: 'coordinated' },
  'participant.manage': { coordinator: 'coordinated' },
  'participant.export': { coordinator: 'coordinated' },
  'participant.erase': { coordinator: 'coordinated' },
  /** The blank consent form of a provision: no personal data. */
  'consent.form': { applicant: 'own', coordinator: 'coordinated' },
  'attendance.read': { coordinator: 'coordinated' },
  'attendance.write': { coordinator: 'coordinated' },
  'measurement.read': { coordinator: 'coordinated' },
  'measurement.write': { coordinator: 'coordinated' },
  /** A participant answers through a personal link, without an account. */
  'questionnaire.answer': 'public',
  // The public social map and the open subsidy register: no login. The map's pages read the
  // session only to offer a social worker "Verwijzen" and staff a link to their provision's
  // pages; the request form and the register never do (docs/rules/social-map.md).
  'social_map.read': 'public',
  /** A resident's own request to take part; rate-limited, stored once per form. */
  'social_map.request': 'public',
  'subsidy_register.read': 'public',
  /** The fund's public pages: approved texts of honoured initiatives and the fund's balances. */
  'fund_public.read': 'public',
  'referral.search': { social_worker: 'all' },
  'referral.create': { social_worker: 'all' },
  /** Social workers see the referrals they made; coordinators the ones made to their provision. */
  'referral.list': { social_worker: 'assigned', coordinator: 'coordinated' },
  'referral.decide': { coordinator: 'coordinated' },
  'report.provision': { applicant: 'own', coordinator: 'coordinated' },
  'report.municipality': { policy_officer: 'all' },
  // The municipality's dashboards and neighbourhood map: aggregated, suppressed figures only
  // (docs/rules/dashboards.md), for the same role as the municipality's report.
  'dashboard.read': { policy_officer: 'all' },
  // The council report per year (docs/rules/council-report.md): the dashboards' figures in a
  // PDF and an XLSX, kept per version.
  'council_report.read': { policy_officer: 'all' },
  'council_report.generate': { policy_officer: 'all' },
  // Double financing: only the Wmo analyst; every view of signals is audited.
  'wmo.import': { wmo_analyst: 'all' },
  'wmo.scope': { wmo_analyst: 'all' },
  'wmo.match': { wmo_analyst: 'all' },
  'wmo.signals': { wmo_analyst: 'all' },
  'wmo.follow_up': { wmo_analyst: 'all' },
  // Everyone's own tasks and notifications: the queries hold a user to their own rows and
  // to the scope of each of their roles.
  'home.tasks': 'authenticated',
  'notification.read': 'authenticated',
  'notification.update': 'authenticated',
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ACCESS;

/**
 * Public pages that look the same for everyone: the session is not read for them (and so the
 * resident's request form, a plain HTML form, needs no CSRF header).
 */
export const SESSIONLESS_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'social_map.request',
  'subsidy_register.read',
  'fund_public.read',
]);

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(ACCESS, value);
}

/** Whether the rule lets this set of roles through at all (for the access matrix test). */
export function rolesMayPerform(roles: readonly Role[], action: Action): Scope | 'none' {
  const rule: Rule = ACCESS[action];
  if (rule === 'public' || rule === 'authenticated') return 'all';
  const scopes = roles.map((role) => rule[role]).filter((s): s is Scope => s !== undefined);
  if (scopes.length === 0) return 'none';
  if (scopes.includes('all')) return 'all';
  if (scopes.includes('own')) return 'own';
  return scopes.includes('coordinated') ? 'coordinated' : 'assigned';
}

/**
 * The roles that may perform the action: every role for a public or authenticated one;
 * otherwise those the rule names, or only those with one of `scopes` when given. In the
 * order of ROLE_CODES.
 */
export function rolesFor(action: Action, scopes?: readonly Scope[]): Role[] {
  const rule: Rule = ACCESS[action];
  if (rule === 'public' || rule === 'authenticated') return [...ROLE_CODES];
  return ROLE_CODES.filter((role) => {
    const scope = rule[role];
    return scope !== undefined && (scopes === undefined || scopes.includes(scope));
  });
}
