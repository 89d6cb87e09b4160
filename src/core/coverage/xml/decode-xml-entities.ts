const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

/**
 * Decodes the five predefined XML entities and numeric character references. The parser runs with entity
 * processing off so that nothing a DOCTYPE declares is ever expanded; these are decoded here instead, only in the
 * few values gonogo keeps (paths, source roots). Any other `&name;` stays as written.
 */
export function decodeXmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (reference, name: string) => {
    if (!name.startsWith('#')) return PREDEFINED[name] ?? reference;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
