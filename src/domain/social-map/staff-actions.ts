/**
 * What someone logged in may do from the public social map, besides what every visitor may:
 * a social worker refers a resident to a provision (one finder for residents and social
 * workers), and whoever may see a provision's staff pages gets a link to them.
 * docs/rules/social-map.md.
 */
import { rolesMayPerform } from '../access-table.ts';
import type { Role } from '../roles.ts';

export interface MapVisitor {
  roles: readonly Role[];
  organisationIds: readonly string[];
  /** The provisions the visitor coordinates. */
  provisionIds: readonly string[];
}

export interface StaffActions {
  mayRefer: boolean;
  mayManage: (provision: { id: string; organisationId: string }) => boolean;
}

export const NO_STAFF_ACTIONS: StaffActions = { mayRefer: false, mayManage: () => false };

export function staffActions(visitor: MapVisitor | null): StaffActions {
  if (!visitor) return NO_STAFF_ACTIONS;
  const read = rolesMayPerform(visitor.roles, 'provision.read');
  return {
    mayRefer: rolesMayPerform(visitor.roles, 'referral.create') !== 'none',
    mayManage: ({ id, organisationId }) =>
      read === 'all' ||
      (read !== 'none' &&
        (visitor.organisationIds.includes(organisationId) || visitor.provisionIds.includes(id))),
  };
}
