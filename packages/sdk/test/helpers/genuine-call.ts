import type { Emulator } from '@blizwork/emulator';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CaseDataLevel, type BlizWork } from '../../src/index.node.js';

/** A genuine extension call the emulator issued, and the endpoint its token was issued for. */
export interface GenuineCall {
  body: Record<string, unknown>;
  endpoint: string;
}

/**
 * Makes the emulator issue a genuine call to a capture server (which answers 200 without
 * verifying, so the token stays unspent) and returns that call's body and endpoint.
 */
export async function genuineCall(emulator: Emulator, bw: BlizWork): Promise<GenuineCall> {
  const bodies: unknown[] = [];
  const capture = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      bodies.push(JSON.parse(text));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(capture.address() as AddressInfo).port}/capture`;
  emulator.addExtension({
    processId: 'sales-process',
    url: endpoint,
    formId: 'lead',
    nextFormId: 'qualification',
  });
  const process = bw.process('sales-process');
  const number = await process.startCase();
  const c = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
  await c.exec('qualification', { customer_name: 'Capture' });
  capture.closeAllConnections();
  capture.close();
  const body = bodies.find((b) => (b as { caseNumber: number }).caseNumber === number);
  if (!body) throw new Error('the emulator did not call the capture server');
  return { body: body as Record<string, unknown>, endpoint };
}
