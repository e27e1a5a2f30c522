/**
 * The fund's public pages, served by the server (never the web app): the fund, the list of
 * honoured initiatives and one initiative (docs/rules/sif-initiatives.md). The staff app's
 * /fonds is a different path on purpose.
 */
import { z } from 'zod';
import type { App } from '../../platform/http.ts';
import {
  FUND_PUBLIC_PATH,
  answerErrorsWithPages,
  sendPage,
  visitorLanguage,
} from '../../platform/public-html.ts';
import { publicContextOf } from '../../platform/use-case.ts';
import {
  INITIATIVES_PUBLIC_PATH,
  fundPage,
  initiativePage,
  initiativesPage,
} from './fund-public.page.ts';
import * as service from './fund-public.service.ts';

export async function fundPublicRoutes(app: App) {
  await app.register(async (pages) => {
    answerErrorsWithPages(pages);
    const config = { action: 'fund_public.read' } as const;
    const schema = { hide: true };

    pages.get(FUND_PUBLIC_PATH, {
      config,
      schema,
      handler: async (request, reply) => {
        const language = visitorLanguage(request, reply);
        const fund = await service.publicFund(publicContextOf(app, request));
        return sendPage(reply, fundPage(language, request.url, fund));
      },
    });

    pages.get(INITIATIVES_PUBLIC_PATH, {
      config,
      schema,
      handler: async (request, reply) => {
        const language = visitorLanguage(request, reply);
        const list = await service.listPublicInitiatives(publicContextOf(app, request));
        return sendPage(reply, initiativesPage(language, request.url, list));
      },
    });

    pages.get(`${INITIATIVES_PUBLIC_PATH}/:id`, {
      config,
      schema: { hide: true, params: z.object({ id: z.string().max(100) }) },
      handler: async (request, reply) => {
        const language = visitorLanguage(request, reply);
        const initiative = await service.getPublicInitiative(publicContextOf(app, request), {
          id: (request.params as { id: string }).id,
        });
        return sendPage(reply, initiativePage(language, request.url, initiative));
      },
    });
  });
}
