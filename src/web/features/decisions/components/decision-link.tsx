import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { decisionQueryOptions } from '../api/decisions-api.ts';
import { decisionsTexts } from '../texts.ts';

/** A link to the application's decision, shown only when there is one to read. */
export function DecisionLink({ applicationId }: { applicationId: string }) {
  const decision = useQuery(decisionQueryOptions(applicationId));
  if (!decision.data) return null;
  return (
    <p className="utrecht-paragraph">
      <Link
        to="/aanvragen/$applicationId/beschikking"
        params={{ applicationId }}
        className="utrecht-link utrecht-link--html-a"
      >
        {decisionsTexts.decision.link}: {decision.data.title}
      </Link>
    </p>
  );
}
