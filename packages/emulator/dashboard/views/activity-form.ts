import {
  postJson,
  type FieldDefinition,
  type FormDefinition,
  type OperationReply,
} from '../api.js';
import { h } from '../dom.js';
import { showStatus, usersOf, type ViewContext } from '../view.js';

/** The case an activity form executes. */
export interface CaseTarget {
  companyId: string;
  processId: string;
  environment: string;
  caseNumber: number;
}

const readAsBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () =>
      // readAsDataURL (below) always yields a string result.
      resolve((reader.result as string).replace(/^data:[^,]*,/, '')),
    );
    reader.addEventListener('error', () =>
      reject(reader.error ?? new Error('cannot read the file')),
    );
    reader.readAsDataURL(file);
  });

const fieldInput = (field: FieldDefinition): HTMLElement =>
  h('input', {
    name: field.id,
    id: `field-${field.id}`,
    'data-field-type': field.type ?? 'text',
    type: field.type === 'number' ? 'number' : field.type === 'attachment' ? 'file' : 'text',
    step: field.type === 'number' ? 'any' : undefined,
  });

/** The value of one input for `formData`; undefined when left empty. Files are uploaded first. */
async function valueOf(
  input: HTMLInputElement,
  target: CaseTarget,
  userId: string,
): Promise<unknown> {
  if (input.type === 'file') {
    const file = input.files?.[0];
    if (file === undefined) return undefined;
    const reply = await postJson<OperationReply>('attachments', {
      companyId: target.companyId,
      userId,
      fileName: file.name,
      file: await readAsBase64(file),
    });
    if (reply.resultCode !== 0) throw new Error(`upload refused: ${reply.resultMessage}`);
    return reply.payload;
  }
  if (input.value === '') return undefined;
  return input.type === 'number' ? Number(input.value) : input.value;
}

/**
 * A form generated from the process definition to execute the case's current activity: pick the
 * next form, fill the current form's fields (files are uploaded as attachments), act as a user.
 * It goes through the admin API's `exec`, which runs the same handler as `/exec`.
 */
export function activityForm(
  form: FormDefinition,
  target: CaseTarget,
  context: ViewContext,
): HTMLElement {
  const users = usersOf(context, target.companyId);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const data = new FormData(element);
    const picked = data.get('userId'); // a <select>'s value: a string, never a File
    const userId = typeof picked === 'string' ? picked : (users[0] ?? '');
    // A Map, sent as an object of own members: a field may be named `__proto__`.
    const formData = new Map<string, unknown>();
    try {
      for (const input of element.querySelectorAll<HTMLInputElement>('input[data-field-type]')) {
        const value = await valueOf(input, target, userId);
        if (value !== undefined) formData.set(input.name, value);
      }
      const reply = await postJson<OperationReply>('exec', {
        ...target,
        userId,
        formId: form.formId,
        nextFormId: data.get('nextFormId'),
        formData: Object.fromEntries(formData),
      });
      showStatus(
        reply.resultCode === 0
          ? `Executed ${form.formId}.`
          : `Refused (${reply.resultCode}): ${reply.resultMessage}`,
      );
      if (reply.resultCode === 0) {
        element.removeAttribute('data-dirty');
        await context.refresh();
      }
    } catch (error) {
      showStatus((error as Error).message);
    }
  };
  return h(
    'form',
    {
      class: 'card',
      'data-testid': 'activity-form',
      onsubmit: (event: Event) => void submit(event),
      oninput: (event: Event) =>
        (event.currentTarget as HTMLElement).setAttribute('data-dirty', ''),
    },
    h('h2', {}, 'Execute ', h('code', {}, form.formId)),
    form.fields.map((field) =>
      h(
        'label',
        { for: `field-${field.id}` },
        h(
          'span',
          {},
          field.label ?? field.id,
          field.type === undefined ? '' : h('small', {}, ` ${field.type}`),
        ),
        fieldInput(field),
      ),
    ),
    h(
      'label',
      {},
      h('span', {}, 'next form'),
      h(
        'select',
        { name: 'nextFormId', 'data-testid': 'next-form' },
        form.nextFormIds.map((next) => h('option', { value: next }, next)),
      ),
    ),
    h(
      'label',
      {},
      h('span', {}, 'as user'),
      h(
        'select',
        { name: 'userId' },
        users.map((user) => h('option', { value: user }, user)),
      ),
    ),
    h('button', { type: 'submit', 'data-testid': 'execute' }, 'Execute activity'),
  );
}
