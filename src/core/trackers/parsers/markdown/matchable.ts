/**
 * Text as vocabularies are matched against it: NFC, variation selectors dropped (`⚠️` and `⚠` are one marker),
 * non-breaking and narrow spaces as plain spaces (French typography puts one before `:`), curly apostrophes
 * straight, accents removed and lower case, so `Statut : Complété`, `STATUT: COMPLETE` and `statut: complété`
 * read alike.
 */
export function matchable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFE0E\uFE0F]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
