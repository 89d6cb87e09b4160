/** `gonogo --help`. */
export const USAGE = `gonogo — one go/no-go verdict from coverage, SAST, trackers and checklists.

Usage:
  gonogo check   [--config FILE] [--coverage GLOB]... [--sast GLOB]... [--tracker GLOB]... [--diff FILE]
                 [--base-coverage FILE]... [--base-sast FILE]... [--format text|markdown|json] [--out FILE]
                 [--now YYYY-MM-DD]
  gonogo coverage FILE... --format json
  gonogo sast     FILE... --format json
  gonogo issues   FILE... --format json
  gonogo todos    [DIR] [--diff FILE] [--config FILE] [--format json|text] [--out FILE]

--config defaults to .github/gonogo.yml, else the "recommended" preset; it may also name a preset
(recommended, mvp-plus, production-readiness). Input flags replace the rules' "inputs" for their family.

Exit codes: 0 go or go-with-warnings, 1 no-go, 2 usage, configuration or input error.
`;
