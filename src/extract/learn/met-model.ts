import { readFileSync } from "node:fs";
import { z } from "zod";
import { LinearModel, type LinearWeights } from "./linear-model.ts";
import { MEETING_GROUPS, type MeetingGroup } from "./met-features.ts";

/** Where the meeting models' weights are kept: written by scripts/learn/met.ts, committed. */
export const MET_WEIGHTS_URL = new URL("./met-weights.json", import.meta.url);

/** One model per group of candidates (met-features.ts), each with its own threshold. */
export type MeetingModels = Readonly<Record<MeetingGroup, LinearModel>>;
export type MeetingWeights = Readonly<Record<MeetingGroup, LinearWeights>>;

const LinearWeightsSchema = z.object({
  name: z.string(),
  bias: z.number(),
  threshold: z.number(),
  weights: z.record(z.string(), z.number()),
});
const WeightsSchema = z.object({
  held: LinearWeightsSchema,
  other: LinearWeightsSchema,
  wide: LinearWeightsSchema,
});

/** Reads and checks the meeting models' weights. */
export function readMetWeights(url: URL = MET_WEIGHTS_URL): MeetingWeights {
  return WeightsSchema.parse(JSON.parse(readFileSync(url, "utf8")));
}

export function modelsOf(weights: MeetingWeights): MeetingModels {
  const [held, other, wide] = MEETING_GROUPS.map((g) => new LinearModel(weights[g]));
  return { held: held!, other: other!, wide: wide! };
}

let loaded: MeetingModels | undefined;

/** The committed meeting models, read once per process. */
export function metModels(): MeetingModels {
  return (loaded ??= modelsOf(readMetWeights()));
}
