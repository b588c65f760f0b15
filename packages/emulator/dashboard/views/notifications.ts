import { getJson } from '../api.js';
import { h, jsonBlock } from '../dom.js';
import type { View } from '../view.js';

import type { NotificationInfo } from '../../src/admin/admin-contract.js';

/** The sendNotification outbox, newest first (nothing is e-mailed). */
export const notificationsView: View = async () => {
  const notifications = await getJson<NotificationInfo[]>('notifications');
  return h(
    'section',
    {},
    h('h1', {}, 'Notifications outbox'),
    notifications.length === 0 ? h('p', { class: 'muted' }, 'No notification sent yet.') : '',
    notifications.map((notification) =>
      h(
        'article',
        { class: 'card' },
        h(
          'h2',
          {},
          h('code', {}, notification.template),
          ' ',
          h('time', {}, notification.receivedAt),
        ),
        jsonBlock(notification.params),
      ),
    ),
  );
};
