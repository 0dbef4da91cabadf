import { splitLocalePath } from './locales';

/**
 * The response header an endpoint sets when its zh-Hans body is Simplified already (the search
 * index: built from converted docs, and megabytes long at a large course), so src/middleware.ts
 * does not convert it a second time.
 */
export const ALREADY_HANS_HEADER = 'x-already-zh-hans';

/** Whether src/middleware.ts converts this response to zh-Hans: zh-Hans text that is not marked as converted. */
export function needsHansConversion(pathname: string, headers: Headers): boolean {
  if (splitLocalePath(pathname).locale !== 'zh-Hans') return false;
  if (headers.has(ALREADY_HANS_HEADER)) return false;
  return /text\/html|application\/json|text\/plain/.test(headers.get('content-type') ?? '');
}
