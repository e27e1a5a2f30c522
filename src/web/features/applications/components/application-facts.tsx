import type { ReactNode } from 'react';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import {
  APPLICATION_STATUS_LABELS,
  type Application,
} from '../../../../server/features/applications/applications.schemas.ts';
import { Facts } from '../../../components/facts.tsx';
import { applicationsTexts } from '../texts.ts';

const facts = applicationsTexts.page.facts;

export function ApplicationFacts({ application }: { application: Application }) {
  const rows: [string, ReactNode][] = [
    [facts.organisation, application.organisationName],
    [facts.provision, application.provisionName],
    [facts.category, CATEGORY_LABELS[application.category]],
    [facts.round, application.roundName],
    [
      facts.status,
      <span className={`sr-badge sr-badge--${application.status}`} key="status">
        {APPLICATION_STATUS_LABELS[application.status]}
      </span>,
    ],
  ];
  if (application.reference)
    rows.push([facts.reference, <strong key="reference">{application.reference}</strong>]);
  return <Facts rows={rows} />;
}
