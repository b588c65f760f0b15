/** How the handler decides the URL that BlizWork invoked (sent to validatecall as `endpoint`). */
export interface PublicUrlOptions {
  /** The handler's public URL, exactly as registered in BlizWork. Wins over everything else. */
  publicUrl?: string;
  /**
   * Honour `X-Forwarded-Proto`, `X-Forwarded-Host` and `X-Forwarded-Port` (first value of each).
   * Enable it only behind a proxy you control: a client can send these headers itself.
   * @default false
   */
  trustProxy?: boolean;
}

const firstValue = (header: string | null): string | undefined =>
  header?.split(',')[0]?.trim() || undefined;

/** The endpoint to verify the call against: `publicUrl`, else the request URL (proxy-aware if trusted). */
export function resolvePublicUrl(request: Request, options: PublicUrlOptions): string {
  if (options.publicUrl !== undefined) return options.publicUrl;
  const url = new URL(request.url);
  if (options.trustProxy) {
    const proto = firstValue(request.headers.get('x-forwarded-proto'));
    const host = firstValue(request.headers.get('x-forwarded-host'));
    const port = firstValue(request.headers.get('x-forwarded-port'));
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host) url.host = host;
    if (port && /^\d{1,5}$/.test(port)) url.port = port;
  }
  return url.href;
}
