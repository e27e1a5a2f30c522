import type { ReactNode } from 'react';

/** Read-only data as a list of label and value. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="sr-facts">
      {rows.map(([term, value]) => (
        <div className="sr-facts__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
