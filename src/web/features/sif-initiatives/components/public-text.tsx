/**
 * The public page of an honoured initiative (docs/rules/sif-initiatives.md, "Public
 * accountability"): the organisation writes its public text and approves it; the policy
 * officer can withdraw the page with a reason. Only the approved text is ever public.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { amsterdamDay, formatDay } from '../../../../domain/dates.ts';
import {
  type PublicText,
  type PublicTextBody,
  publicTextBodySchema,
  withdrawBodySchema,
} from '../../../../domain/sif/public-text.ts';
import type { Initiative } from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import { Button } from '../../../components/button.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { RulesSection } from '../../../components/rules-section.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { usePublicText, useWithdrawPublic } from '../api/sif-api.ts';
import { sifTexts } from '../texts.ts';
import { FormSection } from './form-section.tsx';

const t = sifTexts.publicText;
export const publicPageUrl = (id: string) => `/fonds-openbaar/initiatieven/${id}`;

export function PublicTextSection({
  initiative: i,
  mayWrite,
  mayWithdraw,
}: {
  initiative: Initiative;
  mayWrite: boolean;
  mayWithdraw: boolean;
}) {
  const page = i.publicPage!;
  return (
    <>
      <section aria-labelledby="sif-openbaar-titel" className="sr-section">
        <h2 id="sif-openbaar-titel" className="utrecht-heading-2">
          {t.title}: {page.isPublic ? t.isPublic : t.notPublic}
        </h2>
        <RulesSection id="sif-openbaar-regels" title="Zo werkt het" rules={[t.rule]} />
        {page.isPublic ? (
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={publicPageUrl(i.id)}>
              {t.view}
            </a>{' '}
            {page.approvedAt
              ? t.approvedOn(formatDay(amsterdamDay(new Date(page.approvedAt))))
              : null}
          </p>
        ) : null}
        {page.withdrawnReason ? (
          <p className="utrecht-paragraph">{t.withdrawn(page.withdrawnReason)}</p>
        ) : null}
        {mayWrite && page.awaitsApproval ? <p className="utrecht-paragraph">{t.awaits}</p> : null}
      </section>
      {mayWrite ? <PublicTextForm initiative={i} /> : null}
      {mayWithdraw && page.isPublic ? <WithdrawForm initiative={i} /> : null}
    </>
  );
}

const textFields: FieldSpec<PublicTextBody>[] = [
  { name: 'title', id: 'sif-openbaar-naam' },
  { name: 'summary', id: 'sif-openbaar-samenvatting' },
  { name: 'results', id: 'sif-openbaar-resultaten' },
];

function PublicTextForm({ initiative: i }: { initiative: Initiative }) {
  const { save, approve } = usePublicText(i.id);
  const feedback = useFormFeedback(sifTexts.failed);
  const page = i.publicPage!;
  const form = useForm<PublicTextBody, unknown, PublicText>({
    resolver: zodResolver(publicTextBodySchema),
    defaultValues: page.draft ?? { title: i.title, summary: '', results: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (values: PublicText) => {
    feedback.reset();
    try {
      await save.mutateAsync(values);
      feedback.succeeded(t.saved);
    } catch (error) {
      feedback.failed(error, form.setError, textFields);
    }
  };
  const onApprove = async () => {
    feedback.reset();
    try {
      await approve.mutateAsync();
      feedback.succeeded(t.approved);
    } catch (error) {
      feedback.failed(error, form.setError, textFields);
    }
  };
  return (
    <FormSection
      id="sif-openbaar-form"
      title={t.formTitle}
      errors={errors}
      fields={textFields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.save}
      busy={isSubmitting}
    >
      <TextField
        id="sif-openbaar-naam"
        label={t.titleField}
        error={errors.title?.message}
        {...form.register('title')}
      />
      <TextareaField
        id="sif-openbaar-samenvatting"
        label={t.summary}
        error={errors.summary?.message}
        {...form.register('summary')}
      />
      {i.impact ? (
        <TextareaField
          id="sif-openbaar-resultaten"
          label={t.results}
          description={t.resultsHint}
          error={errors.results?.message}
          {...form.register('results')}
        />
      ) : null}
      {page.awaitsApproval ? (
        <p className="utrecht-paragraph">
          <Button
            type="button"
            appearance="secondary"
            disabled={approve.isPending}
            onClick={() => void onApprove()}
          >
            {t.approve}
          </Button>
        </p>
      ) : null}
    </FormSection>
  );
}

const withdrawFields: FieldSpec<{ reason: string }>[] = [
  { name: 'reason', id: 'sif-openbaar-reden' },
];

function WithdrawForm({ initiative: i }: { initiative: Initiative }) {
  const withdraw = useWithdrawPublic(i.id);
  const feedback = useFormFeedback(sifTexts.failed);
  const form = useForm<{ reason: string }>({
    resolver: zodResolver(withdrawBodySchema),
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (values: { reason: string }) => {
    feedback.reset();
    try {
      await withdraw.mutateAsync(values);
      feedback.succeeded(t.withdrawnDone);
    } catch (error) {
      feedback.failed(error, form.setError, withdrawFields);
    }
  };
  return (
    <FormSection
      id="sif-terugtrekken-form"
      title={t.withdrawTitle}
      errors={errors}
      fields={withdrawFields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.withdraw}
      busy={isSubmitting}
    >
      <TextareaField
        id="sif-openbaar-reden"
        label={t.reason}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </FormSection>
  );
}
