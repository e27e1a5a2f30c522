import type { MailMessage } from '../../../server/features/outbox/outbox.schemas.ts';

/** Interface text of the outbox. */
export const outboxTexts = {
  title: 'Uitgaande post',
  intro:
    'Elk bericht dat Samenredzaam verstuurt of zou versturen, zoals ontvangstbevestigingen en uitnodigingen. Zonder mailserver blijven berichten hier staan.',
  filterLabel: 'Berichten zoeken',
  to: 'Aan',
  toHint: 'Het e-mailadres, of een deel ervan.',
  search: 'Zoeken',
  clear: 'Alles tonen',
  count: (total: number) => (total === 1 ? '1 bericht gevonden.' : `${total} berichten gevonden.`),
  empty: 'Er zijn geen berichten.',
  caption: 'Berichten, nieuwste eerst',
  columns: {
    at: 'Moment',
    to: 'Aan',
    subject: 'Onderwerp',
    status: 'Status',
    content: 'Inhoud',
  },
  status: {
    outbox: 'Niet verstuurd (geen mailserver)',
    queued: 'Wacht op verzending',
    sending: 'Wordt verstuurd',
    sent: 'Verstuurd',
    failed: 'Mislukt',
  } satisfies Record<MailMessage['status'], string>,
  sentAt: (moment: string) => `verstuurd ${moment}`,
  showText: 'Tekst en bijlagen bekijken',
  attachments: 'Bijlagen',
  noAttachments: 'Geen bijlagen.',
  pagination: {
    label: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },
} as const;
