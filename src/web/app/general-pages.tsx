import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Button } from '../components/button.tsx';
import { Page } from '../components/page.tsx';
import { ApiError } from './api-client.ts';
import { appTexts } from './texts.ts';

export function NotFoundPage() {
  return (
    <Page title={appTexts.notFound.title}>
      <p className="utrecht-paragraph">{appTexts.notFound.body}</p>
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link utrecht-link--html-a">
          {appTexts.notFound.home}
        </Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  return (
    <Page title={appTexts.forbidden.title} documentTitle={appTexts.forbidden.documentTitle}>
      <p className="utrecht-paragraph">{appTexts.forbidden.body}</p>
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link utrecht-link--html-a">
          {appTexts.forbidden.home}
        </Link>
      </p>
    </Page>
  );
}

/** A route's own error, shown inside the layout. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const message = error instanceof ApiError ? error.message : appTexts.error.body;
  return (
    <Page title={appTexts.error.title}>
      <p className="utrecht-paragraph">{appTexts.error.body}</p>
      {message !== appTexts.error.body ? <p className="utrecht-paragraph">{message}</p> : null}
      <Button
        appearance="secondary"
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {appTexts.error.retry}
      </Button>
    </Page>
  );
}

/** When even the layout could not load (settings or session unavailable). */
export function RootErrorPage(props: ErrorComponentProps) {
  return (
    <div className="sr-app">
      <header className="utrecht-page-header sr-header">
        <div className="utrecht-page-header__content sr-header__content">
          <div className="sr-brand">
            <span className="sr-brand__product">{appTexts.productName}</span>
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body sr-main">
        <div className="utrecht-page-body__content sr-main__content">
          <RouteErrorPage {...props} />
        </div>
      </main>
    </div>
  );
}
