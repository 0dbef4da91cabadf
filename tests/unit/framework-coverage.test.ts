import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';

// Every item of ../shared/FRAMEWORK.md (the coverage checklist), with the key(s) of the node(s)
// that carry it. A missing key, or a node without both names, definitions and a section, fails.
const required: Record<string, readonly string[]> = {
  '0 新質公安戰鬥力 / 公共安全治理 / empowers': ['new-quality-combat-effectiveness', 'public-security-governance'],
  '0 「新」 three aspects and 「質」': [
    'nq-newness',
    'nq-new-situation-tasks',
    'nq-new-building-concept',
    'nq-new-core-elements',
    'nq-quality',
  ],
  '0 first proposed January 2024, [1]': ['ms-2024-national-meeting', 'fn-01'],
  '二(一) five characteristics': [
    'nq-char-building-concept',
    'nq-char-team-quality',
    'nq-char-work-skills',
    'nq-char-management',
    'nq-char-tech-innovation',
  ],
  '二(一) building concept': [
    'holistic-national-security',
    'nq-sense-of-urgency',
    'bottom-line-thinking',
    'extreme-thinking',
  ],
  '二(一) four skill directions': [
    'nq-skill-professional',
    'nq-skill-combat-ready',
    'nq-skill-rule-of-law',
    'nq-skill-tech-based',
  ],
  '二(一) six abilities': [
    'nq-ability-political',
    'nq-ability-law-policy',
    'nq-ability-risk-control',
    'nq-ability-mass-work',
    'nq-ability-tech-application',
    'nq-ability-opinion-guidance',
  ],
  '二(一) management, the adhesive': [
    'nq-police-management-system',
    'nq-mgmt-scientific-functions',
    'nq-mgmt-clear-powers',
    'nq-mgmt-smooth-command',
    'nq-mgmt-efficient-operation',
  ],
  '二(一) technology innovation': ['tech-big-data', 'tech-iot', 'tech-ai', 'tech-blockchain', 'nq-key-core-tech'],
  '二(二) three periods with problems': [
    'period-founding',
    'period-reform',
    'period-new-era',
    'period-founding-problem-hoarding',
    'period-reform-problem-mobile-crime',
    'period-new-era-problem-hidden-risks',
  ],
  '二(二) four shifts': [
    'shift-governance-concept',
    'shift-concept-from-security',
    'shift-concept-to-balance',
    'shift-governance-mode',
    'shift-mode-from-campaign',
    'shift-mode-to-routine',
    'shift-governance-actors',
    'shift-actors-from-solo',
    'shift-actors-to-multi',
    'shift-governance-means',
    'shift-means-from-manpower',
    'shift-means-to-tech',
  ],
  '二(三) evidence figures': [
    'ev-fraud-fund-warnings',
    'ev-fraud-face-dissuasion',
    'ev-fraud-calls-blocked',
    'ev-fraud-sms-blocked',
    'ev-fraud-domains-handled',
    'ev-fraud-funds-intercepted',
    'ev-online-services-total',
    'ev-online-services-full',
    'ev-standards-2023',
  ],
  '二(三) milestones': [
    'ms-1960-first-institute',
    'ms-2003-golden-shield',
    'ms-all-police-collection',
    'ms-all-police-application',
    'ms-all-police-sharing',
    'ms-2016-integrated-platforms',
    'ms-platform-combined-operations',
    'ms-platform-video-networking',
    'ms-platform-police-integrated',
    'ms-platform-mobile-policing',
  ],
  '三 five dimensions': [
    'dim-value-concept',
    'dim-change-orientation',
    'dim-mode-innovation',
    'dim-tool-innovation',
    'dim-efficacy',
  ],
  '三 driving elements': [
    't1-people-centred',
    't1-all-round-security-net',
    't1-cross-center-collaboration',
    't1-full-chain-smart-governance',
    'resilient-governance',
  ],
  '三(一) people first': [
    'th-sense-of-security',
    'th-satisfaction',
    'th-sense-of-happiness',
    'th-sense-of-gain',
    'th-people-as-judge',
  ],
  '三(二) security net': [
    'tech-big-data',
    'tech-cloud-computing',
    'tech-iot',
    'tech-blockchain',
    'tech-mobile-internet',
    'tech-ai',
    'th-physical-space',
    'th-information-space',
    'th-psychological-space',
    'th-technical-prevention',
    'th-human-prevention',
    'th-physical-prevention',
    'th-regular-events',
    'th-sudden-events',
  ],
  '三(三) multi-actor collaboration': [
    'th-actor-government',
    'th-actor-enterprises',
    'th-actor-social-organizations',
    'th-actor-grassroots-communities',
    'th-actor-citizens',
    'th-monocentric-governance',
    'th-information-silo',
    't1-transparency-credibility',
  ],
  '三(四) five chains and their tools': [
    'chain-perception',
    'chain-assessment',
    'chain-contingency-plan',
    'chain-decision',
    'chain-disposal',
    'tech-knowledge-graph',
    'tech-machine-learning',
    'tech-deep-learning',
    'tech-3d-simulation',
    'tech-5g',
    'tech-drones',
    'tech-beidou',
    'tech-mobile-police-terminal',
    't1-smart-governance-aggregation',
    'th-by-circumstance',
    'th-by-time',
    'th-by-place',
    'th-by-matter',
    'th-by-people',
  ],
  '三(五) resilience': [
    'th-resist',
    'th-adapt',
    'th-absorb',
    'th-recover',
    'th-2030-agenda',
    'th-resilient-cities-goal',
    'th-fusion-technology',
    'th-fusion-space',
    'th-fusion-actor',
    'th-fusion-platform',
    'th-fusion-resource',
    'th-cross-level',
    'th-cross-region',
    'th-cross-system',
    'th-cross-department',
    'th-cross-business',
    'th-front-end-perception',
    'th-event-assessment',
    'th-plan-simulation',
    'th-smart-decision',
    'th-smart-disposal',
    'th-cap-leadership',
    'th-cap-planning',
    'th-cap-execution',
    'th-cap-control',
    'th-cap-evaluation',
    'th-cap-adaptability',
    'th-cap-recovery',
  ],
  '四 five challenges': [
    'challenge-uncertainty',
    'challenge-nontraditional-risks',
    'challenge-layered-demands',
    'challenge-tech-alienation',
    'challenge-tech-imbalance',
  ],
  '四(一) environment': [
    'risk-global-change',
    'risk-nontraditional-threats',
    'risk-transnational-threat',
    'risk-eco-environment-threat',
    'risk-epidemic-threat',
    'risk-terrorism-threat',
    'risk-domestic-imbalance',
    'risk-black-swan',
    'risk-grey-rhino',
  ],
  '四(二) non-traditional fields': [
    'risk-nts-economic',
    'risk-nts-financial',
    'risk-nts-technology',
    'risk-nts-energy',
    'risk-nts-ecological',
    'risk-nts-social',
    'risk-nts-food',
    'risk-nts-biological',
    'ch-cross-regional-spread',
    'ch-cross-field-fusion',
    'ch-cross-temporal-superposition',
    'risk-megacity-pressure',
  ],
  '四(三) layered demands': [
    'risk-multilevel-demand',
    'risk-diversified-demand',
    'ch-demand-levels',
    'ch-demand-fields',
    'ch-demand-functions',
    'ch-prevention-first',
    'ch-resolution-first',
    'ch-service-first',
  ],
  '四(四) four alienations': [
    'risk-digital-incapacity',
    'risk-data-bias',
    'risk-decision-bias',
    'risk-digital-discrimination',
    'risk-digital-bureaucracy',
    'risk-digital-infringement',
    'risk-data-leakage',
  ],
  '四(五) four imbalances': [
    'risk-regional-imbalance',
    'risk-institutional-imbalance',
    'risk-group-imbalance',
    'risk-cognitive-imbalance',
    'risk-face-project',
  ],
  '五 four paths': ['path-systems-thinking', 'path-resilient-reform', 'path-data-security', 'path-talent'],
  '五(一) systems thinking and the five relationships': [
    'ms5-holistic-thinking',
    'ms5-structural-thinking',
    'ms5-hierarchical-thinking',
    'ms5-open-thinking',
    'ms5-rel-environment',
    'ms5-rel-whole-elements',
    'ms5-rel-basic-key-elements',
    'ms5-rel-multi-actor',
    'ms5-rel-laws-optimization',
    'ms5-bottom-line-extreme-thinking',
  ],
  '五(二) resilient reform': [
    'ms5-seek-change',
    'ms5-seek-difference',
    'ms5-resilient-institutions',
    'ms5-fill-legislative-gaps',
    'ms5-internal-rules',
    'ms5-culture-building',
    'ms5-policing-model',
    'ms5-full-chain-attention',
    'ms5-physical-recovery',
    'ms5-psychological-recovery',
  ],
  '五(三) data security': [
    'ms5-algorithm-oversight',
    'ms5-data-security-monitoring',
    'ms5-data-accountability',
    'ms5-tech-security',
    'ms5-independent-innovation',
    'ms5-chips',
    'ms5-storage-media',
    'ms5-operating-system',
    'ms5-database',
    'ms5-dlc-collection',
    'ms5-dlc-transmission',
    'ms5-dlc-storage',
    'ms5-dlc-processing',
    'ms5-dlc-exchange',
    'ms5-dlc-destruction',
    'ms5-institutional-safeguards',
  ],
  '五(四) talent': [
    'ms5-mindset',
    'ms5-precise-recruitment',
    'ms5-shortage-talent-list',
    'ms5-top-talent',
    'ms5-talent-chain',
    'ms5-police-academies',
    'ms5-universities-research',
  ],
  '圖1 and 表1': ['figure-1', 'table-1'],
  'sources: the paper and 19 footnotes': [
    'paper',
    ...Array.from({ length: 19 }, (_, i) => `fn-${String(i + 1).padStart(2, '0')}`),
  ],
};

const graph = parseExportsOrThrow([
  { file: 'graph/framework.jsonl', text: readFileSync('graph/framework.jsonl', 'utf8') },
]);
const byKey = new Map(graph.nodes.map((node) => [node.properties['key'], node]));

describe('coverage of FRAMEWORK.md in the committed graph', () => {
  for (const [item, keys] of Object.entries(required)) {
    it(`has a named, defined and cited node for every key of "${item}"`, () => {
      const missing = keys.filter((key) => !byKey.has(key));
      expect(missing, `missing keys for ${item}`).toEqual([]);
      for (const key of keys) {
        const properties = byKey.get(key)!.properties;
        for (const name of ['name_zh', 'name_en', 'def_zh', 'def_en', 'section']) {
          expect(String(properties[name] ?? '').trim(), `${key}.${name}`).not.toBe('');
        }
      }
    });
  }

  it('orders the five chains 感知 → 評估 → 預案 → 決策 → 處置 with PRECEDES', () => {
    const next = new Map(
      graph.relationships
        .filter((r) => r.type === 'PRECEDES' && r.properties['sequence'] === 'five-chains')
        .map((r) => [r.start, r.end]),
    );
    const order = ['chain-perception'];
    while (next.has(order.at(-1)!)) order.push(next.get(order.at(-1)!)!);
    expect(order).toEqual([
      'chain-perception',
      'chain-assessment',
      'chain-contingency-plan',
      'chain-decision',
      'chain-disposal',
    ]);
  });

  it('links each Table 1 cell to its dimension row and column', () => {
    const cells = graph.relationships.filter((r) => r.start === 'table-1' && r.type === 'SHOWS');
    const rows = new Set(cells.map((r) => `${r.properties['row']}:${r.properties['column']}`));
    for (let row = 1; row <= 5; row++) {
      expect(rows.has(`${row}:driving_element`)).toBe(true);
      expect(rows.has(`${row}:key_content`)).toBe(true);
    }
  });

  it('lets Figure 1 show the five dimensions, five challenges and four paths around the core', () => {
    const shown = new Set(
      graph.relationships.filter((r) => r.start === 'figure-1' && r.type === 'SHOWS').map((r) => r.end),
    );
    for (const key of [
      ...required['三 five dimensions']!,
      ...required['四 five challenges']!,
      ...required['五 four paths']!,
    ]) {
      expect(shown.has(key), key).toBe(true);
    }
    expect(shown.has('new-quality-combat-effectiveness') && shown.has('public-security-governance')).toBe(true);
  });

  it('keeps the exact numbers of the paper on the evidence nodes, each citing a footnote', () => {
    const cited = new Set(graph.relationships.filter((r) => r.type === 'CITES').map((r) => r.start));
    for (const key of required['二(三) evidence figures']!) {
      expect(typeof byKey.get(key)!.properties['value']).toBe('number');
      expect(cited.has(key), `${key} cites a source`).toBe(true);
    }
    expect(byKey.get('ev-standards-2023')!.properties['value']).toBe(160);
  });
});
