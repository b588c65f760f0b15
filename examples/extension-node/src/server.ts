import { createServer, type Server } from 'node:http';
import {
  createExtensionHandler,
  toNodeListener,
  type BlizWork,
  type ExtensionHandlerOptions,
} from '@blizwork/sdk';
import { onQualifiedLead, type LeadFields } from './on-qualified-lead.js';

/**
 * A node:http server whose every request goes through the verifying extension handler:
 * forged calls are refused before `onQualifiedLead` ever runs.
 */
export function createExtensionServer(bw: BlizWork, options: ExtensionHandlerOptions = {}): Server {
  const handler = createExtensionHandler<LeadFields>(
    bw,
    (call) => onQualifiedLead(bw, call),
    options,
  );
  return createServer(toNodeListener(handler));
}
