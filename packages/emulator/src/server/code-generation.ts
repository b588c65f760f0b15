/**
 * The message of the EvalError `createEmulator()` throws where code generation from strings is
 * forbidden. Ajv compiles each request schema into a function with `new Function`; without it no
 * validator exists, and the runtime's own error ("Code generation from strings disallowed") would
 * not say what to do instead.
 */
export const CODE_GENERATION_REFUSED =
  "createEmulator() cannot run in this runtime: it forbids code generation from strings (new Function), which the emulator needs to compile its request validators with Ajv. Cloudflare Workers, Vercel Edge and pages whose Content-Security-Policy lacks 'unsafe-eval' forbid it. Run createEmulator() in Node, Bun, Deno or a browser page that allows eval, or start the emulator as a server (startEmulator() or the CLI) and point the client at its URL.";

/**
 * Throws an EvalError with {@link CODE_GENERATION_REFUSED} (the runtime's error as its `cause`)
 * when `new Function` is refused; otherwise does nothing.
 */
export function assertCodeGeneration(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the probe itself
    new Function('');
  } catch (error) {
    throw new EvalError(CODE_GENERATION_REFUSED, { cause: error });
  }
}
