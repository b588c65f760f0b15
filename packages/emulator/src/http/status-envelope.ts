import type { Reply } from '../handlers/operation-context.js';

/** A reply in the `status`/`message`/`payload` envelope the Python wrapper also reads. */
export interface StatusEnvelopeReply {
  status: number;
  message: string;
  [member: string]: unknown;
}

/**
 * The same reply in the wrapper's other envelope: `resultCode` becomes `status`, `resultMessage`
 * becomes `message`, other members (`payload`, `caseNumber`...) stay. Which real endpoints use it is
 * unknown; the `statusEnvelope` option lets tests exercise clients' fallback to it
 * (assumption:status-envelope).
 */
export const toStatusEnvelope = ({
  resultCode,
  resultMessage,
  ...members
}: Reply): StatusEnvelopeReply => ({
  status: resultCode,
  message: resultMessage,
  ...members,
});
