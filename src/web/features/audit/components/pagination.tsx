import { Link } from '@tanstack/react-router';
import { auditTexts } from '../texts.ts';
import type { AuditSearch } from '../audit-search.ts';

const texts = auditTexts.pagination;

export function AuditPagination({
  search,
  page,
  pages,
}: {
  search: AuditSearch;
  page: number;
  pages: number;
}) {
  const linkTo = (target: number): AuditSearch => {
    const rest = { ...search };
    delete rest.page;
    return target > 1 ? { ...rest, page: target } : rest;
  };
  return (
    <nav className="sr-pagination" aria-label={texts.label}>
      {page > 1 ? (
        <Link
          to="/beheer/audit"
          search={linkTo(Math.min(page - 1, pages))}
          className="utrecht-link utrecht-link--html-a sr-pagination__link"
          rel="prev"
        >
          {texts.previous}
        </Link>
      ) : null}
      <span className="sr-pagination__current" aria-current="page">
        {texts.page(page, pages)}
      </span>
      {page < pages ? (
        <Link
          to="/beheer/audit"
          search={linkTo(page + 1)}
          className="utrecht-link utrecht-link--html-a sr-pagination__link"
          rel="next"
        >
          {texts.next}
        </Link>
      ) : null}
    </nav>
  );
}
