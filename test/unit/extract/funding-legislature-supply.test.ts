import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// A legislature votes its state's money; "supply" gives goods valued in money.
describe("funding voted by a legislature", () => {
  it("gives money Congress approved in a state's own currency to that state", () => {
    expect(
      fundsOf(
        "Manila is expanding its navy. Congress approved in March an extra 3 billion pesos for the navy's patrol boats.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^org:congress/));
    expect(
      fundsOf("Parliament approved 500 million zlotys for Ukraine's air defence on Tuesday."),
    ).toEqual(["country:POL -> country:UKR 500000000 PLN"]);
    expect(fundsOf("The Sejm approved 500 million zlotys for flood relief in Silesia.")).toEqual([
      "country:POL -> issue:flood-relief-in-silesia 500000000 PLN",
    ]);
  });

  it("reads a package in dollars passed by Congress as the United States'", () => {
    expect(
      fundsOf(
        "Israel's army will receive the weapons under the $8 billion package approved by Congress in May.",
      ),
    ).toEqual(["country:USA -> org:isr-army 8000000000 USD"]);
  });

  it("reads the state named before the legislature", () => {
    expect(
      fundsOf("Peru's Congress approved $40 million for flood defences in Piura on Friday."),
    ).not.toContainEqual(expect.stringMatching(/^(?:org:congress|country:USA)/));
  });

  it("leaves a payer that is no legislature, and an assembly that only debates", () => {
    expect(
      fundsOf("The Inter-American Development Bank approved $40 million for Peru on Friday."),
    ).toEqual(["org:inter-american-development-bank -> country:PER 40000000 USD"]);
    expect(fundsOf("Congress is debating a request for $5 billion in aid to Ukraine.")).toEqual([]);
  });
});

describe("funding supplied as goods", () => {
  it("reads the state that said it would supply an amount of goods as its payer", () => {
    expect(
      fundsOf(
        "The fund signed grants worth 40 million riyals for clinics in Yemen on Monday, and Kuwait said it would supply $25m of fuel to Yemen's power plants.",
      ),
    ).toContainEqual(expect.stringMatching(/^country:KWT -> .*25000000 USD/));
  });

  it("reads a state reporting that it would supply goods worth an amount", () => {
    expect(fundsOf("India said it would supply $10 million of vaccines to Sri Lanka.")).toEqual([
      "country:IND -> country:LKA 10000000 USD",
    ]);
  });

  it("does not read a supply sold under a contract or a level of supplies as funding", () => {
    expect(
      fundsOf("Qatar will supply Pakistan with gas under a $3 billion contract signed on Monday."),
    ).toEqual([]);
    expect(fundsOf("Russia's gas supplies to Hungary were worth $2 billion last year.")).toEqual(
      [],
    );
  });
});
