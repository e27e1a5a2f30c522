import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { rolesFor } from '../../../domain/access-table.ts';
import { ApiError } from '../api-client.ts';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { useUpdateProvision } from '../../features/provisions/api/provisions-api.ts';
import { hasAnyRole, useMe } from '../queries.ts';
import { provisionQueryOptions } from '../shared-queries.ts';
import { ProvisionForm } from '../../features/provisions/components/provision-form.tsx';
import {
  PhotoForm,
  PublicInfoForm,
} from '../../features/provisions/components/public-info-forms.tsx';
import { VisibilityForm } from '../../features/provisions/components/visibility-form.tsx';
import { provisionsTexts } from '../../features/provisions/texts.ts';
import { CoordinatorsSection } from '../../features/participants/components/coordinators-section.tsx';
import { ProvisionLinks } from '../../features/participants/components/provision-links.tsx';
import { participantsTexts } from '../../features/participants/texts.ts';

const texts = provisionsTexts.edit;
const publicTexts = provisionsTexts.publicInfo;
const EDITORS = rolesFor('provision.update');
const HIDERS = rolesFor('provision.hide');

/**
 * A provision's staff page: the organisation edits it and what the social map shows; the
 * policy officer hides it from the map (with a reason) or shows it again.
 */
export function ProvisionPage() {
  const { provisionId } = useParams({ from: '/ingelogd/beheer/voorzieningen/$provisionId' });
  const me = useMe();
  const mayEdit = hasAnyRole(me, EDITORS);
  const mayHide = hasAnyRole(me, HIDERS);
  const provision = useQuery(provisionQueryOptions(provisionId));
  const updateProvision = useUpdateProvision(provisionId);
  const notFound = provision.error instanceof ApiError && provision.error.status === 404;

  return (
    <Page title={mayEdit ? texts.title : (provision.data?.name ?? texts.title)}>
      {mayEdit ? (
        <p className="utrecht-paragraph">
          <Link to="/beheer/voorzieningen" className="utrecht-link utrecht-link--html-a">
            {texts.back}
          </Link>
        </p>
      ) : null}
      {provision.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {provision.isError && !notFound ? (
        <LoadError error={provision.error} onRetry={() => void provision.refetch()} />
      ) : null}
      {provision.data && mayEdit ? (
        <ProvisionForm
          key={provision.data.id}
          id="voorziening"
          provision={provision.data}
          organisations={[
            { id: provision.data.organisationId, name: provision.data.organisationName },
          ]}
          submitLabel={texts.submit}
          resetAfterSave={false}
          onSave={async ({ organisationId: _organisation, ...values }) => {
            await updateProvision.mutateAsync(values);
            return texts.saved;
          }}
        />
      ) : null}
      {provision.data ? (
        <section aria-labelledby="sociale-kaart-titel" className="sr-section">
          <h2 id="sociale-kaart-titel" className="utrecht-heading-2">
            {publicTexts.title}
          </h2>
          {mayEdit ? <p className="utrecht-paragraph">{publicTexts.intro}</p> : null}
          <p className="utrecht-paragraph">
            {/* A page rendered on the server, not a route of this app. */}
            <a href={`/voorzieningen/${provisionId}`} className="utrecht-link utrecht-link--html-a">
              {publicTexts.viewLink}
            </a>
          </p>
          {provision.data.hidden && !mayHide ? (
            <p className="utrecht-paragraph">
              {provisionsTexts.visibility.isHidden(provision.data.hiddenReason ?? '')}
            </p>
          ) : null}
          {mayEdit ? (
            <PublicInfoForm key={provision.data.updatedAt} provision={provision.data} />
          ) : null}
          {mayEdit ? (
            <>
              <h3 className="utrecht-heading-3">{publicTexts.photoTitle}</h3>
              <PhotoForm key={provision.data.photo?.url ?? 'geen'} provision={provision.data} />
            </>
          ) : null}
          {mayHide ? (
            <>
              <h3 className="utrecht-heading-3">{provisionsTexts.visibility.title}</h3>
              <VisibilityForm provision={provision.data} />
            </>
          ) : null}
        </section>
      ) : null}
      {provision.data && mayEdit ? (
        <>
          <section aria-labelledby="deelnemerswerk-titel" className="sr-section">
            <h2 id="deelnemerswerk-titel" className="utrecht-heading-2">
              {participantsTexts.links.title}
            </h2>
            <ProvisionLinks provisionId={provisionId} provisionName={provision.data.name} />
          </section>
          <CoordinatorsSection provisionId={provisionId} />
        </>
      ) : null}
    </Page>
  );
}
