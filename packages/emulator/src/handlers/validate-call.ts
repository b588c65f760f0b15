import { ResultCodes } from '../result-codes.js';
import type { OperationContext, Reply, RequestBody } from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

const notValid = (): Reply =>
  refuse({ code: ResultCodes.invalidToken, message: 'the call is not valid: do not answer it' });

/**
 * `POST /utils/validatecall/{token}`: code 0 once for a handshake token the emulator issued, for the
 * endpoint it called, asked with a token of the case's company; code 1 for anything else.
 */
export function validateCall(body: RequestBody<'validateCall'>, context: OperationContext): Reply {
  const valid = context.state.handshakes.validate({
    token: body.token,
    companyId: context.company.companyId,
    endpoint: body.endpoint,
  });
  return valid ? succeed() : notValid();
}

/** `POST /utils/validatecall/{handshakeToken}/{token}/` (body `{}`): as validateCall, minus the endpoint check. */
export function validateCallByPath(
  _body: RequestBody<'validateCallByPath'>,
  context: OperationContext,
): Reply {
  const valid = context.state.handshakes.validate({
    token: context.params.handshakeToken ?? '',
    companyId: context.company.companyId,
  });
  return valid ? succeed() : notValid();
}
