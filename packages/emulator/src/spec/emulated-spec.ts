import { builtInSpec } from '../generated/spec.gen.js';
import { deriveSpec, type DerivedSpec } from './derive-spec.js';
import { compileRequestValidators, type RequestValidator } from './request-validators.js';
import { createRouter, type Router } from './routes.js';

/** A spec ready to serve: its operations, router and compiled request validators. */
export interface EmulatedSpec {
  readonly derived: DerivedSpec;
  readonly route: Router;
  readonly validators: ReadonlyMap<string, RequestValidator>;
}

/** Compiles a derived spec's router and validators. */
export const compileSpec = (derived: DerivedSpec): EmulatedSpec => ({
  derived,
  route: createRouter(derived.operations),
  validators: compileRequestValidators(derived),
});

/** The built-in spec compiled, shared by every emulator of this module; compiled on first use. */
let builtInEmulatedSpec: EmulatedSpec | undefined;

/**
 * The spec an emulator serves: the caller's parsed OpenAPI document, read by the same `deriveSpec`
 * the generator runs and compiled for this emulator, or else the built-in spec (derived when the
 * package was generated), compiled once per module: its validators and router hold no state of
 * an emulator, and compiling them is most of what creating one costs. Lazy, so that importing the
 * module compiles nothing (and cannot fail where code generation is forbidden).
 */
export const loadEmulatedSpec = (document: unknown): EmulatedSpec =>
  document === undefined
    ? (builtInEmulatedSpec ??= compileSpec(builtInSpec))
    : compileSpec(deriveSpec(document));
