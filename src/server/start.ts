/**
 * The server's start, as main.ts runs it: open the database, migrate, load the demo
 * municipality on a fresh embedded database, and serve. Stops cleanly on SIGTERM and SIGINT.
 */
import { amsterdamDay, amsterdamDayStartingAt } from '../domain/dates.ts';
import { buildApp } from './app.ts';
import type { App } from './platform/http.ts';
import { sendDeadlineReminders } from './features/rounds/deadline-reminders.ts';
import { sendReportReminders } from './features/grant-reports/report-reminders.ts';
import { eraseExpiredWmoData } from './features/double-financing/retention.ts';
import { eraseExpiredParticipants } from './features/participants/participants.service.ts';
import { purgeUnknownAddressLoginFailures } from './features/auth/auth.service.ts';
import { eraseExpiredReferrals } from './features/referrals/referrals.service.ts';
import { sendNotificationDigests } from './features/notifications/notifications.service.ts';
import {
  type Config,
  ConfigError,
  loadConfig,
  mailSettings,
  publicUrl,
} from './platform/config.ts';
import { deliverQueuedMail } from './platform/mail.ts';
import { type ScheduledTask, oncePerDay, startScheduler } from './platform/scheduler.ts';
import {
  type DatabaseHandle,
  DatabaseOpenError,
  migrateDatabase,
  openDatabase,
  refreshPlannerStatistics,
} from './platform/db/database.ts';
import { loadDemoIfEmpty } from './demo/load-demo.ts';
import { demoLogins } from './demo/demo-accounts.ts';
import { loggerOptions } from './platform/logging.ts';
import { startupBanner } from './startup-banner.ts';
import { embeddedPseudonymKey } from './platform/pseudonym-key-file.ts';
import { PseudonymKeyError } from './platform/pseudonym.ts';
import { startupPhases } from './platform/startup-phases.ts';
import { keepCompiledModules } from './platform/module-loading.ts';
import { systemContext } from './platform/use-case.ts';

// Made first, so its clock says how long loading the modules above took.
const phases = startupPhases();

/** The embedded database's key file (never inside DATA_DIR), saying what the operator should know. */
async function keyOfEmbeddedDatabase(config: Config): Promise<string> {
  const { key, notices } = await embeddedPseudonymKey({
    keyFile: config.PSEUDONYM_KEY_FILE,
    dataDir: config.DATA_DIR,
  });
  for (const notice of notices) console.error(notice);
  return key;
}

/** The periodic tasks of the server: reminders, mail, jobs left unfinished and retention. */
function scheduledTasks(handle: DatabaseHandle, app: App, config: Config): ScheduledTask[] {
  const mail = mailSettings(config);
  return [
    {
      name: 'deadline-reminders',
      run: (now) => sendDeadlineReminders(handle.db, mail, now),
    },
    // Reminders of accountability reports, six weeks and one week before their due day.
    oncePerDay(
      {
        name: 'report-reminders',
        run: (now) => sendReportReminders(systemContext(handle.db, now), { mail }),
      },
      (now) => amsterdamDayStartingAt(now, 7),
    ),
    // The daily e-mail of new tasks; its day starts at 07:00 in Amsterdam, so it comes
    // in the morning (and once after a start-up).
    oncePerDay(
      {
        name: 'notification-digest',
        run: (now) =>
          sendNotificationDigests(systemContext(handle.db, now), {
            mail,
            publicUrl: publicUrl(config),
          }),
      },
      (now) => amsterdamDayStartingAt(now, 7),
    ),
    { name: 'mail-delivery', run: () => deliverQueuedMail(handle.db, mail) },
    // The embedded database has no autovacuum to keep the planner's statistics up to date:
    // once a night. Not at start-up: the statistics are kept across a restart, and the first
    // requests after a start would wait for them.
    ...(handle.kind === 'pglite'
      ? [
          oncePerDay(
            { name: 'planner-statistics', run: () => refreshPlannerStatistics(handle.db) },
            (now) => amsterdamDayStartingAt(now, 3),
            { startUp: 'skip' },
          ),
        ]
      : []),
    // Picks up jobs a stopped server left unfinished.
    { name: 'jobs', run: () => app.jobs.kick() },
    // Erases participants who left longer ago than the retention period.
    {
      name: 'participant-retention',
      run: (now) =>
        eraseExpiredParticipants(systemContext(handle.db, now), {
          retentionMonths: config.PARTICIPANT_RETENTION_MONTHS,
        }),
    },
    // Erases the resident's details of referrals that led to no participation.
    {
      name: 'referral-retention',
      run: (now) =>
        eraseExpiredReferrals(systemContext(handle.db, now), {
          retentionMonths: config.REFERRAL_RETENTION_MONTHS,
        }),
    },
    // Deletes failed logins for unknown addresses after 90 days.
    oncePerDay(
      {
        name: 'failed-login-retention',
        run: (now) => purgeUnknownAddressLoginFailures(systemContext(handle.db, now)),
      },
      amsterdamDay,
    ),
    // Deletes Wmo allocations and closed signals past their retention. Once a day:
    // it reads the allocations, and waits for an import in progress.
    oncePerDay(
      {
        name: 'wmo-retention',
        run: (now) =>
          eraseExpiredWmoData(systemContext(handle.db, now), {
            allocationMonths: config.WMO_ALLOCATION_RETENTION_MONTHS,
            signalMonths: config.SIGNAL_RETENTION_MONTHS,
          }),
      },
      amsterdamDay,
    ),
  ];
}

async function main() {
  const config = loadConfig();
  phases.mark('config');
  const handle = await openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgresql', url: config.DATABASE_URL }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  phases.mark('database-open');
  await migrateDatabase(handle);
  phases.mark('migrations');
  const pseudonymKey =
    config.SAMENREDZAAM_PSEUDONYM_KEY ??
    (handle.kind === 'pglite' ? await keyOfEmbeddedDatabase(config) : null);
  phases.mark('pseudonym-key');
  if (handle.kind === 'pglite' && config.DEMO === 'auto') {
    await loadDemoIfEmpty(handle.db, pseudonymKey);
  }
  phases.mark('demo');
  const app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config,
    ...(pseudonymKey ? { pseudonymKey } : {}),
    logger: loggerOptions(config),
  });
  phases.mark('build-app');

  let scheduler: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // Finish requests in flight, then close the database so every write is on disk.
    await scheduler?.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
  phases.mark('listen');
  // The periodic tasks start once the server answers: their first run (which may scan
  // large tables) does not hold up the start.
  if (config.SCHEDULER === 'on') {
    scheduler = startScheduler(scheduledTasks(handle, app, config), 60_000, app.log);
  }
  // Resume any job a previous process left unfinished (for example killed mid-way).
  void app.jobs.kick();
  const address = app.server.address();
  const banner = startupBanner({
    config,
    port: typeof address === 'object' && address ? address.port : config.PORT,
    databaseKind: handle.kind,
    demo: await demoLogins(handle.db),
  });
  // With JSON logs stdout stays one JSON entry per line, for the log collector.
  if (config.LOG_FORMAT === 'json') app.log.info(banner.split('\n')[0]);
  else console.log(banner);
  phases.mark('banner');
  app.log.debug({ startup: phases.summary() }, 'startup phases');
  keepCompiledModules();
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseOpenError ||
    error instanceof PseudonymKeyError
  ) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? 8080} is already in use: stop the other program or set PORT to a free port.`,
    );
  } else {
    console.error(`Samenredzaam could not start: ${(error as Error).message}`);
  }
  process.exit(1);
});
