/**
 * Every rule name the attribute stage can report in a claim's `evidence` is explained in
 * docs/taxonomy.md, where users look evidence up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RULE_NAME = /'(attribute\/[a-z-]+)'/g;

function ruleNames(): string[] {
  const files = ['src/extractor.ts', ...readdirSync(join(ROOT, 'src', 'attribute')).map((file) => `src/attribute/${file}`)];
  const names = new Set<string>();
  for (const file of files) for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(RULE_NAME)) names.add(match[1]!);
  return [...names].sort();
}

describe('attribution rules', () => {
  it('are found in the source', () => {
    expect(ruleNames()).toEqual(expect.arrayContaining(['attribute/leading', 'attribute/parenthetical', 'attribute/narration']));
  });

  it('each have a row in docs/taxonomy.md', () => {
    const taxonomy = readFileSync(join(ROOT, 'docs', 'taxonomy.md'), 'utf8');
    expect(ruleNames().filter((name) => !taxonomy.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
