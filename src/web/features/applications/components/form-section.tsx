import type { ReactNode } from 'react';

/** A part of the application with its own `h2`. */
export function FormSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="sr-form-part">
      <h2 id={`${id}-titel`} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
    </section>
  );
}
