import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { coordinatorsQueryOptions, useSetCoordinators } from '../api/participants-api.ts';
import type { CoordinatorList } from '../../../../server/features/participants/participants.schemas.ts';
import { participantsTexts } from '../texts.ts';

const texts = participantsTexts.coordinators;
const ID = 'coordinatoren';

function CoordinatorsForm({
  provisionId,
  candidates,
}: {
  provisionId: string;
  candidates: CoordinatorList['items'];
}) {
  const save = useSetCoordinators(provisionId);
  const [chosen, setChosen] = useState(() =>
    candidates.filter((c) => c.coordinates).map((c) => c.userId),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (candidates.length === 0) return <p className="utrecht-paragraph">{texts.none}</p>;
  return (
    <form
      className="sr-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setStatus(null);
        setFailure(null);
        save.mutate(chosen, {
          onSuccess: () => setStatus(texts.saved),
          onError: (error) =>
            setFailure(
              error instanceof ApiError
                ? (error.fields[0]?.message ?? error.message)
                : texts.failed,
            ),
        });
      }}
    >
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <ChoiceGroup
        type="checkbox"
        id={ID}
        legend={texts.legend}
        name="userIds"
        options={candidates.map((c) => ({ value: c.userId, label: texts.option(c.name, c.email) }))}
        value={chosen}
        onChange={setChosen}
      />
      <div className="sr-actions">
        <Button type="submit" busy={save.isPending}>
          {texts.submit}
        </Button>
      </div>
    </form>
  );
}

/** Who coordinates a provision (for the organisation's board and the administrator). */
export function CoordinatorsSection({ provisionId }: { provisionId: string }) {
  const coordinators = useQuery(coordinatorsQueryOptions(provisionId));
  return (
    <section aria-labelledby={`${ID}-titel`} className="sr-section">
      <h2 id={`${ID}-titel`} className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {coordinators.isPending ? <Loading /> : null}
      {coordinators.isError ? (
        <LoadError error={coordinators.error} onRetry={() => void coordinators.refetch()} />
      ) : null}
      {coordinators.data ? (
        <CoordinatorsForm provisionId={provisionId} candidates={coordinators.data} />
      ) : null}
    </section>
  );
}
