/**
 * What each GitHub API gonogo writes or reads is called in an error message, and what a 403 from it most likely
 * means the token lacks (`GitHubApiError.from`'s third argument).
 */
export const API_SUBJECTS = {
  checkRuns: {
    name: 'check runs',
    needs:
      'write check runs (it needs the "checks: write" permission; a pull request from a fork gets a read-only token)',
  },
  checkRunsRead: {
    name: 'check runs',
    needs: 'read check runs (it needs the "checks: read" permission)',
  },
  comments: {
    name: 'pull request comments',
    needs:
      'comment on pull requests (it needs the "pull-requests: write" permission; a pull request from a fork gets a read-only token)',
  },
  pullRequests: {
    name: 'pull requests',
    needs: 'read pull requests (it needs the "pull-requests: read" permission)',
  },
  contents: {
    name: 'repository contents',
    needs: 'read the repository (it needs the "contents: read" permission)',
  },
} as const;
