/** Patterns that open a new block in a UN report: shared by the cleaner and the segmenter. */

/** A numbered paragraph: "12. Le ..." (OCR may print "12, Le ..."). */
export const PARAGRAPH_NUMBER = /^(\d{1,3})([.,])\s+(?=[\p{Lu}«"'([]|\p{N})/u;
/** A paragraph of a budget fascicle, numbered within its section: "24.9 With regard to ...". */
export const SECTION_PARAGRAPH = /^(\d{1,2})\.(\d{1,3})\s+(?=[\p{Lu}(“"‘'«])/u;
/** A sub-item inside a paragraph: "a) ...", "ii) ...", and in English "(a) ...". */
export const SUB_ITEM = /^\(?(?:[a-z]|[ivx]{1,5})\)\s/;
/** The opening of a preambular clause of a resolution ("Recalling", "Deeply concerned", "Rappelant"). */
export const PREAMBLE_OPENER =
  /^(?!(?:During|Beijing|Morning|Evening|Durant|Pendant|Avant|Cependant|Maintenant|Néanmoins)\b)(?:\p{Lu}\p{Ll}+(?:ing|ant)|Mindful|Conscious|Cognizant|Convinced|Concerned|Aware|Alarmed|Determined|Desirous|Guided|Deeply|Gravely|Seriously|Strongly|Noting|Bearing|Having|Consciente?s?|Convaincue?s?|Préoccupée?s?|Profondément|Vivement|Se félicitant|Ayant)\b/u;
/** A chapter heading "IV. Titre" or a lettered sub-section "B. Titre". */
export const ROMAN_HEADING = /^([IVXL]{1,6})\.\s+\S/;
export const LETTER_HEADING = /^([A-Z])\.\s+\S/;
/** The meeting that adopted a resolution: "50th plenary meeting", "50th (resumed) plenary meeting", "69e séance plénière". */
export const CLOSING_LINE = /^\d{1,3}(?:st|nd|rd|th|e|re)\s+(?:\((?:resumed|reprise)\)\s+)?(?:plenary meeting|séance plénière)$/;
/** A table's or figure's number alone on its line, its caption under it: "Figure 17.I", "Table 24.3", "Tableau 2". */
export const CAPTION_NUMBER = /^(?:Figure|Table|Tableau)\s+[\dIVXL]{1,6}(?:\.[\dIVXLA-Z]{1,6})*$/;
/** A footnote line: superscript number, or stars for notes on the title. */
export const FOOTNOTE_LINE = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})\s/;

const TERMINAL = /[.:;!?»"”]$/;

/** Whether a line ends a sentence (a wrapped line usually does not). */
export function endsSentence(line: string): boolean {
  // Only the last character counts: the pattern is not tried along the whole line.
  return TERMINAL.test(line.trimEnd().slice(-1));
}
