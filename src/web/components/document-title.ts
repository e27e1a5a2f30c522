import { componentTexts } from './texts.ts';

/** "<Page> – Samenredzaam", the browser tab title of every page. */
export function appTitle(page: string): string {
  const product = componentTexts.productName;
  return page === product ? product : `${page} – ${product}`;
}
