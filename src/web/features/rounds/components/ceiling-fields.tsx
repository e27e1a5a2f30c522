import type { FieldErrors, FieldValues, UseFormRegister, Path } from 'react-hook-form';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { errorMessage, type FieldSpec } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { roundsTexts } from '../texts.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = roundsTexts.fields;

export const ceilingFieldId = (formId: string, category: string) => `${formId}-plafond-${category}`;

export function ceilingFieldSpecs<T extends FieldValues>(formId: string): FieldSpec<T>[] {
  return CATEGORY_CODES.map((category) => ({
    name: `ceilings.${category}` as Path<T>,
    id: ceilingFieldId(formId, category),
  }));
}

/** One euro box per category, in a fieldset. */
export function CeilingFields<T extends FieldValues>({
  formId,
  register,
  errors,
}: {
  formId: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  return (
    <Fieldset
      id={`${formId}-plafonds`}
      framed
      legend={texts.ceilings}
      description={texts.ceilingsHint}
    >
      {CATEGORY_CODES.map((category) => (
        <TextField
          key={category}
          id={ceilingFieldId(formId, category)}
          label={texts.ceiling(CATEGORY_LABELS[category])}
          inputMode="decimal"
          autoComplete="off"
          className="sr-textbox--amount"
          error={errorMessage(errors, `ceilings.${category}`)}
          {...register(`ceilings.${category}` as Path<T>)}
        />
      ))}
    </Fieldset>
  );
}
