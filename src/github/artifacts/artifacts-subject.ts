/**
 * How errors from the Actions API name what was read, and the permission a 403 points to (`GitHubApiError.from`'s
 * third argument). Here rather than in `API_SUBJECTS` so the artifacts piece stays self-contained.
 */
export const ARTIFACTS_SUBJECT = {
  name: 'workflow artifacts',
  needs: 'read workflow runs and their artifacts (it needs the "actions: read" permission)',
} as const;
