/**
 * Which Git host the web editor signs in to, from the build's environment. Nothing here is
 * secret: an OAuth app id is public (PKCE needs no client secret), and editors sign in with
 * their own account or personal token. Without settings the editor works on a local checkout
 * only (the "work with local repository" button, on 127.0.0.1).
 */
import type { BackendSettings } from './config.ts';

const NAMES = ['github', 'gitlab', 'gitea'] as const;

export function backendFromEnv(env: Record<string, string | undefined>): BackendSettings {
  const name = env['CMS_BACKEND'] ?? 'github';
  if (!(NAMES as readonly string[]).includes(name))
    throw new Error(`CMS_BACKEND must be one of ${NAMES.join(', ')} (got "${name}")`);
  const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name: name as BackendSettings['name'],
    repo: env['CMS_REPO'] ?? 'bien-tap/antq-mo-hinh',
    branch: env['CMS_BRANCH'] ?? 'main',
    ...optional('base_url', env['CMS_BASE_URL']),
    ...optional('api_root', env['CMS_API_ROOT']),
    ...optional('app_id', env['CMS_APP_ID']),
    // GitHub and GitLab sign in by OAuth only with PKCE when no OAuth server is set up; Gitea
    // and Forgejo always use PKCE.
    ...(env['CMS_APP_ID'] && name !== 'gitea' ? { auth_type: 'pkce' as const } : {}),
    ...(env['CMS_REVIEW'] === '1' ? { review: true } : {}),
  };
}
