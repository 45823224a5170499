import { describe, expect, it } from 'vitest';
import { backendFromEnv } from './backend.ts';
import { cmsConfig } from './config.ts';

const options = { former: [], current: [], indicators: [], categories: [] };

describe('the web editor’s Git host, from the build’s environment', () => {
  it('signs in to a self-hosted GitLab by PKCE and reviews changes as merge requests', () => {
    const backend = backendFromEnv({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'cong-an/antq',
      CMS_BASE_URL: 'https://git.example.vn',
      CMS_API_ROOT: 'https://git.example.vn/api/v4',
      CMS_APP_ID: 'abc123',
      CMS_REVIEW: '1',
    });
    const config = cmsConfig(options, backend, 'https://antq.example.vn/');
    expect(config['backend']).toEqual({
      name: 'gitlab',
      repo: 'cong-an/antq',
      branch: 'main',
      base_url: 'https://git.example.vn',
      api_root: 'https://git.example.vn/api/v4',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(config['publish_mode']).toBe('editorial_workflow');
  });

  it('gives Gitea/Forgejo no auth type (always PKCE) and no review, which it does not support', () => {
    const config = cmsConfig(
      options,
      backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'x/y', CMS_APP_ID: 'id', CMS_REVIEW: '1' }),
      'https://antq.example.vn/',
    );
    expect(config['backend']).not.toHaveProperty('auth_type');
    expect(config).not.toHaveProperty('publish_mode');
  });

  it('refuses a host it does not know, naming the ones it does', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/github, gitlab, gitea/u);
  });
});
