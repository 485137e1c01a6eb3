import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// People met as a group described by their countries or their groups, named in other sentences;
// the sentences are our own.
describe("meeting groups described, people named elsewhere", () => {
  it("reads 'the Polish and Czech ministers' as the people of those countries named before", () => {
    expect(
      metOn(
        "Polish Foreign Minister Jan Nowak and Czech Foreign Minister Petr Dvorak arrived in Kyiv on Monday. President Olena Shevchuk received the Polish and Czech ministers on Tuesday.",
      ),
    ).toEqual([
      "person:jan-nowak -- person:olena-shevchuk 2026-03-10",
      "person:jan-nowak -- person:petr-dvorak 2026-03-10",
      "person:olena-shevchuk -- person:petr-dvorak 2026-03-10",
    ]);
    expect(
      metOn(
        "Trade ministers Amina Yusuf of Nigeria, Kwame Owusu of Ghana and Fatou Sow of Senegal signed the protocol in Abuja on Monday. On Wednesday, Vice-President Musa Bello hosted the Ghanaian and Senegalese ministers at his residence.",
      ),
    ).toEqual([
      "person:amina-yusuf -- person:fatou-sow 2026-03-09",
      "person:amina-yusuf -- person:kwame-owusu 2026-03-09",
      "person:fatou-sow -- person:kwame-owusu 2026-03-09",
      "person:fatou-sow -- person:kwame-owusu 2026-03-11",
      "person:fatou-sow -- person:musa-bello 2026-03-11",
      "person:kwame-owusu -- person:musa-bello 2026-03-11",
    ]);
  });

  it("reads no one for a country the story has named no one of, nor for whole governments", () => {
    expect(
      metOn(
        "Polish Foreign Minister Jan Nowak arrived in Kyiv on Monday. President Olena Shevchuk received the Polish and Czech ministers on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "Polish Foreign Minister Jan Nowak and Czech Foreign Minister Petr Dvorak arrived in Kyiv on Monday. President Olena Shevchuk thanked the Polish and Czech governments on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("reads the leaders of the groups met, named right after by 'led by' or 'headed by'", () => {
    expect(
      metOn(
        "President Ama Boateng received the leaders of two farmers' unions in Accra on Monday. The larger union is headed by Kofi Mensah, and the smaller one by its secretary general, Yaw Boakye.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:kofi-mensah 2026-03-09",
      "person:ama-boateng -- person:yaw-boakye 2026-03-09",
      "person:kofi-mensah -- person:yaw-boakye 2026-03-09",
    ]);
    expect(
      metOn(
        "Prime Minister Lena Holm received the heads of the two election observer missions in Oslo on Tuesday. The OSCE mission is led by former Danish Foreign Minister Karl Berg; the Council of Europe team by its deputy secretary general, Sif Jensen.",
      ),
    ).toEqual([
      "person:karl-berg -- person:lena-holm 2026-03-10",
      "person:karl-berg -- person:sif-jensen 2026-03-10",
      "person:lena-holm -- person:sif-jensen 2026-03-10",
    ]);
  });

  it("reads no leader named in a sentence further on, nor one leading no group met", () => {
    expect(
      metOn(
        "President Ama Boateng received the leaders of two farmers' unions in Accra on Monday. Prices fell in the north. The larger union is headed by Kofi Mensah.",
      ),
    ).toEqual([]);
  });
});
