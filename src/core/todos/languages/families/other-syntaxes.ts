import type { CommentSyntax } from '../comment-syntax.js';

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

const vb: CommentSyntax = {
  family: 'basic',
  lineComments: ["'"],
  wordComments: ['REM'],
  quotes: '"',
  rawQuotes: '"',
};

const fortran: CommentSyntax = { family: 'fortran', lineComments: ['!'], quotes: `"'`, rawQuotes: `"'` };

/** Syntaxes of the `--`, `;`, `%`, `(* *)`, `!` and `'` languages: SQL, Lua, Haskell, Lisps, TeX, ML, Fortran, Basic. */
export const otherSyntaxes = {
  sql: {
    family: 'sql',
    lineComments: ['--'],
    blockComments: [{ open: '/*', close: '*/' }],
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
  unixAssembly: {
    family: 'unix-assembly',
    lineComments: ['#', '//'],
    blockComments: [{ open: '/*', close: '*/' }],
    quotes: '"',
  },
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
  prolog: {
    family: 'prolog',
    lineComments: ['%'],
    blockComments: [{ open: '/*', close: '*/' }],
    quotes: `"'`,
  },
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
} satisfies Record<string, CommentSyntax>;
