import { fitUtf8 } from '../core/publish/fit-utf8.js';
import { utf8Length } from '../core/publish/utf8-length.js';

/** GitHub's limits for a check run's output: a title of 255 characters, a summary and a text of 65,535 bytes. */
const MAX_TITLE = 255;
const MAX_BYTES = 65_535;

/** The output object of a check-run request, without annotations. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text: string;
}

/**
 * The output of a check run, cut to GitHub's limits with a note rather than refused: `notes` (what was left out)
 * close the summary and survive any cut, and `marker` opens the text, ahead of anything a cut could lose.
 */
export function checkRunOutput(options: {
  title: string;
  summary: string;
  text?: string;
  marker: string;
  notes: string[];
}): CheckRunOutput {
  const title = options.title.trim() || 'gonogo';
  const notes = options.notes.length ? `\n\n${options.notes.join('\n\n')}` : '';
  const summaryRoom = MAX_BYTES - utf8Length(notes);
  const summary = fitUtf8(
    // GitHub refuses an empty summary.
    options.summary.trim() ? options.summary : title,
    summaryRoom,
    '…cut here: GitHub keeps at most 65,535 bytes of a check run summary.',
  );
  const text = options.text ? `${options.marker}\n${options.text}` : options.marker;
  return {
    title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title,
    summary: `${summary}${notes}`,
    text: fitUtf8(text, MAX_BYTES, '…cut here: GitHub keeps at most 65,535 bytes of a check run text.'),
  };
}
