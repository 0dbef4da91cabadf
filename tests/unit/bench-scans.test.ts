import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalFetches } from '../../bench/lib/external-refs';
import { missingPageTypes, pagesOfEachType } from '../../bench/lib/page-types';
import { scanForSecrets, secretValuesFromEnv } from '../../bench/lib/scan-secrets';

describe('external fetch scan', () => {
  it('finds scripts, stylesheets, images, preloads and CSS urls from other hosts', () => {
    const html = `<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/a.css">
      <img src="https://img.example/a.png" srcset="/local.png 1x, https://img.example/b.png 2x"><style>body{background:url("https://bg.example/c.png")}</style>
      <link rel="modulepreload" href="https://cdn.example/m.js"><script type="module" src="/_astro/ok.js"></script>`;
    expect(externalFetches(html).sort()).toEqual([
      '//fonts.example/a.css',
      'https://bg.example/c.png',
      'https://cdn.example/m.js',
      'https://cdn.example/x.js',
      'https://img.example/a.png',
      'https://img.example/b.png',
    ]);
  });

  it("ignores links a reader may follow and the site's own files", () => {
    const html = `<a href="https://doi.example/10.1">source</a><link rel="canonical" href="https://site.example/"><link rel="alternate" hreflang="en" href="https://site.example/en/"><img src="/figures/a.svg">`;
    expect(externalFetches(html)).toEqual([]);
  });
});

describe('secret scan', () => {
  it('finds a secret value and credential-shaped strings, and says where without printing the secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-secrets-'));
    writeFileSync(join(dir, 'a.html'), '<p>ok</p>');
    writeFileSync(join(dir, 'b.js'), 'const p="s3cret-value-123";');
    writeFileSync(join(dir, 'c.json'), '{"uri":"neo4j+s://neo4j:hunter22@db.example:7687"}');
    writeFileSync(join(dir, 'd.txt'), 'NEO4J_PASSWORD=abcdef');
    const findings = scanForSecrets(dir, ['s3cret-value-123', 'short']);
    expect(findings.map((f) => f.file).sort()).toEqual(['b.js', 'c.json', 'd.txt']);
    expect(JSON.stringify(findings)).not.toContain('s3cret-value-123');
  });

  it('takes the values of secret-named variables only', () => {
    expect(
      secretValuesFromEnv({ NEO4J_PASSWORD: 'pw-123456', HOME: '/root', GITHUB_TOKEN: 'tok-abcdef', EMPTY_SECRET: '' }),
    ).toEqual(['pw-123456', 'tok-abcdef']);
  });
});

describe('page types in a build', () => {
  it('finds one page per type and language, skips quiz pages as lessons, and lists the types not built', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    for (const path of [
      'index.html',
      'modules/intro/index.html',
      'modules/intro/quiz/index.html',
      'modules/intro/concept/index.html',
      'en/index.html',
      'en/graph/index.html',
    ]) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), '<html></html>');
    }
    expect(pagesOfEachType(dist, 'zh-Hant')).toEqual([
      { type: 'home', locale: 'zh-Hant', path: '/' },
      { type: 'module', locale: 'zh-Hant', path: '/modules/intro/' },
      { type: 'lesson', locale: 'zh-Hant', path: '/modules/intro/concept/' },
      { type: 'quiz', locale: 'zh-Hant', path: '/modules/intro/quiz/' },
    ]);
    expect(pagesOfEachType(dist, 'en').map((p) => p.path)).toEqual(['/en/', '/en/graph/']);
    expect(missingPageTypes(dist, 'en')).toContain('lesson');
  });
});
