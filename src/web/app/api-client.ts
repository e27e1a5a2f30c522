/**
 * The one way the web talks to the API: same origin, JSON, the session cookie, and the
 * CSRF token on every change. Responses are parsed with the server's own zod schemas, full
 * zod or zod/mini alike: parsing goes through zod's core, so this module adds no schema code
 * to the login page.
 */
import { parse, type $ZodType, type output } from 'zod/v4/core';
import { appTexts } from './texts.ts';

export interface FieldError {
  path: string;
  message: string;
}

/** An error response of the API (`{code, message, fields?}`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Extra facts some errors carry, such as the version that won an edit conflict. */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

let csrfToken: string | null = null;

/** Called whenever we learn who is logged in (or that nobody is). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions<T extends $ZodType> {
  body?: unknown;
  schema?: T;
  signal?: AbortSignal;
  /** Let the request finish when the page is left (saving a draft on the way out). */
  keepalive?: boolean;
}

export async function request<T extends $ZodType>(
  method: Method,
  path: string,
  options: RequestOptions<T> = {},
): Promise<output<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isForm = options.body instanceof FormData;
  const hasBody = options.body !== undefined;
  // For a FormData body the browser sets the multipart content type with its boundary.
  if (hasBody && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? (isForm ? (options.body as FormData) : JSON.stringify(options.body)) : null,
      signal: options.signal ?? null,
      keepalive: options.keepalive ?? false,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', appTexts.network);
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || !options.schema) return undefined as output<T>;
  const json: unknown = await response.json();
  return parse(options.schema, json);
}

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<FieldError>).path === 'string' &&
  typeof (value as Partial<FieldError>).message === 'string';

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      code?: unknown;
      message?: unknown;
      fields?: unknown;
      details?: unknown;
    };
    const fields: unknown[] = Array.isArray(body.fields) ? body.fields : [];
    const details =
      typeof body.details === 'object' && body.details !== null
        ? (body.details as Record<string, unknown>)
        : {};
    return new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : 'UNKNOWN',
      typeof body.message === 'string' ? body.message : appTexts.unexpected,
      fields.filter(isFieldError),
      details,
    );
  } catch {
    return new ApiError(response.status, 'UNKNOWN', appTexts.unexpected);
  }
}

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
