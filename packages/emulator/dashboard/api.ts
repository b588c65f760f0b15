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

/** A BlizWork reply envelope (what the operation endpoints return). */
export interface OperationReply {
  resultCode: number;
  resultMessage: string;
  caseNumber?: number;
  payload?: unknown;
}

/** A company as the overview lists it (tokens masked by the server). */
export interface CompanyInfo {
  companyId: string;
  name: string;
  tokens: string[];
  users: string[];
}

/** A field of a form. */
export interface FieldDefinition {
  id: string;
  type?: string;
  name?: string;
}

/** A form of a process definition. */
export interface FormDefinition {
  formId: string;
  name?: string;
  fields: FieldDefinition[];
  nextFormIds: string[];
}

/** A process version as `processes` lists it. */
export interface ProcessInfo {
  companyId: string;
  processId: string;
  name: string;
  version: number;
  environment: 'production' | 'draft';
  forms: FormDefinition[];
  /** The extensions registered on the process: `{ formId?, nextFormId?, url }`. */
  extensions: { formId?: string; nextFormId?: string; url: string }[];
  caseCount: number;
}
