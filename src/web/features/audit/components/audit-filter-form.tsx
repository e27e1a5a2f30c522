import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import {
  AUDIT_FILTER_KEYS,
  auditFilterSchema,
  type AuditFilterOutput,
  type AuditFilterValues,
  type AuditSearch,
} from '../audit-search.ts';
import { auditTexts } from '../texts.ts';

const texts = auditTexts.filters;
const ID = 'audit-filter';

const fieldIds: Record<keyof AuditFilterValues, string> = {
  actor: `${ID}-wie`,
  action: `${ID}-wat`,
  entityType: `${ID}-soort`,
  entityId: `${ID}-id`,
  from: `${ID}-van`,
  to: `${ID}-tot`,
};
const fields: FieldSpec<AuditFilterValues>[] = AUDIT_FILTER_KEYS.map((name) => ({
  name,
  id: fieldIds[name],
}));

const toFormValues = (search: AuditSearch): AuditFilterValues => ({
  actor: search.actor ?? '',
  action: search.action ?? '',
  entityType: search.entityType ?? '',
  entityId: search.entityId ?? '',
  from: search.from ?? '',
  to: search.to ?? '',
});

// The schema's input is `unknown` per field (it first turns '' into "no filter").
const resolver = zodResolver(auditFilterSchema) as unknown as Resolver<
  AuditFilterValues,
  unknown,
  AuditFilterOutput
>;

export function AuditFilterForm({ search }: { search: AuditSearch }) {
  const navigate = useNavigate();
  const [focusSignal, setFocusSignal] = useState(0);
  const form = useForm<AuditFilterValues, unknown, AuditFilterOutput>({
    resolver,
    defaultValues: toFormValues(search),
    shouldFocusError: false,
  });
  const { errors } = form.formState;

  // Back/forward and "Filters wissen" change the URL: show what is really filtered on.
  useEffect(() => {
    form.reset(toFormValues(search));
  }, [search, form]);

  const onValid = (values: AuditFilterOutput) => {
    const next: AuditSearch = {};
    for (const key of AUDIT_FILTER_KEYS) {
      const value = values[key];
      if (value) next[key] = value;
    }
    void navigate({ to: '/beheer/audit', search: next });
  };

  const field = (
    name: keyof AuditFilterValues,
    label: string,
    hint: string,
    type: 'text' | 'date' = 'text',
  ) => (
    <TextField
      id={fieldIds[name]}
      label={label}
      description={hint}
      type={type}
      autoComplete="off"
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields)}
        focusSignal={focusSignal}
      />
      <form
        role="search"
        aria-label={texts.label}
        className="sr-form sr-filter-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
      >
        <div className="sr-filter-form__grid">
          {field('actor', texts.actor, texts.actorHint)}
          {field('action', texts.action, texts.actionHint)}
          {field('entityType', texts.entityType, texts.entityTypeHint)}
          {field('entityId', texts.entityId, texts.entityIdHint)}
          {field('from', texts.from, texts.fromHint, 'date')}
          {field('to', texts.to, texts.toHint, 'date')}
        </div>
        <div className="sr-actions">
          <Button type="submit">{texts.submit}</Button>
          <Link
            to="/beheer/audit"
            search={{}}
            className="utrecht-link utrecht-link--html-a sr-actions__link"
          >
            {texts.clear}
          </Link>
        </div>
      </form>
    </>
  );
}
