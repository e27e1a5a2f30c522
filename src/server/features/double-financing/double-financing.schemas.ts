/**
 * The double-financing API (docs/rules/double-financing.md): import of Wmo allocations (iWmo WMO301
 * messages, a CSV export of the Wmo back office, or a zip of messages), the scope of begeleiding
 * groep, matching runs, signals with their follow-up, letters to providers and the dashboard.
 * Request and response schemas, shared with the web app. Only the Wmo analyst uses this API. No
 * response ever holds a participant's name, BSN or pseudonym: the analyst follows a signal up by
 * the allocation number.
 */
import { z } from 'zod';
import { matchingScopeBodySchema } from '../../../domain/double-financing/scope.ts';
import {
  signalNoteBodySchema,
  signalStatusBodySchema,
  signalStatusSchema,
} from '../../../domain/double-financing/signals.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';

export {
  matchingScopeBodySchema,
  signalNoteBodySchema,
  signalStatusBodySchema,
  signalStatusSchema,
};

const moment = z.iso.datetime({ offset: true });
/** A day, YYYY-MM-DD. */
const day = z.string();

// ── Imports ─────────────────────────────────────────────────────────────────────────

export const WMO_IMPORT_FORMATS = ['iwmo301', 'csv', 'zip'] as const;
export const wmoImportFormatSchema = z.enum(WMO_IMPORT_FORMATS);
export type WmoImportFormat = z.infer<typeof wmoImportFormatSchema>;

/**
 * queued and running: the job is at work; imported: every record is in; refused: nothing
 * of the file is in (see `refused`); duplicate: the message(s) were imported before, so
 * nothing changed.
 */
export const WMO_IMPORT_STATUSES = [
  'queued',
  'running',
  'imported',
  'refused',
  'duplicate',
] as const;
export const wmoImportStatusSchema = z.enum(WMO_IMPORT_STATUSES);
export type WmoImportStatus = z.infer<typeof wmoImportStatusSchema>;

/**
 * Why (part of) a file was refused, in plain English, naming the file and the record:
 * `reason` is the whole sentence, e.g. "berichten.xml, line 20, field "Bsn": BSN fails
 * the 11-proef". `file` is the uploaded file, or `archive.zip:entry.xml` inside a zip;
 * `record` is the line the record starts on (CSV: the header is line 1), null when the
 * problem is the file as a whole.
 */
export const importRefusalSchema = z.object({
  file: z.string(),
  record: z.number().int().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
});
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

export const wmoImportSchema = z.object({
  id: z.uuid(),
  format: wmoImportFormatSchema,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  status: wmoImportStatusSchema,
  /** BerichtIdentificatie of every WMO301 message in the file (none for CSV). */
  messageIds: z.array(z.string()),
  /** Allocations (ToegewezenProduct elements or CSV rows) read from the file. */
  recordsRead: z.number().int(),
  /** Allocations stored: recordsRead when imported, 0 when refused or duplicate. */
  recordsImported: z.number().int(),
  /**
   * Rule IV013: versions that a later version of the same allocation replaced (earlier ones
   * imported before, older ones in this file) — they count no more.
   */
  versionsSuperseded: z.number().int(),
  /** Allocations whose current version is a removal (RedenWijziging 13): treated as never sent. */
  allocationsRemoved: z.number().int(),
  refused: z.array(importRefusalSchema),
  /** For a progress bar while queued or running (bytes read of the file). */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  createdAt: moment,
  finishedAt: moment.nullable(),
});
export type WmoImport = z.infer<typeof wmoImportSchema>;

export const wmoImportListSchema = z.object({ items: z.array(wmoImportSchema) });
export const wmoImportParamsSchema = z.object({ importId: z.uuid() });

// ── Scope ───────────────────────────────────────────────────────────────────────────

export const matchingScopeSchema = z.object({
  /** iWmo product categories, two digits (07 = dagbesteding). */
  categories: z.array(z.string()),
  /** iWmo product codes, one to five characters (07A12). */
  productCodes: z.array(z.string()),
  updatedAt: moment,
});
export type MatchingScope = z.infer<typeof matchingScopeSchema>;

// ── Matching runs ───────────────────────────────────────────────────────────────────

export const matchingRunSchema = z.object({
  id: z.uuid(),
  startedAt: moment,
  durationMs: z.number().int(),
  scope: z.object({ categories: z.array(z.string()), productCodes: z.array(z.string()) }),
  inputs: z.object({
    /** Imports whose allocations were available (status imported). */
    imports: z.number().int(),
    allocations: z.number().int(),
    allocationsInScope: z.number().int(),
    /** Participants not erased. */
    participants: z.number().int(),
    /** Of those, with a standing consent for matching and a pseudonym. */
    participantsWithConsent: z.number().int(),
  }),
  counts: z.object({
    /** Signals this run found. */
    signals: z.number().int(),
    /** Of those, found for the first time. */
    newSignals: z.number().int(),
    /** Of those found before, the ones whose provision, product or overlap changed. */
    changedSignals: z.number().int(),
    /** Signals found by an earlier run that this run did not find (they stay). */
    notFoundSignals: z.number().int(),
    /** Of those, still new or in progress after the run. */
    stillOpen: z.number().int(),
  }),
});
export type MatchingRun = z.infer<typeof matchingRunSchema>;

export const matchingRunListSchema = z.object({ items: z.array(matchingRunSchema) });

// ── Signals ─────────────────────────────────────────────────────────────────────────

export const AGB_CODE_PATTERN = /^[0-9]{8}$/;
const agbCodeSchema = z
  .string()
  .regex(AGB_CODE_PATTERN, { message: 'Een AGB-code bestaat uit acht cijfers.' });

export const signalSchema = z.object({
  id: z.uuid(),
  provisionId: z.uuid(),
  provisionName: z.string(),
  organisationName: z.string(),
  /** The category of the general provision. */
  category: categorySchema,
  allocationNumber: z.string(),
  providerAgb: z.string(),
  /** iWmo product category and code of the allocation. */
  productCategory: z.string().nullable(),
  productCode: z.string().nullable(),
  overlapStart: day,
  /** Null when both periods are still open. */
  overlapEnd: day.nullable(),
  status: signalStatusSchema,
  phaseOutDate: day.nullable(),
  reason: z.string().nullable(),
  /** The moment of the first run that no longer found this overlap; null while it is found. */
  notFoundSince: moment.nullable(),
  createdAt: moment,
  updatedAt: moment,
});
export type Signal = z.infer<typeof signalSchema>;

export const signalListQuerySchema = z.object({
  status: signalStatusSchema.optional(),
  provisionId: z.uuid({ message: 'Kies een bestaande voorziening.' }).optional(),
  providerAgb: agbCodeSchema.optional(),
});
export type SignalListQuery = z.infer<typeof signalListQuerySchema>;

const statusCountsSchema = z.object({
  new: z.number().int(),
  in_progress: z.number().int(),
  phase_out_agreed: z.number().int(),
  allocation_ended: z.number().int(),
  no_double_financing: z.number().int(),
  closed: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const signalListSchema = z.object({
  items: z.array(signalSchema),
  /** The listed signals per provision. */
  byProvision: z.array(
    z.object({
      provisionId: z.uuid(),
      provisionName: z.string(),
      organisationName: z.string(),
      count: z.number().int(),
      open: z.number().int(),
    }),
  ),
  /** The listed signals per provider. */
  byProvider: z.array(
    z.object({
      providerAgb: z.string(),
      count: z.number().int(),
      open: z.number().int(),
    }),
  ),
});
export type SignalList = z.infer<typeof signalListSchema>;

export const signalEventSchema = z.object({
  at: moment,
  actorName: z.string().nullable(),
  fromStatus: signalStatusSchema.nullable(),
  toStatus: signalStatusSchema.nullable(),
  note: z.string().nullable(),
});
export type SignalEvent = z.infer<typeof signalEventSchema>;

export const signalDetailSchema = signalSchema.extend({ events: z.array(signalEventSchema) });
export type SignalDetail = z.infer<typeof signalDetailSchema>;

export const signalParamsSchema = z.object({ signalId: z.uuid() });

// ── Providers: letter and e-mail ────────────────────────────────────────────────────

export const providerParamsSchema = z.object({ providerAgb: agbCodeSchema });

export const providerEmailBodySchema = z.object({
  to: z
    .string({ message: 'Vul het e-mailadres van de aanbieder in.' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Vul een geldig e-mailadres van de aanbieder in.' })),
});
export type ProviderEmailBody = z.input<typeof providerEmailBodySchema>;

export const providerEmailResponseSchema = z.object({
  queued: z.literal(true),
  to: z.string(),
  /** How many allocation numbers the message lists. */
  allocations: z.number().int(),
});

// ── Dashboard ───────────────────────────────────────────────────────────────────────

export const dashboardSchema = z.object({
  byStatus: z.array(z.object({ status: signalStatusSchema, count: z.number().int() })),
  byProvision: z.array(
    z.object({
      provisionId: z.uuid(),
      provisionName: z.string(),
      total: z.number().int(),
      counts: statusCountsSchema,
    }),
  ),
  /** By the category of the general provision. */
  byCategory: z.array(
    z.object({ category: categorySchema, total: z.number().int(), counts: statusCountsSchema }),
  ),
  /** By the iWmo product category of the allocation (null: none given). */
  byProductCategory: z.array(
    z.object({
      productCategory: z.string().nullable(),
      total: z.number().int(),
      counts: statusCountsSchema,
    }),
  ),
  /** Per month: signals found for the first time, and signals closed. */
  overTime: z.array(
    z.object({ month: z.string(), new: z.number().int(), closed: z.number().int() }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
