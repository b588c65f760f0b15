// The admin API, as the page uses it (same origin; the browser sends the admin cookie if any).

const base = '/_emulator/api/';

/** A failed admin call, with the server's message. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new AdminApiError(body.error ?? `HTTP ${response.status}`);
  return body;
}

/** GET an endpoint with query parameters. */
export const getJson = async <T>(
  name: string,
  params: Record<string, string | number> = {},
): Promise<T> =>
  parse<T>(
    await fetch(
      `${base}${name}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`,
    ),
  );

/** POST a JSON body to an endpoint. */
export const postJson = async <T>(name: string, body: unknown): Promise<T> =>
  parse<T>(
    await fetch(`${base}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

// The replies' types are the admin API's own (type-only: erased from the page's bundle).
export type {
  CompanyInfo,
  FieldDefinition,
  FormDefinition,
  OperationReply,
  ProcessInfo,
} from '../src/admin/admin-contract.js';
