/** The state of an issue and its close reason, in REST spelling. */
export interface IssueState {
  state: 'open' | 'closed' | null;
  stateReason: string | null;
}

/**
 * Reads `open`/`closed` in either spelling (REST `open`, gh `OPEN`) and the close reason (`NOT_PLANNED` →
 * `not_planned`: the same GitHub enum, spelled the REST way so both exports agree). A missing or unknown state
 * is `null` and noted, unless the whole export lacks the field (then one warning for the file says so).
 */
export function readIssueState(
  value: string | undefined,
  reason: string | null | undefined,
  field: string,
  absentFromFile: boolean,
  problems: string[],
): IssueState {
  const word = value?.trim().toLowerCase();
  const state = word === 'open' || word === 'closed' ? word : null;
  if (state === null && value !== undefined)
    problems.push(`"${field}" is ${JSON.stringify(value)}, neither open nor closed; read as open`);
  if (value === undefined && !absentFromFile) problems.push(`no "${field}"; read as open`);
  const stateReason = reason?.trim().toLowerCase() || null;
  return { state, stateReason };
}
