/**
 * What the organisation keeps current on the social map: the public text, accessibility and
 * contact, and the one photo with its text (docs/rules/social-map.md). Opening times are the
 * provision's day parts, in the form above.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  ALT_TEXT_MAX,
  PHOTO_MAX_BYTES,
  photoAltTextSchema,
} from '../../../../domain/social-map/photo.ts';
import {
  ACCESSIBILITY_FEATURES,
  ACCESSIBILITY_LABELS,
} from '../../../../domain/social-map/vocabulary.ts';
import {
  publicInfoBodySchema,
  type Provision,
} from '../../../../server/features/provisions/provisions.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { Fieldset } from '../../../components/fieldset.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useRemovePhoto, useSetPhoto, useUpdateProvision } from '../api/provisions-api.ts';
import { provisionsTexts } from '../texts.ts';

const texts = provisionsTexts.publicInfo;

interface PublicInfoValues {
  publicDescription: string;
  accessibilityFeatures: string[];
  contactEmail: string;
  contactPhone: string;
}
type PublicInfoOutput = z.output<typeof publicInfoBodySchema>;

export function PublicInfoForm({ provision }: { provision: Provision }) {
  const update = useUpdateProvision(provision.id);
  const feedback = useFormFeedback(provisionsTexts.saveFailed);
  const form = useForm<PublicInfoValues, unknown, PublicInfoOutput>({
    resolver: zodResolver(publicInfoBodySchema) as unknown as Resolver<
      PublicInfoValues,
      unknown,
      PublicInfoOutput
    >,
    defaultValues: {
      publicDescription: provision.publicDescription ?? '',
      accessibilityFeatures: [...provision.accessibilityFeatures],
      contactEmail: provision.contactEmail ?? '',
      contactPhone: provision.contactPhone ?? '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const id = 'openbaar';
  const fields: FieldSpec<PublicInfoValues>[] = [
    { name: 'publicDescription', id: `${id}-publicDescription` },
    { name: 'accessibilityFeatures', id: `${id}-${ACCESSIBILITY_FEATURES[0]}` },
    { name: 'contactEmail', id: `${id}-contactEmail` },
    { name: 'contactPhone', id: `${id}-contactPhone` },
  ];
  const onValid = async (values: PublicInfoOutput) => {
    feedback.reset();
    try {
      await update.mutateAsync(values);
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextareaField
          id={`${id}-publicDescription`}
          label={texts.description}
          description={texts.descriptionHint}
          rows={5}
          limit={2000}
          length={form.watch('publicDescription').length}
          error={errorMessage(errors, 'publicDescription')}
          {...form.register('publicDescription')}
        />
        <Fieldset legend={texts.features} error={errorMessage(errors, 'accessibilityFeatures')}>
          {ACCESSIBILITY_FEATURES.map((feature) => (
            <CheckboxField
              key={feature}
              id={`${id}-${feature}`}
              label={ACCESSIBILITY_LABELS[feature].nl}
              value={feature}
              {...form.register('accessibilityFeatures')}
            />
          ))}
        </Fieldset>
        <TextField
          id={`${id}-contactEmail`}
          label={texts.email}
          type="email"
          autoComplete="off"
          error={errorMessage(errors, 'contactEmail')}
          {...form.register('contactEmail')}
        />
        <TextField
          id={`${id}-contactPhone`}
          label={texts.phone}
          type="tel"
          autoComplete="off"
          error={errorMessage(errors, 'contactPhone')}
          {...form.register('contactPhone')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}

interface PhotoValues {
  altText: string;
  photo: FileList | null;
}
const photoFormSchema = photoAltTextSchema.extend({
  photo: z
    .custom<FileList | null>()
    .refine((list) => (list?.length ?? 0) === 1, { message: texts.photoMissing })
    .refine((list) => (list?.[0]?.size ?? 0) <= PHOTO_MAX_BYTES, {
      message: texts.photoTooLarge,
    })
    .transform((list) => list![0]!),
});
type PhotoOutput = z.output<typeof photoFormSchema>;

export function PhotoForm({ provision }: { provision: Provision }) {
  const setPhoto = useSetPhoto(provision.id);
  const removePhoto = useRemovePhoto(provision.id);
  const feedback = useFormFeedback(provisionsTexts.saveFailed);
  const form = useForm<PhotoValues, unknown, PhotoOutput>({
    resolver: zodResolver(photoFormSchema) as unknown as Resolver<
      PhotoValues,
      unknown,
      PhotoOutput
    >,
    defaultValues: { altText: provision.photo?.altText ?? '', photo: null },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const id = 'foto';
  const fields: FieldSpec<PhotoValues>[] = [
    { name: 'photo', id: `${id}-photo` },
    { name: 'altText', id: `${id}-altText` },
  ];
  const onValid = async ({ photo, altText }: PhotoOutput) => {
    feedback.reset();
    try {
      await setPhoto.mutateAsync({ photo, altText });
      form.resetField('photo');
      feedback.succeeded(texts.photoSaved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <>
      {provision.photo ? (
        <figure className="sr-photo">
          <img
            src={provision.photo.thumbnailUrl}
            alt={provision.photo.altText}
            width={320}
            height={Math.round((320 * provision.photo.height) / provision.photo.width)}
          />
          <figcaption className="utrecht-paragraph">{texts.photoNow}</figcaption>
        </figure>
      ) : (
        <p className="utrecht-paragraph">{texts.noPhoto}</p>
      )}
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <FormField
          kind="file"
          id={`${id}-photo`}
          label={texts.photo}
          description={texts.photoHint}
          error={errorMessage(errors, 'photo')}
        >
          {(control) => (
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp"
              className="sr-file-input"
              {...control}
              {...form.register('photo')}
            />
          )}
        </FormField>
        <TextareaField
          id={`${id}-altText`}
          label={texts.altText}
          description={texts.altTextHint}
          rows={2}
          limit={ALT_TEXT_MAX}
          length={form.watch('altText').length}
          error={errorMessage(errors, 'altText')}
          {...form.register('altText')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.photoSubmit}
          </Button>
          {provision.photo ? (
            <Button
              type="button"
              appearance="secondary"
              busy={removePhoto.isPending}
              onClick={() => {
                feedback.reset();
                removePhoto.mutate(undefined, {
                  onSuccess: () => feedback.succeeded(texts.photoRemoved),
                });
              }}
            >
              {texts.photoRemove}
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
