/**
 * Interface text of the shared components that only pages behind the login use. Kept apart
 * from `texts.ts`, which the login page loads, so that page's JavaScript stays small.
 */
export const widgetTexts = {
  characterCount: (length: number, limit: number) =>
    length <= limit
      ? `${length} van ${limit} tekens gebruikt, nog ${limit - length} over.`
      : `${length} van ${limit} tekens: ${length - limit} te veel.`,
  cancel: 'Annuleren',
  yes: 'Ja',
  no: 'Nee',
  bytes: (size: number) =>
    size < 1024
      ? `${size} bytes`
      : size < 1024 * 1024
        ? `${(size / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`
        : `${(size / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`,
} as const;
