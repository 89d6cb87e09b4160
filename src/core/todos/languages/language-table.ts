// Each language's data is imported on its own (not the package index) so a bundle holds only what is mapped.
import javaScriptData from 'linguist-languages/data/JavaScript';
import typeScriptData from 'linguist-languages/data/TypeScript';
import tsxData from 'linguist-languages/data/TSX';
import pythonData from 'linguist-languages/data/Python';
import javaData from 'linguist-languages/data/Java';
import cSharpData from 'linguist-languages/data/C_23_';
import cppData from 'linguist-languages/data/C_2b__2b_';
import cData from 'linguist-languages/data/C';
import phpData from 'linguist-languages/data/PHP';
import shellData from 'linguist-languages/data/Shell';
import goData from 'linguist-languages/data/Go';
import rubyData from 'linguist-languages/data/Ruby';
import kotlinData from 'linguist-languages/data/Kotlin';
import swiftData from 'linguist-languages/data/Swift';
import rustData from 'linguist-languages/data/Rust';
import dartData from 'linguist-languages/data/Dart';
import objectiveCData from 'linguist-languages/data/Objective-C';
import objectiveCppData from 'linguist-languages/data/Objective-C_2b__2b_';
import scalaData from 'linguist-languages/data/Scala';
import htmlData from 'linguist-languages/data/HTML';
import cssData from 'linguist-languages/data/CSS';
import scssData from 'linguist-languages/data/SCSS';
import lessData from 'linguist-languages/data/Less';
import sassData from 'linguist-languages/data/Sass';
import stylusData from 'linguist-languages/data/Stylus';
import vueData from 'linguist-languages/data/Vue';
import svelteData from 'linguist-languages/data/Svelte';
import markdownData from 'linguist-languages/data/Markdown';
import mdxData from 'linguist-languages/data/MDX';
import yamlData from 'linguist-languages/data/YAML';
import tomlData from 'linguist-languages/data/TOML';
import dockerfileData from 'linguist-languages/data/Dockerfile';
import makefileData from 'linguist-languages/data/Makefile';
import cMakeData from 'linguist-languages/data/CMake';
import hclData from 'linguist-languages/data/HCL';
import nixData from 'linguist-languages/data/Nix';
import sqlData from 'linguist-languages/data/SQL';
import pLpgSQLData from 'linguist-languages/data/PLpgSQL';
import plsqlData from 'linguist-languages/data/PLSQL';
import tsqlData from 'linguist-languages/data/TSQL';
import luaData from 'linguist-languages/data/Lua';
import powerShellData from 'linguist-languages/data/PowerShell';
import rData from 'linguist-languages/data/R';
import juliaData from 'linguist-languages/data/Julia';
import perlData from 'linguist-languages/data/Perl';
import elixirData from 'linguist-languages/data/Elixir';
import erlangData from 'linguist-languages/data/Erlang';
import haskellData from 'linguist-languages/data/Haskell';
import elmData from 'linguist-languages/data/Elm';
import pureScriptData from 'linguist-languages/data/PureScript';
import idrisData from 'linguist-languages/data/Idris';
import oCamlData from 'linguist-languages/data/OCaml';
import fSharpData from 'linguist-languages/data/F_23_';
import standardMLData from 'linguist-languages/data/Standard_20_ML';
import clojureData from 'linguist-languages/data/Clojure';
import commonLispData from 'linguist-languages/data/Common_20_Lisp';
import schemeData from 'linguist-languages/data/Scheme';
import racketData from 'linguist-languages/data/Racket';
import emacsLispData from 'linguist-languages/data/Emacs_20_Lisp';
import fennelData from 'linguist-languages/data/Fennel';
import groovyData from 'linguist-languages/data/Groovy';
import gradleData from 'linguist-languages/data/Gradle';
import gradleKotlinDSLData from 'linguist-languages/data/Gradle_20_Kotlin_20_DSL';
import zigData from 'linguist-languages/data/Zig';
import nimData from 'linguist-languages/data/Nim';
import crystalData from 'linguist-languages/data/Crystal';
import visualBasicNETData from 'linguist-languages/data/Visual_20_Basic_20_.NET';
import vbaData from 'linguist-languages/data/VBA';
import vBScriptData from 'linguist-languages/data/VBScript';
import visualBasic60Data from 'linguist-languages/data/Visual_20_Basic_20_6.0';
import solidityData from 'linguist-languages/data/Solidity';
import protocolBufferData from 'linguist-languages/data/Protocol_20_Buffer';
import graphQLData from 'linguist-languages/data/GraphQL';
import matlabData from 'linguist-languages/data/MATLAB';
import teXData from 'linguist-languages/data/TeX';
import fortranFreeFormData from 'linguist-languages/data/Fortran_20_Free_20_Form';
import fortranData from 'linguist-languages/data/Fortran';
import assemblyData from 'linguist-languages/data/Assembly';
import unixAssemblyData from 'linguist-languages/data/Unix_20_Assembly';
import xmlData from 'linguist-languages/data/XML';
import svgData from 'linguist-languages/data/SVG';
import vimScriptData from 'linguist-languages/data/Vim_20_script';
import apexData from 'linguist-languages/data/Apex';
import cudaData from 'linguist-languages/data/Cuda';
import glslData from 'linguist-languages/data/GLSL';
import hlslData from 'linguist-languages/data/HLSL';
import verilogData from 'linguist-languages/data/Verilog';
import systemVerilogData from 'linguist-languages/data/SystemVerilog';
import dData from 'linguist-languages/data/D';
import vData from 'linguist-languages/data/V';
import hackData from 'linguist-languages/data/Hack';
import haxeData from 'linguist-languages/data/Haxe';
import valaData from 'linguist-languages/data/Vala';
import thriftData from 'linguist-languages/data/Thrift';
import jsonnetData from 'linguist-languages/data/Jsonnet';
import jSONWithCommentsData from 'linguist-languages/data/JSON_20_with_20_Comments';
import json5Data from 'linguist-languages/data/JSON5';
import bicepData from 'linguist-languages/data/Bicep';
import coffeeScriptData from 'linguist-languages/data/CoffeeScript';
import starlarkData from 'linguist-languages/data/Starlark';
import cythonData from 'linguist-languages/data/Cython';
import adaData from 'linguist-languages/data/Ada';
import vhdlData from 'linguist-languages/data/VHDL';
import prologData from 'linguist-languages/data/Prolog';
import pascalData from 'linguist-languages/data/Pascal';
import tclData from 'linguist-languages/data/Tcl';
import awkData from 'linguist-languages/data/Awk';
import fishData from 'linguist-languages/data/fish';
import puppetData from 'linguist-languages/data/Puppet';
import justData from 'linguist-languages/data/Just';
import mesonData from 'linguist-languages/data/Meson';
import gitConfigData from 'linguist-languages/data/Git_20_Config';
import editorConfigData from 'linguist-languages/data/EditorConfig';
import iniData from 'linguist-languages/data/INI';
import javaPropertiesData from 'linguist-languages/data/Java_20_Properties';
import ignoreListData from 'linguist-languages/data/Ignore_20_List';
import dotenvData from 'linguist-languages/data/Dotenv';
import batchfileData from 'linguist-languages/data/Batchfile';
import bladeData from 'linguist-languages/data/Blade';
import hTMLPlusERBData from 'linguist-languages/data/HTML_2b_ERB';
import handlebarsData from 'linguist-languages/data/Handlebars';
import twigData from 'linguist-languages/data/Twig';
import jinjaData from 'linguist-languages/data/Jinja';
import liquidData from 'linguist-languages/data/Liquid';
import type { CommentSyntax } from './comment-syntax.js';
import { syntaxFamilies } from './syntax-families.js';

/** What `languageOf` reads of a linguist language. */
interface LinguistLanguage {
  readonly name: string;
  readonly extensions?: readonly string[];
  readonly filenames?: readonly string[];
  readonly interpreters?: readonly string[];
}

/**
 * The languages gonogo lexes, as linguist's data and the comment syntax of each, most popular first: when two
 * claim an extension, a file name or an interpreter that `extensionPreferences` does not settle, the earlier wins.
 * Data and prose formats without comments (JSON, plain text) are absent, so they have no language.
 */
export const languageTable: readonly (readonly [LinguistLanguage, CommentSyntax])[] = [
  [javaScriptData, syntaxFamilies.javascript],
  [typeScriptData, syntaxFamilies.typescript],
  [tsxData, syntaxFamilies.tsx],
  [pythonData, syntaxFamilies.python],
  [javaData, syntaxFamilies.java],
  [cSharpData, syntaxFamilies.csharp],
  [cppData, syntaxFamilies.c],
  [cData, syntaxFamilies.c],
  [phpData, syntaxFamilies.phpMarkup],
  [shellData, syntaxFamilies.shell],
  [goData, syntaxFamilies.go],
  [rubyData, syntaxFamilies.ruby],
  [kotlinData, syntaxFamilies.kotlin],
  [swiftData, syntaxFamilies.swift],
  [rustData, syntaxFamilies.rust],
  [dartData, syntaxFamilies.dart],
  [objectiveCData, syntaxFamilies.c],
  [objectiveCppData, syntaxFamilies.c],
  [scalaData, syntaxFamilies.kotlin],
  [htmlData, syntaxFamilies.html],
  [cssData, syntaxFamilies.css],
  [scssData, syntaxFamilies.scss],
  [lessData, syntaxFamilies.scss],
  [sassData, syntaxFamilies.scss],
  [stylusData, syntaxFamilies.scss],
  [vueData, syntaxFamilies.vue],
  [svelteData, syntaxFamilies.vue],
  [markdownData, syntaxFamilies.markdown],
  [mdxData, syntaxFamilies.markdown],
  [yamlData, syntaxFamilies.yaml],
  [tomlData, syntaxFamilies.toml],
  [dockerfileData, syntaxFamilies.shell],
  [makefileData, syntaxFamilies.make],
  [cMakeData, syntaxFamilies.cmake],
  [hclData, syntaxFamilies.hcl],
  [nixData, syntaxFamilies.nix],
  [sqlData, syntaxFamilies.sql],
  [pLpgSQLData, syntaxFamilies.sql],
  [plsqlData, syntaxFamilies.sql],
  [tsqlData, syntaxFamilies.sql],
  [luaData, syntaxFamilies.lua],
  [powerShellData, syntaxFamilies.powershell],
  [rData, syntaxFamilies.r],
  [juliaData, syntaxFamilies.julia],
  [perlData, syntaxFamilies.perl],
  [elixirData, syntaxFamilies.elixir],
  [erlangData, syntaxFamilies.erlang],
  [haskellData, syntaxFamilies.haskell],
  [elmData, syntaxFamilies.haskell],
  [pureScriptData, syntaxFamilies.haskell],
  [idrisData, syntaxFamilies.haskell],
  [oCamlData, syntaxFamilies.ocaml],
  [fSharpData, syntaxFamilies.fsharp],
  [standardMLData, syntaxFamilies.ocaml],
  [clojureData, syntaxFamilies.clojure],
  [commonLispData, syntaxFamilies.lisp],
  [schemeData, syntaxFamilies.lisp],
  [racketData, syntaxFamilies.lisp],
  [emacsLispData, syntaxFamilies.emacsLisp],
  [fennelData, syntaxFamilies.clojure],
  [groovyData, syntaxFamilies.groovy],
  [gradleData, syntaxFamilies.groovy],
  [gradleKotlinDSLData, syntaxFamilies.kotlin],
  [zigData, syntaxFamilies.zig],
  [nimData, syntaxFamilies.nim],
  [crystalData, syntaxFamilies.crystal],
  [visualBasicNETData, syntaxFamilies.vb],
  [vbaData, syntaxFamilies.vb],
  [vBScriptData, syntaxFamilies.vb],
  [visualBasic60Data, syntaxFamilies.vb],
  [solidityData, syntaxFamilies.cStrings],
  [protocolBufferData, syntaxFamilies.cStrings],
  [graphQLData, syntaxFamilies.graphql],
  [matlabData, syntaxFamilies.matlab],
  [teXData, syntaxFamilies.tex],
  [fortranFreeFormData, syntaxFamilies.fortran],
  [fortranData, syntaxFamilies.fortranFixed],
  [assemblyData, syntaxFamilies.assembly],
  [unixAssemblyData, syntaxFamilies.unixAssembly],
  [xmlData, syntaxFamilies.xml],
  [svgData, syntaxFamilies.xml],
  [vimScriptData, syntaxFamilies.vim],
  [apexData, syntaxFamilies.java],
  [cudaData, syntaxFamilies.c],
  [glslData, syntaxFamilies.c],
  [hlslData, syntaxFamilies.c],
  [verilogData, syntaxFamilies.verilog],
  [systemVerilogData, syntaxFamilies.verilog],
  [dData, syntaxFamilies.d],
  [vData, syntaxFamilies.cStrings],
  [hackData, syntaxFamilies.php],
  [haxeData, syntaxFamilies.cStrings],
  [valaData, syntaxFamilies.c],
  [thriftData, syntaxFamilies.cStrings],
  [jsonnetData, syntaxFamilies.cStrings],
  [jSONWithCommentsData, syntaxFamilies.cStrings],
  [json5Data, syntaxFamilies.cStrings],
  [bicepData, syntaxFamilies.cStrings],
  [coffeeScriptData, syntaxFamilies.coffeescript],
  [starlarkData, syntaxFamilies.python],
  [cythonData, syntaxFamilies.python],
  [adaData, syntaxFamilies.ada],
  [vhdlData, syntaxFamilies.ada],
  [prologData, syntaxFamilies.prolog],
  [pascalData, syntaxFamilies.pascal],
  [tclData, syntaxFamilies.hash],
  [awkData, syntaxFamilies.awk],
  [fishData, syntaxFamilies.fish],
  [puppetData, syntaxFamilies.hash],
  [justData, syntaxFamilies.hash],
  [mesonData, syntaxFamilies.hash],
  [gitConfigData, syntaxFamilies.ini],
  [editorConfigData, syntaxFamilies.ini],
  [iniData, syntaxFamilies.ini],
  [javaPropertiesData, syntaxFamilies.properties],
  [ignoreListData, syntaxFamilies.ini],
  [dotenvData, syntaxFamilies.dotenv],
  [batchfileData, syntaxFamilies.batch],
  [bladeData, syntaxFamilies.blade],
  [hTMLPlusERBData, syntaxFamilies.erb],
  [handlebarsData, syntaxFamilies.handlebars],
  [twigData, syntaxFamilies.jinja],
  [jinjaData, syntaxFamilies.jinja],
  [liquidData, syntaxFamilies.liquid],
];
