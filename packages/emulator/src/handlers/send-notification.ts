import { deepFreeze } from '../state/deep-freeze.js';
import type { OperationContext, Reply, RequestBody } from './operation-context.js';
import { succeed } from '../reply-envelope.js';

/** `POST /utils/send-notification/{token}`: records the notification in the outbox; sends nothing. */
export function sendNotification(
  body: RequestBody<'sendNotification'>,
  context: OperationContext,
): Reply {
  context.state.notifications.push(
    deepFreeze({
      companyId: context.company.companyId,
      template: body.template,
      params: structuredClone(body.params),
      receivedAt: context.now().toISOString(),
    }),
  );
  return succeed();
}
