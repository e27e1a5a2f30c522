import { z } from 'zod';
import { applicationContentSchema } from '../../../domain/applications/application-content.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';
import {
  ATTACHMENT_KINDS,
  attachmentKindSchema,
  schemeDefinitionSchema,
} from '../../../domain/tender/scheme-definition.ts';

export const applicationStatusSchema = z.enum([
  'draft',
  'submitted',
  'late',
  'withdrawn',
  'set_aside',
]);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  late: 'Te laat ingediend',
  withdrawn: 'Ingetrokken',
  set_aside: 'Buiten behandeling gesteld',
};

export const attachmentSchema = z.object({
  id: z.uuid(),
  kind: attachmentKindSchema,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const problemSchema = z.object({ path: z.string(), message: z.string() });

export const applicationSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string().nullable(),
  roundId: z.uuid(),
  roundName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  provisionId: z.uuid(),
  provisionName: z.string(),
  category: categorySchema,
  status: applicationStatusSchema,
  requestedCents: z.number().int().nullable(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationSchema = applicationSummarySchema.extend({
  version: z.number().int(),
  content: applicationContentSchema,
  formDefinition: schemeDefinitionSchema,
  attachments: z.array(attachmentSchema),
  totals: z.object({
    totalCents: z.number().int(),
    eligibleCents: z.number().int(),
    grantableCents: z.number().int(),
  }),
  roundPeriod: z.object({ start: z.string(), end: z.string() }),
  deadlineAt: z.iso.datetime({ offset: true }),
  deadlineDisplay: z.string(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  updatedByName: z.string().nullable(),
  /** What is still missing before a draft can be submitted. */
  problems: z.array(problemSchema),
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListSchema = z.object({ items: z.array(applicationSummarySchema) });

export const applicationListQuerySchema = z.object({
  roundId: z.uuid().optional(),
  category: categorySchema.optional(),
  status: applicationStatusSchema.optional(),
  search: z.string().trim().max(100).optional(),
});

export const createApplicationBodySchema = z.object({
  roundId: z.uuid({ message: 'Kies een subsidieronde.' }),
  provisionId: z.uuid({ message: 'Kies de voorziening waarvoor u subsidie aanvraagt.' }),
});

export const saveApplicationBodySchema = z.object({
  /** The version the editor started from; a newer one on the server means someone else saved. */
  version: z.number().int().positive(),
  content: applicationContentSchema,
});

export const submitApplicationBodySchema = z.object({ version: z.number().int().positive() });
export const withdrawApplicationBodySchema = z.object({
  reason: z.string().trim().max(1000).default(''),
});

export const applicationParamsSchema = z.object({ applicationId: z.uuid() });
/** The `kind` field of an upload; the message says why there is no kind for VOG copies. */
export const attachmentUploadKindSchema = z.enum(ATTACHMENT_KINDS, {
  message:
    'Kies de soort bijlage: statuten, begroting of jaarrekening. Kopieën van VOG’s verzamelt de gemeente niet; het bestuur verklaart dat de vrijwilligers er een hebben.',
});
export const attachmentParamsSchema = z.object({ applicationId: z.uuid(), attachmentId: z.uuid() });
