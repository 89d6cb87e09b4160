import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/core/todos/language-of.js';

const name = (path: string, text = ''): string | null => languageOf(path, text)?.name ?? null;

describe('languageOf', () => {
  it.each([
    ['src/app.js', 'JavaScript'],
    ['src/app.mjs', 'JavaScript'],
    ['src/App.jsx', 'JavaScript'],
    ['src/app.ts', 'TypeScript'],
    ['src/types.d.ts', 'TypeScript'],
    ['src/App.tsx', 'TSX'],
    ['main.c', 'C'],
    ['main.cpp', 'C++'],
    ['Program.cs', 'C#'],
    ['Main.java', 'Java'],
    ['Main.kt', 'Kotlin'],
    ['build.gradle.kts', 'Gradle Kotlin DSL'],
    ['build.gradle', 'Gradle'],
    ['Main.scala', 'Scala'],
    ['main.go', 'Go'],
    ['lib.rs', 'Rust'],
    ['App.swift', 'Swift'],
    ['View.m', 'Objective-C'],
    ['main.dart', 'Dart'],
    ['index.php', 'PHP'],
    ['view.blade.php', 'Blade'],
    ['app.py', 'Python'],
    ['app.rb', 'Ruby'],
    ['script.pl', 'Perl'],
    ['run.sh', 'Shell'],
    ['run.bash', 'Shell'],
    ['.zshrc', 'Shell'],
    ['Build.ps1', 'PowerShell'],
    ['analysis.R', 'R'],
    ['model.jl', 'Julia'],
    ['app.ex', 'Elixir'],
    ['app.erl', 'Erlang'],
    ['Main.hs', 'Haskell'],
    ['main.ml', 'OCaml'],
    ['Program.fs', 'F#'],
    ['init.lua', 'Lua'],
    ['schema.sql', 'SQL'],
    ['fn.pgsql', 'PLpgSQL'],
    ['config.yaml', 'YAML'],
    ['.github/workflows/ci.yml', 'YAML'],
    ['Cargo.toml', 'TOML'],
    ['setup.cfg', 'INI'],
    ['Dockerfile', 'Dockerfile'],
    ['api.Dockerfile', 'Dockerfile'],
    ['Dockerfile.prod', 'Dockerfile'],
    ['Makefile', 'Makefile'],
    ['rules.mk', 'Makefile'],
    ['Rakefile', 'Ruby'],
    ['Gemfile', 'Ruby'],
    ['CMakeLists.txt', 'CMake'],
    ['main.tf', 'HCL'],
    ['flake.nix', 'Nix'],
    ['.vimrc', 'Vim script'],
    ['init.el', 'Emacs Lisp'],
    ['core.clj', 'Clojure'],
    ['app.lisp', 'Common Lisp'],
    ['lib.scm', 'Scheme'],
    ['main.rkt', 'Racket'],
    ['solve.matlab', 'MATLAB'],
    ['paper.tex', 'TeX'],
    ['solver.f90', 'Fortran Free Form'],
    ['boot.asm', 'Assembly'],
    ['index.html', 'HTML'],
    ['pom.xml', 'XML'],
    ['App.vue', 'Vue'],
    ['App.svelte', 'Svelte'],
    ['README.md', 'Markdown'],
    ['style.css', 'CSS'],
    ['style.scss', 'SCSS'],
    ['style.less', 'Less'],
    ['schema.graphql', 'GraphQL'],
    ['api.proto', 'Protocol Buffer'],
    ['build.groovy', 'Groovy'],
    ['Jenkinsfile', 'Groovy'],
    ['main.zig', 'Zig'],
    ['main.nim', 'Nim'],
    ['main.cr', 'Crystal'],
    ['Module.vb', 'Visual Basic .NET'],
    ['Token.sol', 'Solidity'],
    ['BUILD.bazel', 'Starlark'],
    ['.gitignore', 'Ignore List'],
    ['.env', 'Dotenv'],
    ['tsconfig.json', 'JSON with Comments'],
  ])('%s is %s', (path, expected) => {
    expect(name(path)).toBe(expected);
  });

  it('maps at least 40 languages to a syntax', () => {
    const paths = ['a.js', 'a.ts', 'a.py', 'a.rb', 'a.go', 'a.rs', 'a.c', 'a.lua', 'a.sql', 'a.md', 'a.html'];
    for (const path of paths) expect(languageOf(path, '')?.syntax.family).toBeTruthy();
  });

  it('reads extensions case-insensitively', () => {
    expect(name('LEGACY.C')).toBe('C');
    expect(name('Notes.MD')).toBe('Markdown');
  });

  it('settles ambiguous extensions by preference', () => {
    expect(name('x.h')).toBe('C');
    expect(name('x.m')).toBe('Objective-C');
    expect(name('x.pl')).toBe('Perl');
    expect(name('x.sql')).toBe('SQL');
    expect(name('x.ts')).toBe('TypeScript');
    expect(name('x.v')).toBe('Verilog');
    expect(name('x.cls')).toBe('Apex');
    expect(name('x.fs')).toBe('F#');
    expect(name('x.inc')).toBe('C++');
    expect(name('x.s')).toBe('Unix Assembly');
  });

  it('lets a shebang pick among the claimants of an ambiguous extension', () => {
    expect(name('x.cgi')).toBe('Perl');
    expect(name('x.cgi', '#!/usr/bin/env python3\n')).toBe('Python');
    expect(name('x.cgi', '#!/bin/sh\n')).toBe('Shell');
  });

  it('falls back to the shebang interpreter', () => {
    expect(name('bin/tool', '#!/usr/bin/env python3\nprint(1)\n')).toBe('Python');
    expect(name('bin/tool', '#!/usr/bin/python3.12 -u\n')).toBe('Python');
    expect(name('bin/tool', '#!/bin/sh\n')).toBe('Shell');
    expect(name('bin/tool', '#!/bin/bash -e\n')).toBe('Shell');
    expect(name('bin/tool', '#!/usr/bin/env -S node --no-warnings\n')).toBe('JavaScript');
    expect(name('bin/tool', '#!/usr/bin/env ruby\n')).toBe('Ruby');
    expect(name('bin/tool', '\uFEFF#!/usr/bin/perl -w\n')).toBe('Perl');
    expect(name('bin/tool', '#!/usr/bin/env zsh\r\n')).toBe('Shell');
  });

  it('prefers the file name and extension over the shebang', () => {
    expect(name('run.js', '#!/usr/bin/env python3\n')).toBe('JavaScript');
  });

  it('has no language for unknown files and formats without comments', () => {
    expect(name('data.json')).toBeNull();
    expect(name('notes.txt')).toBeNull();
    expect(name('LICENSE')).toBeNull();
    expect(name('image.png')).toBeNull();
    expect(name('bin/tool', 'no shebang')).toBeNull();
    expect(name('bin/tool', '#!/usr/bin/env unknown-interpreter\n')).toBeNull();
    expect(name('')).toBeNull();
    expect(name('.hidden')).toBeNull();
  });
});
