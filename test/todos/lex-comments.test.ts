import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/core/todos/comment.js';
import { languageOf } from '../../src/core/todos/language-of.js';
import { lexComments } from '../../src/core/todos/lex-comments.js';

/** The comments of `text` lexed as the language of `path`. */
function lex(path: string, text: string): Comment[] {
  const language = languageOf(path, text);
  if (!language) throw new Error(`no language for ${path}`);
  return lexComments(text, language.syntax);
}

/** Each comment's text, lines trimmed and joined with `|`: what a reader would call the comment. */
function texts(path: string, text: string): string[] {
  return lex(path, text).map((c) => c.lines.map((l) => l.trim()).join('|'));
}

describe('lexComments: C-style', () => {
  it('finds line and block comments with their lines, kinds and trailing flag', () => {
    expect(lex('a.c', 'int a; // TODO: one\n/* two\n * three\n */\n// four\n// five\n')).toEqual([
      { line: 1, lines: [' TODO: one'], kind: 'line', trailing: true },
      { line: 2, lines: [' two', ' three', ' '], kind: 'block', trailing: false },
      { line: 5, lines: [' four', ' five'], kind: 'line', trailing: false },
    ]);
  });

  it('strips ///, //! and the stars of /** … */ and banners', () => {
    expect(texts('a.rs', '/// doc\n//! inner\n')).toEqual(['doc|inner']);
    expect(lex('a.java', '/** Doc. */\n/*****\n * x\n *****/')).toEqual([
      { line: 1, lines: [' Doc. '], kind: 'block', trailing: false },
      { line: 2, lines: ['', ' x', ''], kind: 'block', trailing: false },
    ]);
  });

  it('does not see comments in strings, chars or URLs', () => {
    expect(texts('a.c', 'char *s = "TODO // no"; char c = \'"\'; char *u = "http://x"; // yes')).toEqual([
      'yes',
    ]);
    expect(texts('a.java', 'String s = "a \\" // no"; /* yes */')).toEqual(['yes']);
  });

  it('keeps a trailing comment alone and starts a new comment after it', () => {
    expect(lex('a.go', 'x := 1 // a\n// b\n// c').map((c) => [c.line, c.lines.length, c.trailing])).toEqual([
      [1, 1, true],
      [2, 2, false],
    ]);
  });

  it('does not merge comments separated by a blank or code line', () => {
    expect(texts('a.go', '// a\n\n// b\nx()\n// c')).toEqual(['a', 'b', 'c']);
  });

  it('nests block comments where the language does', () => {
    expect(texts('a.rs', '/* a /* b */ c */ x /* d */')).toEqual(['a /* b */ c', 'd']);
    expect(texts('a.swift', '/* a /* b */ c */')).toEqual(['a /* b */ c']);
    expect(texts('a.kt', '/* a /* b */ c */')).toEqual(['a /* b */ c']);
    expect(texts('a.c', '/* a /* b */ c */')).toEqual(['a /* b']);
  });

  it('reads Rust lifetimes as code and char literals as chars', () => {
    expect(texts('a.rs', "fn f<'a>(s: &'a str) -> char { '\"' } // x\nlet q = '\\''; // y")).toEqual([
      'x',
      'y',
    ]);
  });

  it('skips Go raw strings, C# verbatim and raw strings, Rust raw strings, C++ raw strings', () => {
    expect(texts('a.go', 'var s = `// no\n/* no */` // yes')).toEqual(['yes']);
    expect(texts('a.cs', 'var p = @"C:\\"; var r = """\n// no\n"""; // yes')).toEqual(['yes']);
    expect(texts('a.rs', 'let s = r#"// "no" "#; // yes')).toEqual(['yes']);
    expect(texts('a.cpp', 'auto s = R"x(// )" no)x"; // yes')).toEqual(['yes']);
  });

  it('skips Swift and Kotlin interpolations and triple-quoted strings', () => {
    expect(texts('a.swift', 'let s = "\\(a /* in */) // no" // yes')).toEqual(['in', 'yes']);
    expect(texts('a.kt', 'val s = """\n// no\n""" // yes')).toEqual(['yes']);
    expect(texts('a.kt', 'val s = "${m["k"]} // no" // yes')).toEqual(['yes']);
  });

  it('handles CRLF and CR line endings and a BOM', () => {
    expect(lex('a.c', '\uFEFFa;\r\n// x\r\n// y\r\nb; /* z\r\nw */\r')).toEqual([
      { line: 2, lines: [' x', ' y'], kind: 'line', trailing: false },
      { line: 4, lines: [' z', 'w '], kind: 'block', trailing: true },
    ]);
    expect(lex('a.c', 'a;\r// x\rb; // y')).toEqual([
      { line: 2, lines: [' x'], kind: 'line', trailing: false },
      { line: 3, lines: [' y'], kind: 'line', trailing: true },
    ]);
  });

  it('never throws on unterminated strings and comments', () => {
    expect(texts('a.c', 'x = "open\n// after')).toEqual(['after']);
    expect(texts('a.c', '/* open to the end\nstill')).toEqual(['open to the end|still']);
    expect(texts('a.rs', '/* /* never closed */')).toEqual(['/* never closed */']);
    expect(texts('a.ts', 'const t = `open ${x')).toEqual([]);
    expect(texts('a.cpp', 'auto s = R"(never')).toEqual([]);
  });
});

describe('lexComments: JavaScript and TypeScript', () => {
  it('does not see comments in template literals but does inside ${}', () => {
    expect(texts('a.ts', 'const t = `// ${x /* in */} //`; // out')).toEqual(['in', 'out']);
    expect(texts('a.js', 'const t = `a ${`b ${c} // no`} // no`;')).toEqual([]);
    expect(texts('a.js', 'const t = `line\n// no\n`;\n// yes')).toEqual(['yes']);
  });

  it('does not see comments in regex literals', () => {
    expect(texts('a.js', 'const r = /https?:\\/\\//; // yes')).toEqual(['yes']);
    expect(texts('a.js', 'if (/[/]/.test(x)) {} // yes')).toEqual(['yes']);
    expect(texts('a.js', 'x = a.replace(/\\/\\//g, ""); return /=\\/\\//.test(s); // yes')).toEqual(['yes']);
    expect(texts('a.js', 'const r = cond ? /\'/ : /"/; // yes')).toEqual(['yes']);
  });

  it('reads a slash after an operand as a division', () => {
    expect(texts('a.js', 'const x = a / b; // one\nconst y = (a) / 2 / 3; // two')).toEqual(['one', 'two']);
  });

  it('reads JSX text as text: apostrophes and slashes in it are not code', () => {
    const source = [
      'const A = () => (',
      "  <p title='x'>don't // not a comment http://x</p>",
      ');',
      '// TODO: real',
      "const B = <div>{/* TODO: in jsx */}<span>it's</span>{a && <b>won't</b>}</div>;",
      "const C = <>TODO: not a comment, isn't</>;",
      '// end',
    ].join('\n');
    expect(lex('a.jsx', source)).toEqual([
      { line: 4, lines: [' TODO: real'], kind: 'line', trailing: false },
      { line: 5, lines: [' TODO: in jsx '], kind: 'block', trailing: true },
      { line: 7, lines: [' end'], kind: 'line', trailing: false },
    ]);
    expect(texts('a.tsx', 'return <Foo a={1} b="//">it\'s {x /* c */}</Foo>; // d')).toEqual(['c', 'd']);
  });

  it('does not take TypeScript generics and comparisons for JSX', () => {
    expect(
      texts('a.tsx', 'const f = <T,>(x: T) => x; // a\nif (a < b) {} // b\nconst g = <T>(x: T) => x; // c'),
    ).toEqual(['a', 'b', 'c']);
    expect(texts('a.ts', 'const x = <string>y; // a\nfoo<Bar>(1); // b')).toEqual(['a', 'b']);
  });

  it('skips a #! line', () => {
    expect(texts('a.js', '#!/usr/bin/env node\n// a')).toEqual(['a']);
  });
});

describe('lexComments: hash languages', () => {
  it('reports a standalone triple-quoted string in Python as a docstring', () => {
    const source = [
      '"""Module doc.',
      'TODO: more."""',
      'x = """not a docstring"""',
      'def f():',
      "    r'''Function doc.'''",
      '    y = call(',
      '        """argument""",',
      '    )',
      '    return """value"""  # trailing',
      '# a',
      '# b',
    ].join('\n');
    expect(lex('a.py', source)).toEqual([
      { line: 1, lines: ['Module doc.', 'TODO: more.'], kind: 'docstring', trailing: false },
      { line: 5, lines: ['Function doc.'], kind: 'docstring', trailing: false },
      { line: 9, lines: [' trailing'], kind: 'line', trailing: true },
      { line: 10, lines: [' a', ' b'], kind: 'line', trailing: false },
    ]);
  });

  it('does not see # in Python strings', () => {
    expect(texts('a.py', 's = "# no"; t = \'# no\'; u = f"{x}#no" # yes')).toEqual(['yes']);
    expect(texts('a.py', 'x = 1 + \\\n    """not a docstring"""')).toEqual([]);
  });

  it('reads # in shell only at the start of a word', () => {
    expect(texts('a.sh', 'echo $# ${#arr[@]} ${x#pre} a#b # yes')).toEqual(['yes']);
    expect(texts('a.sh', "echo \"# no\" '# no' $'\\' # no' \\# # yes")).toEqual(['yes']);
    expect(texts('a.sh', 'x=$(echo "a" # in\n)')).toEqual(['in']);
  });

  it('skips shell heredoc bodies', () => {
    const source = [
      'cat <<EOF > out # after opener',
      '# not a comment',
      "it's text",
      'EOF',
      "cat <<-'END'",
      '\t# not either',
      '\tEND',
      '# a comment',
      'echo $((1<<2)) # shift',
    ].join('\n');
    expect(texts('a.sh', source)).toEqual(['after opener', 'a comment', 'shift']);
  });

  it('lexes a heredoc with no end as code rather than swallowing the file', () => {
    expect(texts('a.sh', 'cat <<EOF\n# seen\n')).toEqual(['seen']);
  });

  it('handles Ruby =begin/=end, interpolation, heredocs and regex literals', () => {
    const source = [
      '=begin',
      'TODO: block',
      '=end',
      's = "#{x # in\n}" # after',
      'sql = <<~SQL',
      '  # not a comment',
      'SQL',
      'r = /#no/ # regex',
      'a << b # append',
    ].join('\n');
    expect(texts('a.rb', source)).toEqual(['|TODO: block|', 'in', 'after', 'regex', 'append']);
  });

  it('reads Perl $# as code and POD as a block', () => {
    expect(texts('a.pl', 'my $n = $#arr; # yes\n=pod\n\nTODO\n\n=cut\nprint "#";')).toEqual([
      'yes',
      '||TODO||',
    ]);
  });

  it('handles block comments of PowerShell, Julia, Nim, Nix and CMake', () => {
    expect(texts('a.ps1', '<# TODO: a #> $s = "C:\\" # b')).toEqual(['TODO: a', 'b']);
    expect(texts('a.jl', '#= a #= b =# c =# x = "#"; # d')).toEqual(['a #= b =# c', 'd']);
    expect(texts('a.nim', '#[ a #[ b ]# c ]# # d')).toEqual(['a #[ b ]# c', 'd']);
    expect(texts('a.nix', "/* a */ x = ''\n # no\n''; # b")).toEqual(['a', 'b']);
    expect(texts('CMakeLists.txt', '#[[ a\nb ]] set(X "#no") # c')).toEqual(['a|b', 'c']);
  });

  it('reads YAML apostrophes in plain scalars and # inside words as text', () => {
    const source = [
      "title: don't stop # yes",
      'url: http://x/#frag',
      "q: 'it''s # no' # after",
      'k: "a # b" # c',
    ].join('\n');
    expect(texts('a.yml', source)).toEqual(['yes', 'after', 'c']);
  });

  it('reads TOML, INI, Makefile and Dockerfile comments', () => {
    expect(texts('a.toml', "a = \"# no\" # yes\nb = '''\n# no\n'''")).toEqual(['yes']);
    expect(texts('a.ini', '; one\n# two\nurl = http://x;y # no')).toEqual(['one|two']);
    expect(texts('Makefile', "all: # yes\n\techo \\# no \"# no\" '# no'\nX = don't # yes")).toEqual([
      'yes',
      'yes',
    ]);
    expect(texts('Dockerfile', '# syntax\nRUN echo "#no" # yes')).toEqual(['syntax', 'yes']);
  });
});

describe('lexComments: dash languages', () => {
  it('reads SQL -- and /* */ and doubled quotes', () => {
    expect(texts('a.sql', "SELECT 'it''s -- no', \"a--b\" -- yes\n/* blk */")).toEqual(['yes', 'blk']);
    expect(texts('a.sql', "SELECT 'C:\\' -- yes")).toEqual(['yes']);
  });

  it('reads Lua long brackets', () => {
    expect(
      texts('a.lua', 'local s = [[ -- no ]] -- yes\n--[[ block\n]] x = [==[ ]] -- no ]==] --[=[ b2 ]=]'),
    ).toEqual(['yes', 'block|', 'b2']);
  });

  it('nests Haskell and Elm block comments', () => {
    expect(texts('a.hs', "{- a {- b -} c -} f x' = 'x' -- yes\ns = \"-- no\"")).toEqual([
      'a {- b -} c',
      'yes',
    ]);
    expect(texts('a.elm', '{- a -}')).toEqual(['a']);
  });
});

describe('lexComments: other families', () => {
  it('reads Lisp ; and #| |#, and escaped characters', () => {
    expect(texts('a.lisp', '#| a #| b |# |# (f #\\; "; no") ;; yes')).toEqual(['a #| b |#', 'yes']);
    expect(texts('a.clj', '(str \\; "; no") ; yes')).toEqual(['yes']);
    expect(texts('a.el', '(insert ?\\; ?\\") ; yes')).toEqual(['yes']);
  });

  it('reads percent comments: TeX escapes, Erlang chars, MATLAB transpose and blocks', () => {
    expect(texts('a.tex', '50\\% done % yes')).toEqual(['yes']);
    expect(texts('a.erl', 'X = $%, Y = "% no" % yes')).toEqual(['yes']);
    expect(texts('a.m', '% objc? no: .m is Objective-C')).toEqual([]);
    expect(texts('a.matlab', "a = b' * c'; s = 'it''s % no'; % yes\n%{\nblock\n%}")).toEqual([
      'yes',
      '|block|',
    ]);
  });

  it('reads OCaml, F#, Pascal, Fortran, VB, Vim and Batch comments', () => {
    expect(texts('a.ml', '(* a (* b *) c *) let s = "(* no" let c = \'"\'')).toEqual(['a (* b *) c']);
    expect(texts('a.fs', '// a\n(* b *) let s = @"C:\\" // c')).toEqual(['a', 'b', 'c']);
    expect(texts('a.pas', "{ a } (* b *) s := 'it''s // no'; // c")).toEqual(['a', 'b', 'c']);
    expect(texts('a.f90', "print *, 'it''s ! no' ! yes")).toEqual(['yes']);
    expect(texts('a.f', 'C fixed comment\n      X = 1 ! yes')).toEqual(['fixed comment', 'yes']);
    expect(texts('a.vb', 'Dim s = "it\'s" \' yes\nREM two\nDim remark = 1')).toEqual(['yes', 'two']);
    expect(texts('a.vim', '" yes\nlet s = "no" | echo s')).toEqual(['yes']);
    expect(texts('a.bat', 'REM one\n:: two\necho rem not')).toEqual(['one|two']);
  });

  it('reads assembly comments', () => {
    expect(texts('a.asm', 'mov eax, 1 ; yes\ndb "; no"')).toEqual(['yes']);
    expect(texts('a.s', 'movl $1, %eax # yes\n/* b */')).toEqual(['yes', 'b']);
  });

  it('reads CSS block comments only, and SCSS // outside url()', () => {
    expect(
      texts('a.css', 'a { background: url(http://x/y.png); } /* yes */ b { content: "/* no */" }'),
    ).toEqual(['yes']);
    expect(texts('a.scss', '$u: url(http://x); // yes\n/* b */')).toEqual(['yes', 'b']);
  });
});

describe('lexComments: markup', () => {
  it('reads only <!-- --> in HTML and XML, skipping CDATA', () => {
    expect(texts('a.html', "<p>TODO: not a comment, don't</p><!-- TODO: yes -->")).toEqual(['TODO: yes']);
    expect(texts('a.xml', '<![CDATA[ <!-- no --> ]]><a/><!-- yes\nmore -->')).toEqual(['yes|more']);
  });

  it('lexes <script> as JavaScript and <style> as CSS', () => {
    const source =
      '<script>\nconst u = "http://x"; // js\n</script>\n<style>\na { } /* css */\n</style>\n<p>// text</p>';
    expect(texts('a.html', source)).toEqual(['js', 'css']);
  });

  it('lexes Vue and Svelte templates, scripts and styles', () => {
    const source =
      '<template>\n  <!-- tpl -->\n  <p>{{ "//" }}</p>\n</template>\n<script setup lang="ts">\n// ts\n</script>\n<style lang="scss">\n// scss\n</style>';
    expect(texts('a.vue', source)).toEqual(['tpl', 'ts', 'scss']);
    expect(texts('a.svelte', '<script>/* a */</script><p>{x}</p><!-- b -->')).toEqual(['a', 'b']);
  });

  it('lexes PHP islands as code and the rest as HTML', () => {
    const source =
      "<p>it's</p>\n<?php\n// one\n$s = 'x // no'; # two\n$h = <<<EOT\n# no\nEOT;\n?>\n<p>// text</p><?= $x /* three */ ?>";
    expect(texts('a.php', source)).toEqual(['one', 'two', 'three']);
    expect(texts('a.php', '<?php // ends ?> <p>// html</p>')).toEqual(['ends']);
  });

  it('reads template comments of Blade, Twig and Handlebars', () => {
    expect(texts('a.blade.php', '{{-- one --}}<!-- two -->')).toEqual(['one', 'two']);
    expect(texts('a.twig', '{# one #}')).toEqual(['one']);
    expect(texts('a.hbs', '{{!-- one --}}{{! two }}')).toEqual(['one', 'two']);
  });

  it('reads Markdown <!-- --> outside code fences and spans, never prose', () => {
    const source = [
      '# TODO: heading is prose',
      '<!-- TODO: yes -->',
      '```html',
      '<!-- no -->',
      '```',
      '~~~~',
      '```',
      '<!-- no -->',
      '~~~~',
      'Use `<!-- no -->` in text. <!-- two',
      'lines -->',
    ].join('\n');
    expect(lex('README.md', source)).toEqual([
      { line: 2, lines: [' TODO: yes '], kind: 'block', trailing: false },
      { line: 10, lines: [' two', 'lines '], kind: 'block', trailing: true },
    ]);
  });
});

describe('lexComments: robustness', () => {
  it('lexes empty text and text without comments', () => {
    expect(lexComments('', languageOf('a.c', '')!.syntax)).toEqual([]);
    expect(texts('a.py', 'x = 1\n')).toEqual([]);
  });

  it('does not throw on pathological input', () => {
    const inputs = [
      '"',
      "'",
      '`',
      '/*',
      '<',
      '<<',
      '${',
      '`${`${`${',
      '"""',
      "r'",
      '#[',
      '--[[',
      '{-',
      '<!--',
      '(*',
    ];
    for (const path of [
      'a.ts',
      'a.tsx',
      'a.py',
      'a.sh',
      'a.rb',
      'a.lua',
      'a.hs',
      'a.php',
      'a.md',
      'a.vue',
      'a.rs',
      'a.ml',
    ]) {
      for (const input of inputs) expect(() => lex(path, input + input + '\n' + input)).not.toThrow();
    }
    expect(() => lex('a.ts', '`${'.repeat(10_000))).not.toThrow();
    expect(() => lex('a.tsx', '<a>{'.repeat(10_000))).not.toThrow();
  });

  it('lexes a large file in linear time', () => {
    const chunk = 'const a = "x"; // TODO: y\n/* b */ const r = /re/g; const t = `${a}`;\n';
    const text = chunk.repeat(20_000);
    const started = performance.now();
    expect(lex('a.ts', text)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
