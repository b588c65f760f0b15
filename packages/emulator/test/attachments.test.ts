import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ATTACHMENT_BYTES, ResultCodes } from '../src/index.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const upload = (filename: string, file: string, userId: string = acme.ana) =>
  fixture.api.call('uploadAttachment', { userId, module: 'form', filename, file });

describe('uploadAttachment', () => {
  it('stores the file and serves it back with GET at the returned fileUrl', async () => {
    const content = randomBytes(300);
    const reply = await upload('quote.pdf', content.toString('base64'));
    expect(reply.body.payload.fileName).toBe('quote.pdf');
    expect(reply.body.payload.fileUrl).toMatch(
      new RegExp(`^${fixture.emulator.url}/attachments/[0-9a-f]{32}/quote\\.pdf$`),
    );
    const response = await fetch(reply.body.payload.fileUrl);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(content);
  });

  it.each([
    ['quote.pdf', 'application/pdf'],
    ['PHOTO.PNG', 'image/png'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('serves %s with content-type %s', async (fileName, contentType) => {
    const reply = await upload(fileName, 'aGk=');
    const response = await fetch(reply.body.payload.fileUrl);
    expect(response.headers.get('content-type')).toBe(contentType);
  });

  it('serves the file as a download under its own name, even when the name is not ASCII', async () => {
    const reply = await upload('presupuesto año "final".pdf', 'aGk=');
    const response = await fetch(reply.body.payload.fileUrl);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="presupuesto a_o _final_.pdf"; filename*=UTF-8''presupuesto%20a%C3%B1o%20%22final%22.pdf`,
    );
  });

  it('gives each upload its own URL when the same file is uploaded twice', async () => {
    const first = await upload('a.txt', 'aGk=');
    const second = await upload('a.txt', 'aGk=');
    expect(first.body.payload.fileUrl).not.toBe(second.body.payload.fileUrl);
  });

  it('accepts an empty file', async () => {
    const reply = await upload('empty.txt', '');
    const response = await fetch(reply.body.payload.fileUrl);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('accepts a base64 upload of several MB with the default body limit', async () => {
    const content = randomBytes(6 * 1024 * 1024);
    const reply = await upload('big.zip', content.toString('base64'));
    const served = Buffer.from(await (await fetch(reply.body.payload.fileUrl)).arrayBuffer());
    expect(served.equals(content)).toBe(true);
  });

  it.each(['abc', 'ab$=', 'aGk', 'aGk=\n', 'aG k=', 'data:text/plain;base64,aGk='])(
    'refuses with code 100 when file is not base64 (%j)',
    async (file) => {
      const reply = await upload('a.txt', file);
      expect(reply.body).toEqual({
        resultCode: ResultCodes.malformedRequest,
        resultMessage: 'file must be base64 (standard alphabet, padded)',
      });
    },
  );

  it('refuses with code 300 when userId is not an authorized user', async () => {
    const reply = await upload('a.txt', 'aGk=', 'mallory@evil.test');
    expect(reply.body.resultCode).toBe(ResultCodes.userNotAuthorized);
  });

  it('answers 404 for a file id it never issued, and 405 for a POST to a file URL', async () => {
    const missing = await fixture.api.request(`/attachments/${'0'.repeat(32)}/a.txt`);
    expect(missing.status).toBe(404);
    const reply = await upload('a.txt', 'aGk=');
    const filePath = new URL(reply.body.payload.fileUrl as string).pathname;
    const posted = await fixture.api.request(filePath, { method: 'POST', body: '{}' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
  });

  it('puts the uploaded file into the case when its payload is sent as an attachment field', async () => {
    const reply = await upload('quote.pdf', 'aGk=');
    await fixture.api.call('executeActivity', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
      caseNumber: 2,
      formId: 'qualification',
      nextFormId: 'lost',
      skipExtensions: true,
      formData: { quote: reply.body.payload },
    });
    const stored = fixture.emulator.readCase({ processId: acme.process, caseNumber: 2 });
    expect(stored?.fieldValues).toContainEqual({ slug: 'quote', ...reply.body.payload });
  });
});

describe('the attachment store cap (maxAttachmentBytes)', () => {
  const capped = useEmulator({ maxAttachmentBytes: 10 });
  const uploadBytes = (count: number) =>
    capped.api.call('uploadAttachment', {
      userId: acme.ana,
      filename: 'x.bin',
      file: Buffer.alloc(count, 1).toString('base64'),
    });

  it('stores files up to the cap, then refuses with code 340 naming the option, until reset()', async () => {
    expect((await uploadBytes(6)).body.resultCode).toBe(0);
    expect((await uploadBytes(4)).body.resultCode).toBe(0);
    const refused = await uploadBytes(1);
    expect(refused.body).toEqual({
      resultCode: ResultCodes.attachmentStoreFull,
      resultMessage:
        "the emulator's attachment store is full (10 of 10 bytes used, this file has 1): raise the maxAttachmentBytes option (CLI --max-attachment-bytes) or reset() the emulator",
    });
    capped.emulator.reset();
    expect((await uploadBytes(10)).body.resultCode).toBe(0);
  });

  it('holds 128 MiB by default', () => {
    expect(DEFAULT_MAX_ATTACHMENT_BYTES).toBe(128 * 1024 * 1024);
  });
});
