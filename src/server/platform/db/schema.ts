/**
 * The one Drizzle schema for PGlite and PostgreSQL. Migrations in db/migrations are generated
 * from this file (`npm run db:generate`) and committed.
 */
import { sql } from 'drizzle-orm';
import { DEFAULT_MATCHING_SCOPE } from '../../../domain/double-financing/scope.ts';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Money in integer euro cents. */
const cents = (name: string) => bigint(name, { mode: 'number' });
const day = (name: string) => date(name, { mode: 'string' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** The municipality this installation serves: one row. */
export const municipality = pgTable('municipality', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  /**
   * Who is responsible for the personal data the municipality processes (verwerkings-
   * verantwoordelijke), and its data protection officer (functionaris gegevensbescherming):
   * printed on the consent form (docs/privacy/processing-register.md).
   */
  privacyController: text('privacy_controller'),
  dataProtectionOfficer: text('data_protection_officer'),
  dataProtectionOfficerEmail: text('data_protection_officer_email'),
  /** The account advances are paid from: the debtor of the SEPA payment runs. */
  paymentIban: text('payment_iban'),
  paymentBic: text('payment_bic'),
  createdAt: moment('created_at').notNull().defaultNow(),
});

/** CBS wijken. */
export const districts = pgTable('districts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** CBS buurten, with their (generalised) boundary as GeoJSON for overview maps. */
export const neighbourhoods = pgTable(
  'neighbourhoods',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    geometry: jsonb('geometry'),
  },
  (t) => [index('neighbourhoods_district_idx').on(t.districtCode)],
);

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kvkNumber: text('kvk_number'),
  city: text('city'),
  street: text('street'),
  postcode: text('postcode'),
  iban: text('iban'),
  /** [{ name, position }] */
  boardMembers: jsonb('board_members').notNull().default([]),
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  createdAt: moment('created_at').notNull().defaultNow(),
  updatedAt: moment('updated_at').notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  /** The daily e-mail of unread notifications; the user can turn it off in their settings. */
  notificationDigest: boolean('notification_digest').notNull().default(true),
  createdAt: moment('created_at').notNull().defaultNow(),
  updatedAt: moment('updated_at').notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const organisationMembers = pgTable(
  'organisation_members',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index('organisation_members_org_idx').on(t.organisationId),
  ],
);

/** A session is found by the SHA-256 of its cookie token; the token itself is never stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: moment('created_at').notNull().defaultNow(),
    lastSeenAt: moment('last_seen_at').notNull().defaultNow(),
    expiresAt: moment('expires_at').notNull(),
    /**
     * What the session still lacks before it opens anything: `two_factor` (the code after
     * the password) or `two_factor_enrolment` (a role that needs a second factor has none
     * yet); null for a full session (docs/rules/login-security.md).
     */
    pendingStep: text('pending_step'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * A user's account at an OpenID Connect provider (issuer + subject). Linked by e-mail address
 * at the first login there; later logins match on the subject, so a changed address at the
 * provider still finds the same user. One account per provider per user.
 */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    linkedAt: moment('linked_at').notNull().defaultNow(),
    lastLoginAt: moment('last_login_at'),
  },
  (t) => [
    primaryKey({ columns: [t.issuer, t.subject] }),
    unique('oidc_identities_user_issuer_key').on(t.userId, t.issuer),
  ],
);

/**
 * A login at the provider under way: the callback must bring back this state, this nonce
 * and the PKCE verifier's challenge. Found by the SHA-256 of the browser's cookie; used once.
 */
export const oidcLoginAttempts = pgTable(
  'oidc_login_attempts',
  {
    handleHash: text('handle_hash').primaryKey(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** A path of this site to go to after logging in. */
    returnTo: text('return_to'),
    expiresAt: moment('expires_at').notNull(),
  },
  (t) => [index('oidc_login_attempts_expires_idx').on(t.expiresAt)],
);

/** A session that began at the provider, with its ID token to log out there as well. */
export const oidcSessions = pgTable('oidc_sessions', {
  sessionTokenHash: text('session_token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  issuer: text('issuer').notNull(),
  idToken: text('id_token').notNull(),
});

/** Failed logins per (normalised) e-mail address, known account or not, for throttling. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    /** SHA-256 of the client's address: throttles one address across accounts. */
    addressHash: text('address_hash'),
    at: moment('at').notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_email_at_idx').on(t.email, t.at),
    index('login_failures_address_at_idx').on(t.addressHash, t.at),
  ],
);

/**
 * Addresses an account logged in from successfully (hashed): a login from such an address
 * is not slowed down by failures on the account from elsewhere (docs/rules/login-throttle.md).
 */
export const loginKnownAddresses = pgTable(
  'login_known_addresses',
  {
    email: text('email').notNull(),
    addressHash: text('address_hash').notNull(),
    lastSuccessAt: moment('last_success_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.addressHash] })],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: moment('at')
      .notNull()
      .default(sql`now()`),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorEmail),
  ],
);

/** A colleague invited to an organisation by e-mail link; the token is stored hashed. */
export const organisationInvitations = pgTable('organisation_invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  invitedBy: uuid('invited_by').references(() => users.id),
  createdAt: moment('created_at').notNull().defaultNow(),
  expiresAt: moment('expires_at').notNull(),
  acceptedAt: moment('accepted_at'),
  acceptedBy: uuid('accepted_by').references(() => users.id),
});

export const provisions = pgTable(
  'provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    category: text('category').notNull(),
    street: text('street'),
    postcode: text('postcode'),
    neighbourhoodCode: text('neighbourhood_code').references(() => neighbourhoods.code),
    /** { monday: ['morning', 'afternoon'], ... } */
    openingDayParts: jsonb('opening_day_parts').notNull().default({}),
    targetGroups: jsonb('target_groups').notNull().default([]),
    accessibility: text('accessibility'),
    /** What residents read on the social map (docs/rules/social-map.md). */
    publicDescription: text('public_description'),
    /** Codes of domain/social-map/accessibility.ts: wheelchair, hearing_loop, ... */
    accessibilityFeatures: jsonb('accessibility_features').notNull().default([]),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** Hidden from the social map by the policy officer. */
    hidden: boolean('hidden').notNull().default(false),
    /** Why the policy officer hid it (shown to the organisation); null while shown. */
    hiddenReason: text('hidden_reason'),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
  },
  (t) => [index('provisions_org_idx').on(t.organisationId)],
);

/**
 * The one photo of a provision on the social map, as stored after resizing on upload: WebP
 * without EXIF, at most 1200 px wide, and a small thumbnail (docs/rules/social-map.md).
 */
export const provisionPhotos = pgTable('provision_photos', {
  provisionId: uuid('provision_id')
    .primaryKey()
    .references(() => provisions.id, { onDelete: 'cascade' }),
  image: bytea('image').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  thumbnail: bytea('thumbnail').notNull(),
  /** What the photo shows, written by the organisation, for who cannot see it. */
  altText: text('alt_text').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  uploadedAt: moment('uploaded_at').notNull().defaultNow(),
});

/** A subsidy scheme; its categories' criteria and conditions are the form of a round. */
export const schemes = pgTable('schemes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** SchemeDefinition: general conditions and per category criteria and eligible kinds. */
  definition: jsonb('definition').notNull(),
  createdAt: moment('created_at').notNull().defaultNow(),
  updatedAt: moment('updated_at').notNull().defaultNow(),
});

export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => schemes.id),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    opensAt: moment('opens_at').notNull(),
    deadlineAt: moment('deadline_at').notNull(),
    partialGrant: boolean('partial_grant').notNull().default(true),
    lotSeed: text('lot_seed').notNull(),
    /** { living_room: cents, ... } */
    ceilings: jsonb('ceilings').notNull(),
    /** The scheme definition frozen when the round opened; null while in preparation. */
    formDefinition: jsonb('form_definition'),
    publishedAt: moment('published_at'),
    /**
     * The standing round of the Sociaal Investeringsfonds' rolling tender: it carries the
     * initiatives' applications so their decisions and grants follow the ordinary lifecycle,
     * but it has no deadline of its own and is never listed among the rounds
     * (docs/rules/sif-initiatives.md).
     */
    rolling: boolean('rolling').notNull().default(false),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
  },
  (t) => [index('rounds_scheme_idx').on(t.schemeId)],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    category: text('category').notNull(),
    /** draft | submitted | late | withdrawn | set_aside (not completed in time, Awb 4:5) */
    status: text('status').notNull().default('draft'),
    /** Assigned when submitted (also when late): AV-2027-0012. */
    reference: text('reference').unique(),
    /** The round's frozen form this application was made with. */
    formDefinition: jsonb('form_definition').notNull(),
    /** ApplicationContent: period, amounts, budget lines, reach, texts, declarations. */
    content: jsonb('content').notNull(),
    requestedCents: cents('requested_cents'),
    /** Optimistic concurrency: a save must name the version it edited. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
    submittedAt: moment('submitted_at'),
    withdrawnAt: moment('withdrawn_at'),
  },
  (t) => [
    index('applications_round_idx').on(t.roundId, t.category, t.status),
    index('applications_org_idx').on(t.organisationId),
  ],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** statutes | budget | annual_accounts | vog */
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: moment('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('attachments_application_idx').on(t.applicationId)],
);

/** Generated documents (receipts, later decisions), immutable, with their SHA-256. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [index('documents_application_idx').on(t.applicationId, t.kind)],
);

/** Sequential human references per prefix and year (AV-2027-0012). */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/** Every e-mail the product sends; without SMTP_URL this is the outbox the admin reads. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** [{ filename, contentType, documentId }] */
    attachments: jsonb('attachments').notNull().default([]),
    /** outbox (no SMTP) | queued | sent | failed */
    status: text('status').notNull(),
    error: text('error'),
    createdAt: moment('created_at').notNull().defaultNow(),
    sentAt: moment('sent_at'),
  },
  (t) => [index('mail_messages_created_idx').on(t.createdAt)],
);

/** Deadline reminders already sent, so the scheduled job sends each one once. */
export const deadlineReminders = pgTable(
  'deadline_reminders',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** days_7 | days_1 */
    kind: text('kind').notNull(),
    sentAt: moment('sent_at').notNull().defaultNow(),
  },
  (t) => [unique('deadline_reminders_once').on(t.roundId, t.organisationId, t.kind)],
);

/** The assessors the policy officer assigned to an application (at least two). */
export const assessorAssignments = pgTable(
  'assessor_assignments',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: moment('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.assessorId] }),
    index('assessor_assignments_assessor_idx').on(t.assessorId),
  ],
);

/** An assessor's declared conflict of interest with an organisation, per round. */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reason: text('reason').notNull(),
    declaredAt: moment('declared_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.assessorId, t.organisationId] })],
);

/** One assessor's scores for one application: { criterion: { score, motivation } }. */
export const assessments = pgTable(
  'assessments',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    scores: jsonb('scores').notNull().default({}),
    submittedAt: moment('submitted_at'),
    updatedAt: moment('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.assessorId] })],
);

/** The policy officer's check of each general condition of an application. */
export const conditionChecks = pgTable(
  'condition_checks',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    conditionCode: text('condition_code').notNull(),
    met: boolean('met').notNull(),
    reason: text('reason').notNull().default(''),
    checkedBy: uuid('checked_by').references(() => users.id),
    checkedAt: moment('checked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.conditionCode] })],
);

/** The chair's final score per judged criterion, with motivation. */
export const finalScores = pgTable(
  'final_scores',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    criterion: text('criterion').notNull(),
    score: integer('score').notNull(),
    motivation: text('motivation').notNull(),
    fixedBy: uuid('fixed_by').references(() => users.id),
    fixedAt: moment('fixed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.criterion] })],
);

/** A fixed ranking of one category of a round: immutable; a revision is a new version. */
export const rankings = pgTable(
  'rankings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    category: text('category').notNull(),
    version: integer('version').notNull(),
    reason: text('reason'),
    /** The exact input of rankAndAllocate (seed, ceiling, rule values, applications). */
    input: jsonb('input').notNull(),
    output: jsonb('output').notNull(),
    fixedBy: uuid('fixed_by').references(() => users.id),
    fixedAt: moment('fixed_at').notNull().defaultNow(),
  },
  (t) => [unique('rankings_version').on(t.roundId, t.category, t.version)],
);

/** A decision letter for one application under one ranking version. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    rankingId: uuid('ranking_id').references(() => rankings.id),
    reference: text('reference').notNull().unique(),
    outcome: text('outcome').notNull(),
    grantedCents: cents('granted_cents').notNull(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    /** The accessible HTML version of the same letter. */
    html: text('html').notNull(),
    /** The decision this one replaces (after a well-founded objection); that one stays as it was. */
    replacesDecisionId: uuid('replaces_decision_id').references((): AnyPgColumn => decisions.id),
    generatedAt: moment('generated_at').notNull().defaultNow(),
    issuedAt: moment('issued_at'),
  },
  (t) => [unique('decisions_once').on(t.applicationId, t.rankingId)],
);

/**
 * The organisation renounces a granted subsidy (afstand doen), on its own request in the
 * product or on a written request the policy officer records. The decision stays as it was;
 * the renounced amount no longer counts against the category's ceiling
 * (docs/rules/round-states.md). At most one per application.
 */
export const grantRenunciations = pgTable('grant_renunciations', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id')
    .notNull()
    .unique()
    .references(() => applications.id),
  /** The granting decision that is renounced. */
  decisionId: uuid('decision_id')
    .notNull()
    .references(() => decisions.id),
  renouncedCents: cents('renounced_cents').notNull(),
  /** The day the organisation asked: today in the product, the letter's day when written. */
  requestedDay: day('requested_day').notNull(),
  /** applicant (asked in the product) | written_request (recorded by the policy officer) */
  requestedVia: text('requested_via').notNull(),
  reason: text('reason').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: moment('recorded_at').notNull().defaultNow(),
});

/**
 * A request to complete a submitted application (aanvulverzoek, Awb 4:5): what is missing, the
 * term, and the applicant's answer. Only after the term has passed unanswered may the
 * application be set aside (docs/rules/time-to-complete.md).
 */
export const completionRequests = pgTable(
  'completion_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The document asked for (an attachment kind), or null when information is asked. */
    attachmentKind: text('attachment_kind'),
    description: text('description').notNull(),
    termDays: integer('term_days').notNull(),
    requestedDay: day('requested_day').notNull(),
    /** The last day on which the applicant can complete the application. */
    dueDay: day('due_day').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: moment('requested_at').notNull().defaultNow(),
    answerText: text('answer_text'),
    answerAttachmentId: uuid('answer_attachment_id').references(() => attachments.id),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: moment('answered_at'),
    /** The decision that set the application aside because this request went unanswered. */
    setAsideDecisionId: uuid('set_aside_decision_id').references(() => decisions.id),
  },
  (t) => [index('completion_requests_application_idx').on(t.applicationId)],
);

/**
 * An objection (bezwaarschrift) against a decision, and the decision on it (Awb 7:12):
 * docs/rules/objections.md.
 */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** BZ-2027-0001 */
    reference: text('reference').notNull().unique(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    receivedDay: day('received_day').notNull(),
    /** The last day of the objection term, from the decision's sending day. */
    deadlineDay: day('deadline_day').notNull(),
    inTime: boolean('in_time').notNull(),
    hearingDay: day('hearing_day'),
    hearingNotes: text('hearing_notes'),
    /** inadmissible | unfounded | well_founded | partly_well_founded */
    outcome: text('outcome'),
    reasons: text('reasons'),
    documentId: uuid('document_id').references(() => documents.id),
    html: text('html'),
    /** The revised ranking version and the new decision a (partly) well-founded objection led to. */
    newRankingId: uuid('new_ranking_id').references(() => rankings.id),
    newDecisionId: uuid('new_decision_id').references(() => decisions.id),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredAt: moment('registered_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: moment('decided_at'),
  },
  (t) => [index('objections_application_idx').on(t.applicationId)],
);

/** Durable background jobs with progress; a restarted server resumes them. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** queued | running | done | failed */
    status: text('status').notNull(),
    params: jsonb('params').notNull(),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
  },
  (t) => [index('jobs_status_idx').on(t.status)],
);

/** Which coordinators work at which provision: they see that provision's participants only. */
export const provisionCoordinators = pgTable(
  'provision_coordinators',
  {
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.provisionId, t.userId] }),
    index('provision_coordinators_user_idx').on(t.userId),
  ],
);

/**
 * A participant of a provision, registered with consent. Personal data (name, year of birth,
 * BSN pseudonym) is cleared on erasure; the row stays, without them, so that counts, attendance
 * and measurements in reports do not change (`erased_at` set).
 */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    /** Name or initials; null once erased. */
    displayName: text('display_name'),
    birthYear: integer('birth_year'),
    neighbourhoodCode: text('neighbourhood_code').references(() => neighbourhoods.code),
    startDate: day('start_date').notNull(),
    /** The day the participant left (set with an outflow); retention counts from here. */
    endDate: day('end_date'),
    /** self | social_team | social_services | other_organisation */
    clientRoute: text('client_route').notNull(),
    /** The referring organisation when the route is other_organisation. */
    referringOrganisation: text('referring_organisation'),
    /** HMAC-SHA-256 of the BSN; only while consent for matching stands. Never the BSN itself. */
    bsnPseudonym: text('bsn_pseudonym'),
    referralId: uuid('referral_id'),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
    erasedAt: moment('erased_at'),
  },
  (t) => [
    index('participants_provision_idx').on(t.provisionId),
    index('participants_pseudonym_idx').on(t.bsnPseudonym),
  ],
);

/**
 * Consent, one row per scope (registration | measurements | matching). Withdrawal is recorded
 * on the row and takes effect at once; a new consent after withdrawal is a new row.
 */
export const participantConsents = pgTable(
  'participant_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    givenOn: day('given_on').notNull(),
    /** written | verbal | digital */
    method: text('method').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: moment('recorded_at').notNull().defaultNow(),
    withdrawnOn: day('withdrawn_on'),
    withdrawnRecordedBy: uuid('withdrawn_recorded_by').references(() => users.id),
  },
  (t) => [index('participant_consents_participant_idx').on(t.participantId)],
);

/** Presence of a registered participant in one day part. A row means: was there. */
export const attendance = pgTable(
  'attendance',
  {
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    day: day('day').notNull(),
    /** morning | afternoon | evening */
    dayPart: text('day_part').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.day, t.dayPart] }),
    index('attendance_provision_day_idx').on(t.provisionId, t.day),
    // The municipality's report reads a period's attendance of all provisions from this
    // index alone (measured in bench/participants.ts).
    index('attendance_day_idx').on(t.day, t.provisionId, t.dayPart),
  ],
);

/** People without consent for registration, counted per day part. */
export const anonymousAttendance = pgTable(
  'anonymous_attendance',
  {
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    day: day('day').notNull(),
    dayPart: text('day_part').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provisionId, t.day, t.dayPart] })],
);

/**
 * A positive-health measurement (six dimensions 0–10, "wants to talk" per dimension) with
 * satisfaction, by the participant (through a link) or by the coordinator.
 */
export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    /** participant | coordinator */
    respondent: text('respondent').notNull(),
    measuredOn: day('measured_on').notNull(),
    bodilyFunctions: integer('bodily_functions').notNull(),
    mentalWellbeing: integer('mental_wellbeing').notNull(),
    meaning: integer('meaning').notNull(),
    qualityOfLife: integer('quality_of_life').notNull(),
    participation: integer('participation').notNull(),
    dailyFunctioning: integer('daily_functioning').notNull(),
    /** HealthDimension[] the respondent wants to talk about. */
    talkAbout: jsonb('talk_about').notNull().default([]),
    satisfaction: integer('satisfaction'),
    /** Free text: personal data, cleared on erasure. */
    satisfactionRemark: text('satisfaction_remark'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('measurements_participant_idx').on(t.participantId, t.measuredOn),
    index('measurements_provision_idx').on(t.provisionId, t.measuredOn),
  ],
);

/** A personal questionnaire link (QR code) for a participant; the token is stored hashed. */
export const questionnaireLinks = pgTable(
  'questionnaire_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
    expiresAt: moment('expires_at').notNull(),
    usedAt: moment('used_at'),
  },
  (t) => [index('questionnaire_links_participant_idx').on(t.participantId)],
);

/**
 * Development of a participant: outflow to paid work, education, volunteer work, another
 * provision, maatwerk (relapse), stopped or moved, with its date.
 */
export const participantOutflows = pgTable(
  'participant_outflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    kind: text('kind').notNull(),
    onDate: day('on_date').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [index('participant_outflows_provision_idx').on(t.provisionId, t.onDate)],
);

/**
 * A social worker's referral of a resident to a provision, with the resident's consent and
 * without BSN. The provision accepts (it becomes a participant) or declines with a reason.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    referredBy: uuid('referred_by').references(() => users.id),
    /** social_team | social_services */
    route: text('route').notNull(),
    /** Name or initials of the resident; cleared on erasure. */
    residentName: text('resident_name'),
    /** How the provision can reach the resident; cleared on erasure. */
    residentContact: text('resident_contact'),
    birthYear: integer('birth_year'),
    neighbourhoodCode: text('neighbourhood_code').references(() => neighbourhoods.code),
    /** Why this provision fits; no medical detail (the form says so). */
    note: text('note'),
    consentGivenOn: day('consent_given_on').notNull(),
    /** How the resident gave consent: written | verbal | digital. */
    consentMethod: text('consent_method').notNull().default('verbal'),
    /** pending | accepted | declined | expired */
    status: text('status').notNull().default('pending'),
    declineReason: text('decline_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: moment('decided_at'),
    participantId: uuid('participant_id').references(() => participants.id),
    /** When the resident's details were erased at the end of the retention period. */
    erasedAt: moment('erased_at'),
    /**
     * A resident's own request from the social map (route `self`): the form's one-time key,
     * so a second submission of the same form stores nothing new.
     */
    requestKey: text('request_key').unique(),
    createdAt: moment('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('referrals_provision_idx').on(t.provisionId, t.status),
    index('referrals_referred_by_idx').on(t.referredBy),
  ],
);

/**
 * One imported file of individual Wmo allocations (iWmo WMO301 messages or the back-office
 * CSV). A file is imported whole or not at all; `refused` lists what was refused and why.
 */
export const wmoImports = pgTable(
  'wmo_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** iwmo301 | csv | zip */
    format: text('format').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** queued | running | imported | refused | duplicate */
    status: text('status').notNull(),
    /** BerichtIdentificatie of the WMO301 messages in this file. */
    messageIds: jsonb('message_ids').notNull().default([]),
    recordsRead: integer('records_read').notNull().default(0),
    recordsImported: integer('records_imported').notNull().default(0),
    /**
     * Rule IV013: versions of allocations that this import found superseded (earlier
     * versions it replaced, and versions in it older than one already imported), and
     * allocations whose current version it made a removal (RedenWijziging 13).
     */
    versionsSuperseded: integer('versions_superseded').notNull().default(0),
    allocationsRemoved: integer('allocations_removed').notNull().default(0),
    /** [{ file, record, reason }] */
    refused: jsonb('refused').notNull().default([]),
    jobId: uuid('job_id').references(() => jobs.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: moment('created_at').notNull().defaultNow(),
    finishedAt: moment('finished_at'),
  },
  (t) => [index('wmo_imports_created_idx').on(t.createdAt)],
);

/** A WMO301 message once imported: importing the same message again changes nothing. */
export const wmoMessages = pgTable('wmo_messages', {
  messageId: text('message_id').primaryKey(),
  importId: uuid('import_id')
    .notNull()
    .references(() => wmoImports.id),
  createdAt: moment('created_at').notNull().defaultNow(),
});

/**
 * An individual Wmo allocation, with the client only as BSN pseudonym. Every imported
 * version of an allocation (provider AGB and allocation number) is kept; `current` marks the
 * latest one, which the matching uses: the latest import wins, and within one file the last
 * record. An import stores its rows in batches before it is finished; until its import is
 * `imported` a row counts for nothing (docs/rules/wmo-imports.md).
 */
export const wmoAllocations = pgTable(
  'wmo_allocations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => wmoImports.id),
    messageId: text('message_id'),
    personPseudonym: text('person_pseudonym').notNull(),
    providerAgb: text('provider_agb').notNull(),
    allocationNumber: text('allocation_number').notNull(),
    category: text('category'),
    productCode: text('product_code'),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    /**
     * When the municipality fixed this version (Toewijzingsdatum + Toewijzingstijd, Dutch
     * local time); for a CSV row, which has no version, the moment of its import.
     */
    versionAt: timestamp('version_at', { mode: 'string' }).notNull(),
    /** RedenWijziging of this version; 13 = removed. */
    changeReason: text('change_reason'),
    /**
     * The version that counts (rule IV013): the latest of its allocation (provider AGB and
     * allocation number), unless that is a removal, when no version counts.
     */
    current: boolean('current').notNull().default(false),
    /**
     * The line in its file where the record of this version starts (the ToegewezenProduct,
     * or the CSV line), so that an import can name both places of two versions in one file
     * that contradict each other, also when they were stored in different batches. Null for
     * versions imported before it was kept.
     */
    sourceLine: integer('source_line'),
  },
  (t) => [
    index('wmo_allocations_current_person_idx')
      .on(t.personPseudonym)
      .where(sql`${t.current}`),
    index('wmo_allocations_version_idx').on(t.providerAgb, t.allocationNumber, t.versionAt),
    index('wmo_allocations_import_idx').on(t.importId),
    // The matching reads the current allocations in scope (by category or product code)
    // through these, instead of testing every version of every allocation.
    index('wmo_allocations_current_category_idx')
      .on(t.category)
      .where(sql`${t.current}`),
    index('wmo_allocations_current_product_idx')
      .on(t.productCode)
      .where(sql`${t.current}`),
  ],
);

/**
 * How many current allocations there are per category and product code, kept by the import
 * in the transaction that stores and supersedes allocations, so that a matching run records
 * its inputs without counting a million rows.
 */
export const wmoAllocationTally = pgTable(
  'wmo_allocation_tally',
  {
    category: text('category'),
    productCode: text('product_code'),
    currentCount: integer('current_count').notNull(),
  },
  (t) => [unique('wmo_allocation_tally_key').on(t.category, t.productCode).nullsNotDistinct()],
);

/** Which allocations count as begeleiding groep: one row, set by the Wmo analyst. */
export const doubleFinancingScope = pgTable('double_financing_scope', {
  id: integer('id').primaryKey().default(1),
  categories: jsonb('categories')
    .notNull()
    .default([...DEFAULT_MATCHING_SCOPE.categories]),
  productCodes: jsonb('product_codes')
    .notNull()
    .default([...DEFAULT_MATCHING_SCOPE.productCodes]),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: moment('updated_at').notNull().defaultNow(),
});

/** One run of the matching, with its inputs, scope and counts. */
export const matchingRuns = pgTable('matching_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  startedBy: uuid('started_by').references(() => users.id),
  startedAt: moment('started_at').notNull().defaultNow(),
  durationMs: integer('duration_ms').notNull().default(0),
  /** { categories, productCodes } at the time of the run. */
  scope: jsonb('scope').notNull(),
  /** { imports: [ids], allocations, participants, participantsWithConsent } */
  inputs: jsonb('inputs').notNull(),
  /** { signals, newSignals, ... } */
  counts: jsonb('counts').notNull(),
});

/**
 * A signal: a participant (with consent for matching) whose participation overlaps an
 * allocation of begeleiding groep of the same person. A signal to follow up, not a verdict.
 */
export const doubleFinancingSignals = pgTable(
  'double_financing_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstRunId: uuid('first_run_id')
      .notNull()
      .references(() => matchingRuns.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    allocationNumber: text('allocation_number').notNull(),
    providerAgb: text('provider_agb').notNull(),
    category: text('category'),
    productCode: text('product_code'),
    overlapStart: day('overlap_start').notNull(),
    overlapEnd: day('overlap_end'),
    /** new | in_progress | phase_out_agreed | allocation_ended | no_double_financing */
    status: text('status').notNull().default('new'),
    phaseOutDate: day('phase_out_date'),
    reason: text('reason'),
    /**
     * Set by the first run that no longer found this overlap (consent withdrawn, the
     * allocation or participation ended or changed); cleared when a run finds it again.
     */
    notFoundSince: moment('not_found_since'),
    createdAt: moment('created_at').notNull().defaultNow(),
    updatedAt: moment('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('double_financing_signals_once').on(t.participantId, t.allocationNumber, t.providerAgb),
    index('double_financing_signals_status_idx').on(t.status),
    index('double_financing_signals_provider_idx').on(t.providerAgb),
  ],
);

/** The history of a signal: status changes and notes. */
export const signalEvents = pgTable(
  'signal_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => doubleFinancingSignals.id, { onDelete: 'cascade' }),
    at: moment('at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
  },
  (t) => [index('signal_events_signal_idx').on(t.signalId, t.at)],
);

/**
 * A new task for one user (an assignment, a referral, a decision, a request to complete),
 * written in the transaction of the event that causes it. The title names the task, never a
 * participant or resident; the daily digest e-mails the unread ones once (`digested_at`).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** assignment | referral | decision | completion_request */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The page of the web app where the task is done. */
    link: text('link').notNull(),
    createdAt: moment('created_at').notNull().defaultNow(),
    readAt: moment('read_at'),
    digestedAt: moment('digested_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_undigested_idx')
      .on(t.createdAt)
      .where(sql`${t.readAt} is null and ${t.digestedAt} is null`),
  ],
);

/**
 * The second factor of a local account: the secret of its authenticator app (sealed with a
 * key derived from the pseudonym key, never returned after enrolment), whether enrolment was
 * confirmed with a code, and the last time step used, so that no code counts twice.
 */
export const twoFactorCredentials = pgTable('two_factor_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  confirmedAt: moment('confirmed_at'),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: moment('created_at').notNull().defaultNow(),
});

/** One-time recovery codes, stored as argon2 hashes; each works once. */
export const twoFactorRecoveryCodes = pgTable(
  'two_factor_recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: moment('used_at'),
  },
  (t) => [index('two_factor_recovery_codes_user_idx').on(t.userId)],
);

/** Links to choose a new password: only the SHA-256 of the token is kept; each works once. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: moment('created_at').notNull(),
    expiresAt: moment('expires_at').notNull(),
    usedAt: moment('used_at'),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/**
 * Requests for a reset link per typed e-mail address (known account or not) and hashed client
 * address, to slow down floods; kept for the hour they count.
 */
export const passwordResetRequests = pgTable(
  'password_reset_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    addressHash: text('address_hash').notNull(),
    at: moment('at').notNull(),
  },
  (t) => [
    index('password_reset_requests_email_at_idx').on(t.email, t.at),
    index('password_reset_requests_address_at_idx').on(t.addressHash, t.at),
    index('password_reset_requests_at_idx').on(t.at),
  ],
);

/**
 * A grant: what an issued granting decision gives an organisation, made in the transaction
 * that issues the decision, at most one per application (docs/rules/grant-lifecycle.md).
 */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SB-2026-0001: the reference on payments (remittance information). */
    reference: text('reference').notNull().unique(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => provisions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    category: text('category').notNull(),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    grantedCents: cents('granted_cents').notNull(),
    /** direct | activity_report | full (domain/grants/accountability.ts) */
    accountabilityTier: text('accountability_tier').notNull(),
    reportDueDay: day('report_due_day').notNull(),
    /** granted | advanced */
    status: text('status').notNull(),
    /** monthly | quarterly | single | custom */
    scheduleKind: text('schedule_kind').notNull(),
    createdAt: moment('created_at').notNull(),
  },
  (t) => [
    unique('grants_once_per_application').on(t.applicationId),
    index('grants_round_idx').on(t.roundId, t.category),
    index('grants_organisation_idx').on(t.organisationId),
  ],
);

/**
 * A payment run: the unpaid terms due up to a day, prepared by one finance user, approved by
 * another, then exported as a SEPA credit transfer file; exported, it never changes.
 */
export const paymentRuns = pgTable('payment_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** BT-2026-0001 */
  reference: text('reference').notNull().unique(),
  upToDay: day('up_to_day').notNull(),
  /** prepared | approved | exported | cancelled (before export; its terms are free again) */
  status: text('status').notNull(),
  /** Terms left out at preparation and why (no valid IBAN): [{ grantReference, ... }]. */
  excluded: jsonb('excluded').notNull().default([]),
  preparedBy: uuid('prepared_by')
    .notNull()
    .references(() => users.id),
  preparedAt: moment('prepared_at').notNull(),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedAt: moment('approved_at'),
  exportedBy: uuid('exported_by').references(() => users.id),
  exportedAt: moment('exported_at'),
  executionDay: day('execution_day'),
  /** The files as exported: downloading again gives the same bytes. */
  sepaXml: text('sepa_xml'),
  ledgerCsv: text('ledger_csv'),
  /** The same ledger as a spreadsheet with typed cells (amounts in euros, days as dates). */
  ledgerXlsx: bytea('ledger_xlsx'),
});

/**
 * The advance terms of a grant; a term is in at most one payment run, and paid once.
 * The table is stored with fillfactor 50 (migration 0026): a run of tens of thousands of
 * terms marks them paid in place, without rewriting every index (bench/payments.ts).
 */
export const grantTerms = pgTable(
  'grant_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    number: integer('number').notNull(),
    dueDay: day('due_day').notNull(),
    amountCents: cents('amount_cents').notNull(),
    paymentRunId: uuid('payment_run_id').references(() => paymentRuns.id),
    paidAt: moment('paid_at'),
  },
  (t) => [
    unique('grant_terms_number').on(t.grantId, t.number),
    index('grant_terms_due_idx').on(t.dueDay),
    index('grant_terms_run_idx').on(t.paymentRunId),
  ],
);

/**
 * A change of a grant (docs/rules/grant-lifecycle.md): a request by the organisation (another
 * period, a budget shift, a changed activity) that the policy officer grants or refuses, or a
 * lowering or withdrawal by the policy officer (Awb 4:48). Each decision is a letter.
 */
export const grantChanges = pgTable(
  'grant_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** WB-2026-0001 */
    reference: text('reference').notNull().unique(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    /** period | budget_shift | activity (asked) | lowering | withdrawal (by the municipality) */
    kind: text('kind').notNull(),
    /** What is asked: the new period, the new budget line amounts, the described activity. */
    body: jsonb('body').notNull().default({}),
    /** The organisation's explanation of its request. */
    explanation: text('explanation'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: moment('requested_at'),
    /** pending | granted | refused | decided (a lowering or withdrawal) */
    status: text('status').notNull(),
    /** The Awb 4:48 ground (a–d) of a lowering or withdrawal. */
    ground: text('ground'),
    reasons: text('reasons'),
    previousCents: cents('previous_cents'),
    newCents: cents('new_cents'),
    /** Paid above the new amount. */
    excessCents: cents('excess_cents'),
    /** When the excess is to be paid back (a withdrawal); null when left for settlement. */
    reclaimDueDay: day('reclaim_due_day'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: moment('decided_at'),
    documentId: uuid('document_id').references(() => documents.id),
    /** The accessible HTML version of the letter. */
    html: text('html'),
  },
  (t) => [
    index('grant_changes_grant_idx').on(t.grantId),
    index('grant_changes_status_idx').on(t.status),
  ],
);

/** The steps of a grant's timeline: granted, schedule changed, advanced; each with its actor. */
export const grantEvents = pgTable(
  'grant_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    /** granted | schedule_changed | advanced */
    kind: text('kind').notNull(),
    at: moment('at').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    /** What the step concerns, for the timeline: a run's reference, the new schedule kind. */
    detail: text('detail'),
  },
  (t) => [index('grant_events_grant_idx').on(t.grantId, t.at)],
);

/**
 * The accountability report of a grant (docs/rules/grant-lifecycle.md): one per grant, a
 * draft until the organisation submits it. At submission the reach pulled from registration
 * is frozen in `reach`; later registration never changes a submitted report.
 */
export const grantReports = pgTable(
  'grant_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    /** draft | submitted */
    status: text('status').notNull(),
    /** Activities, results and actual costs per budget line (domain/grants/report.ts). */
    content: jsonb('content').notNull(),
    /** The reach as submitted (domain/grants/report-reach.ts); null while a draft. */
    reach: jsonb('reach'),
    updatedAt: moment('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    submittedAt: moment('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
  },
  (t) => [unique('grant_reports_once_per_grant').on(t.grantId)],
);

/** Files with a report: annual accounts, auditor's statement, others. */
export const grantReportAttachments = pgTable(
  'grant_report_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => grantReports.id, { onDelete: 'cascade' }),
    /** annual_accounts | auditor_statement | other */
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: moment('uploaded_at').notNull(),
  },
  (t) => [index('grant_report_attachments_report_idx').on(t.reportId)],
);

/** Report reminders already sent (six weeks and one week before the due day), each once. */
export const grantReportReminders = pgTable(
  'grant_report_reminders',
  {
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    /** weeks_6 | weeks_1 */
    kind: text('kind').notNull(),
    sentAt: moment('sent_at').notNull(),
  },
  (t) => [unique('grant_report_reminders_once').on(t.grantId, t.kind)],
);

/**
 * The settlement of a grant (vaststelling, Awb 4:46), at most one per grant: proposed by the
 * policy officer (and changed while proposed), then issued with its letter in a batch job. On
 * issue the advances paid are fixed and the outcome with them: a reclaim with its due day
 * (Awb 4:57, 4:87), an extra payment as a term of the grant, or nothing
 * (docs/rules/grant-lifecycle.md).
 */
export const grantSettlements = pgTable(
  'grant_settlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .unique()
      .references(() => grants.id),
    /** proposed | issued */
    status: text('status').notNull(),
    settledCents: cents('settled_cents').notNull(),
    /** Why lower than granted (Awb 3:46); empty when the full grant is settled. */
    reasons: text('reasons').notNull().default(''),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: moment('proposed_at').notNull(),
    /** Fixed on issue: the advances paid, and what is left to reclaim or pay. */
    paidCents: cents('paid_cents'),
    /** reclaim | extra_payment | balanced */
    outcomeKind: text('outcome_kind'),
    outcomeCents: cents('outcome_cents'),
    /** VS-2027-0001: the settlement letter's reference. */
    reference: text('reference').unique(),
    documentId: uuid('document_id').references(() => documents.id),
    /** The accessible HTML version of the same letter. */
    html: text('html'),
    issuedAt: moment('issued_at'),
    issuedBy: uuid('issued_by').references(() => users.id),
    /** A reclaim: the last day to pay it back (six weeks after sending, Atw). */
    reclaimDueDay: day('reclaim_due_day'),
    /** A reclaim: the day finance saw it paid back, and who recorded that. */
    reclaimPaidDay: day('reclaim_paid_day'),
    reclaimRegisteredBy: uuid('reclaim_registered_by').references(() => users.id),
    reclaimRegisteredAt: moment('reclaim_registered_at'),
    /** An extra payment: the grant's term that the next payment run pays. */
    extraPaymentTermId: uuid('extra_payment_term_id').references(() => grantTerms.id),
  },
  (t) => [index('grant_settlements_status_idx').on(t.status, t.outcomeKind)],
);

/**
 * A fund of the municipality, such as the Sociaal Investeringsfonds (docs/rules/fund-ledger.md).
 * Its balances are never stored: they are the fold of its bookings. Booking locks this row, so
 * two bookings at once cannot both spend the same free balance.
 */
export const funds = pgTable('funds', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: moment('created_at').notNull().defaultNow(),
});

/**
 * A booking of a fund, only ever added to: deposit | commitment | release | payment |
 * reclaim_received | correction. Deposits and corrections count once a second finance user
 * approved them (approved_at); the other kinds count from their booking.
 */
export const fundBookings = pgTable(
  'fund_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    kind: text('kind').notNull(),
    amountCents: cents('amount_cents').notNull(),
    /** A deposit: the year of the annual result it comes from, or a description of the source. */
    sourceYear: integer('source_year'),
    description: text('description'),
    /** A correction: the booking it counter-books, its kind, and why. */
    correctsId: uuid('corrects_id').references((): AnyPgColumn => fundBookings.id),
    correctsKind: text('corrects_kind'),
    reason: text('reason'),
    /** A commitment, release or payment: the grant it is for. */
    grantId: uuid('grant_id').references(() => grants.id),
    bookedBy: uuid('booked_by').references(() => users.id),
    bookedAt: moment('booked_at').notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** From this moment the booking counts in the balances; null while awaiting approval. */
    approvedAt: moment('approved_at'),
    /** The Amsterdam day of approved_at, kept for the balance series per day (bench/fund.ts). */
    countsOn: day('counts_on'),
  },
  (t) => [
    index('fund_bookings_fund_idx').on(t.fundId, t.approvedAt),
    index('fund_bookings_grant_idx').on(t.grantId),
    index('fund_bookings_corrects_idx').on(t.correctsId),
  ],
);

/**
 * A named scenario of the return's assumptions (docs/rules/rendement.md), made by a policy
 * officer. The 2018 example's figures are the default scenario and live in the code
 * (domain/return/scenarios.ts), read-only. Decimals are kept as whole hundredths.
 */
export const rendementScenarios = pgTable('rendement_scenarios', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  shareNumerator: integer('share_numerator').notNull(),
  shareDenominator: integer('share_denominator').notNull(),
  personsPerPlaceHundredths: integer('persons_per_place_hundredths').notNull(),
  costPerPlaceCents: cents('cost_per_place_cents').notNull(),
  hoursPerApplicationHundredths: integer('hours_per_application_hundredths').notNull(),
  productiveHoursPerFteHundredths: integer('productive_hours_per_fte_hundredths').notNull(),
  monthlyContributionCents: cents('monthly_contribution_cents').notNull(),
  /** { assumption key: where the figure comes from }, one text per assumption. */
  sources: jsonb('sources').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: moment('created_at').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: moment('updated_at').notNull(),
});

/**
 * An initiative of the Sociaal Investeringsfonds' rolling tender (docs/rules/sif-initiatives.md),
 * on its own form; its application row (in the standing rolling round) carries its reference,
 * organisation, provision, decision and grant. Assessed by two assessors in `assessments`.
 */
export const sifInitiatives = pgTable(
  'sif_initiatives',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    /** InitiativeContent (domain/sif/initiative.ts). */
    content: jsonb('content').notNull(),
    receivedDay: day('received_day').notNull(),
    /** The last day to decide (Awb 4:13, Atw). */
    decisionDueDay: day('decision_due_day').notNull(),
    /** under_assessment | decided */
    status: text('status').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id),
    /** Why the decision came after its term; empty when in time. */
    lateReason: text('late_reason'),
    /** A refusal: criteria_not_met | fund_exhausted. */
    refusalGround: text('refusal_ground'),
    /** The impact report as submitted at settlement (domain/sif/impact.ts); null before. */
    impact: jsonb('impact'),
    impactSubmittedAt: moment('impact_submitted_at'),
    impactSubmittedBy: uuid('impact_submitted_by').references(() => users.id),
    /** The organisation's draft of the public text ({ summary, results }); never shown publicly. */
    publicDraft: jsonb('public_draft'),
    /** The public text as the organisation approved it; the only text the public pages show. */
    publicText: jsonb('public_text'),
    publicApprovedAt: moment('public_approved_at'),
    publicApprovedBy: uuid('public_approved_by').references(() => users.id),
    /** The policy officer withdrew the public page (clearing the approval), and why. */
    publicWithdrawnAt: moment('public_withdrawn_at'),
    publicWithdrawnBy: uuid('public_withdrawn_by').references(() => users.id),
    publicWithdrawnReason: text('public_withdrawn_reason'),
  },
  (t) => [index('sif_initiatives_status_idx').on(t.status, t.decisionDueDay)],
);

/**
 * A council report (raadsrapportage) of a year that has ended (docs/rules/council-report.md):
 * one version per generation, its PDF and XLSX kept as documents with their SHA-256. A new
 * generation of the same year is a new version; older versions stay downloadable.
 */
export const councilReports = pgTable(
  'council_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    /** The rendement scenario's id (a uuid, or `nota-2018`) and its name at generation. */
    scenarioId: text('scenario_id').notNull(),
    scenarioName: text('scenario_name').notNull(),
    /** generating | done | failed */
    status: text('status').notNull(),
    jobId: uuid('job_id').references(() => jobs.id),
    pdfDocumentId: uuid('pdf_document_id').references(() => documents.id),
    xlsxDocumentId: uuid('xlsx_document_id').references(() => documents.id),
    pdfPages: integer('pdf_pages'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: moment('requested_at').notNull(),
    finishedAt: moment('finished_at'),
  },
  (t) => [unique('council_reports_year_version').on(t.year, t.version)],
);
