import type { ExtensionCallBody } from '../domain/terms.js';

/** A notification the emulator received (`sendNotification`); nothing is e-mailed. */
export interface NotificationRecord {
  /** The calling company. */
  readonly companyId: string;
  /** The request's `template`. */
  readonly template: string;
  /** A copy of the request's `params`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** ISO timestamp. */
  readonly receivedAt: string;
}

/** One extension call the emulator made. */
export interface ExtensionCallRecord {
  /** The extension URL the emulator POSTed to. */
  readonly url: string;
  /** The body it POSTed. */
  readonly body: ExtensionCallBody;
  /**
   * The transition whose exec made the call: the case's company, the form executed and the form
   * moved to (the dashboard links the call to that edge of the process graph). Absent in calls
   * logged by emulators before 0.2 (state files keep them).
   */
  readonly transition?: {
    readonly companyId: string;
    readonly formId: string;
    readonly nextFormId: string;
  };
  /** The HTTP status the extension answered, or 0 when the connection failed or timed out. */
  readonly status: number;
  /** Why the call failed (`ECONNREFUSED`, `timeout after 10000 ms`...); absent when it was answered. */
  readonly error?: string;
  /** When the call started (ISO timestamp). */
  readonly startedAt?: string;
  /** How long the call took, in milliseconds, until answered or failed. */
  readonly durationMs?: number;
  /** The extension's reply body as text (UTF-8, cut at 64 KiB); absent when no answer came. */
  readonly responseBody?: string;
}
