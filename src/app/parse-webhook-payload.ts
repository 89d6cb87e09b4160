/** A webhook body turned into its event payload, or the one-line reason it could not be. */
export type ParsedWebhookPayload = { payload: Record<string, unknown> } | { error: string };

const FORM_TYPE = /^\s*application\/x-www-form-urlencoded\s*(?:;|$)/iu;

/**
 * Parses a verified webhook body. GitHub sends either JSON or, for webhooks set to the form content type, an
 * `application/x-www-form-urlencoded` body whose `payload` field holds the JSON. Any other content type is read as
 * JSON: the signature has already proven the sender, and GitHub knows only these two.
 */
export function parseWebhookPayload(body: string, contentType: string | undefined): ParsedWebhookPayload {
  let json = body;
  if (contentType !== undefined && FORM_TYPE.test(contentType)) {
    const field = new URLSearchParams(body).get('payload');
    if (field === null) return { error: 'form body has no payload field' };
    json = field;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { error: 'body is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'payload is not a JSON object' };
  }
  return { payload: value as Record<string, unknown> };
}
