import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;

function hrefsIn(html: string, base: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) =>
    new URL((match[1] ?? '').replaceAll('&amp;', '&'), base).href.replace(/#.*$/, ''),
  );
}

const isConceptPage = (url: string): boolean => /^\/(?:(?:zh-Hans|en)\/)?concepts\//.test(new URL(url).pathname);

describe('links on the concept pages', () => {
  it('all lead somewhere: every internal <a href> on /concepts/ pages, followed once, answers 200', async () => {
    const starts = ['/concepts/', '/zh-Hans/concepts/', '/en/concepts/'].map((path) => new URL(path, siteUrl).href);
    const seen = new Set<string>(starts);
    const queue = [...starts];
    const dead: string[] = [];
    while (queue.length > 0) {
      const batch = queue.splice(0, 32);
      await Promise.all(
        batch.map(async (url) => {
          const response = await fetch(url);
          if (response.status !== 200) {
            dead.push(`${url} → ${response.status}`);
            return;
          }
          if (!isConceptPage(url)) return;
          for (const href of hrefsIn(await response.text(), url)) {
            if (new URL(href).origin !== origin || seen.has(href)) continue;
            seen.add(href);
            queue.push(href);
          }
        }),
      );
    }
    expect(dead).toEqual([]);
    expect([...seen].filter(isConceptPage).length).toBeGreaterThan(3 * 390);
  }, 180_000);
});
