import { ROLE_CODES, ROLE_LABELS } from '../../../../domain/roles.ts';
import type { CheckboxOption } from '../../../components/checkbox-fields.tsx';

export const roleOptions: CheckboxOption[] = ROLE_CODES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));
