import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Sentences of news prose that tell no stance, or one, though they carry a stance's words.
describe("opposition precision", () => {
  it("reads no verdict on a thing said to show a clause ('showed that…'), but one on what it shows", () => {
    expect(opposes("Kenya and Tanzania said the raid showed that piracy was spreading.")).toEqual(
      [],
    );
    expect(
      opposes("Norway said the hijacking demonstrated how piracy had become a threat to trade."),
    ).toEqual([]);
    expect(
      opposes("Peru said the incident reflected what a dangerous drift the region had taken."),
    ).toEqual([]);
    expect(
      opposes("Chile said the Bolivian decree showed an open contempt for the treaty."),
    ).toEqual(["country:CHL -> issue:bolivian-decree"]);
  });

  it("reads no stance its holder has given up or is said to be unlikely to take", () => {
    expect(opposes("Morocco has stopped criticising Algeria in public.")).toEqual([]);
    expect(opposes("South Korea ended its boycott of the forum in Seoul.")).toEqual([]);
    expect(opposes("Greece lifted its veto on the Turkish plan.")).toEqual([]);
    expect(opposes("Analysts said Beijing was unlikely to protest against the visit.")).toEqual([]);
  });

  it("still reads a stance kept up, or a measure that stops something", () => {
    expect(opposes("Morocco has again criticised Algeria in public.")).toEqual([
      "country:MAR -> country:DZA",
    ]);
    expect(opposes("Cambodia stopped imports of Thai fruit and criticised Thailand.")).toEqual([
      "country:KHM -> country:THA",
    ]);
    expect(opposes("Greece is likely to face criticism but condemned Turkey.")).toEqual([
      "country:GRC -> country:TUR",
    ]);
  });

  it("reads a participle before a noun as its adjective, not as a verb of the party before it", () => {
    expect(
      opposes("Britain seized the cargo of a tanker carrying sanctioned oil from Iran."),
    ).toEqual([]);
    expect(opposes("Kazakhstan has become a hub for sanctioned goods bound for Russia.")).toEqual(
      [],
    );
    expect(
      opposes("Lithuania said its ports would not handle sanctioned cargo from Belarus."),
    ).toEqual([]);
    expect(opposes("Britain sanctioned Russian oil traders on Monday.")).toEqual([
      "country:GBR -> country:RUS",
    ]);
    expect(opposes("Poland kept criticising Hungary.")).toEqual(["country:POL -> country:HUN"]);
  });

  it("reads a verb that only begins like 'deny' as a stance, not a denial", () => {
    expect(opposes("Hungary denigrated the claims made by Brussels.")).toEqual([
      "country:HUN -> org:european-union",
    ]);
    expect(opposes("Hungary denied the claims made by Brussels.")).toEqual([]);
  });

  it("reads 'the two governments' as the states the story names most, unless their sentence names two", () => {
    expect(
      opposes(
        "Italy and the United Arab Emirates signed a defence pact in Rome on Monday. Italy will also build a port with the UAE, and Italy and the UAE will fund a plant in Mauritania. Ghana and Senegal have been promised similar schemes. In a joint statement the two governments condemned the Houthi attacks on shipping.",
      ),
    ).toEqual(["country:ARE -> org:houthis", "country:ITA -> org:houthis"]);
    expect(
      opposes(
        "Japan and South Korea met in Nara. Japan and South Korea agreed on a hotline. Both governments condemned the Chinese drills near Taiwan.",
      ),
    ).toEqual([
      "country:JPN -> issue:chinese-drills-near-taiwan",
      "country:KOR -> issue:chinese-drills-near-taiwan",
    ]);
    expect(
      opposes(
        "France and Germany held talks on Monday about the budget. France and Germany agreed to meet again. Mali and Niger met on Tuesday, and the two governments condemned the coup in Guinea.",
      ),
    ).toEqual(["country:MLI -> issue:coup-in-guinea", "country:NER -> issue:coup-in-guinea"]);
    expect(
      opposes(
        "Peru and Chile held talks on Monday. Bolivia and Ecuador met on Tuesday. The two governments condemned the attack on the border post.",
      ),
    ).toEqual([
      "country:BOL -> issue:attack-on-the-border-post",
      "country:ECU -> issue:attack-on-the-border-post",
    ]);
  });

  it("gives a second verb after 'and has' the first verb's subject, not a party between them", () => {
    expect(
      opposes(
        "The environmental group Green Horizon backs the new railway but has protested the planned route through the wetlands.",
      ),
    ).toEqual(["org:green-horizon -> issue:planned-route-through-the-wetlands"]);
    expect(
      opposes("Norway signed the accord with Iceland and has since criticised the British quotas."),
    ).toEqual(["country:NOR -> issue:british-quotas"]);
    expect(
      opposes(
        'President Donald Trump has accused Pretoria of mistreating farmers and has called South Africa\'s hosting of the summit "a disgrace".',
      ),
    ).toEqual(["person:donald-trump -> country:ZAF"]);
    expect(
      opposes(
        "China claims the reef, which Manila has never recognised and has repeatedly rejected as baseless.",
      ),
    ).toEqual([]);
  });

  it("reads a state's ministry or mission opposed, however it was found, as the state", () => {
    expect(
      opposes(
        "The foreign ministry in Dhaka said it had lodged a protest with the Indian High Commission over the border killings.",
      ),
    ).toEqual(["country:BGD -> country:IND"]);
    expect(
      opposes(
        "Nepal's foreign ministry sent a note objecting to the new road. India dismissed the objection within hours.",
      ),
    ).toEqual(["country:IND -> country:NPL", "country:NPL -> issue:new-road"]);
    expect(
      opposes(
        "Kenya's foreign ministry said the talks had gone well. Uganda dismissed the objection of the Kenyan students' union.",
      ),
    ).toEqual(["country:UGA -> issue:objection-of-the-kenyan-students-union"]);
    expect(
      opposes("The Indian High Commission in Dhaka hosted a reception for Bangladeshi traders."),
    ).toEqual([]);
  });
});
