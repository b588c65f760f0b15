import type { SendNotificationRequest } from '@blizwork/client';
import { sendNotification as sendNotificationOperation } from '@blizwork/client';
import { requireRecord, requireString } from '../internal/options/arguments.js';
import { CALL_OPTION_KEYS, checkOptionKeys } from '../internal/options/option-keys.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import type { CallOptions } from '../types.js';

/** A notification's template parameters: `to` (comma-separated e-mails) and the template's own. */
export type NotificationParams = SendNotificationRequest['params'];

/** Sends a templated e-mail. Never retried automatically (it could be sent twice). */
export async function sendNotification(
  pipeline: RequestPipeline,
  template: string,
  params: NotificationParams,
  options: CallOptions,
): Promise<void> {
  checkOptionKeys('sendNotification', options, CALL_OPTION_KEYS);
  requireString(template, 'template');
  requireString(requireRecord(params, 'params').to, 'params.to');
  await pipeline.send(
    sendNotificationOperation,
    { body: { template, params } },
    { operation: 'sendNotification', signal: options.signal },
  );
}
