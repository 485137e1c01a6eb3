/** What the policy needs of a candidate: its unordered pair and whether a rule proposed it. */
export interface PolicyCandidate {
  readonly pair: string;
  readonly rule: boolean;
  /** Whether the rules read it as a meeting held. */
  readonly held: boolean;
}

/**
 * Which candidates of an article give a MET_WITH, the same at run time and in training. Where
 * the rules read a pair as meeting, their readings of it decide, and the pair's other candidates
 * (the same two named again near a meeting word) are not weighed: nearly all of those are a
 * pair that met elsewhere in the story, which tells nothing of the sentence. A pair stands when
 * a candidate weighed is accepted (its probability reaches its model's threshold); it then takes the days of the rules'
 * candidates that reach it ("A met B on Monday … and again on Friday": two days), or, with none,
 * the day of its most probable candidate accepted.
 */
export function chosenMeetings<T extends PolicyCandidate>(
  candidates: readonly T[],
  probability: (c: T, i: number) => number,
  accepts: (c: T, i: number) => boolean,
): T[] {
  const held = new Set<string>();
  for (const c of candidates) if (c.held) held.add(c.pair);
  const byPair = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (!weighed(c, held) || !accepts(c, i)) return;
    const list = byPair.get(c.pair);
    if (list === undefined) byPair.set(c.pair, [i]);
    else list.push(i);
  });
  const out: T[] = [];
  for (const list of byPair.values()) {
    const rules = list.filter((i) => candidates[i]!.rule);
    if (rules.length > 0) {
      for (const i of rules) out.push(candidates[i]!);
      continue;
    }
    let best = list[0]!;
    for (const i of list)
      if (probability(candidates[i]!, i) > probability(candidates[best]!, best)) best = i;
    out.push(candidates[best]!);
  }
  return out;
}

/** Whether a candidate is weighed: any candidate of a pair the rules never read as held. */
export function weighed(c: PolicyCandidate, held: ReadonlySet<string>): boolean {
  return c.held || !held.has(c.pair);
}
