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

/** Compiles a derived spec's router and validators (once per emulator). */
export const compileSpec = (derived: DerivedSpec): EmulatedSpec => ({
  derived,
  route: createRouter(derived.operations),
  validators: compileRequestValidators(derived),
});

/**
 * The spec an emulator serves: the caller's parsed OpenAPI document, read by the same `deriveSpec`
 * the generator runs, or else the built-in spec (derived when the package was generated).
 */
export const loadEmulatedSpec = (document: unknown): EmulatedSpec =>
  compileSpec(document === undefined ? builtInSpec : deriveSpec(document));
