// The command line of the client's generators: `--spec <openapi.yaml>` and `--out <folder>`,
// defaulting to the repository's spec and src/generated (the API-change flow test points both at a
// temporary copy).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The spec to read and the folder to write, from the arguments. */
export function generatorArgs() {
  const { values } = parseArgs({
    options: {
      spec: {
        type: 'string',
        default: fileURLToPath(new URL('../../../spec/blizwork.openapi.yaml', import.meta.url)),
      },
      out: {
        type: 'string',
        default: fileURLToPath(new URL('../src/generated/', import.meta.url)),
      },
    },
  });
  return values;
}
