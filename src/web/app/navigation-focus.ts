import type { AnyRouter } from '@tanstack/react-router';

/**
 * After client-side navigation to another page, move focus to its `h1`, as a full page load
 * would start reading at the top. Not on the first load, and not when only the query changes
 * (filters, pagination), where the person stays where they were.
 */
export function focusHeadingAfterNavigation(router: AnyRouter): () => void {
  return router.subscribe('onRendered', (event) => {
    if (!event.fromLocation || !event.pathChanged) return;
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      heading?.focus();
    });
  });
}
