import { useEffect, type ReactNode } from 'react';
import { appTitle } from './document-title.ts';

interface PageProps {
  /** The page's one `h1`. */
  title: string;
  /** Shorter title for the browser tab, when the `h1` is long. */
  documentTitle?: string;
  children?: ReactNode;
}

/**
 * Every page renders through this: exactly one `h1` (focusable by script, so focus can move
 * there after client-side navigation) and the browser tab title "<Page> – Samenredzaam".
 */
export function Page({ title, documentTitle, children }: PageProps) {
  const tabTitle = appTitle(documentTitle ?? title);
  useEffect(() => {
    document.title = tabTitle;
  }, [tabTitle]);

  return (
    <>
      <h1 className="utrecht-heading-1 sr-page-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
