/**
 * The public social map (docs/rules/social-map.md): the provisions residents can find without
 * logging in, and a resident's request to take part. The catalogue is small and public, and
 * the map is read far more often than provisions change, so it is kept in memory for a short
 * while (CATALOGUE_SECONDS) instead of being queried for every visitor.
 */
import { photoPaths } from '../provisions/provision-photo.ts';
import { visiblePhoto } from '../provisions/provisions.repository.ts';
import { randomUUID } from 'node:crypto';
import { amsterdamDay } from '../../../domain/dates.ts';
import type { OpeningDayParts } from '../../../domain/day-parts.ts';
import {
  type FieldProblem,
  type JoinRequestForm,
  joinRequestProblems,
  joinRequestValues,
  newFormKey,
  spamVerdict,
} from '../../../domain/social-map/join-request.ts';
import { type PostcodeLookup, lookupPostcode } from '../../../domain/social-map/postcode.ts';
import {
  RESULTS_PER_PAGE,
  type SocialMapQuery,
  matchesSearch,
} from '../../../domain/social-map/search.ts';
import {
  type ProjectedMap,
  type Ring,
  projectBuurten,
} from '../../../domain/social-map/svg-map.ts';
import { type AccessibilityFeature, knownFeatures } from '../../../domain/social-map/vocabulary.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { PublicUseCaseContext } from '../../platform/use-case.ts';
import * as notifications from '../notifications/notifications.service.ts';
import postcodeTable from '../../../../reference/maastricht/postcode-buurt.json' with { type: 'json' };
import * as repo from './social-map.repository.ts';

/** How long the public catalogue is kept before it is read again. */
export const CATALOGUE_SECONDS = 30;
const MAP_WIDTH = 360;

export interface PublicProvision {
  id: string;
  /** Not shown; tells whether a visitor logged in may manage the provision. */
  organisationId: string;
  name: string;
  organisationName: string;
  category: Category;
  street: string | null;
  postcode: string | null;
  neighbourhoodCode: string | null;
  neighbourhoodName: string | null;
  openingDayParts: OpeningDayParts;
  targetGroups: string[];
  accessibility: string | null;
  accessibilityFeatures: AccessibilityFeature[];
  publicDescription: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  photo: { altText: string; width: number; height: number; url: string } | null;
  subsidised: boolean;
  updatedAt: Date;
}

export interface Buurt {
  code: string;
  name: string;
  districtName: string;
}

export interface Catalogue {
  provisions: PublicProvision[];
  byId: Map<string, PublicProvision>;
  buurten: Buurt[];
  targetGroups: string[];
  map: ProjectedMap;
}

interface Cached {
  loadedAt: number;
  day: string;
  catalogue: Promise<Catalogue>;
}
const cache = new WeakMap<Database, Cached>();

async function loadCatalogue(db: Database, today: string): Promise<Catalogue> {
  const [rows, buurtRows] = await Promise.all([repo.publicProvisions(db, today), repo.buurten(db)]);
  const provisions: PublicProvision[] = rows.map(
    ({
      photoAltText,
      photoWidth,
      photoHeight,
      photoUploadedAt,
      hiddenReason: _reason,
      ...row
    }) => ({
      ...row,
      photo:
        photoAltText !== null && photoWidth !== null && photoHeight !== null && photoUploadedAt
          ? {
              altText: photoAltText,
              width: photoWidth,
              height: photoHeight,
              url: photoPaths(row.id, photoUploadedAt).url,
            }
          : null,
      category: row.category as Category,
      openingDayParts: row.openingDayParts as OpeningDayParts,
      targetGroups: (row.targetGroups as string[]) ?? [],
      accessibilityFeatures: knownFeatures(row.accessibilityFeatures),
    }),
  );
  const shapes = buurtRows.flatMap((row) => {
    const geometry = row.geometry as { type?: string; coordinates?: Ring[] } | null;
    const ring = geometry?.type === 'Polygon' ? geometry.coordinates?.[0] : undefined;
    return ring ? [{ code: row.code, name: row.name, ring }] : [];
  });
  return {
    provisions,
    byId: new Map(provisions.map((p) => [p.id, p])),
    buurten: buurtRows.map(({ code, name, districtName }) => ({ code, name, districtName })),
    targetGroups: [...new Set(provisions.flatMap((p) => p.targetGroups))].sort((a, b) =>
      a.localeCompare(b, 'nl'),
    ),
    map: projectBuurten(shapes, MAP_WIDTH),
  };
}

/** The catalogue, read again after CATALOGUE_SECONDS or on a new day (subsidised changes). */
export function catalogue({
  db,
  now,
}: Pick<PublicUseCaseContext, 'db' | 'now'>): Promise<Catalogue> {
  const today = amsterdamDay(now);
  const cached = cache.get(db);
  const age = performance.now() - (cached?.loadedAt ?? -Infinity);
  if (cached && cached.day === today && age < CATALOGUE_SECONDS * 1000) return cached.catalogue;
  const fresh: Cached = {
    loadedAt: performance.now(),
    day: today,
    catalogue: loadCatalogue(db, today),
  };
  // A failed read is not kept: the next visitor tries again.
  fresh.catalogue.catch(() => cache.delete(db));
  cache.set(db, fresh);
  return fresh.catalogue;
}

/** Forget the catalogue, so the next visitor sees a change at once (after an edit, in tests). */
export function forgetCatalogue(db: Database): void {
  cache.delete(db);
}

export interface SearchResult {
  catalogue: Catalogue;
  /** The buurt searched for: chosen, or found from the postcode. */
  buurt: Buurt | undefined;
  postcode: PostcodeLookup | undefined;
  matches: PublicProvision[];
  page: PublicProvision[];
  pageNumber: number;
  pageCount: number;
}

export async function search(
  context: PublicUseCaseContext,
  query: SocialMapQuery,
): Promise<SearchResult> {
  const all = await catalogue(context);
  const postcode = query.postcode ? lookupPostcode(query.postcode, postcodeTable) : undefined;
  const placed = postcode?.kind === 'found' || postcode?.kind === 'around' ? postcode : undefined;
  const buurtCode = query.buurt ?? placed?.buurt;
  const buurt = all.buurten.find((b) => b.code === buurtCode);
  // A postcode that cannot be placed shows no results rather than all of them.
  const unplaced = postcode !== undefined && placed === undefined && !query.buurt;
  const matches = unplaced
    ? []
    : all.provisions.filter((p) => matchesSearch(p, query, buurt?.code ?? buurtCode));
  const pageCount = Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE));
  const pageNumber = Math.min(query.page, pageCount);
  return {
    catalogue: all,
    buurt,
    postcode,
    matches,
    page: matches.slice((pageNumber - 1) * RESULTS_PER_PAGE, pageNumber * RESULTS_PER_PAGE),
    pageNumber,
    pageCount,
  };
}

export async function provision(
  context: PublicUseCaseContext,
  { provisionId }: { provisionId: string },
): Promise<{ provision: PublicProvision; catalogue: Catalogue; formKey: string }> {
  const all = await catalogue(context);
  const found = all.byId.get(provisionId);
  if (!found) throw new AppError('NOT_FOUND');
  return { provision: found, catalogue: all, formKey: newFormKey(context.now, randomUUID()) };
}

/** Who stores a resident's own request: nobody logged in. */
const SOCIAL_MAP_ACTOR: Actor = {
  kind: 'system',
  userId: null,
  email: 'social-map',
  roles: [],
  organisationIds: [],
  provisionIds: [],
};

export type JoinRequestOutcome =
  | { kind: 'thanks' }
  | { kind: 'problems'; problems: FieldProblem[] }
  | { kind: 'again'; reason: 'too_fast' | 'expired' | 'invalid_key'; formKey: string };

/**
 * A resident's request to take part: stored once per form (its key), as a referral with client
 * route `self` and the consent the resident gave by ticking the box, for the coordinators
 * to accept or decline. A robot is thanked, and nothing is stored.
 */
export async function requestToJoin(
  { db, now }: PublicUseCaseContext,
  { provisionId, form }: { provisionId: string; form: JoinRequestForm },
): Promise<JoinRequestOutcome> {
  const verdict = spamVerdict(form, now);
  if (verdict === 'robot') return { kind: 'thanks' };
  const problems = joinRequestProblems(form);
  if (problems.length > 0) return { kind: 'problems', problems };
  if (verdict !== 'ok') {
    return { kind: 'again', reason: verdict, formKey: newFormKey(now, randomUUID()) };
  }
  const values = joinRequestValues(form);
  await changeWithAudit(db, SOCIAL_MAP_ACTOR, async (tx, audit) => {
    if (!(await repo.visibleProvisionExists(tx, provisionId))) throw new AppError('NOT_FOUND');
    const id = await repo.insertRequest(tx, {
      provisionId,
      referredBy: null,
      route: 'self',
      residentName: values.name,
      residentContact: values.contact,
      note: values.remark,
      consentGivenOn: amsterdamDay(now),
      consentMethod: 'digital',
      requestKey: form.formKey,
      createdAt: now,
    });
    // The same form sent twice: the first one counts, the second changes nothing.
    if (id === null) return;
    await notifications.notifyReferral({ db: tx, now }, { provisionId });
    // No personal data in the audit log.
    await audit({
      action: 'referral.create',
      entityType: 'referral',
      entityId: id,
      after: { provisionId, route: 'self', consentMethod: 'digital' },
    });
  });
  return { kind: 'thanks' };
}

/** A provision's photo for the public page; none for a hidden provision. */
export async function photo(
  { db }: PublicUseCaseContext,
  { provisionId, size }: { provisionId: string; size: 'image' | 'thumbnail' },
): Promise<Buffer> {
  const found = await visiblePhoto(db, provisionId, size);
  if (!found) throw new AppError('NOT_FOUND');
  return found.data;
}
