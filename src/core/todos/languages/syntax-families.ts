import { cLikeSyntaxes } from './families/c-like-syntaxes.js';
import { hashSyntaxes } from './families/hash-syntaxes.js';
import { markupSyntaxes } from './families/markup-syntaxes.js';
import { otherSyntaxes } from './families/other-syntaxes.js';

/**
 * The comment syntaxes, by family. Languages that share a syntax share the object: `languageTable` maps
 * linguist's language names to these.
 */
export const syntaxFamilies = { ...cLikeSyntaxes, ...hashSyntaxes, ...otherSyntaxes, ...markupSyntaxes };
