import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

/** OPPOSES facts as "from -> to", for an article published on Thursday 12 March 2026. */
const opposes = (body: string, publishedAt = "2026-03-12T10:00:00Z"): string[] =>
  extract(body, publishedAt)
    .relationships.filter((r) => r.type === "OPPOSES")
    .map((r) => `${r.from} -> ${r.to}`)
    .sort();

// Each case pins a stance rule widened past the words of the sentence it was written for.
describe("opposition widened", () => {
  it("ends a body faulted 'over' something, or 'for' doing it, before the reason", () => {
    expect(
      opposes(
        "Senator Lucia Marquez has slammed the ministry of health over millions spent on clinics.",
      ),
    ).toEqual(["person:lucia-marquez -> issue:ministry-of-health"]);
    expect(
      opposes(
        "Union chief Martin Gray blasted the steel firm for closing the plant without notice.",
      ),
    ).toEqual(["person:martin-gray -> issue:steel-firm"]);
    // A noun that takes its own "over" keeps it: the dispute is over the islands.
    expect(
      opposes("Senator Omar Haddad criticised the dispute over the islands as a distraction."),
    ).toEqual(["person:omar-haddad -> issue:dispute-over-the-islands"]);
  });

  it("reads any noun after a comma, judged by a reduced passive with an inserted place or day", () => {
    expect(
      opposes(
        "The cabinet raised fuel prices by a third, a policy denounced in Parliament by union leader Karl Reiss as theft.",
      ),
    ).toEqual(["person:karl-reiss -> issue:policy"]);
    expect(
      opposes(
        "Parliament adopted the security law, a text rejected on Monday by opposition leader Maria Sola.",
      ),
    ).toEqual(["person:maria-sola -> issue:text"]);
    // The aside describes a party: the party is what the stance is against.
    expect(
      opposes("Dmitri Orlov, a banker sanctioned by the European Union, bought a villa in Dubai."),
    ).toEqual(["org:european-union -> person:dmitri-orlov"]);
    expect(
      opposes("The mayor opened the bridge, a project praised by Governor Luis Pena."),
    ).toEqual([]);
    expect(
      opposes("Villagers were moved to new homes, a relocation funded by the World Bank."),
    ).toEqual([]);
  });

  it("reads 'it' after a holder's aside as the thing the sentence before opened with", () => {
    expect(
      opposes(
        "At home, the accord was attacked by hardliners. Lawmaker Reza Tavana, a member of the assembly, condemned it as a surrender.",
      ),
    ).toEqual(["person:reza-tavana -> issue:accord"]);
    expect(
      opposes(
        "The election results were announced at midnight. Opposition leader Samuel Banda, a former minister, rejected them.",
      ),
    ).toEqual(["person:samuel-banda -> issue:election-results"]);
    // A state's organ is no thing "it" stands for; nor is a sentence that tells no act.
    expect(
      opposes(
        "The ministry was reorganised in May. Lawmaker Ivan Dobrev, a former diplomat, criticised it.",
      ),
    ).toEqual([]);
    expect(
      opposes("The summit ended on Sunday. Analyst Per Olsen said it achieved little."),
    ).toEqual([]);
  });

  it("reads a spokesperson or envoy titled in apposition after the name as the state", () => {
    expect(
      opposes(
        "Ana Rojas, the Chilean foreign ministry spokeswoman, condemned the Bolivian decree.",
      ),
    ).toEqual(["country:CHL -> issue:bolivian-decree"]);
    expect(
      opposes(
        "Maria Zakharova, the Russian foreign ministry spokeswoman, accused Yerevan of drifting west.",
      ),
    ).toEqual(["country:RUS -> country:ARM"]);
    // A minister speaks in their own name.
    expect(
      opposes("Ivan Petrov, the Russian foreign minister, rejected the Ukrainian draft."),
    ).toEqual(["person:ivan-petrov -> issue:ukrainian-draft"]);
  });

  it("reads more verdicts: a waste, a thing to nowhere, a sell-out, a virtue denied in quotes", () => {
    expect(
      opposes("Senator Mia Holt called the subsidy scheme a waste of taxpayers' money."),
    ).toEqual(["person:mia-holt -> issue:subsidy-scheme"]);
    expect(opposes("Mayor Ken Adu described the new bridge as a bridge to nowhere.")).toEqual([
      "person:ken-adu -> issue:new-bridge",
    ]);
    expect(opposes("Union leader Rosa Mendes called the pension deal a sell-out.")).toEqual([
      "person:rosa-mendes -> issue:pension-deal",
    ]);
    expect(
      opposes(
        'President Omar Bashir said the ceasefire offer "cannot be taken seriously" while shelling continues.',
      ),
    ).toEqual(["person:omar-bashir -> issue:ceasefire-offer"]);
    expect(
      opposes("Foreign Minister Ana Lind said the rebels' promises could not be trusted."),
    ).toEqual(["person:ana-lind -> issue:rebels-promises"]);
    // A virtue affirmed, or money that will not go to waste, is no verdict.
    expect(opposes("Minister Eva Stahl said the threat should be taken seriously.")).toEqual([]);
    expect(opposes("Minister Paul Nair said the surplus grain would not go to waste.")).toEqual([]);
  });

  it("reads 'the Brazilian leader' before a verb of purpose as the person, not the demonym's state", () => {
    const intro =
      "Brazilian President Luiz Lula received Norwegian Prime Minister Jonas Store on Thursday. ";
    expect(
      opposes(
        intro + "The Brazilian leader used his opening speech to hit out at the United States.",
      ),
    ).toEqual(["person:luiz-lula -> country:USA"]);
    expect(
      opposes(intro + "The Norwegian prime minister used his speech to criticise Russia."),
    ).toEqual(["person:jonas-store -> country:RUS"]);
    expect(opposes(intro + "The veto was condemned by the Brazilian leader.")).toEqual([
      "person:luiz-lula -> issue:veto",
    ]);
  });

  it("reads sanctions said to be lifted, eased or ended as none in force", () => {
    expect(
      opposes("The president announced that U.S. sanctions on Syria would be lifted."),
    ).toEqual([]);
    expect(opposes("Canadian sanctions on Venezuela are to be phased out.")).toEqual([]);
    expect(opposes("EU sanctions on Belarus were extended on Monday.")).toEqual([
      "org:european-union -> country:BLR",
    ]);
  });

  it("reads an invitation turned down as no stance against the host", () => {
    expect(opposes("Ilham Aliyev rejected the Kremlin's invitation to attend the parade.")).toEqual(
      [],
    );
    expect(opposes("Ilham Aliyev rejected the Armenian proposal.")).toEqual([
      "person:ilham-aliyev -> country:ARM",
    ]);
  });

  it("keeps a thing named in two letters ('the ad') as a target", () => {
    expect(
      opposes(
        "The Ronald Reagan Presidential Foundation had already criticised the ad, saying it used excerpts without permission.",
      ),
    ).toEqual(["org:ronald-reagan-presidential-foundation -> issue:ad"]);
    expect(opposes("Lawmaker Eva Brun praised the ad.")).toEqual([]);
  });

  it("reads a framework as a kind of agreement a later 'the agreement' or 'the deal' points back to", () => {
    expect(
      opposes(
        "The two states signed a framework on fisheries on Monday. Senator Ana Bell criticised the agreement as one-sided.",
      ),
    ).toEqual(["person:ana-bell -> issue:framework-on-fisheries"]);
    // Another agreement, told as such, is not the framework.
    expect(
      opposes(
        "The ministers adopted a framework on migration. Lawmaker Tom Neve slammed a separate agreement on fishing quotas.",
      ),
    ).toEqual(["person:tom-neve -> issue:separate-agreement-on-fishing-quotas"]);
  });
});
