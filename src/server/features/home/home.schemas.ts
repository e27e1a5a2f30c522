import { z } from 'zod';
import { categorySchema } from '../../../domain/tender/categories.ts';

/**
 * Where a round stands, derived from its data: concept → published (not open yet) → open →
 * closed (deadline passed) → in assessment → ranked (every category with applications) →
 * decided (every on-time application has an issued decision).
 */
export const ROUND_STATES = [
  'preparation',
  'scheduled',
  'open',
  'closed',
  'in_assessment',
  'ranked',
  'decided',
] as const;
export type RoundState = (typeof ROUND_STATES)[number];

const roundCountSchema = z.object({
  roundId: z.uuid(),
  roundName: z.string(),
  count: z.number().int(),
});

export const ceilingUseSchema = z.object({
  category: categorySchema,
  ceilingCents: z.number().int(),
  /** Requested by the applications submitted on time. */
  requestedCents: z.number().int(),
  /** Granted in the category's current fixed ranking; null while none is fixed. */
  grantedCents: z.number().int().nullable(),
});
export type CeilingUse = z.infer<typeof ceilingUseSchema>;

export const policyOfficerTasksSchema = z.object({
  rounds: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      state: z.enum(ROUND_STATES),
      deadlineAt: z.iso.datetime({ offset: true }),
      onTimeApplications: z.number().int(),
    }),
  ),
  /** The round that opened last (the one now open, or the last one closed). */
  currentRound: z
    .object({ id: z.uuid(), name: z.string(), ceilings: z.array(ceilingUseSchema) })
    .nullable(),
  /** On-time applications of closed rounds without final scores, per round. */
  withoutFinalScores: z.array(roundCountSchema),
  /** Categories of closed rounds with on-time applications and no fixed ranking. */
  rankingsToFix: z.array(
    z.object({ roundId: z.uuid(), roundName: z.string(), categories: z.array(categorySchema) }),
  ),
  /** Decision letters made but not issued, per round. */
  lettersToIssue: z.array(roundCountSchema),
  /** Requests to complete whose term passed unanswered (the application may be set aside). */
  completionRequestsPastTerm: z.number().int(),
  objectionsToDecide: z.number().int(),
  /** Settlements proposed and not yet issued (docs/rules/grant-lifecycle.md). */
  settlementsToIssue: z.number().int(),
  /** Grants whose report is in (or a direct grant's period over) without a settlement yet. */
  settlementsToPropose: z.number().int(),
  /** Change requests of organisations on their grants that wait for a decision. */
  grantChangesToDecide: z.number().int(),
  /** Grants whose accountability report is due before today and not submitted. */
  reportsOverdue: z.number().int(),
  /**
   * Initiatives of the Sociaal Investeringsfonds not decided yet, those whose decision term
   * ends within two weeks (or has passed), and those two assessors have scored.
   */
  sifInitiatives: z.object({
    undecided: z.number().int(),
    nearing: z.number().int(),
    readyToDecide: z.number().int(),
  }),
});

export const homeTasksSchema = z.object({
  policyOfficer: policyOfficerTasksSchema.nullable(),
  assessor: z
    .object({
      assigned: z.number().int(),
      scored: z.number().int(),
      toScore: z.number().int(),
      /** Initiatives of the fund that still need a second (or first) assessor, not yet by this one. */
      sifToAssess: z.number().int(),
    })
    .nullable(),
  applicant: z
    .object({
      openRounds: z.number().int(),
      drafts: z.number().int(),
      decisionsReceived: z.number().int(),
      openCompletionRequests: z.array(
        z.object({
          applicationId: z.uuid(),
          reference: z.string(),
          dueDay: z.iso.date(),
        }),
      ),
      /** Own grants whose period has ended and whose accountability report is not submitted. */
      reportsToHandIn: z.array(
        z.object({
          grantId: z.uuid(),
          reference: z.string(),
          dueDay: z.iso.date(),
          overdue: z.boolean(),
        }),
      ),
    })
    .nullable(),
  coordinator: z
    .object({
      provisions: z.array(
        z.object({
          provisionId: z.uuid(),
          name: z.string(),
          pendingReferrals: z.number().int(),
          /** Mondays of recent weeks without any attendance saved, oldest first. */
          weeksWithoutAttendance: z.array(z.iso.date()),
        }),
      ),
    })
    .nullable(),
  socialWorker: z
    .object({
      pending: z.number().int(),
      accepted: z.number().int(),
      declined: z.number().int(),
      expired: z.number().int(),
    })
    .nullable(),
  finance: z
    .object({
      /** Unpaid terms due up to today that no payment run holds yet. */
      dueTerms: z.number().int(),
      dueCents: z.number().int(),
      /** Prepared runs someone else prepared: this user may approve them. */
      runsToApprove: z.array(z.object({ id: z.uuid(), reference: z.string() })),
      /** Reclaims issued and not yet paid back, and how many are past their last day. */
      openReclaims: z.object({
        count: z.number().int(),
        amountCents: z.number().int(),
        overdue: z.number().int(),
      }),
      /** Fund bookings (deposits, corrections) someone else proposed: this user may approve them. */
      fundBookingsToApprove: z.number().int(),
    })
    .nullable(),
  wmoAnalyst: z
    .object({
      imports: z.number().int(),
      importsRunning: z.number().int(),
      importsRefused: z.number().int(),
      newSignals: z.number().int(),
      signalsInProgress: z.number().int(),
    })
    .nullable(),
  admin: z
    .object({
      activeUsers: z.number().int(),
      inactiveUsers: z.number().int(),
      auditEventsLastDay: z.number().int(),
      mailWaiting: z.number().int(),
    })
    .nullable(),
});
export type HomeTasks = z.infer<typeof homeTasksSchema>;
export type PolicyOfficerTasks = z.infer<typeof policyOfficerTasksSchema>;
