import type { SegmentedDocument, SymbolHint } from '@palermo/contracts';

/**
 * A document fetched by its symbol (a symbols source) is that symbol's edition in that language:
 * what the endpoint was asked for wins over what reading guessed, and a disagreement is a warning.
 */
export function withHint(segmented: SegmentedDocument, hint: SymbolHint | null): SegmentedDocument {
  if (!hint) return segmented;
  const warnings = [...segmented.warnings];
  const { symbol, language } = segmented.metadata;
  if (symbol && symbol !== hint.symbol && !symbol.startsWith(hint.symbol)) warnings.push(`the document reads as ${symbol}, but was fetched as ${hint.symbol}`);
  if (language !== hint.language) warnings.push(`the text reads as ${language}, but was fetched as the ${hint.language} edition`);
  return { ...segmented, metadata: { ...segmented.metadata, symbol: symbol ?? hint.symbol, language: hint.language }, warnings };
}
