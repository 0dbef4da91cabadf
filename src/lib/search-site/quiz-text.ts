import { htmlToHast, markdownToMdast } from 'satteri';
import type { TextFormat } from '~/lib/quiz/schema/question-base.schema';
import { mdastText, type MdNode } from './mdast-text';

// The parts of satteri's hast this module reads.
interface HtmlNode {
  type: string;
  tagName?: string;
  value?: unknown;
  children?: HtmlNode[];
}

const blockTags = /^(p|div|li|ul|ol|br|h[1-6]|table|tr|blockquote|pre|section|article)$/;

function htmlText(node: HtmlNode): string {
  if (node.type === 'text') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return '';
  const inner = (node.children ?? []).map(htmlText).join('');
  return node.type === 'element' && blockTags.test(node.tagName ?? '') ? `${inner}\n` : inner;
}

/**
 * The words of a quiz text as the quiz page shows them: markdown without its syntax, html and
 * Moodle's auto-format without tags (entities decoded), plain as written.
 */
export function quizPlainText(text: string, format: TextFormat): string {
  switch (format) {
    case 'plain':
      return text;
    case 'markdown':
      return mdastText(markdownToMdast(text) as unknown as MdNode);
    case 'html':
    case 'moodle':
      return htmlText(htmlToHast(text) as unknown as HtmlNode);
  }
}
