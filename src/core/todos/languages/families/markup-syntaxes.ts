import type { CommentSyntax } from '../comment-syntax.js';
import { cLikeSyntaxes } from './c-like-syntaxes.js';

const { typescript, css, scss, php } = cLikeSyntaxes;

const HTML_COMMENT: NonNullable<CommentSyntax['blockComments']>[number] = { open: '<!--', close: '-->' };

const html: CommentSyntax = {
  family: 'html',
  mode: 'markup',
  blockComments: [HTML_COMMENT],
  embedded: { script: typescript, style: css },
};

/** Syntaxes of markup: HTML and its template languages, XML, Vue and Svelte, Markdown. */
export const markupSyntaxes = {
  html,
  xml: { family: 'xml', mode: 'markup', blockComments: [HTML_COMMENT] },
  vue: { ...html, family: 'vue', embedded: { script: typescript, style: scss } },
  phpMarkup: {
    family: 'php',
    mode: 'markup',
    blockComments: [HTML_COMMENT],
    embedded: {
      script: typescript,
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
