import { parseArgs } from 'node:util';
import {
  ASSUMPTION_SWITCHES,
  resolveAssumptions,
  switchFlag,
  switchValues,
  type AssumptionOptions,
  type AssumptionSwitchName,
} from '../domain/assumptions.js';

/** The flag of an assumption switch without its dashes: `pathForms` is `path-forms`. */
const flagOf = (name: AssumptionSwitchName): string => switchFlag(name).slice(2);

const switchNames = Object.keys(ASSUMPTION_SWITCHES) as AssumptionSwitchName[];

/** The help lines of the assumption switches, from the one table that defines them. */
const switchUsage = switchNames
  .map((name) => {
    const [fallback, ...others] = switchValues(name);
    return `      --${flagOf(name)} <${[fallback, ...others].join('|')}>\n                              ${ASSUMPTION_SWITCHES[name].about} (default ${fallback})`;
  })
  .join('\n');

/** The CLI's usage text. */
export const usage = `Usage: blizwork-emulator [--port 3005] [--host 127.0.0.1] [--seed seed.json] [--data dir]
                         [--max-attachment-bytes 134217728] [--cors | --cors-origin <origin>]

Starts a local BlizWork API emulator and prints its URL, its dashboard URL and its credentials.

Options:
  -p, --port <n>              TCP port; 0 picks a free one (default 3005)
  -H, --host <addr>           interface to bind (default 127.0.0.1; elsewhere the dashboard
                              requires the admin token printed at start)
  -s, --seed <file>           JSON seed file (see seed.schema.json; default: the built-in sample)
  -d, --data <dir>            load the state from <dir>/emulator-state.json and keep saving it there
      --import <file>         start from this state file (e.g. one written by --export-on-exit)
      --export-on-exit <file> write the state to this file when stopped
      --no-dashboard          do not serve the dashboard at /_emulator/
      --cors                  let browser pages on any origin call the API (for a web app in
                              development; never the dashboard). Off by default
      --cors-origin <origin>  let only this origin call it (e.g. http://localhost:5173);
                              repeat for more
      --max-attachment-bytes <n>
                              cap on the total bytes of uploaded files held in memory
                              (default 134217728, 128 MiB)
  -h, --help                  show this help

Assumption switches (where BlizWork's behaviour is unknown; the defaults are the SDK's readings):
${switchUsage}
      --status-envelope <operationId>
                              answer this operation in the { status, message, payload } envelope;
                              repeat for more

Stop it with Ctrl-C.`;

/** What the command line asks for. */
export type CliRequest =
  | { help: true }
  | {
      help: false;
      port: number;
      host: string;
      seed: string | undefined;
      maxAttachmentBytes: number | undefined;
      dataDir: string | undefined;
      importFile: string | undefined;
      exportOnExit: string | undefined;
      dashboard: boolean;
      /** `true` (any origin), the allowed origins, or `undefined` (off). */
      cors: true | string[] | undefined;
      /** The assumption switches given (the emulator's `assumptions` option). */
      assumptions: AssumptionOptions;
    };

/** The assumption switches of the parsed flags, checked by the same code as the option. */
function assumptionsOf(
  values: Record<string, string | string[] | boolean | undefined>,
): AssumptionOptions {
  const given: Record<string, unknown> = {};
  for (const name of switchNames) {
    const flag = flagOf(name);
    const value = Object.hasOwn(values, flag) ? values[flag] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'string' || !switchValues(name).includes(value)) {
      throw new TypeError(
        `--${flagOf(name)} must be one of ${switchValues(name).join(', ')}, got ${String(value)}`,
      );
    }
    given[name] = value;
  }
  const statusEnvelope = values['status-envelope'];
  if (statusEnvelope !== undefined) given.statusEnvelope = statusEnvelope;
  resolveAssumptions(given);
  return given;
}

/** Parses the arguments; throws a TypeError with a readable message for bad ones. */
export function parseCliArgs(args: readonly string[]): CliRequest {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string', short: 'p', default: '3005' },
      host: { type: 'string', short: 'H', default: '127.0.0.1' },
      seed: { type: 'string', short: 's' },
      'max-attachment-bytes': { type: 'string' },
      data: { type: 'string', short: 'd' },
      import: { type: 'string' },
      'export-on-exit': { type: 'string' },
      'no-dashboard': { type: 'boolean', default: false },
      cors: { type: 'boolean', default: false },
      'cors-origin': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...Object.fromEntries(switchNames.map((name) => [flagOf(name), { type: 'string' } as const])),
      'status-envelope': { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new TypeError(`--port must be an integer from 0 to 65535, got ${values.port}`);
  }
  const maxBytes = values['max-attachment-bytes'];
  if (maxBytes !== undefined && !/^\d+$/.test(maxBytes)) {
    throw new TypeError(`--max-attachment-bytes must be an integer >= 0, got ${maxBytes}`);
  }
  const corsOrigins = values['cors-origin'];
  if (values.cors && corsOrigins !== undefined) {
    throw new TypeError('use either --cors (any origin) or --cors-origin, not both');
  }
  return {
    help: false,
    cors: values.cors ? true : corsOrigins,
    port,
    host: values.host,
    seed: values.seed,
    maxAttachmentBytes: maxBytes === undefined ? undefined : Number(maxBytes),
    dataDir: values.data,
    importFile: values.import,
    exportOnExit: values['export-on-exit'],
    dashboard: !values['no-dashboard'],
    assumptions: assumptionsOf(values),
  };
}
