import type { Rule } from 'eslint';

/** `blizwork/no-inherited-lookup`: see no-inherited-lookup.mjs. */
declare const rule: Rule.RuleModule;
export default rule;
