/**
 * SHARED FILE (findings A owns it; findings B may add lines): the registry of rules that need
 * code. B's only edit here: one `import { rule as x } from './rules/<rule-id>.ts';` line and one
 * entry in CODE_RULES per rule module. Keep the array sorted by rule id (deterministic output).
 */
import type { CodeRule } from './rule-types.ts';

export const CODE_RULES: readonly CodeRule[] = [];
