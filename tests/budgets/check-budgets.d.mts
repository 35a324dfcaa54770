export type RouteSize = { route: string; gzipKb: number; files: number };
export type BudgetResult = RouteSize & { budgetKb: number | undefined; problem: string | null };
export function routesFromManifest(manifest: Record<string, unknown>): Record<string, string[]>;
export function chunksFor(manifest: Record<string, unknown>, entries: string[]): string[];
export function measureRoutes(distDir: string): RouteSize[];
export function checkBudgets(measured: RouteSize[], budgets: Record<string, number>): BudgetResult[];
export function loadBudgets(): Record<string, number>;
