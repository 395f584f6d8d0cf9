import { textWidth, truncateToWidth, type LabelFont } from './labels.js';

/** One piece of text in the centre circle, in the order shown from top to bottom. */
export interface CentreBlock {
  text: string;
  /** Names the block for styling: the component's class of its lines. */
  role: string;
  fontSize: number;
  font: LabelFont;
  /** 'truncate' cuts a long text with '…' (the full name is in the tooltip); 'wrap' breaks it at spaces. */
  fit: 'truncate' | 'wrap';
  /** An optional block is left out, before any other, when everything does not fit. */
  optional?: boolean;
}

/** A line placed in the centre: `y` is the middle of its box, from the circle's centre. */
export interface CentreLine {
  text: string;
  role: string;
  fontSize: number;
  y: number;
}

const widthOf = (text: string, block: CentreBlock) => textWidth(text, block.fontSize, block.font);
const lineHeight = (block: CentreBlock) => block.font.heightEms * block.fontSize;

/** Greedy word wrap at spaces; null when one word alone is wider than `width`. */
function wrap(block: CentreBlock, width: number): string[] | null {
  const lines: string[] = [];
  for (const word of block.text.split(' ').filter(Boolean)) {
    const joined = lines.length > 0 ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length > 0 && widthOf(joined, block) <= width) lines[lines.length - 1] = joined;
    else if (widthOf(word, block) <= width) lines.push(word);
    else return null;
  }
  return lines;
}

/** The lines of every block at one width for all, or null when a block cannot fit it. */
function linesAt(blocks: readonly CentreBlock[], width: number): { block: CentreBlock; text: string }[] | null {
  const lines: { block: CentreBlock; text: string }[] = [];
  for (const block of blocks) {
    if (block.fit === 'truncate') {
      const text = truncateToWidth(block.text, width, block.fontSize, block.font);
      if (widthOf(text, block) > width) return null;
      lines.push({ block, text });
      continue;
    }
    const wrapped = wrap(block, width);
    if (!wrapped) return null;
    lines.push(...wrapped.map((text) => ({ block, text })));
  }
  return lines;
}

/** Width of the circle's chord at `distance` from its centre. */
const chord = (radius: number, distance: number) => (distance < radius ? 2 * Math.sqrt(radius ** 2 - distance ** 2) : 0);

/**
 * The blocks as lines stacked about the centre, each line's whole box inside the circle. Every
 * line gets the width of the top and bottom lines, the narrowest; more lines make the stack taller
 * and that width smaller, so the width is narrowed until the stack fits or nothing can.
 */
function stack(blocks: readonly CentreBlock[], radius: number): CentreLine[] | null {
  let lines = linesAt(blocks, 2 * radius);
  for (let attempt = 0; lines && attempt < 20; attempt++) {
    const height = lines.reduce((sum, line) => sum + lineHeight(line.block), 0);
    const width = chord(radius, height / 2);
    const fitting = lines.every((line) => widthOf(line.text, line.block) <= width);
    if (fitting) return place(lines, height);
    lines = linesAt(blocks, width);
  }
  return null;
}

function place(lines: { block: CentreBlock; text: string }[], height: number): CentreLine[] {
  let top = -height / 2;
  return lines.map(({ block, text }) => {
    const y = top + lineHeight(block) / 2;
    top += lineHeight(block);
    return { text, role: block.role, fontSize: block.fontSize, y };
  });
}

/**
 * The centre circle's text: every block that fits wholly inside a circle of `radius`, leaving out
 * optional blocks, the last first, while all do not fit; empty when even the required ones cannot
 * (the circle's accessible name and tooltip still say everything). Sizes never shrink: 12 px is
 * the floor.
 */
export function layoutCentre(blocks: readonly CentreBlock[], radius: number): CentreLine[] {
  let shown = [...blocks];
  for (;;) {
    const lines = stack(shown, radius);
    if (lines) return lines;
    const dropped = shown.map((block) => block.optional).lastIndexOf(true);
    if (dropped < 0) return [];
    shown = shown.filter((_, index) => index !== dropped);
  }
}
