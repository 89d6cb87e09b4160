import type { CommentSyntax } from '../comment-syntax.js';

type Block = NonNullable<CommentSyntax['blockComments']>[number];

const C_BLOCK: Block = { open: '/*', close: '*/' };
const C_NESTED: Block = { open: '/*', close: '*/', nested: true };

/** `//` and `/* *\/`, `"` strings and `'` character literals: C, C++, Objective-C, Java, and the like. */
const c: CommentSyntax = {
  family: 'c',
  lineComments: ['//'],
  blockComments: [C_BLOCK],
  quotes: `"'`,
  charLiterals: true,
  cppRawStrings: true,
};

/** `//` and `/* *\/` with `"` and `'` both strings: Solidity, Protocol Buffers, Jsonnet, Bicep, JSON with comments. */
const cStrings: CommentSyntax = {
  family: 'c-strings',
  lineComments: ['//'],
  blockComments: [C_BLOCK],
  quotes: `"'`,
};

const javascript: CommentSyntax = {
  family: 'javascript',
  lineComments: ['//'],
  blockComments: [C_BLOCK],
  quotes: `"'\``,
  multilineQuotes: '`',
  interpolatedQuotes: '`',
  interpolations: ['${'],
  regexLiterals: true,
  jsx: true,
};

const css: CommentSyntax = { family: 'css', blockComments: [C_BLOCK], quotes: `"'`, cssUrls: true };

const scss: CommentSyntax = { ...css, family: 'scss', lineComments: ['//'] };

const php: CommentSyntax = {
  family: 'php',
  lineComments: ['//', '#'],
  blockComments: [C_BLOCK],
  quotes: `"'\``,
  multilineQuotes: `"'\``,
  heredoc: 'php',
};

const typescript: CommentSyntax = { ...javascript, family: 'typescript', jsx: false };

/** Syntaxes of the `//` and `/* *\/` languages, and CSS. */
export const cLikeSyntaxes = {
  c,
  cStrings,
  java: { ...c, family: 'java', tripleQuotes: true, cppRawStrings: false },
  csharp: {
    ...c,
    family: 'csharp',
    cppRawStrings: false,
    fencedStrings: [
      { open: '"""', close: '"""' },
      { open: '@"', close: '"' },
      { open: '@$"', close: '"' },
    ],
  },
  go: { ...c, family: 'go', cppRawStrings: false, fencedStrings: [{ open: '`', close: '`' }] },
  rust: {
    ...c,
    family: 'rust',
    blockComments: [C_NESTED],
    cppRawStrings: false,
    multilineQuotes: '"',
    fencedStrings: [
      { open: 'r"', close: '"' },
      { open: 'r#"', close: '"#' },
      { open: 'r##"', close: '"##' },
    ],
  },
  swift: {
    family: 'swift',
    lineComments: ['//'],
    blockComments: [C_NESTED],
    quotes: '"',
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ['\\('],
    fencedStrings: [
      { open: '#"', close: '"#' },
      { open: '##"', close: '"##' },
    ],
  },
  kotlin: {
    ...c,
    family: 'kotlin',
    blockComments: [C_NESTED],
    cppRawStrings: false,
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ['${'],
  },
  dart: {
    family: 'dart',
    lineComments: ['//'],
    blockComments: [C_NESTED],
    quotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: `"'`,
    interpolations: ['${'],
    fencedStrings: [
      { open: 'r"""', close: '"""' },
      { open: "r'''", close: "'''" },
      { open: 'r"', close: '"' },
      { open: "r'", close: "'" },
    ],
  },
  groovy: {
    ...cStrings,
    family: 'groovy',
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ['${'],
  },
  d: {
    ...c,
    family: 'd',
    cppRawStrings: false,
    blockComments: [C_BLOCK, { open: '/+', close: '+/', nested: true }],
    multilineQuotes: '"',
    fencedStrings: [
      { open: '`', close: '`' },
      { open: 'r"', close: '"' },
    ],
  },
  zig: {
    ...c,
    family: 'zig',
    cppRawStrings: false,
    blockComments: [],
    fencedStrings: [{ open: '\\\\', close: '\n' }],
  },
  verilog: { family: 'verilog', lineComments: ['//'], blockComments: [C_BLOCK], quotes: '"' },
  hcl: {
    family: 'hcl',
    lineComments: ['#', '//'],
    blockComments: [C_BLOCK],
    quotes: '"',
    interpolatedQuotes: '"',
    interpolations: ['${'],
    heredoc: 'ruby',
  },
  javascript,
  typescript,
  tsx: { ...javascript, family: 'tsx' },
  php,
  css,
  scss,
} satisfies Record<string, CommentSyntax>;
