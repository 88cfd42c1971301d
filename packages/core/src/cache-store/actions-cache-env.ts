// Kept apart from actions-cache.ts so that deciding whether there is a cache service does not
// load @actions/cache and the Azure SDK (a third of a second of start-up) on every runner.

/**
 * True when the runner gave this job a cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL as
 * @actions/cache reads them).
 */
export function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  // Mirrors @actions/cache's isFeatureAvailable, which can only read process.env.
  return Boolean(usesServiceV2(env) ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']);
}

/** v2 is opted into by ACTIONS_CACHE_SERVICE_V2, and never used on GHES (any other server host). */
function usesServiceV2(env: NodeJS.ProcessEnv): boolean {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  if (!env['ACTIONS_CACHE_SERVICE_V2'] || !URL.canParse(server)) return false;
  const host = new URL(server).hostname.toUpperCase();
  return host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST');
}
