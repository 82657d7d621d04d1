// A committee draft as the clean stage reads it from test/fixtures/reading/A_C.2_80_L.36.pdf
// (first page and notes, shortened): its sponsor line carries a star that calls a note.
import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.ts';

const DRAFT = [
  'United Nations',
  'General Assembly',
  'Distr.: Limited',
  '20 October 2025',
  'Original: English',
  'Eightieth session',
  'Second Committee',
  'Agenda item 18 (f)',
  'Sustainable development: Convention on Biological Diversity',
  'Iraq:* draft resolution',
  'Implementation of the Convention on Biological Diversity and its contribution to sustainable development',
  'The General Assembly,',
  'Recalling its resolution 79/208 of 19 December 2024 and its previous resolutions relating to the Convention on Biological Diversity,¹',
  'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
  '1. Takes note of the report of the Executive Secretary of the Convention on Biological Diversity;',
  '2. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.',
  '* On behalf of the States that are members of the Group of 77 and China, taking into account also the provisions of General Assembly resolution ES-10/23 of 10 May 2024.',
  '¹ United Nations, Treaty Series, vol. 1760, No. 30619.',
].join('\n\n');

const STAR_NOTE = '* On behalf of the States that are members of the Group of 77 and China, taking into account also the provisions of General Assembly resolution ES-10/23 of 10 May 2024.';

describe('a draft whose sponsor line calls a star note', () => {
  const doc = segmentText(DRAFT);

  it('keeps the note with the sponsor line, not among the footnotes', () => {
    expect(doc.blocks).toEqual([
      { kind: 'sponsors', text: 'Iraq:* draft resolution', sectionId: null },
      { kind: 'sponsors', text: STAR_NOTE, sectionId: null },
    ]);
    expect(doc.footnotes.map((f) => [f.marker, f.number])).toEqual([['¹', 1]]);
    expect(doc.text).not.toContain('Group of 77');
    expect(doc.metadata.sponsors).toBe('Iraq');
  });

  it('leaves a star note called from elsewhere among the footnotes', () => {
    // The same note, its star on the title instead ("…sustainable development*"): a note on the text.
    const elsewhere = segmentText(DRAFT.replace('Iraq:* draft', 'Iraq: draft').replace('sustainable development\n', 'sustainable development*\n'));
    expect(elsewhere.footnotes.map((f) => f.marker)).toEqual(['*', '¹']);
    expect(elsewhere.blocks).toEqual([{ kind: 'sponsors', text: 'Iraq: draft resolution', sectionId: null }]);
  });
});
