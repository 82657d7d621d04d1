import type { FactDraft } from '@palermo/contracts';
import { draftFact } from './fact-draft.ts';
import type { DateMention } from './dates.ts';
import type { LanguageProfile } from './language-profile.ts';
import { allMatches } from './matches.ts';
import { resolveInstrument, type DocumentState, type SentenceUnit } from './sentence-unit.ts';
import { findStates, type StateMention } from './states.ts';

type Action = LanguageProfile['treaty']['actions'][number][1];

interface ActionMention {
  start: number;
  end: number;
  action: Action;
  forward: boolean; // governs the States listed after it ("ont adhéré au Protocole : Andorre...")
}

// The profile's verbs are past participles and nouns only: "à ratifier" is an exhortation, not a reported action.
function findActions(folded: string, profile: LanguageProfile): Omit<ActionMention, 'forward'>[] {
  const actions: Omit<ActionMention, 'forward'>[] = [];
  for (const [pattern, action] of profile.treaty.actions) {
    for (const m of allMatches(pattern, folded)) actions.push({ start: m.index, end: m.index + m[0].length, action });
  }
  return actions.sort((a, b) => a.start - b.start);
}

// An action governs the States after it when a list follows it: "ont adhéré au Protocole : Andorre...".
function withDirection(actions: Omit<ActionMention, 'forward'>[], folded: string, states: StateMention[], profile: LanguageProfile): ActionMention[] {
  return actions.map(({ start, end, action }) => {
    const nextState = states.find((s) => s.start >= end);
    const between = nextState ? folded.slice(end, nextState.start) : '';
    return { start, end, action, forward: profile.treaty.listForward.test(between) };
  });
}

function actionFor(state: StateMention, actions: ActionMention[]): ActionMention | null {
  const before = actions.filter((a) => a.end <= state.start);
  const governing = before[before.length - 1];
  if (governing?.forward) return governing;
  // "la Grèce ... et le Maroc ayant ratifié le Protocole": the action follows its subjects.
  const following = actions.find((a) => a.start >= state.end && !a.forward);
  if (following) return following;
  // "... en 2011 et le Burundi, l'Éthiopie et le Viet Nam en 2012": the verb is understood.
  return governing ?? null;
}

function dateFor(state: StateMention, dates: DateMention[], folded: string, states: StateMention[]): DateMention | null {
  // "Andorre (21 septembre 2022)"
  const inParens = /^\s*\(/.exec(folded.slice(state.end));
  if (inParens) {
    const close = folded.indexOf(')', state.end);
    const d = dates.find((x) => x.start > state.end && x.end <= close);
    if (d) return d;
  }
  // Otherwise the first date after the State that no other State's parentheses own: "... en 2011".
  const owned = (d: DateMention) => states.some((s) => s !== state && s.end <= d.start && /^\s*\($/.test(folded.slice(s.end, d.start)));
  // "Le 1er décembre 2020, le Tchad a adhéré": with nothing after it, the date before the State.
  return dates.find((d) => d.start >= state.end && !owned(d)) ?? dates.filter((d) => d.end <= state.start && !owned(d)).pop() ?? null;
}

/** Extracts "State S ratified/acceded to instrument I on date D" for every State named as joining. */
export function extractTreatyActions(unit: SentenceUnit, state: DocumentState): FactDraft[] {
  if (unit.instruments.length === 0) return [];
  // The verbs first: they are rarer than State names, and the long list of names is read only when one is found.
  const verbs = findActions(unit.folded, unit.profile);
  if (verbs.length === 0) return [];
  const states = findStates(unit.text, unit.profile, unit.folded);
  if (states.length === 0) return [];
  const actions = withDirection(verbs, unit.folded, states, unit.profile);
  const dates = unit.dates;
  const facts: FactDraft[] = [];
  for (const s of states) {
    const action = actionFor(s, actions);
    if (!action) continue;
    // The action must name what is joined ("ratifié le Protocole", "le Protocole, ratifié"), or it is
    // some other approval ("déclaration approuvée par les ministres").
    // "la Somalie l'a ratifié", "y ont adhéré": the pronoun stands for the instrument named before.
    const pronoun = unit.profile.treaty.pronounBefore.test(unit.folded.slice(Math.max(0, action.start - 12), action.start))
      || /^\s+(?:it|them)\b/.test(unit.folded.slice(action.end, action.end + 8)); // "Bhutan ratified it"
    const mention = unit.instruments.find((m) => m.start >= action.end && m.start - action.end <= 40)
      ?? unit.instruments.filter((m) => m.end <= action.start && (pronoun || action.start - m.end <= 15)).pop();
    if (!mention) continue;
    const { instrument, fromContext } = resolveInstrument(mention, unit, state);
    const date = dateFor(s, dates, unit.folded, states);
    const flags: string[] = [];
    let confidence = 0.9;
    if (action.action === null) {
      flags.push('action_unspecified');
      confidence -= 0.1;
    }
    if (fromContext) {
      flags.push('instrument_from_context');
      confidence -= 0.1;
    }
    if (!date) confidence -= 0.1;
    facts.push(draftFact(unit, {
      kind: 'treaty_action', state: s.state, state_code: s.code, action: action.action, instrument, date: date?.iso ?? null,
      flags, confidence, localSpan: [s.start, s.end],
    }));
  }
  return facts;
}
