import { useEffect, useRef, useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { budgetTotals } from '../../../../domain/applications/application-content.ts';
import {
  BUDGET_KINDS,
  BUDGET_KIND_LABELS,
  type BudgetKind,
} from '../../../../domain/tender/categories.ts';
import { Button } from '../../../components/button.tsx';
import { Facts } from '../../../components/facts.tsx';
import { errorMessage } from '../../../components/form-errors.ts';
import { formatEuro } from '../../../components/money.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { Table } from '../../../components/table.tsx';
import { TextField } from '../../../components/text-field.tsx';
import {
  centsOrZero,
  fieldIdForPath,
  type ApplicationFormValues,
  type BudgetLineValues,
} from '../application-form-schema.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.fields;

interface BudgetLinesFieldProps {
  form: UseFormReturn<ApplicationFormValues, unknown, unknown>;
  eligibleKinds: readonly BudgetKind[];
}

/**
 * The budget: a table of lines with add and remove, and the totals as they are typed. The
 * lines are one value of the form (like the board members of an organisation), which keeps
 * `useFieldArray` out of the code the login page shares.
 */
export function BudgetLinesField({ form, eligibleKinds }: BudgetLinesFieldProps) {
  return (
    <Controller
      control={form.control}
      name="budgetLines"
      render={({ field }) => (
        <BudgetLines
          form={form}
          eligibleKinds={eligibleKinds}
          lines={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

function BudgetLines({
  form,
  eligibleKinds,
  lines,
  onChange,
  onBlur,
}: BudgetLinesFieldProps & {
  lines: BudgetLineValues[];
  onChange: (lines: BudgetLineValues[]) => void;
  onBlur: () => void;
}) {
  const requested = form.watch('requested');
  const errors = form.formState.errors;
  const fields = lines;
  const update = (index: number, change: Partial<BudgetLineValues>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'new' | 'add' | null>(null);

  useEffect(() => {
    if (focusAfter === 'new')
      document.getElementById(fieldIdForPath(`budgetLines.${fields.length - 1}.kind`))?.focus();
    if (focusAfter === 'add') addButton.current?.focus();
    setFocusAfter(null);
  }, [focusAfter, fields.length]);

  const options = BUDGET_KINDS.map((kind) => ({
    value: kind,
    label: `${BUDGET_KIND_LABELS[kind]}${eligibleKinds.includes(kind) ? texts.eligibleSuffix : ''}`,
  }));
  const totals = budgetTotals(
    lines.map((line) => ({
      kind: line.kind as BudgetKind,
      description: line.description,
      cents: centsOrZero(line.amount),
    })),
    eligibleKinds,
  );
  const grantable = Math.min(centsOrZero(requested), totals.eligibleCents);
  const listError = errorMessage(errors, 'budgetLines');

  return (
    <>
      {fields.length === 0 ? <p className="utrecht-paragraph">{texts.noLines}</p> : null}
      {fields.length > 0 ? (
        <Table
          caption={texts.budgetCaption}
          className="sr-budget-table"
          columns={[
            texts.kind,
            texts.description,
            texts.amount,
            texts.eligible,
            { label: texts.actions, hiddenLabel: true },
          ]}
        >
          {fields.map((field, index) => {
            const kind = field.kind;
            const eligible = eligibleKinds.includes(kind as BudgetKind);
            return (
              <tr className="utrecht-table__row" key={index}>
                <td className="utrecht-table__cell">
                  <SelectField
                    id={fieldIdForPath(`budgetLines.${index}.kind`)}
                    label={texts.kindOf(index + 1)}
                    hideLabel
                    placeholder={texts.chooseKind}
                    options={options}
                    error={errorMessage(errors, `budgetLines.${index}.kind`)}
                    value={field.kind}
                    onChange={(event) => update(index, { kind: event.target.value })}
                    onBlur={onBlur}
                  />
                </td>
                <td className="utrecht-table__cell">
                  <TextField
                    id={fieldIdForPath(`budgetLines.${index}.description`)}
                    label={texts.descriptionOf(index + 1)}
                    hideLabel
                    autoComplete="off"
                    error={errorMessage(errors, `budgetLines.${index}.description`)}
                    value={field.description}
                    onChange={(event) => update(index, { description: event.target.value })}
                    onBlur={onBlur}
                  />
                </td>
                <td className="utrecht-table__cell">
                  <TextField
                    id={fieldIdForPath(`budgetLines.${index}.cents`)}
                    label={texts.amountOf(index + 1)}
                    hideLabel
                    inputMode="decimal"
                    autoComplete="off"
                    className="sr-textbox--amount"
                    error={errorMessage(errors, `budgetLines.${index}.amount`)}
                    value={field.amount}
                    onChange={(event) => update(index, { amount: event.target.value })}
                    onBlur={onBlur}
                  />
                </td>
                <td className="utrecht-table__cell">
                  {kind ? (
                    <span className={`sr-badge sr-badge--${eligible ? 'active' : 'inactive'}`}>
                      {eligible ? texts.eligibleYes : texts.eligibleNo}
                    </span>
                  ) : null}
                </td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      onChange(lines.filter((_, i) => i !== index));
                      setFocusAfter('add');
                    }}
                  >
                    {texts.removeLine(index + 1)}
                  </Button>
                </td>
              </tr>
            );
          })}
        </Table>
      ) : null}
      {listError ? (
        <p className="utrecht-paragraph sr-field-error" id="aanvraag-begroting-fout">
          {listError}
        </p>
      ) : null}
      <div className="sr-actions">
        <Button
          id={fieldIdForPath('budgetLines')}
          ref={addButton}
          appearance="secondary"
          onClick={() => {
            onChange([...lines, { kind: '', description: '', amount: '' }]);
            setFocusAfter('new');
          }}
        >
          {texts.addLine}
        </Button>
      </div>
      <Facts
        rows={[
          [texts.total, formatEuro(totals.totalCents)],
          [texts.eligibleTotal, formatEuro(totals.eligibleCents)],
          [
            texts.grantable,
            <>
              <strong>{formatEuro(grantable)}</strong>{' '}
              <span className="sr-muted">({texts.grantableHint})</span>
            </>,
          ],
        ]}
      />
    </>
  );
}
