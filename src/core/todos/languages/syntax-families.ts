import type { CommentSyntax } from './comment-syntax.js';

type Block = NonNullable<CommentSyntax['blockComments']>[number];

const C_BLOCK: Block = { open: '/*', close: '*/' };
const C_NESTED: Block = { open: '/*', close: '*/', nested: true };
const HTML_COMMENT: Block = { open: '<!--', close: '-->' };

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
const cStrings: CommentSyntax = { family: 'c-strings', lineComments: ['//'], blockComments: [C_BLOCK], quotes: `"'` };

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

const python: CommentSyntax = {
  family: 'python',
  lineComments: ['#'],
  quotes: `"'`,
  tripleQuotes: true,
  docstrings: true,
};

const shell: CommentSyntax = {
  family: 'shell',
  lineComments: ['#'],
  commentsAtWordStart: true,
  quotes: `"'`,
  rawQuotes: "'",
  multilineQuotes: `"'`,
  ansiCQuotes: true,
  interpolatedQuotes: '"',
  interpolations: ['$(', '${'],
  heredoc: 'shell',
  escapeChars: '\\',
};

const php: CommentSyntax = {
  family: 'php',
  lineComments: ['//', '#'],
  blockComments: [C_BLOCK],
  quotes: `"'\``,
  multilineQuotes: `"'\``,
  heredoc: 'php',
};

const javascriptNoJsx: CommentSyntax = { ...javascript, family: 'typescript', jsx: false };

const html: CommentSyntax = {
  family: 'html',
  mode: 'markup',
  blockComments: [HTML_COMMENT],
  embedded: { script: javascriptNoJsx, style: css },
};

const lisp: CommentSyntax = {
  family: 'lisp',
  lineComments: [';'],
  blockComments: [{ open: '#|', close: '|#', nested: true }],
  quotes: '"',
  multilineQuotes: '"',
  escapeChars: '\\',
};

const haskell: CommentSyntax = {
  family: 'haskell',
  lineComments: ['--'],
  blockComments: [{ open: '{-', close: '-}', nested: true }],
  quotes: `"'`,
  charLiterals: true,
};

const vb: CommentSyntax = { family: 'basic', lineComments: ["'"], wordComments: ['REM'], quotes: '"', rawQuotes: '"' };

const fortran: CommentSyntax = { family: 'fortran', lineComments: ['!'], quotes: `"'`, rawQuotes: `"'` };

/**
 * The comment syntaxes, by family. Languages that share one syntax share the object (`languageTable` maps
 * linguist's names to these).
 */
export const syntaxFamilies = {
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
  zig: { ...c, family: 'zig', cppRawStrings: false, blockComments: [], fencedStrings: [{ open: '\\\\', close: '\n' }] },
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
  typescript: javascriptNoJsx,
  tsx: { ...javascript, family: 'tsx' },
  php,
  css,
  scss,
  python,
  ruby: {
    family: 'ruby',
    lineComments: ['#'],
    blockComments: [{ open: '=begin', close: '=end', lineStart: true }],
    quotes: `"'\``,
    multilineQuotes: `"'\``,
    interpolatedQuotes: '"`',
    interpolations: ['#{'],
    heredoc: 'ruby',
    regexLiterals: true,
  },
  perl: {
    family: 'perl',
    lineComments: ['#'],
    commentNotAfter: '$',
    blockComments: ['=pod', '=head1', '=head2', '=head3', '=begin', '=over', '=item', '=encoding', '=for'].map(
      (open) => ({ open, close: '=cut', lineStart: true }),
    ),
    quotes: `"'\``,
    multilineQuotes: `"'\``,
    heredoc: 'ruby',
    regexLiterals: true,
  },
  shell,
  fish: { ...shell, family: 'fish', heredoc: undefined, interpolations: ['$('] },
  powershell: {
    family: 'powershell',
    lineComments: ['#'],
    blockComments: [{ open: '<#', close: '#>' }],
    quotes: `"'`,
    rawQuotes: "'",
    stringEscape: '`',
    multilineQuotes: `"'`,
    interpolatedQuotes: '"',
    interpolations: ['$('],
    fencedStrings: [
      { open: '@"', close: '"@' },
      { open: "@'", close: "'@" },
    ],
  },
  r: {
    family: 'r',
    lineComments: ['#'],
    quotes: `"'`,
    multilineQuotes: `"'`,
    fencedStrings: [{ open: '`', close: '`' }],
  },
  julia: {
    family: 'julia',
    lineComments: ['#'],
    blockComments: [{ open: '#=', close: '=#', nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ['$('],
    fencedStrings: [{ open: '`', close: '`' }],
  },
  elixir: {
    family: 'elixir',
    lineComments: ['#'],
    quotes: `"'`,
    multilineQuotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: `"'`,
    interpolations: ['#{'],
  },
  crystal: {
    family: 'crystal',
    lineComments: ['#'],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    interpolatedQuotes: '"',
    interpolations: ['#{'],
    heredoc: 'ruby',
  },
  nim: {
    family: 'nim',
    lineComments: ['#'],
    blockComments: [{ open: '#[', close: ']#', nested: true }],
    quotes: `"'`,
    charLiterals: true,
    tripleQuotes: true,
  },
  coffeescript: {
    family: 'coffeescript',
    lineComments: ['#'],
    blockComments: [{ open: '###', close: '###' }],
    quotes: `"'`,
    multilineQuotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ['#{'],
  },
  /** `#` comments with `"`/`'` strings: GraphQL, Tcl, Puppet, Meson, Just, and other simple hash languages. */
  hash: { family: 'hash', lineComments: ['#'], quotes: `"'`, multilineQuotes: `"'` },
  graphql: { family: 'graphql', lineComments: ['#'], quotes: '"', tripleQuotes: true },
  awk: { family: 'awk', lineComments: ['#'], quotes: '"', regexLiterals: true },
  yaml: {
    family: 'yaml',
    lineComments: ['#'],
    commentsAtWordStart: true,
    quotes: `"'`,
    rawQuotes: "'",
    multilineQuotes: `"'`,
    quotesAtWordStart: true,
  },
  toml: { family: 'toml', lineComments: ['#'], quotes: `"'`, rawQuotes: "'", tripleQuotes: true },
  /** `#` only, no strings, `\` escapes: Makefiles (recipes are shell, whose `#` is a comment too). */
  make: { family: 'make', lineComments: ['#'], escapeChars: '\\' },
  cmake: {
    family: 'cmake',
    lineComments: ['#'],
    blockComments: [
      { open: '#[[', close: ']]' },
      { open: '#[=[', close: ']=]' },
    ],
    quotes: '"',
    multilineQuotes: '"',
    fencedStrings: [{ open: '[[', close: ']]' }],
  },
  nix: {
    family: 'nix',
    lineComments: ['#'],
    blockComments: [C_BLOCK],
    quotes: '"',
    multilineQuotes: '"',
    interpolatedQuotes: '"',
    interpolations: ['${'],
    fencedStrings: [{ open: "''", close: "''" }],
  },
  /** Comments only as the first thing on a line, values not quoted: INI, Git config, properties, ignore lists. */
  ini: { family: 'ini', lineStartComments: [';', '#'] },
  properties: { family: 'properties', lineStartComments: ['#', '!'] },
  dotenv: {
    family: 'dotenv',
    lineComments: ['#'],
    commentsAtWordStart: true,
    quotes: `"'`,
    rawQuotes: "'",
    quotesAtWordStart: true,
  },
  sql: {
    family: 'sql',
    lineComments: ['--'],
    blockComments: [C_BLOCK],
    quotes: `'"\``,
    rawQuotes: `'"\``,
    multilineQuotes: `'"\``,
  },
  lua: { family: 'lua', lineComments: ['--'], quotes: `"'`, longBrackets: true },
  haskell,
  ada: { family: 'ada', lineComments: ['--'], quotes: `"'`, rawQuotes: '"', charLiterals: true },
  lisp,
  clojure: { ...lisp, family: 'clojure', blockComments: [] },
  emacsLisp: { ...lisp, family: 'emacs-lisp', blockComments: [], escapeChars: '\\?' },
  assembly: { family: 'assembly', lineComments: [';'], quotes: `"'` },
  unixAssembly: { family: 'unix-assembly', lineComments: ['#', '//'], blockComments: [C_BLOCK], quotes: '"' },
  tex: { family: 'tex', lineComments: ['%'], escapeChars: '\\' },
  erlang: { family: 'erlang', lineComments: ['%'], quotes: `"'`, multilineQuotes: `"'`, escapeChars: '$' },
  matlab: {
    family: 'matlab',
    lineComments: ['%'],
    blockComments: [{ open: '%{', close: '%}', lineStart: true }],
    quotes: `"'`,
    rawQuotes: `"'`,
    transposeQuote: true,
  },
  prolog: { family: 'prolog', lineComments: ['%'], blockComments: [C_BLOCK], quotes: `"'` },
  ocaml: {
    family: 'ocaml',
    blockComments: [{ open: '(*', close: '*)', nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    fencedStrings: [{ open: '{|', close: '|}' }],
  },
  fsharp: {
    family: 'fsharp',
    lineComments: ['//'],
    blockComments: [{ open: '(*', close: '*)', nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    tripleQuotes: true,
    fencedStrings: [{ open: '@"', close: '"' }],
  },
  pascal: {
    family: 'pascal',
    lineComments: ['//'],
    blockComments: [
      { open: '{', close: '}' },
      { open: '(*', close: '*)' },
    ],
    quotes: "'",
    rawQuotes: "'",
  },
  fortran,
  fortranFixed: { ...fortran, family: 'fortran-fixed', column1Comments: ['C', 'c', '*'] },
  vb,
  batch: { family: 'batch', wordComments: ['REM'], lineStartComments: ['::'] },
  vim: { family: 'vim', lineStartComments: ['"'], quotes: `"'`, rawQuotes: "'" },
  html,
  xml: { family: 'xml', mode: 'markup', blockComments: [HTML_COMMENT] },
  vue: { ...html, family: 'vue', embedded: { script: javascriptNoJsx, style: scss } },
  phpMarkup: {
    family: 'php',
    mode: 'markup',
    blockComments: [HTML_COMMENT],
    embedded: {
      script: javascriptNoJsx,
      style: css,
      islands: [
        { open: '<?php', close: '?>', syntax: php },
        { open: '<?=', close: '?>', syntax: php },
        { open: '<?', close: '?>', syntax: php },
      ],
    },
  },
  blade: {
    ...html,
    family: 'blade',
    blockComments: [{ open: '{{--', close: '--}}' }, HTML_COMMENT],
    embedded: { ...html.embedded, islands: [{ open: '<?php', close: '?>', syntax: php }] },
  },
  erb: { ...html, family: 'erb', blockComments: [{ open: '<%#', close: '%>' }, HTML_COMMENT] },
  handlebars: {
    ...html,
    family: 'handlebars',
    blockComments: [{ open: '{{!--', close: '--}}' }, { open: '{{!', close: '}}' }, HTML_COMMENT],
  },
  jinja: { ...html, family: 'jinja', blockComments: [{ open: '{#', close: '#}' }, HTML_COMMENT] },
  liquid: {
    ...html,
    family: 'liquid',
    blockComments: [{ open: '{% comment %}', close: '{% endcomment %}' }, HTML_COMMENT],
  },
  markdown: { family: 'markdown', mode: 'markdown' },
} satisfies Record<string, CommentSyntax>;
