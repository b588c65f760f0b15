import type { CompanyInfo } from './api.js';

/** What every view gets besides its route parameters. */
export interface ViewContext {
  readonly companies: readonly CompanyInfo[];
  /**
   * Renders the current route again after the user's action succeeded (unless a form is being
   * filled: remove the submitted form's `data-dirty` first).
   */
  readonly refresh: () => Promise<void>;
}

/** A page of the dashboard: builds its content from the route's parameters. */
export type View = (params: URLSearchParams, context: ViewContext) => Promise<Node>;

/** The users of a company (the dashboard acts as one of them). */
export const usersOf = (context: ViewContext, companyId: string): readonly string[] =>
  context.companies.find((company) => company.companyId === companyId)?.users ?? [];

/** Shows the outcome of an action in the status line, which survives live re-renders. */
export function showStatus(text: string): void {
  const status = document.getElementById('status');
  if (status !== null) status.textContent = text;
}
