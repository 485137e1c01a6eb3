import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../../src/eval/run-eval.ts";
import { REPO } from "./helpers.ts";

// Floors on the development split only: the held-out split is for measuring, never for tests.
// FUNDS was 0.86 on 62 articles; articles 63-70, funding reports in press-release and
// financial-press styles written by someone who had not read the rules, scored 0.29 when added,
// and the split as a whole now stands at 0.78.
// Articles 71-82 (meetings, oppositions, funding and mixed reports, again by someone who had not
// read the rules) scored Person 0.86, Country 0.97, MET_WITH 0.68, OPPOSES 0.34 and FUNDS 0.63 when
// added; with them the split stands at Person 0.950, MET_WITH 0.909 and OPPOSES 0.681, and those
// three floors were lowered to 0.005 below.
// Articles 83-94 (meetings, oppositions, funding and mixed reports from Africa, Asia, the Pacific,
// Europe and Latin America, again by someone who had not read the rules) scored Person 0.92,
// Country 0.99, MET_WITH 0.70, OPPOSES 0.41 and FUNDS 0.59 when added; with them the split stands
// at Person 0.957, Country 0.993, MET_WITH 0.926, OPPOSES 0.788 and FUNDS 0.853, all above their
// floors, so no floor was changed.
// After the rules written against all 94 (general constructions, probed with sentences of our
// own), the split stands at Person 0.971, Country 0.993, MET_WITH 0.957, OPPOSES 0.838 and FUNDS
// 0.925; the floors are 0.005 below (Country kept).
// Articles 95-118 (Africa, Latin America, the Gulf, multilateral lenders; East, South and
// Central Asia, the Balkans, the Baltics, the Pacific; again by people who had not read the rules)
// scored Person 0.89-0.90, MET_WITH 0.64-0.67, OPPOSES 0.29-0.36 and FUNDS 0.67-0.74 when added.
// MET_WITH is now also scored by pair and day ("MET_WITH by day"). After the rules written
// against them, articles 119-142 (North America and Europe; conflicts and their diplomacy),
// written meanwhile by people who had not read the rules and kept out of the repository until
// the rules were done, scored MET_WITH 0.85 and 0.81, MET_WITH by day 0.54 and 0.78, OPPOSES
// 0.53 and 0.69 and FUNDS 0.67 and 0.81 with those rules, and were then added. With them the split
// stands at Person 0.989, Country 0.993, MET_WITH 0.960, MET_WITH by day 0.913, OPPOSES 0.798
// and FUNDS 0.912. Articles 143-165 (odd numbers; Asia-Pacific, Europe, the Middle East, Africa,
// the Americas), written by people who had not read the rules and scored before any rule saw
// them, gave MET_WITH 0.897, MET_WITH by day 0.872, OPPOSES 0.475 and FUNDS 0.760; their even
// twins went to the held-out split. After the rules of that session the split stands at Person
// 0.995, Country 0.995, MET_WITH 0.991, MET_WITH by day 0.973, OPPOSES 0.857 and FUNDS 0.967.
// Articles 167-190, written meanwhile by other hands and kept out of the repository until those
// rules were done, scored MET_WITH 0.926, MET_WITH by day 0.849, OPPOSES 0.575 and FUNDS 0.559
// before the rules and 0.925, 0.876, 0.604 and 0.587 after them, and were then added. With
// them the split stands at Person 0.990, Country 0.993, MET_WITH 0.983, MET_WITH by day 0.961,
// OPPOSES 0.820 and FUNDS 0.928. Articles 223-246, written by other hands and scored before
// any rule saw them, gave MET_WITH 0.794, MET_WITH by day 0.723, OPPOSES 0.576 and FUNDS 0.606,
// and joined the split before the next rules. After those rules, articles 247-262 (kept out of
// the repository while they were written) scored 0.835, 0.840, 0.580 and 0.842 against 0.805,
// 0.800, 0.531 and 0.778 before them, and were added. With them the split (218 articles) stands
// at Person 0.996, Country 0.992, MET_WITH 0.976, MET_WITH by day 0.960, OPPOSES 0.831 and
// FUNDS 0.950. Articles 279-294 (other hands; Africa, South and Southeast Asia, the Pacific) then
// joined before the next rules, scoring MET_WITH 0.826, MET_WITH by day 0.817, OPPOSES 0.596 and
// FUNDS 0.708 before any rule saw them. After those rules the split (234 articles) stands at
// Person 0.996, Country 0.991, MET_WITH 0.984, MET_WITH by day 0.970, OPPOSES 0.850 and FUNDS
// 0.963. Articles 295-310 (other hands; Latin America, the Caucasus and eastern Europe, the
// Nordics, the Middle East and North Africa, Central Asia, the Horn, East Asia) were kept out of
// the repository while the next rules were written and scored MET_WITH 0.848 -> 0.903, MET_WITH
// by day 0.816 -> 0.875, OPPOSES 0.491 -> 0.504 and FUNDS 0.807 -> 0.807 before and after them;
// with them the split (250 articles) stands at Person 0.995, Country 0.992, MET_WITH 0.981,
// MET_WITH by day 0.966, OPPOSES 0.841 and FUNDS 0.964. Articles 311-326 (other hands; Central
// Asia, the Gulf, the Caucasus, Southern and West Africa, the Nordics, the Balkans, South Asia,
// the Caribbean, Oceania) were kept out while the next rules (written against probe grids of
// their own sentences, not against articles) were written, and scored MET_WITH 0.932 -> 0.932,
// MET_WITH by day 0.853 -> 0.853, OPPOSES 0.521 -> 0.533 and FUNDS 0.814 -> 0.814 before and
// after them; with them the split (266 articles) stands at Person 0.994, Country 0.990,
// MET_WITH 0.980, MET_WITH by day 0.961, OPPOSES 0.829 and FUNDS 0.958. The next round traced
// the misses of earlier kept-out articles to their mechanisms. Articles 327-342 (other hands)
// were scored before it (MET_WITH 0.879, MET_WITH by day 0.857, OPPOSES 0.602, FUNDS 0.667),
// kept out for its first hour (0.879, 0.857, 0.602, 0.689), then given to one fixer as misses to
// trace (0.944, 0.921, 0.672, 0.689 at the end); articles 343-358 (other hands; the Caribbean
// and Latin America, the Levant, the Caucasus, Iraq, Central Asia, East and Southern Africa,
// South and Southeast Asia, the Pacific) were kept out of the whole round and scored 0.847 ->
// 0.860, 0.824 -> 0.837, 0.602 -> 0.602 and 0.776 -> 0.765. With both the split (298 articles)
// stands at Person 0.992, Country 0.989, MET_WITH 0.979, MET_WITH by day 0.959, OPPOSES 0.824
// and FUNDS 0.949; the floors are 0.005 below (FUNDS from 0.947, before a pattern of 353's gold
// was given the word of the full name the rules ask for). The next round fixed which target a
// found stance or payment is given (an owned thing as its owner's, a bare "the resolution" as the
// body that adopted it, a purpose's measure noun as what it is of) and how far meetings reach;
// articles 359-374 (other hands; the Caribbean and the Andes, the Baltic and Nordic states, the
// Arctic, the Pacific, West and Central Africa, the Gulf and Yemen, mainland Southeast Asia, the
// Western Balkans) were kept out of it and scored MET_WITH 0.860 -> 0.896, MET_WITH by day
// 0.860 -> 0.896, OPPOSES 0.579 -> 0.595 and FUNDS 0.747 -> 0.747. With them the split (314
// articles) stands at Person 0.992, Country 0.990, MET_WITH 0.982, MET_WITH by day 0.964, OPPOSES
// 0.825 and FUNDS 0.955. The next round (about a hundred rule commits, each from a probe grid of
// its author's sentences: light nouns and phrase bounds for targets, organisations named by
// plurals, co-presence and denied meetings, new stance idioms, funding references) kept
// articles 375-390 out (other hands; South and Central Asia, the Horn and the Maghreb, Mexico,
// Central America and the Caribbean, Southern Africa, Northeast Asia, the Eastern Mediterranean):
// MET_WITH 0.876 -> 0.876, MET_WITH by day 0.840 -> 0.848, OPPOSES 0.519 -> 0.519, FUNDS 0.583 ->
// 0.612. With them the split (330 articles) stands at Person 0.992, Country 0.990, MET_WITH
// 0.982, MET_WITH by day 0.963, OPPOSES 0.824 and FUNDS 0.945. The next round (about thirty
// commits: opposition targets read by the class of their head noun, organisation names kept whole,
// payers named by their kind or inside quotes) kept articles 391-422 out (other hands; Western
// and Northern Europe, the Gulf and the Levant, coastal West Africa, the Andes, Southeast Asia
// and the Pacific, the Balkans and the Caucasus, the Great Lakes, the Southern Cone, Canada):
// MET_WITH 0.864 -> 0.864, MET_WITH by day 0.779 -> 0.779, OPPOSES 0.557 -> 0.591, FUNDS 0.599 ->
// 0.585. With them the split (362 articles) stands at Person 0.991, Country 0.987, MET_WITH
// 0.975, MET_WITH by day 0.952, OPPOSES 0.809 and FUNDS 0.922. The next round (about fifty
// commits: funding recipients read by their head noun, one resolver for "the bank"/"the bloc",
// meeting participants and days, new stance expressions) kept articles 423-454 out (other hands;
// South, East and Central Asia, Oceania, the Horn, East, Southern and North Africa, Central
// America and the Caribbean, Central and Eastern Europe): MET_WITH 0.891 -> 0.891, MET_WITH by
// day 0.846 -> 0.846, OPPOSES 0.587 -> 0.587, FUNDS 0.650 -> 0.640. Articles 455-486 (other
// hands; Southeast Asia, the Gulf, Russia and the Caucasus, Western Europe, North and South
// America), written during the round, scored 0.819, 0.777, 0.630 and 0.640 before it and were
// then given to three engineers as misses to generalise from: 0.939, 0.897, 0.684 and 0.769 at
// the end. With both the split (426 articles) stands at Person 0.989, Country 0.986, MET_WITH
// 0.972, MET_WITH by day 0.950, OPPOSES 0.787 and FUNDS 0.899. The next round added learned
// decisions over the rules' candidates (src/extract/learn/: a logistic model per family, trained
// on this split, thresholds chosen out of fold) and kept articles 487-518 out (other hands; West
// Africa and the Sahel, the Andes and Mexico, the Pacific islands, the Baltics and the Balkans,
// Northeast Asia, Iran and the Levant, Central Europe and Scandinavia, Southern Africa,
// multilateral bodies): Person 0.959 -> 0.967, MET_WITH 0.854 -> 0.854, MET_WITH by day 0.805 ->
// 0.805, OPPOSES 0.408 -> 0.408, FUNDS 0.632 -> 0.632. With them (and the models retrained on
// them) the split (458 articles) stands at Person 0.991, Country 0.986, MET_WITH 0.968, MET_WITH
// by day 0.944, OPPOSES 0.762 and FUNDS 0.881. Articles 551-582 (other hands; East Africa and
// the Great Lakes, Western Europe, Turkey and the Eastern Mediterranean, the Southern Cone,
// Canada, Australia and New Zealand, the Nordic and Arctic states, India and its neighbours)
// scored MET_WITH 0.769, MET_WITH by day 0.704, OPPOSES 0.491 and FUNDS 0.463 before any rule or
// model saw them and joined the split at the start of the next round, as training data for the
// models (retrained on them); the split (490 articles) then stands at Person 0.989, Country
// 0.986, MET_WITH 0.960, MET_WITH by day 0.933, OPPOSES 0.739 and FUNDS 0.857; the floors are
// 0.005 below. That round (a payer model for FUNDS, a stance-target model that leaves the rules'
// targets standing, the models' word classes taken from the rules' lexicons) ended at Person
// 0.989, Country 0.986, MET_WITH 0.959, MET_WITH by day 0.932, OPPOSES 0.739 and FUNDS 0.862;
// the FUNDS floor rose to 0.857. Articles 519-550 (other hands; South Asia, the Gulf and the
// Horn, Central Asia and the Caucasus, development banks and UN agencies, Southeast Asia, the
// Caribbean and Central America, North Africa, companies and sovereign funds), kept out of that
// round, scored MET_WITH 0.912, MET_WITH by day 0.880, OPPOSES 0.594 and FUNDS 0.637 at its start
// and its end, and joined the split at the start of the next round (all models retrained): the
// split (522 articles) stands at Person 0.988, Country 0.984, MET_WITH 0.955, MET_WITH by day
// 0.928, OPPOSES 0.731 and FUNDS 0.847. That round (general rules for stance targets named inside
// a phrase or by a shell noun, people who come along to a meeting, meeting days, shared currency
// words, a quoted-label stance model; articles 583-614 kept out of it) ended at Person 0.988,
// Country 0.984, MET_WITH 0.962, MET_WITH by day 0.940, OPPOSES 0.750 and FUNDS 0.850; the floors
// are 0.005 below. Articles 583-614 (other hands; US foreign policy and Congress, China and its
// neighbours, the EU institutions, Central and West Africa and South America), kept out of that
// round, scored MET_WITH 0.893, OPPOSES 0.612 and FUNDS 0.532 at its start and 0.893, 0.612 and
// 0.516 at its end, and joined the split at the start of the next round (all models retrained):
// the split (554 articles) stands at Person 0.988, Country 0.985, MET_WITH 0.959, MET_WITH by day
// 0.935, OPPOSES 0.747 and FUNDS 0.835; the floors are 0.005 below. That round (a discourse
// memory for stance targets, organisation name shapes, meeting participants told around the
// meeting, money-word recipients; articles 615-646 kept out of it) ended at Person 0.988, Country
// 0.986, MET_WITH 0.962, MET_WITH by day 0.939, OPPOSES 0.751 and FUNDS 0.835. Articles 615-646
// (other hands; the Gulf, Turkey and the Levant, South and Southeast Asia and the Pacific, North
// and Central America and the Caribbean, the Balkans, the Caucasus, Central Asia and East Africa),
// kept out of that round, scored MET_WITH 0.808, MET_WITH by day 0.792, OPPOSES 0.642 and FUNDS
// 0.681 at its start and its end, and joined the split at the start of the next round (all models
// retrained): the split (586 articles) stands at Person 0.989, Country 0.985, MET_WITH 0.954,
// MET_WITH by day 0.932, OPPOSES 0.747 and FUNDS 0.824; the floors are 0.005 below. That round
// (word lists generated from WordNet 3.1 for stance words, money words, organisation kinds and
// name heads, hosting constructions and person keys; articles 647-678 kept out of it) ended at
// Person 0.990, Country 0.985, MET_WITH 0.961, MET_WITH by day 0.939, OPPOSES 0.748 and FUNDS
// 0.823; the floors are 0.005 below. That batch was lost with its session's scratch folder and
// never joined; a new batch took the numbers 647-678 (other hands; the Gulf, Turkey and Iran,
// South and Southeast Asia and the Pacific, East and Southern Africa, North and Central America,
// the UK, Poland, the Baltics and the Balkans), kept out of the round that added named-group
// meeting participants, holder asides and possessive targets: MET_WITH 0.814 to 0.867, OPPOSES
// 0.581 to 0.590, FUNDS 0.632 to 0.632. It joined the split at the round's end (all models
// retrained): the split (622 articles) stands at Person 0.991, Country 0.985, MET_WITH 0.957,
// MET_WITH by day 0.933, OPPOSES 0.750 and FUNDS 0.814; the floors are 0.005 below. The next
// round wrote the FUNDS recipient-and-purpose rule into test/fixtures/README.md and made the dev
// gold consistent with it, and the eval read organisation patterns against aliases: the split
// stands at MET_WITH 0.961, MET_WITH by day 0.937, OPPOSES 0.753 and FUNDS 0.827; floors 0.005 below.
// Articles 800-829 (other hands; the Americas, Europe and its east, East Asia, the Middle East and
// West and Central Africa), kept in test/fixtures/unseen through the round that read groups across
// sentences for meetings, held protests as stances and a state's own money, scored MET_WITH 0.900,
// OPPOSES 0.487 and FUNDS 0.761 at its start and its end, and joined the split at its end (all
// models retrained): the split (656 articles) stands at Person 0.990, Country 0.985, MET_WITH
// 0.971, MET_WITH by day 0.946, OPPOSES 0.741 and FUNDS 0.835; the floors are 0.005 below.
// Articles 830-859 (other hands; Central Asia, the Caucasus, South Asia, Africa and Latin America),
// kept in test/fixtures/unseen through two rounds, scored MET_WITH 0.806, OPPOSES 0.593 and FUNDS
// 0.708 at the end of the second; they joined the split with 890-919 (other hands, read by the
// round that fitted rules to them) once the FUNDS models' training stopped reading their own
// committed weights (all models retrained): the split (716 articles) stands at Person 0.991,
// Country 0.985, MET_WITH 0.966, MET_WITH by day 0.939, OPPOSES 0.736 and FUNDS 0.831; the
// floors are 0.005 below. With the next round's rules (meetings of groups whose people are named
// elsewhere, attendees told after a meeting, stances of a summit's text and of an envoy posted to a
// body, charges in reported speech, a fund in view, the budgeting verbs; all models retrained) the
// split stands at Person 0.991, Country 0.985, MET_WITH 0.973, MET_WITH by day 0.948, OPPOSES 0.739
// and FUNDS 0.840; the floors are 0.005 below. Articles 860-889 (other hands; the Americas, Europe,
// Africa and Asia), kept in test/fixtures/unseen through three rounds, scored MET_WITH 0.939,
// OPPOSES 0.538 and FUNDS 0.818 at the end of the third; they joined the split with 950-979 (other
// hands; the Gulf and the Levant, the Americas, Southeast Asia and the Pacific, read by the round
// that fitted rules to them; all models retrained): the split (776 articles) stands at Person 0.990,
// Country 0.985, MET_WITH 0.972, MET_WITH by day 0.947, OPPOSES 0.727 and FUNDS 0.839; the floors
// are 0.005 below. Articles 920-949 (other hands; Europe, Africa, Asia and the Americas), kept in
// test/fixtures/unseen through three rounds, scored MET_WITH 0.942, OPPOSES 0.577 and FUNDS 0.760
// at the end of the third; they joined the split with 980-1009 (other hands, read by the round that
// fitted rules to them; all models retrained): the split (836 articles) stands at Person 0.990,
// Country 0.985, MET_WITH 0.970, MET_WITH by day 0.944, OPPOSES 0.722 and FUNDS 0.842; the floors
// are 0.005 below. Articles 1010-1039 (other hands, read by the round that fitted rules to them)
// joined the split at the start of the next round (all models retrained): the split (866
// articles) stands at Person 0.991, Country 0.985, MET_WITH 0.972, MET_WITH by day 0.948, OPPOSES
// 0.725 and FUNDS 0.849; the floors are 0.005 below. With that round's rules (all models
// retrained) the split stands at Person 0.991, Country 0.985, MET_WITH 0.972, MET_WITH by day
// 0.948, OPPOSES 0.729 and FUNDS 0.851; the floors are 0.005 below. Articles 1040-1069 (the
// next round's readable batch) joined at the start of the round after (all models retrained):
// the split (896 articles) stands at Person 0.991, Country 0.984, MET_WITH 0.970, MET_WITH by day
// 0.946, OPPOSES 0.726 and FUNDS 0.847; the floors are 0.005 below. With that round's rules (all
// models retrained) the split stands at Person 0.991, Country 0.984, MET_WITH 0.971, MET_WITH by
// day 0.948, OPPOSES 0.733 and FUNDS 0.849; the floors are 0.005 below (Country kept). Articles
// 1070-1099 (the next round's readable batch) joined at the start of the round after (all models
// retrained): the split (926 articles) stands at Person 0.991, Country 0.984, MET_WITH 0.969,
// MET_WITH by day 0.946, OPPOSES 0.733 and FUNDS 0.847; the floors are 0.005 below (Country kept).
// With that round's rules (all models retrained) the split stands at Person 0.990, Country 0.984,
// MET_WITH 0.970, MET_WITH by day 0.947, OPPOSES 0.735 and FUNDS 0.849; the floors are 0.005
// below (Person and Country kept).
const FLOORS: Readonly<Record<string, number>> = {
  Person: 0.986,
  Country: 0.98,
  MET_WITH: 0.965,
  "MET_WITH by day": 0.942,
  OPPOSES: 0.73,
  FUNDS: 0.844,
};

describe("extraction quality on the development split", async () => {
  const report = await runEval(join(REPO, "test", "fixtures"), "dev");

  it("reads every gold-annotated development article", () => {
    expect(report.articles).toBeGreaterThanOrEqual(866);
  });

  for (const [type, floor] of Object.entries(FLOORS)) {
    it(`keeps ${type} F1 at or above ${floor}`, () => {
      const row = report.rows.find((r) => r.type === type);
      expect(row?.f1).toBeGreaterThanOrEqual(floor);
    });
  }
});
