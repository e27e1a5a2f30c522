/**
 * The municipality's dashboards and the neighbourhood map (docs/rules/dashboards.md):
 * request and answers, shared with the web app. Counts of people follow the "<5" rule;
 * no participant is named.
 */
import { z } from 'zod';
import { categorySchema } from '../../../domain/tender/categories.ts';
import { financeOverviewSchema } from '../finance-overview/finance-overview.schemas.ts';
import {
  municipalityReportSchema,
  protectedCountSchema,
} from '../participant-reports/participant-reports.schemas.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const dashboardQuerySchema = z.object({
  year: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'Kies een jaar.' })
      .int({ message: 'Kies een jaar, bijvoorbeeld 2025.' })
      .min(2000, { message: 'Kies een jaar vanaf 2000.' })
      .max(2100, { message: 'Kies een jaar tot en met 2100.' })
      .optional(),
  ),
  category: z.preprocess(emptyToUndefined, categorySchema.optional()),
  /** A CBS wijk code, e.g. WK093500. */
  wijk: z.preprocess(emptyToUndefined, z.string().max(20).optional()),
  /** A CBS buurt code, e.g. BU09350000. */
  buurt: z.preprocess(emptyToUndefined, z.string().max(20).optional()),
  organisation: z.preprocess(
    emptyToUndefined,
    z.uuid({ message: 'Kies een organisatie uit de lijst.' }).optional(),
  ),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const DASHBOARD_PANELS = ['finance', 'reach', 'signals', 'map'] as const;
export const dashboardExportQuerySchema = dashboardQuerySchema.extend({
  panel: z.enum(DASHBOARD_PANELS, { message: 'Kies wat u wilt downloaden.' }),
});
export type DashboardExportQuery = z.infer<typeof dashboardExportQuerySchema>;

const signalRowSchema = z.object({
  /** Double-financing signals whose overlap falls in the year (all statuses). */
  signals: protectedCountSchema,
  /** Of those, still open (new or in progress). */
  open: protectedCountSchema,
  /** Participants whose participation ended and who had an iWmo allocation after it. */
  relapse: protectedCountSchema,
});

export const dashboardSchema = z.object({
  year: z.number().int(),
  /** The years that have ended and have data, newest first. */
  years: z.array(z.number().int()),
  filters: z.object({
    category: categorySchema.nullable(),
    wijk: z.string().nullable(),
    buurt: z.string().nullable(),
    organisation: z.uuid().nullable(),
  }),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  finance: financeOverviewSchema.omit({ year: true, years: true }),
  reach: municipalityReportSchema,
  signals: z.object({
    byCategory: z.array(signalRowSchema.extend({ category: categorySchema })),
    total: signalRowSchema,
  }),
});
export type DashboardView = z.infer<typeof dashboardSchema>;

export const mapQuerySchema = dashboardQuerySchema.pick({ year: true, category: true, wijk: true });
export type MapQuery = z.infer<typeof mapQuerySchema>;

const categories = z.array(categorySchema);
export const neighbourhoodMapSchema = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()),
  category: categorySchema.nullable(),
  /** The wijk the map is narrowed to: its buurten and provisions; the figures stay the same. */
  wijk: z.string().nullable(),
  /** "Buurtgrenzen: Kadaster / CBS, 2025 — CC BY 4.0 — …", shown on the map. */
  attribution: z.string(),
  /** What the colour means: absolute counts (no resident counts in the reference data). */
  measure: z.literal('participants'),
  buurten: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districtCode: z.string(),
      districtName: z.string(),
      participants: protectedCountSchema,
      provisions: z.number().int(),
      categoriesPresent: categories,
      categoriesMissing: categories,
      /** GeoJSON Polygon of the reference data. */
      geometry: z.object({
        type: z.literal('Polygon'),
        coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))),
      }),
    }),
  ),
  wijken: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      participants: protectedCountSchema,
      provisions: z.number().int(),
    }),
  ),
  unknown: z.array(
    z.object({ code: z.string(), participants: protectedCountSchema, provisions: z.number() }),
  ),
  withoutBuurt: protectedCountSchema,
  total: protectedCountSchema,
  provisions: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      category: categorySchema,
      organisationName: z.string(),
      neighbourhoodCode: z.string().nullable(),
      /** [longitude, latitude]: the centre of its buurt; null without a known buurt. */
      point: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});
export type NeighbourhoodMapView = z.infer<typeof neighbourhoodMapSchema>;
