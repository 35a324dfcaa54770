/**
 * The checks every file or link from outside gets before its schema: no prototype-pollution keys
 * (`__proto__`, `constructor`, `prototype`) anywhere, and no nesting deeper than real data ever has.
 * Iterative, so a hostile file cannot overflow the stack.
 */
const MAX_NESTING = 40;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A plain-English reason the value is refused, or null. `subject` starts the sentence ("The file"),
 * `kind` names what real data of this sort is ("a backup").
 */
export function findStructuralProblem(value: unknown, subject: string, kind: string): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_NESTING) return `${subject} is nested far more deeply than ${kind} ever is.`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `${subject} contains a field named “${key}”, which ${kind} never has.`;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
