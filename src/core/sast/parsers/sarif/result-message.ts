import type { SarifMessage, SarifRule, SarifToolComponent } from './sarif-schema.js';

/**
 * Fills `{0}` placeholders with arguments and unescapes `{{` / `}}` (SARIF §3.11.5). A placeholder without an
 * argument stays as written, so a short argument list shows rather than vanishes.
 */
function formatMessage(template: string, args: readonly unknown[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match: string, position: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    const value = args[Number(position)];
    return value === undefined ? match : String(value);
  });
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The text of a result's message: `text`, else the `messageStrings` entry its `id` names (the rule's, then the
 * driver's `globalMessageStrings`), else markdown, else `(no message)`. Arguments fill placeholders.
 */
export function resultMessage(
  message: SarifMessage | undefined,
  rule: SarifRule | undefined,
  driver: SarifToolComponent,
): string {
  const args = message?.arguments ?? [];
  // Free text is only a template when arguments come with it: tools rarely escape braces in plain messages.
  const own = (value: string) => (args.length > 0 ? formatMessage(value, args) : value).trim();
  const id = message?.id;
  const stored =
    id === undefined ? undefined : (rule?.messageStrings?.[id] ?? driver.globalMessageStrings?.[id]);

  if (present(message?.text)) return own(message.text);
  if (present(stored?.text)) return formatMessage(stored.text, args).trim();
  if (present(message?.markdown)) return own(message.markdown);
  if (present(stored?.markdown)) return formatMessage(stored.markdown, args).trim();
  return '(no message)';
}
