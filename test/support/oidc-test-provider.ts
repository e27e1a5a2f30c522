/**
 * An OpenID Connect provider in the test process (oidc-provider on a random localhost port),
 * with accounts the test changes, and a browser that logs in there through the provider's
 * own login and consent forms.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  /** Accounts by subject; a change applies to the next login. */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startTestProvider(clients: ClientMetadata[]): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  let handle: RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients,
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['test-only-cookie-key'] },
  });
  handle = provider.callback();
  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A browser at the provider: keeps its cookies and follows no redirect by itself. */
export class ProviderBrowser {
  readonly #cookies = new Map<string, string>();

  async request(url: string, form?: URLSearchParams): Promise<Response> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      ...(form ? { body: form } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (value === '' || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  /**
   * Logs in at the provider as this account (its login form takes any password) and gives
   * consent, or cancels at the login form, from the authorization request until the provider
   * sends the browser back to the client: that address (with code or error, state and iss)
   * is returned.
   */
  async logIn(
    authorizationUrl: string,
    accountId: string,
    redirectUri: string,
    options: { cancel?: boolean } = {},
  ): Promise<URL> {
    let url = authorizationUrl;
    let form: URLSearchParams | undefined;
    for (let step = 0; step < 12; step++) {
      const response = await this.request(url, form);
      form = undefined;
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url);
        if (next.href.startsWith(redirectUri)) return next;
        url = next.href;
        continue;
      }
      const html = await response.text();
      if (response.status !== 200) throw new Error(`provider: ${response.status} ${html}`);
      const cancel = /<a href="([^"]+\/abort)"/.exec(html)?.[1];
      if (options.cancel && cancel) {
        url = new URL(cancel, url).href;
        continue;
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`provider: no login or consent form in ${html}`);
      form =
        prompt === 'login'
          ? new URLSearchParams({ prompt, login: accountId, password: 'any' })
          : new URLSearchParams({ prompt });
      url = new URL(action, url).href;
    }
    throw new Error('provider: no redirect back to the client after 12 steps');
  }

  /** Confirms the provider's "log out?" page; returns where the provider sends the browser. */
  async confirmLogout(endSessionUrl: string): Promise<URL> {
    const page = await this.request(endSessionUrl);
    const html = await page.text();
    if (page.status !== 200) throw new Error(`provider: ${page.status} ${html}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !xsrf) throw new Error(`provider: no logout form in ${html}`);
    const confirmed = await this.request(
      new URL(action, endSessionUrl).href,
      new URLSearchParams({ xsrf, logout: 'yes' }),
    );
    const location = confirmed.headers.get('location');
    if (!location) throw new Error(`provider: logout gave ${confirmed.status}`);
    return new URL(location, endSessionUrl);
  }
}
