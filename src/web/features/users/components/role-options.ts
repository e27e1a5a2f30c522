import { ROLE_CODES, ROLE_LABELS } from '../../../../domain/roles.ts';
import type { ChoiceOption } from '../../../components/choice-group.tsx';

export const roleOptions: ChoiceOption[] = ROLE_CODES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));
