import type { BudgetDocument } from './schema/budget-types.generated.js';

/** A 名词解释 entry with the other spellings it is found under in running text. */
export interface GlossaryTerm {
  /** The term as the glossary prints it (“三公”经费). */
  term: string;
  definition: string;
  /** Other spellings that also match: without quotes (三公经费), with straight quotes ("三公"经费). */
  aliases: string[];
}

/** One occurrence of a term in a text: [start, end) in UTF-16 code units, as String#slice takes them. */
export interface TermMatch {
  /** The glossary's own spelling, to look the definition up, whichever spelling matched. */
  term: string;
  start: number;
  end: number;
}

/** Quotation marks reports put around terms, and not always the same ones in the glossary and the text. */
const QUOTES = /[“”‘’"'「」『』]/g;

/** The glossary terms with quote-free and straight-quote aliases, in glossary order; [] without a glossary. */
export function glossaryTerms(doc: BudgetDocument): GlossaryTerm[] {
  return (doc.glossary ?? []).map(({ term, definition }) => {
    const spellings = [term.replace(QUOTES, ''), term.replace(/[“”「」『』]/g, '"').replace(/[‘’]/g, "'")];
    const aliases = [...new Set(spellings)].filter((s) => s !== term && s !== '');
    return { term, definition, aliases };
  });
}

/**
 * The glossary terms in `text`, non-overlapping, in text order. Longer spellings are placed first
 * anywhere in the text, so a term inside a longer one (财政拨款 in a hypothetical 财政拨款收入) is
 * only matched where the longer one is absent; equal lengths go by glossary order. Every
 * occurrence is returned; a view that marks only the first can filter by `term`.
 */
export function findTerms(text: string, terms: readonly Pick<GlossaryTerm, 'term' | 'aliases'>[]): TermMatch[] {
  const spellings = terms
    .flatMap(({ term, aliases }) => [term, ...aliases].map((spelling) => ({ term, spelling })))
    .filter(({ spelling }) => spelling !== '')
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.spelling.length - a.spelling.length || a.order - b.order);
  const taken = new Array<boolean>(text.length).fill(false);
  const found: TermMatch[] = [];
  for (const { term, spelling } of spellings) {
    for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
      const end = at + spelling.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ term, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
