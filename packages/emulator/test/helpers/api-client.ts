// The test suite's only way to call the emulator: every reply is checked against the spec's reply
// schema for its operation before a test sees it.
import type { OperationId } from '../../src/generated/spec.gen.js';
import { assertReplyMatchesSpec, contractOperations } from './spec-contract.js';

/** Reply bodies are read loosely in tests; their shape is already checked against the spec. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** An HTTP reply: status and parsed JSON body. */
export interface ApiReply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Loose;
}

/** Per-call options. */
export interface CallOptions {
  /** The API token (last path segment). @default the client's token */
  token?: string;
  /** For validateCallByPath. */
  handshakeToken?: string;
  /** `spec`: the path exactly as the spec writes it; `with`/`without`: force the trailing slash. */
  slash?: 'spec' | 'with' | 'without';
}

/** Builds the path of an operation. */
export function operationPath(
  operationId: OperationId,
  token: string,
  options: CallOptions = {},
): string {
  const template = contractOperations.get(operationId)?.path ?? '';
  const path = template
    .replace('{handshakeToken}', encodeURIComponent(options.handshakeToken ?? ''))
    .replace('{token}', encodeURIComponent(token));
  const bare = path.endsWith('/') ? path.slice(0, -1) : path;
  if (options.slash === 'with') return `${bare}/`;
  if (options.slash === 'without') return bare;
  return path;
}

/** Parses a reply body as JSON, failing the test when it is not. */
async function readJson(response: Response): Promise<Loose> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`reply is not JSON (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
}

/** A spec-checking client bound to an emulator URL and token. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  /** POSTs a JSON body to an operation. */
  call(operationId: OperationId, body: unknown, options: CallOptions = {}): Promise<ApiReply> {
    return this.send(operationId, JSON.stringify(body), options);
  }

  /** POSTs raw bytes (e.g. not JSON) to an operation. */
  async send(
    operationId: OperationId,
    body: string | Uint8Array,
    options: CallOptions = {},
  ): Promise<ApiReply> {
    const path = operationPath(operationId, options.token ?? this.token, options);
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    const json = await readJson(response);
    assertReplyMatchesSpec(operationId, response.status, json);
    return { status: response.status, headers: response.headers, body: json };
  }

  /**
   * Any request to any path; the reply must still be a spec envelope (HttpError for non-200). A
   * body is sent as `application/json` unless `init` names another content type.
   */
  async request(path: string, init: RequestInit = {}): Promise<ApiReply> {
    const headers = new Headers(init.headers);
    if (init.body !== undefined && !headers.has('content-type')) {
      headers.set('content-type', 'application/json');
    }
    const response = await fetch(this.baseUrl + path, { ...init, headers });
    const json = await readJson(response);
    assertReplyMatchesSpec(undefined, response.status, json);
    return { status: response.status, headers: response.headers, body: json };
  }
}
