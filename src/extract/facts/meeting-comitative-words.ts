/**
 * Word classes of the co-presence frames (meeting-comitative.ts). The verbs are those the frames
 * capture: a past tense in "-ed" (not "-eed") of five letters or more, or one of their irregular
 * past tenses ("laid", "shook", "took"…).
 */

/**
 * Verbs whose "with" is no company kept: a relation or a stance ("sided with", "clashed with",
 * "cooperated with"), a comparison or a substitution ("compared … with", "replaced … with"), an
 * instrument or a gift ("provided … with", "credited … with"), an agreement reached at a distance
 * ("reached a deal with"), a plan or a refusal ("planned talks with", "declined …"), travelling on
 * the same side ("travelled to Paris with").
 */
export const NOT_TOGETHER: ReadonlySet<string> = new Set(
  `
  sided clashed quarrelled quarreled feuded sympathised sympathized
  cooperated collaborated partnered teamed allied aligned worked interfered engaged
  communicated corresponded coordinated competed pleaded reasoned argued compared
  contrasted confused equated replaced associated linked connected coupled combined
  credited charged threatened provided supplied furnished equipped armed presented
  rewarded honoured honored tasked entrusted burdened saddled filled faced loaded shared
  traded settled lodged filed registered placed reached clinched brokered secured
  established severed normalised normalized restored suspended avoided colluded conspired
  plotted identified planned scheduled arranged proposed requested offered
  postponed cancelled canceled rejected refused declined wanted hoped expected needed
  attended travelled traveled arrived returned departed landed stayed lived served
  escaped disappeared detained arrested killed married merged united reconciled
  accused criticised criticized
  `
    .trim()
    .split(/\s+/),
);

/** Verbs with "with" that other meeting triggers read ("discussed … with", "toured … with"). */
export const READ_ELSEWHERE: ReadonlySet<string> = new Set(
  `
  discussed reviewed signed toured inspected surveyed visited joined hosted talked
  conferred
  `
    .trim()
    .split(/\s+/),
);

/** "dined with", "posed with": the verbs whose "with" right after them is company kept. */
export const TOGETHER_ALONE: ReadonlySet<string> = new Set(
  `
  dined lunched breakfasted supped prayed posed danced walked strolled chatted conversed
  consulted negotiated huddled sat appeared played golfed jogged feasted
  `
    .trim()
    .split(/\s+/),
);

/**
 * "strengthened ties with", "took issue with", "made peace with", "hailed the deal with", "in line
 * with": the preposition belongs to a noun of relation, stance or agreement, not to the verb; and
 * things traded at a distance ("exchanged letters with", "exchanged fire with").
 */
export const RELATIONAL: ReadonlySet<string> = new Set(
  `
  ties relations relationship relationships cooperation co-operation partnership
  partnerships trade links contact contacts dialogue friendship alliance dispute disputes
  row rift feud quarrel tension tensions differences disagreement disagreements problems
  solidarity sympathy peace war border borders line touch odds par along together familiar
  patience fault favour favor
  letters messages notes fire accusations barbs insults threats prisoners friction fight
  clash confrontation frustration anger displeasure dissatisfaction disappointment
  satisfaction impatience deal deals agreement agreements accord pact treaty truce
  ceasefire arrangement understanding compromise
  `
    .trim()
    .split(/\s+/),
);

/**
 * "A and B jointly announced…", "together called for…": words or acts done together that need no
 * meeting (a joint statement, a programme funded or developed by both).
 */
export const SAID_TOGETHER: ReadonlySet<string> = new Set(
  `
  announced stated declared condemned called urged issued welcomed expressed
  appealed demanded warned pledged committed published released developed
  funded financed owned operated managed decided voted approved adopted launched submitted
  sponsored drafted authored
  `
    .trim()
    .split(/\s+/),
);
