// Real sentences from United Nations and related pages (one sentence each, its address beside it)
// whose digits are symbols, references, ordinals, years, article numbers, footnote markers, phone
// numbers or resolution numbers. None of them states a figure: the extractor must find no fact in
// any of them. A wrong figure is worse than a missing one, so this list only ever grows.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';
import { paragraphsDocument } from './test-support/one-paragraph.ts';

const FRENCH: ReadonlyArray<[string, string]> = [
  ['https://treaties.un.org/doc/source/RecentTexts/18-12-b.F.doc', "Rappelant la résolution 54/212 de l'Assemblée générale du 22 décembre 1999, dans laquelle l'Assemblée a instamment engagé les États Membres et les organismes des Nations Unies à renforcer la coopération internationale dans le domaine des migrations internationales et du développement."],
  ['https://ls-fts.unog.ch/sites/default/files/Redaction/CRC_Documents/CRC-Protocole-communic-FS.htm', "Prenant note avec satisfaction de l'adoption par le Conseil des droits de l'homme, par sa résolution 17/18 du 17 juin 2011 1, du Protocole facultatif à la Convention relative aux droits de l'enfant établissant une procédure de présentation de communications,"],
  ['https://ls-fts.unog.ch/sites/default/files/Redaction/CRC_Documents/CRC-Protocole-communic-FS.htm', "66/138. Protocole facultatif à la Convention relative aux droits de l'enfant établissant une procédure de présentation de communications"],
  ['https://news.un.org/fr/story/2005/12/84072', "Le Secrétaire général a fait observer que la Convention de 1995, instrument juridique clef dont l'entrée en vigueur en 1999 avait marqué une avancée, souffrait d'un grave défaut que le Protocole actuel était venu corriger, après plusieurs années de négociations au sein de sa Sixième Commission, la commission juridique de l'Assemblée générale."],
  ['https://press.un.org/fr/2002/agj373.doc.htm', '6ème séance – matin'],
  ['https://web.dev.ohchr.un-icc.cloud/fr/press-releases/2009/10/default-title-342', "Elle prierait la Rapporteuse spéciale de lui présenter à sa 59e session un rapport d'activité, assorti de recommandations en vue de l'adoption de mesures plus efficaces pour lutter contre ce phénomène."],
  ['http://archiv.osn.cz/system-osn/programy-a-dalsi-organy-osn/?i=97', 'telefon: (43 1) 26060 0; fax: (43 1) 26060 5866'],
];

const ENGLISH: ReadonlyArray<[string, string]> = [
  ['https://documents.pub/document/delegatesa-vienna-aoeblue-booka-the-aoeblue-booka-lists-the-diplomatic.html', 'Changes or suggestions to the handbook should be brought to the attention of the Secretariat to the Governing Bodies, Division for Treaty Affairs, United Nations Office on Drugs and Crime, P.O. Box 500, Vienna International Centre, 1400 Vienna, Austria.'],
  ['http://www.unvienna.org/unov/en/unodc.html', 'In 2002, the General Assembly approved an expanded programme of activities for the Terrorism Prevention Branch of UNODC.'],
  ['https://www.bmeia.gv.at/oev-new-york/austria-in-the-un/the-un-in-vienna/', 'The “Vienna International Centre”, which celebrated its 30th anniversary in October 2009, is the seat of important offices of the United Nations, such as the International Atomic Energy Agency (IAEA), the Organisation for the Comprehensive Nuclear-Test-Ban Treaty Organisation (CTBTO) and the Office for Drug Control (UNODC).'],
  ['https://dokumen.tips/documents/the-vienna-international-centre-keeping-pace-with-the-the-year-2004-marks-the.html', 'The year 2004 marks the 25th anniversary of the Vienna International Centre.'],
  ['http://unodc.org/unodc/en/treaties/CTOC/signatures.html', 'Note: The Protocol was adopted by resolution A/RES/55/25 of 15 November 2000 at the fifty-fifth session of the General Assembly of the United Nations.'],
  ['https://www.girlsrightsplatform.org/en/entity/pxozlldfgxk?page=2', 'Taking note of the adoption of the Worst Forms of Child Labour Convention, 1999 (No. 182), of the International Labour Organization, 9 which requires its members that ratify the Convention to take immediate and effective measures to secure the prohibition and elimination of the worst forms of child labour as a matter of urgency,'],
  ['https://info.5y1.org/victims-rights-ga_1_c623c4.html', 'The Secretary-General has the honour to transmit to the members of the General Assembly the report of the Special Rapporteur on trafficking in persons, especially women and children, Joy Ngozi Ezeilo submitted in accordance with Human Rights Council resolution 17/1.'],
  ['http://phpstack-153446-545489.cloudwaysapps.com/2022/12/12/which-is-the-best-definition-of-the-term-annex-brainly/', 'The Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition was adopted by the General Assembly in its resolution 55/255 of 31 May 2001.'],
  ['https://library.law.utoronto.ca/whrrdocument/protocol-prevent-suppress-and-punish-trafficking-especially-women-and-children', 'Adopted by the UN General Assembly on November 15, 2000, the Trafficking Protocol came into force on December 25, 2003 to supplement the UN Convention Against Transnational Organized Crime.'],
  ['http://archiv.osn.cz/system-osn/programy-a-dalsi-organy-osn/?i=97', 'telefon: (43 1) 26060 0; fax: (43 1) 26060 5866'],
];

describe('sentences that state no figure yield no fact', () => {
  it.each(FRENCH)('French, from %s', (_address, sentence) => {
    const { facts, errors } = extractFacts(paragraphsDocument([sentence], 'fr'));
    expect(errors).toEqual([]);
    expect(facts.map((f) => `${f.kind} ${f.value} ${f.unit ?? ''}`)).toEqual([]);
  });

  it.each(ENGLISH)('English, from %s', (_address, sentence) => {
    const { facts, errors } = extractFacts(paragraphsDocument([sentence], 'en'));
    expect(errors).toEqual([]);
    expect(facts.map((f) => `${f.kind} ${f.value} ${f.unit ?? ''}`)).toEqual([]);
  });

  it('all of them at once, in one document per language, stays at zero', () => {
    expect(extractFacts(paragraphsDocument(FRENCH.map(([, s]) => s), 'fr')).facts).toHaveLength(0);
    expect(extractFacts(paragraphsDocument(ENGLISH.map(([, s]) => s), 'en')).facts).toHaveLength(0);
  });
});
