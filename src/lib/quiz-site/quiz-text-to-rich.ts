import type { TextFormat } from '~/lib/quiz/schema/question-base.schema';
import { htmlToRich } from './html-to-rich';
import { markdownToRich } from './markdown-to-rich';
import { type RichNode, textWithBlanks } from './rich-text';

function plainToRich(text: string): RichNode[] {
  return text.split(/\n\s*\n/).map((paragraph): RichNode => ({
    kind: 'paragraph',
    children: paragraph
      .split('\n')
      .flatMap((line, index): RichNode[] => [
        ...(index > 0 ? [{ kind: 'break' } as const] : []),
        ...textWithBlanks(line),
      ]),
  }));
}

/**
 * A quiz text in its question's `format` as safe parts (see src/lib/quiz-site/README.md): markdown as CommonMark,
 * html with a whitelist of tags, plain as written (blank lines make paragraphs), moodle as html with
 * its line breaks kept.
 */
export function quizTextToRich(text: string, format: TextFormat): RichNode[] {
  switch (format) {
    case 'markdown':
      return markdownToRich(text);
    case 'html':
      return htmlToRich(text);
    case 'moodle':
      return htmlToRich(text, true);
    case 'plain':
      return plainToRich(text);
  }
}
