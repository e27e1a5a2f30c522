import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { Notification } from '../../../../server/features/notifications/notifications.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import {
  notificationListQueryOptions,
  notificationSettingsQueryOptions,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useUpdateNotificationSettings,
} from '../api/notifications-api.ts';
import { notificationsTexts as texts } from '../texts.ts';

/** Every user's own notifications of new tasks, and the daily e-mail setting. */
export function NotificationsPage() {
  const list = useQuery(notificationListQueryOptions);
  const markAll = useMarkAllNotificationsRead();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onMarkAll = async () => {
    setMessage(null);
    setFailure(null);
    try {
      await markAll.mutateAsync();
      setMessage(texts.readAllDone);
    } catch {
      setFailure(texts.failed);
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <p className="utrecht-paragraph">{texts.unreadSummary(list.data.unread)}</p>
          {list.data.unread > 0 ? (
            <p className="utrecht-paragraph">
              <Button
                appearance="secondary"
                busy={markAll.isPending}
                onClick={() => void onMarkAll()}
              >
                {texts.readAll}
              </Button>
            </p>
          ) : null}
          <StatusMessage>{message}</StatusMessage>
          <ErrorMessage>{failure}</ErrorMessage>
          {list.data.items.length === 0 ? (
            <p className="utrecht-paragraph">{texts.empty}</p>
          ) : (
            <ul className="utrecht-unordered-list sr-notifications" aria-label={texts.listLabel}>
              {list.data.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          )}
        </>
      ) : null}
      <DigestSetting />
    </Page>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  return (
    <li className="utrecht-unordered-list__item sr-notification">
      {unread ? <strong className="sr-notification__new">{texts.unreadMark}: </strong> : null}
      <Link
        // The server gives the page of the task; the router matches it like any address.
        to={notification.link as '/'}
        className="utrecht-link utrecht-link--html-a"
        onClick={() => {
          if (unread) markRead.mutate(notification.id);
        }}
      >
        {notification.title}
      </Link>
      <br />
      <span className="sr-muted">
        <time dateTime={isoMoment(notification.createdAt)}>
          {texts.received(formatMoment(notification.createdAt))}
        </time>
      </span>
    </li>
  );
}

function DigestSetting() {
  const setting = useQuery(notificationSettingsQueryOptions);
  const update = useUpdateNotificationSettings();
  const [digest, setDigest] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const checked = digest ?? setting.data?.digest ?? true;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    try {
      const saved = await update.mutateAsync({ digest: checked });
      setMessage(texts.digest.saved(saved.digest));
    } catch {
      setFailure(texts.failed);
    }
  };

  return (
    <section aria-labelledby="dagelijkse-email" className="sr-section">
      <h2 id="dagelijkse-email" className="utrecht-heading-2">
        {texts.digest.title}
      </h2>
      <p className="utrecht-paragraph">{texts.digest.intro}</p>
      {setting.isPending ? <Loading /> : null}
      {setting.isError ? (
        <LoadError error={setting.error} onRetry={() => void setting.refetch()} />
      ) : null}
      {setting.data ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <CheckboxField
            id="digest"
            label={texts.digest.label}
            checked={checked}
            onChange={(event) => setDigest(event.target.checked)}
          />
          <Button type="submit" busy={update.isPending}>
            {texts.digest.save}
          </Button>
        </form>
      ) : null}
      <StatusMessage>{message}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
    </section>
  );
}
