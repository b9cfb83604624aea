import type { Token } from '../document.js';
import { speechHeaderNouns } from '../lexicons/cues.js';
import { isFirstPersonPronoun, isSpeakerLike, type Range } from './phrases.js';
import type { Frame, SentenceView } from './frames.js';

const HEADER_NOUNS: ReadonlySet<string> = new Set(speechHeaderNouns);
/** Words that end the speaker's name in a header: "Remarks by X at the Conference". */
const NAME_ENDS = new Set(['at', 'to', 'on', 'during', 'before', 'in', 'for', ',', ':', '(', '-', '–', '—']);
/** How far into the line "by" may stand: "Opening Remarks by", "Keynote Speech by". */
const MAX_HEADER_LEAD = 4;

/**
 * A line that opens a transcript, "REMARKS BY MINISTER ... DR VIVIAN BALAKRISHNAN AT ...":
 * returns a hidden frame naming the speaker of every unattributed sentence that follows.
 */
export function speechHeader(view: SentenceView): Frame | null {
  const found = headerName(view, 'by');
  if (!found) return null;
  return { sentence: view.index, source: found, cue: null, content: [], mode: 'direct', rule: 'attribute/speech-header', inherits: null, headline: view.headline, hidden: true };
}

/**
 * A headline "Readout from NSC Spokesperson Emily Horne on ...": the one named after
 * "from" gives the readout, and is the headline's speaker (only the headline's).
 */
export function issuedFromHeader(view: SentenceView): Frame | null {
  if (!view.headline) return null;
  const found = headerName(view, 'from');
  if (!found) return null;
  return { sentence: view.index, source: found, cue: null, content: [[view.first, view.last]], mode: 'indirect', rule: 'attribute/issued-from', inherits: null, headline: true, hidden: false };
}

function headerName(view: SentenceView, preposition: string): Range | null {
  const { tokens } = view;
  const limit = Math.min(view.last, view.first + MAX_HEADER_LEAD + 1);
  for (let i = view.first + 1; i < limit; i += 1) {
    if (tokens[i]!.lower !== preposition) continue;
    if (!HEADER_NOUNS.has(tokens[i - 1]!.lower)) return null;
    const name = nameAfter(tokens, i + 1, view.last);
    return name && isSpeakerLike(tokens, name) ? name : null;
  }
  return null;
}

function nameAfter(tokens: Token[], start: number, last: number): Range | null {
  let end = start;
  while (end < last && !NAME_ENDS.has(tokens[end]!.lower) && tokens[end]!.value !== '.') end += 1;
  return end > start ? [start, end] : null;
}

/** "I" or "we" as the source of a frame inside a transcript: the speaker of the transcript. */
export function isFirstPersonSource(tokens: Token[], frame: Frame): boolean {
  if (!frame.source) return false;
  const [start, end] = frame.source;
  return end - start === 1 && isFirstPersonPronoun(tokens[start]!.lower);
}
