import { formatDay } from '../../../../domain/dates.ts';
import { BUDGET_KIND_LABELS } from '../../../../domain/tender/categories.ts';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  judgedCriteria,
} from '../../../../domain/tender/scheme-definition.ts';
import type { Application } from '../../../../server/features/applications/applications.schemas.ts';
import { Facts } from '../../../components/facts.tsx';
import { formatEuro } from '../../../components/money.ts';
import { widgetTexts } from '../../../components/widget-texts.ts';
import { attachmentUrl } from '../api/applications-api.ts';
import { applicationsTexts } from '../texts.ts';
import { FormSection } from './form-section.tsx';
import { Table } from '../../../components/table.tsx';

const texts = applicationsTexts;
const summary = texts.summary;

/** Everything an application says, read-only: for checking before submitting and afterwards. */
export function ApplicationSummary({ application }: { application: Application }) {
  const { content, formDefinition: definition, category, totals } = application;
  const eligibleKinds = definition.categories[category].eligibleKinds;
  const orNot = (value: string | number | null) =>
    value === null || value === '' ? summary.notFilled : String(value);

  return (
    <>
      <FormSection id="periode" title={texts.sections.period}>
        <Facts
          rows={[
            [
              summary.period,
              content.periodStart && content.periodEnd
                ? summary.periodText(formatDay(content.periodStart), formatDay(content.periodEnd))
                : summary.notFilled,
            ],
            [
              summary.requested,
              content.requestedCents === null
                ? summary.notFilled
                : formatEuro(content.requestedCents),
            ],
          ]}
        />
      </FormSection>

      <FormSection id="begroting" title={texts.sections.budget}>
        {content.budgetLines.length === 0 ? (
          <p className="utrecht-paragraph">{texts.fields.noLines}</p>
        ) : (
          // A region that takes focus, so the table can be scrolled with the keyboard on a phone.
          <Table
            caption={texts.fields.budgetCaption}
            columns={[
              texts.fields.kind,
              texts.fields.description,
              { label: texts.fields.amount, numeric: true },
              texts.fields.eligible,
            ]}
          >
            {content.budgetLines.map((line, index) => (
              <tr className="utrecht-table__row" key={index}>
                <td className="utrecht-table__cell">{BUDGET_KIND_LABELS[line.kind]}</td>
                <td className="utrecht-table__cell">{line.description}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data sr-nowrap">
                  {formatEuro(line.cents)}
                </td>
                <td className="utrecht-table__cell">
                  {eligibleKinds.includes(line.kind)
                    ? texts.fields.eligibleYes
                    : texts.fields.eligibleNo}
                </td>
              </tr>
            ))}
          </Table>
        )}
        <Facts
          rows={[
            [texts.fields.total, formatEuro(totals.totalCents)],
            [texts.fields.eligibleTotal, formatEuro(totals.eligibleCents)],
            [texts.fields.grantable, formatEuro(totals.grantableCents)],
          ]}
        />
      </FormSection>

      <FormSection id="bereik" title={texts.sections.reach}>
        <Facts
          rows={[
            [summary.participants, orNot(content.reach.participants)],
            [summary.dayPartsPerWeek, orNot(content.reach.dayPartsPerWeek)],
            [summary.weeksPerYear, orNot(content.reach.weeksPerYear)],
          ]}
        />
      </FormSection>

      {category === 'services' ? (
        <FormSection id="tegenprestatie" title={texts.sections.returnService}>
          <Facts
            rows={[
              [
                summary.returnService,
                content.returnService === 'tegenprestatie'
                  ? texts.fields.tegenprestatie
                  : content.returnService === 'fee'
                    ? texts.fields.fee
                    : summary.notFilled,
              ],
            ]}
          />
        </FormSection>
      ) : null}

      <FormSection id="criteria" title={texts.sections.criteria}>
        {judgedCriteria(definition, category).map((criterion) => (
          <div key={criterion.code}>
            <h3 className="utrecht-heading-3">{criterion.label}</h3>
            <p className="utrecht-paragraph sr-long-text">
              {content.texts[criterion.code]?.trim() || summary.noText}
            </p>
          </div>
        ))}
      </FormSection>

      <FormSection id="verklaringen" title={texts.sections.declarations}>
        <Facts
          rows={definition.generalConditions.map((condition) => [
            condition.label,
            content.declarations[condition.code] === true ? summary.declared : summary.notDeclared,
          ])}
        />
      </FormSection>

      <FormSection id="bijlagen" title={texts.sections.attachments}>
        <Facts
          rows={ATTACHMENT_KINDS.map((kind) => {
            const files = application.attachments.filter((a) => a.kind === kind);
            return [
              ATTACHMENT_LABELS[kind],
              files.length === 0 ? (
                texts.fields.noAttachment
              ) : (
                <ul className="utrecht-unordered-list sr-file-list">
                  {files.map((file) => (
                    <li className="utrecht-unordered-list__item" key={file.id}>
                      <a
                        href={attachmentUrl(application.id, file.id)}
                        download={file.filename}
                        className="utrecht-link utrecht-link--html-a"
                      >
                        {file.filename}
                      </a>{' '}
                      <span className="sr-muted">({widgetTexts.bytes(file.sizeBytes)})</span>
                    </li>
                  ))}
                </ul>
              ),
            ];
          })}
        />
      </FormSection>
    </>
  );
}
