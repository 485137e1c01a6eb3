export interface PoolOrganization {
  readonly name: string;
  /** How a second mention names it. */
  readonly short: string;
  /** Lenders and donors can fund; every body can condemn. */
  readonly funds: boolean;
}

/** International bodies, most cited first. */
export const ORGANIZATIONS: readonly PoolOrganization[] = [
  { name: "European Union", short: "the EU", funds: true },
  { name: "United Nations", short: "the UN", funds: false },
  { name: "International Monetary Fund", short: "the IMF", funds: true },
  { name: "World Bank", short: "the World Bank", funds: true },
  { name: "NATO", short: "NATO", funds: false },
  { name: "World Food Programme", short: "the WFP", funds: true },
  { name: "African Union", short: "the African Union", funds: false },
  { name: "Asian Development Bank", short: "the ADB", funds: true },
  { name: "UNICEF", short: "UNICEF", funds: true },
  { name: "European Investment Bank", short: "the EIB", funds: true },
  { name: "African Development Bank", short: "the AfDB", funds: true },
  { name: "Arab League", short: "the Arab League", funds: false },
  { name: "Gulf Cooperation Council", short: "the GCC", funds: false },
  { name: "Asian Infrastructure Investment Bank", short: "the AIIB", funds: true },
  { name: "Inter-American Development Bank", short: "the IDB", funds: true },
];

export const FUNDERS: readonly PoolOrganization[] = ORGANIZATIONS.filter((org) => org.funds);
