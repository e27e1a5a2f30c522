import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  matchingScopeBodySchema,
  PRODUCT_CATEGORY,
  PRODUCT_CODE,
} from '../../../../domain/double-financing/scope.ts';
import type { MatchingScope } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { into } from '../../../components/form-schemas.ts';
import { formatMoment } from '../../../components/format.ts';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useSaveScope } from '../api/double-financing-api.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { FeedbackForm } from './feedback-form.tsx';

const texts = doubleFinancingTexts.scope;

interface ScopeFormValues {
  categories: string;
  productCodes: string;
}

/** Values separated by commas, semicolons, spaces or new lines; each must fit the pattern. */
const listText = (pattern: RegExp, problem: (value: string) => string) =>
  z.string().transform((text, context) => {
    const values = text
      .toUpperCase()
      .split(/[\s,;]+/)
      .filter(Boolean);
    const wrong = values.find((value) => !pattern.test(value));
    if (wrong !== undefined) context.addIssue({ code: 'custom', message: problem(wrong) });
    return values;
  });

const scopeFormSchema = z
  .object({
    categories: listText(PRODUCT_CATEGORY, texts.badCategory),
    productCodes: listText(PRODUCT_CODE, texts.badProductCode),
  })
  .pipe(into(matchingScopeBodySchema));
type FormOutput = z.output<typeof scopeFormSchema>;
const resolver = zodResolver(scopeFormSchema) as unknown as Resolver<
  ScopeFormValues,
  unknown,
  FormOutput
>;

const FIELDS: FieldSpec<ScopeFormValues>[] = [
  { name: 'categories', id: 'afbakening-categorieen' },
  { name: 'productCodes', id: 'afbakening-codes' },
];

/** Which allocations count as begeleiding groep: categories and product codes, as text. */
export function ScopeForm({ scope }: { scope: MatchingScope }) {
  const save = useSaveScope();
  const feedback = useFormFeedback(doubleFinancingTexts.failed);
  const form = useForm<ScopeFormValues, unknown, FormOutput>({
    resolver,
    defaultValues: {
      categories: scope.categories.join(', '),
      productCodes: scope.productCodes.join(', '),
    },
    shouldFocusError: false,
  });
  const { errors } = form.formState;

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const saved = await save.mutateAsync(values);
      form.reset({
        categories: saved.categories.join(', '),
        productCodes: saved.productCodes.join(', '),
      });
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, FIELDS);
    }
  };

  return (
    <FeedbackForm
      id="afbakening"
      feedback={feedback}
      errors={summaryErrors(errors, FIELDS, feedback.unmatched)}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={texts.save}
      busy={save.isPending}
    >
      <TextareaField
        id="afbakening-categorieen"
        label={texts.categories}
        description={texts.categoriesHint}
        rows={2}
        error={errors.categories?.message}
        {...form.register('categories')}
      />
      <TextareaField
        id="afbakening-codes"
        label={texts.productCodes}
        description={texts.productCodesHint}
        rows={3}
        error={errors.productCodes?.message}
        {...form.register('productCodes')}
      />
      <p className="utrecht-paragraph sr-muted">
        {texts.lastChanged(formatMoment(scope.updatedAt))}
      </p>
    </FeedbackForm>
  );
}
