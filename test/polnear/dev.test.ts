import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { bratFloorsCheck, evaluateFolder, validateBratFloors } from '../../src/eval/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const devDir = join(here, '..', '..', '..', 'shared', 'corpus', 'polnear', 'dev');
/** The ratchet: figures the library must not fall below; raised as the numbers improve (docs/accuracy.md). */
const floors = validateBratFloors(JSON.parse(readFileSync(join(here, 'floors.json'), 'utf8')));

if (!existsSync(devDir)) console.warn('[claimex] ../shared/corpus/polnear/dev not found: the PolNeAR floors test is skipped.');

describe.runIf(existsSync(devDir))('PolNeAR dev', () => {
  it('stays at or above every committed floor', () => {
    const started = performance.now();
    const report = evaluateFolder(devDir, (text) => extractClaims(text));
    const seconds = (performance.now() - started) / 1000;
    if (report.format !== 'brat') throw new Error('PolNeAR dev should be read as brat standoff');
    expect(report.total.articleCount).toBe(84);
    expect(bratFloorsCheck(report, floors).map((failure) => failure.message)).toEqual([]);
    // Speed kept: the 84 articles in well under 10 seconds, even on a loaded machine.
    expect(seconds).toBeLessThan(10);
  });
});
