import { describe, expect, it } from 'vitest';
import { planQuery } from '~/lib/search/query-plan';

describe('planning a search query', () => {
  it('requires every bigram of a Chinese query, in Simplified script', () => {
    expect(planQuery('韌性治理').required).toEqual(['韧性', '性治', '治理']);
    expect(planQuery('韧性治理').required).toEqual(['韧性', '性治', '治理']);
  });

  it('requires the character itself for a one-character query', () => {
    expect(planQuery('鏈').required).toEqual(['链']);
  });

  it('boosts the whole run of a longer Chinese query without requiring it', () => {
    const plan = planQuery('治理效能提升');
    expect(plan.boosts).toContain('治理效能提升');
    expect(plan.required).not.toContain('治理效能提升');
  });

  it('requires the English stems of a mixed query alongside its bigrams', () => {
    expect(planQuery('AI 決策鏈').required).toEqual(['决策', '策链', 'ai']);
    expect(planQuery('big data 大數據').required).toEqual(['大数', '数据', 'big', 'data']);
  });

  it.each(['AI:', '+', '-', '~', '^', '*', 'title:AI', 'gov*', '+韌性 -治理', 'a~2^3', '"韌性"', '\\', '()[]{}'])(
    'treats lunr operators in %j as separators and never throws',
    (query) => {
      expect(() => planQuery(query)).not.toThrow();
      for (const term of planQuery(query).required) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    },
  );

  it('has nothing to require for a query of stop words or punctuation only', () => {
    expect(planQuery('the of and').required).toEqual([]);
    expect(planQuery('：+~').required).toEqual([]);
  });

  it('keeps the folded phrase for ranking, gluing Chinese runs split by punctuation', () => {
    expect(planQuery('韌性-治理').phrase).toBe('韧性治理');
    expect(planQuery('Big  Data, 大數據').phrase).toBe('big data 大数据');
  });
});
