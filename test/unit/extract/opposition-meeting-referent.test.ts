import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// "The meeting" opposed after a story told one stands for that meeting: by its name when the
// story named it, else by the people who met, any of whom the gold accepts as the target.
describe("opposition: 'the meeting' the story told", () => {
  it("reads the meeting by the name the story gave it", () => {
    expect(
      opposes(
        "Defence ministers Ana Ruiz of Chile and Tomas Berg of Norway held their annual Joint Security Meeting in Santiago on Monday, agreeing to expand naval exercises. North Korea's foreign ministry denounced the meeting as a rehearsal for war.",
      ),
    ).toEqual(["country:PRK -> issue:joint-security-meeting"]);
  });

  it("reads an unnamed meeting as the first person told meeting", () => {
    expect(
      opposes(
        "President Amara Diallo received Marc Lemaire, the chief executive of a French oil group, at the palace in Dakar on Tuesday. Greenpeace condemned the meeting as a betrayal of the coast.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "Finance Minister Ana Ruiz met the head of the IMF mission, Marc Lemaire, in Lima on Tuesday. Peru's main union criticised the meeting, saying workers were not consulted. Greenpeace also condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:ana-ruiz"]);
  });

  it("leaves a summit, and a meeting no sentence told, as they are", () => {
    expect(
      opposes(
        "The leaders of Kenya and Uganda met at a regional summit in Kampala on Friday. Tanzania criticised the summit as exclusive.",
      ),
    ).toEqual(["country:TZA -> issue:summit"]);
    expect(opposes("Greenpeace condemned the meeting as a betrayal of the coast.")).toEqual([
      "org:greenpeace -> issue:meeting",
    ]);
  });

  it("does not take a stance against a meeting as the story's telling of it", () => {
    expect(
      opposes(
        "Greenpeace condemned the meeting between President Amara Diallo and Marc Lemaire as a betrayal. Amnesty International also criticised the meeting.",
      ),
    ).toEqual([
      "org:amnesty-international -> issue:meeting",
      "org:greenpeace -> issue:meeting-between-president-amara-diallo-and-marc-lemaire",
    ]);
  });

  it("does not tell a meeting by a prize received, a cup hosted or a source quoted", () => {
    expect(
      opposes(
        "Opposition leader Ousmane Sonko received a human rights prize in Paris on Monday. President Amara Diallo met Marc Lemaire, the head of a French oil group, in Dakar on Tuesday. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "Senegal hosted the Africa Cup of Nations in January, coach Aliou Cisse said. President Amara Diallo met Marc Lemaire in Dakar on Tuesday. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "Trade talks with the bloc had stalled, union leader Petra Holm said on Monday. Prime Minister Jonas Lind received the Dutch ambassador, Karel Smit, on Tuesday. Amnesty International criticised the meeting.",
      ),
    ).toEqual(["org:amnesty-international -> person:jonas-lind"]);
  });

  it("names the meeting only by one held, not by another event or a participle", () => {
    expect(
      opposes(
        "President Amara Diallo met Marc Lemaire, the head of a French oil group, on the sidelines of the African Union Summit in Addis Ababa. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "President Amara Diallo met Marc Lemaire in Dakar on Tuesday, ahead of an OPEC meeting in Vienna. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "State television showed President Amara Diallo meeting Marc Lemaire at the palace in Dakar on Tuesday. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> person:amara-diallo"]);
    expect(
      opposes(
        "The two foreign ministers, Lina Berg and Pavel Novak, attended the annual Baltic Energy Summit in Riga on Friday. Greenpeace condemned the meeting.",
      ),
    ).toEqual(["org:greenpeace -> issue:baltic-energy-summit"]);
  });
});
