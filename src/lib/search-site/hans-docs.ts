import { localizePath, splitLocalePath } from '~/lib/i18n/locales';
import { toHans } from '~/lib/i18n/to-hans';
import type { SearchDoc } from '~/lib/search/search-doc';

// The id's path is ASCII (percent-encoded keys); its #fragment is a heading id, which the middleware
// converts on the zh-Hans page along with the rest of the HTML, so it is converted here too.
function hansUrl(zhHantUrl: string): string {
  const hash = zhHantUrl.indexOf('#');
  const path = hash < 0 ? zhHantUrl : zhHantUrl.slice(0, hash);
  const fragment = hash < 0 ? '' : toHans(zhHantUrl.slice(hash));
  return localizePath('zh-Hans', splitLocalePath(path).path) + fragment;
}

/** The zh-Hans docs: the zh-Hant ones with text converted by the site's toHans and zh-Hans URLs. */
export function hansDocs(zhHantDocs: readonly SearchDoc[]): SearchDoc[] {
  return zhHantDocs.map((doc) => {
    const converted: SearchDoc = {
      ...doc,
      id: hansUrl(doc.id),
      locale: 'zh-Hans',
      title: toHans(doc.title),
      body: toHans(doc.body),
    };
    if (doc.section !== undefined) converted.section = toHans(doc.section);
    return converted;
  });
}
