/** The order in which src/attribute/frames.ts's inheritanceOrder hands frames to the resolver and the id assigner. */
import { describe, expect, it } from 'vitest';
import { inheritanceOrder, type Frame } from '../../src/attribute/frames.js';

function frameOf(sentence: number, inherits: Frame | null = null): Frame {
  return { sentence, source: null, cue: null, content: [], mode: 'narrated', rule: 'attribute/narration', inherits, headline: false, hidden: false };
}

describe('inheritanceOrder', () => {
  it('keeps text order when every frame inherits an earlier one', () => {
    const first = frameOf(0);
    const frames = [first, frameOf(1, first), frameOf(2)];
    expect(inheritanceOrder(frames)).toEqual([0, 1, 2]);
  });

  it('puts a frame that inherits a later one right after it, and the rest in text order', () => {
    const cue = frameOf(2);
    const frames = [frameOf(0), frameOf(1, cue), cue, frameOf(3)];
    expect(inheritanceOrder(frames)).toEqual([0, 2, 1, 3]);
  });

  it('follows a chain of frames that each wait for a later one', () => {
    const top = frameOf(3);
    const middle = frameOf(2, top);
    const frames = [frameOf(0, middle), frameOf(1), middle, top];
    expect(inheritanceOrder(frames)).toEqual([1, 3, 2, 0]);
  });

  it('places every frame once, even in a cycle', () => {
    const a = frameOf(0);
    const b = frameOf(1, a);
    a.inherits = b;
    expect(inheritanceOrder([a, b]).sort()).toEqual([0, 1]);
  });
});
