import type { Locale } from '~/lib/i18n/locales';
import { type QuizStringKey, quizStrings } from './strings';

/** A key of a string the browser fills in itself. */
export type ClientStringKey = Extract<QuizStringKey, `client.${string}`>;

/** The strings the browser needs, by key; rendered as JSON into a `data-strings` attribute. */
export type QuizClientStrings = Record<ClientStringKey, string>;

/**
 * The browser's share of the quiz strings in a page's language (build side only). They travel inside
 * the HTML, so the zh-Hans middleware converts them with the rest of the page.
 */
export function quizClientStrings(locale: Locale): QuizClientStrings {
  const t = quizStrings.for(locale);
  const keys = Object.keys(quizStrings.table.en).filter((key): key is ClientStringKey => key.startsWith('client.'));
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as QuizClientStrings;
}
