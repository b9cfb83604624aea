/**
 * src/lexicons/verb-forms.json holds the inflections of every cue verb, conjugated by
 * compromise. It is generated, so that the runtime does not load compromise (its model
 * costs most of a second at import). This test regenerates the table and fails when the
 * committed file differs: after editing the cue lexicon, run `npm run lexicons`.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { cueEntries } from '../../src/lexicons/cues.js';
import verbForms from '../../src/lexicons/verb-forms.json' with { type: 'json' };

type Conjugate = (verb: string, model: unknown) => Record<string, string | undefined>;

const TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'PastParticiple'];

/** compromise's verb conjugator, called directly (parsing a document per verb is far slower). */
function conjugate(verb: string): string[] {
  const methods = nlp.methods() as { two?: { transform?: { verb?: { conjugate?: Conjugate } } } };
  const transform = methods.two?.transform?.verb?.conjugate;
  if (!transform) throw new Error('compromise no longer exposes methods().two.transform.verb.conjugate');
  const conjugated = transform(verb, nlp.model());
  const forms = new Set<string>();
  for (const tense of TENSES) {
    const form = conjugated[tense]?.toLowerCase();
    if (form && !form.includes(' ') && form !== verb) forms.add(form);
  }
  return [...forms].sort();
}

/** The first word of every verbal cue phrase ("point out" → "point"); adjectives after "be" are no verbs. */
function cueVerbs(): string[] {
  const verbs = cueEntries.filter((entry) => entry.kind !== 'source' && !entry.afterCopula).map((entry) => entry.phrase.split(' ')[0]!);
  return [...new Set(verbs)].sort();
}

function generatedTable(): Record<string, string[]> {
  return Object.fromEntries(cueVerbs().map((verb) => [verb, conjugate(verb)]));
}

/** One verb a line, so that a lexicon change shows as a one-line diff. */
function asJson(table: Record<string, string[]>): string {
  const lines = Object.entries(table).map(([verb, forms]) => `  ${JSON.stringify(verb)}: ${JSON.stringify(forms)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

describe('the generated cue verb forms', () => {
  it('match compromise for every cue verb (regenerate with `npm run lexicons`)', async () => {
    await expect(asJson(generatedTable())).toMatchFileSnapshot('../../src/lexicons/verb-forms.json');
  });

  it('hold the irregular and spelling-changed forms', () => {
    const table = verbForms as Record<string, string[]>;
    expect(table.say).toEqual(expect.arrayContaining(['said', 'says', 'saying']));
    expect(table.tell).toContain('told');
    expect(table.stress).toEqual(expect.arrayContaining(['stressed', 'stresses']));
    expect(table.reply).toEqual(expect.arrayContaining(['replied', 'replies']));
  });
});
