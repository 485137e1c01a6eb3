import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { bareVerdicts, BARE_VERDICT_HINT } from "./opposition-bare-verdict.ts";
import { recalledEnvoys, RECALLED_ENVOY_HINT } from "./opposition-diplomacy.ts";
import { INVERTED, INVERTED_HINT, invertedTarget, type Denial } from "./opposition-inverted.ts";
import {
  CALLED_UNDONE,
  CALLED_UNDONE_HINT,
  calledUndone,
  undoneTarget,
  URGED_UNDO,
  URGED_UNDO_HINT,
} from "./opposition-urged-undo.ts";
import { namedCallers, WHAT_CALLED_HINT } from "./opposition-what-called.ts";
import { WARNED_PARTY, WARNED_PARTY_HINT, warnedParty } from "./opposition-warned.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { REBUTTAL, REBUTTAL_HINT, rebuttedCritic } from "./opposition-rebuttal.ts";
import { SANCTION_NOUN_HINT, sanctionNouns } from "./opposition-sanction-noun.ts";
import { OWN_STANCE_HINT, ownStances } from "./opposition-own-stance.ts";
import { CAMPAIGN_HINT, campaigns } from "./opposition-campaigned.ts";
import { AGENTLESS_HINT, agentlessStances } from "./opposition-agentless.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { flattened } from "../text/packed-map.ts";
import { QUOTE_ATTRIBUTION_HINT, quotedVerdicts } from "./opposition-quote-attribution.ts";
import { REBUKE_PHRASE_HINT, rebukePhrases } from "./opposition-rebuke-phrase.ts";
import { TOLD_TO_STOP_HINT, toldToStop } from "./opposition-told-to-stop.ts";
import { LIABLE_HINT, liableParties } from "./opposition-liability.ts";
import { CRITICS_HINT, critics } from "./opposition-critics.ts";
import { SNAPBACK_HINT, snapbacks } from "./opposition-snapback.ts";

/** find-oppositions' patternStances: the subject of each match's verb against what it names. */
export type ByPattern = (
  text: string,
  start: number,
  parties: readonly Actor[],
  pattern: RegExp,
  targetIn: (m: RegExpExecArray) => OppositionTarget | readonly OppositionTarget[] | undefined,
) => OppositionMention[];

/**
 * The frames' hints, read every sentence that may hold a stance; each is not run where the letters
 * it needs are missing (see letter-gate.ts).
 */
const HAS = {
  bareVerdict: gatedTest(BARE_VERDICT_HINT),
  rebuttal: gatedTest(REBUTTAL_HINT),
  sanctionNoun: gatedTest(SANCTION_NOUN_HINT),
  ownStance: gatedTest(OWN_STANCE_HINT),
  whatCalled: gatedTest(WHAT_CALLED_HINT),
  urgedUndo: gatedTest(URGED_UNDO_HINT),
  calledUndone: gatedTest(CALLED_UNDONE_HINT),
  inverted: gatedTest(INVERTED_HINT),
  recalledEnvoy: gatedTest(RECALLED_ENVOY_HINT),
  warnedParty: gatedTest(WARNED_PARTY_HINT),
  campaign: gatedTest(CAMPAIGN_HINT),
  agentless: gatedTest(AGENTLESS_HINT),
  rebukePhrase: gatedTest(REBUKE_PHRASE_HINT),
  toldToStop: gatedTest(TOLD_TO_STOP_HINT),
  liable: gatedTest(LIABLE_HINT),
  critics: gatedTest(CRITICS_HINT),
  snapback: gatedTest(SNAPBACK_HINT),
};

/**
 * The frames of the modules beside this one, each tried only when its cheap hint passes: "what
 * Foreign Minister X called 'unacceptable pressure'", "urged Ottawa to drop the tariffs",
 * "described as 'regrettable' Washington's decision", '"Unacceptable," said X' against what the
 * article last opposed (`memory`), "Spain's ambassador in Buenos Aires was withdrawn", "warned
 * Togo not to close the border" and "campaigned for years against the dam".
 */
export function moreStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
  denial: Denial,
  memory: OppositionMemory,
): OppositionMention[] {
  // One array built by push loops, whatever kinds the frames hand back (packed-map.ts).
  return flattened([
    HAS.bareVerdict(text) ? bareVerdicts(text, start, parties, memory.lastTarget) : [],
    HAS.rebuttal(text)
      ? byPattern(text, start, parties, REBUTTAL, () => rebuttedCritic(memory))
      : [],
    HAS.sanctionNoun(text) ? sanctionNouns(text, start, parties, byPattern) : [],
    HAS.ownStance(text) ? ownStances(text, start, parties, byPattern) : [],
    HAS.whatCalled(text) ? namedCallers(text, start, parties) : [],
    HAS.urgedUndo(text)
      ? byPattern(text, start, parties, URGED_UNDO, (m) => undoneTarget(text, start, m, parties))
      : [],
    HAS.calledUndone(text)
      ? byPattern(text, start, parties, CALLED_UNDONE, (m) => calledUndone(text, start, m, parties))
      : [],
    HAS.inverted(text)
      ? byPattern(text, start, parties, INVERTED, (m) =>
          invertedTarget(text, start, m, parties, denial),
        )
      : [],
    HAS.recalledEnvoy(text) ? recalledEnvoys(text, start, parties) : [],
    HAS.warnedParty(text)
      ? byPattern(text, start, parties, WARNED_PARTY, (m) => warnedParty(start, m, parties))
      : [],
    HAS.campaign(text) ? campaigns(text, start, parties, byPattern) : [],
    HAS.agentless(text) ? agentlessStances(text, start, parties, memory) : [],
    QUOTE_ATTRIBUTION_HINT.test(text) ? quotedVerdicts(text, start, parties) : [],
    HAS.rebukePhrase(text) ? rebukePhrases(text, start, parties, byPattern) : [],
    HAS.toldToStop(text) ? toldToStop(text, start, parties, byPattern) : [],
    HAS.liable(text) ? liableParties(text, start, parties, byPattern) : [],
    HAS.critics(text) ? critics(text, start, parties) : [],
    HAS.snapback(text) ? snapbacks(text, start, parties, byPattern) : [],
  ]);
}
