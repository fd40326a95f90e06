import type { CommitmentKind, CommitmentStatus, OrganizationKind, RegionKind } from "../schema";

// The October 2023 Liaoning delegation's visit to BMW Group and Siemens in Munich, as an analyst would
// record it from the Dalian government's English report. Everything here is stated in the source, and the
// statuses are those of the day it was published; what became of each commitment afterwards (evidence and
// later status changes) is in demo-follow-up.ts.

export const demoSource = {
  url: "https://en.dl.gov.cn/art/2023/10/14/art_689_2200902.html",
  title: "Liaoning delegation led by Hao Peng visits BMW Group and Siemens in Munich",
  publisher: "Dalian Municipal People's Government",
  publishedOn: "2023-10-14",
  eventOn: "2023-10-13",
  language: "en",
};

type DemoOrganization = {
  name: string;
  kind: OrganizationKind;
  country: string;
  parent?: string;
  aliases: string[];
};

export const demoOrganizations: DemoOrganization[] = [
  {
    name: "BMW Group",
    kind: "company",
    country: "DE",
    aliases: ["BMW", "BMW AG", "Bayerische Motoren Werke", "宝马集团", "宝马"],
  },
  {
    name: "BMW Brilliance Automotive",
    kind: "joint_venture",
    country: "CN",
    parent: "BMW Group",
    aliases: ["BBA", "BMW Brilliance", "华晨宝马", "华晨宝马汽车有限公司"],
  },
  {
    name: "Siemens",
    kind: "company",
    country: "DE",
    aliases: ["Siemens AG", "Siemens Group", "西门子", "西门子集团"],
  },
  {
    name: "Liaoning Provincial Government",
    kind: "government",
    country: "CN",
    aliases: ["Liaoning Province", "Liaoning People's Government", "辽宁省人民政府", "辽宁省政府"],
  },
];

type DemoRegion = { name: string; kind: RegionKind; parent?: string; aliases: string[] };

export const demoRegions: DemoRegion[] = [
  { name: "China", kind: "country", aliases: ["People's Republic of China", "PRC", "中国"] },
  { name: "Liaoning", kind: "province", parent: "China", aliases: ["Liaoning Province", "辽宁", "辽宁省"] },
  { name: "Shenyang", kind: "city", parent: "Liaoning", aliases: ["沈阳", "沈阳市"] },
  { name: "Dalian", kind: "city", parent: "Liaoning", aliases: ["大连", "大连市"] },
  {
    name: "Shenfu Demonstration Zone",
    kind: "zone",
    parent: "Liaoning",
    aliases: ["Shenfu Reform and Innovation Demonstration Zone", "沈抚示范区", "沈抚改革创新示范区"],
  },
];

type DemoCommitment = {
  title: string;
  summary: string;
  maker: string;
  counterpart?: string;
  kind: CommitmentKind;
  sector: string;
  region: string;
  status: CommitmentStatus;
  progress: number;
  statusReason: string;
  sourceLocation: string;
};

const announced = (reason = "Recorded as stated at the meeting; no action reported yet.") => ({
  status: "announced" as const,
  progress: 0,
  statusReason: reason,
});

export const demoAnnouncedOn = "2023-10-13";

export const demoCommitments: DemoCommitment[] = [
  // BMW Group's own undertakings, from its chairman's reply.
  {
    title: "Bring BMW's new-generation models into series production in Shenyang as early as possible",
    summary:
      "BMW's chairman told the delegation the group would start mass production of its next-generation " +
      "models at the Shenyang base at the earliest possible date.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "pledge",
    sector: "automotive",
    region: "Shenyang",
    ...announced(),
    sourceLocation: "para. 4, BMW chairman's reply",
  },
  {
    title: "Keep concentrating the group's best resources in Liaoning and Shenyang",
    summary:
      "BMW said it would honour its promises to local partners and continue to direct high-quality group " +
      "resources to its Liaoning and Shenyang operations.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "pledge",
    sector: "automotive",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 4, BMW chairman's reply",
  },
  {
    title: "Raise investment in electrification, intelligent and connected vehicles in Liaoning",
    summary:
      "BMW undertook to increase its spending on electric drive, vehicle intelligence and connectivity in " +
      "its Liaoning operations. No amount was given.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "pledge",
    sector: "new-energy vehicles",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 4, BMW chairman's reply",
  },
  {
    title: "Widen and deepen cooperation with Liaoning",
    summary:
      "A general statement that BMW would keep extending the scope and depth of its partnership with the province.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "intent",
    sector: "cross-sector",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 4, BMW chairman's reply",
  },
  // Liaoning's three "hopes" addressed to BMW: requests, binding on BMW only if it accepts them.
  {
    title: "Invest more in production and R&D in Liaoning and bring in more products and models",
    summary:
      "First of the province's three requests: enlarge BMW's industrial footprint in Liaoning through further " +
      "investment in manufacturing and research, with additional products and models.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "request",
    sector: "automotive",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 3, first request",
  },
  {
    title: "Speed up production and market launch of the new-generation models in Shenyang",
    summary:
      "Part of the province's first request: accelerate the start of production and the launch of BMW's next-generation models in Shenyang.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "request",
    sector: "automotive",
    region: "Shenyang",
    ...announced(),
    sourceLocation: "para. 3, first request",
  },
  {
    title: "Expand localized new-energy vehicle capacity and make Liaoning a world-class NEV base",
    summary:
      "Second request: work with the province to raise locally made new-energy vehicle capacity and help " +
      "Liaoning and Shenyang become world-class centres for NEV research, production and sales.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "request",
    sector: "new-energy vehicles",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 3, second request",
  },
  {
    title: "Localize the supply chain by bringing key-component suppliers to Shenyang",
    summary:
      "Third request: use BMW's pull to bring more partner suppliers of key components, electronic and " +
      "electrical parts in particular, to set up in Shenyang.",
    maker: "BMW Group",
    counterpart: "Liaoning Provincial Government",
    kind: "request",
    sector: "supply chain",
    region: "Shenyang",
    ...announced(),
    sourceLocation: "para. 3, third request",
  },
  // Reported by the Liaoning side as already under way at the joint venture.
  {
    title: "Accelerate construction of the sixth-generation power battery project",
    summary:
      "The provincial party secretary cited faster construction of BMW Brilliance's sixth-generation " +
      "high-voltage battery project in Shenyang among the year's milestones.",
    maker: "BMW Brilliance Automotive",
    counterpart: "Liaoning Provincial Government",
    kind: "pledge",
    sector: "batteries",
    region: "Shenyang",
    status: "in_progress",
    progress: 10,
    statusReason: "The statement reports construction as under way and being accelerated in 2023.",
    sourceLocation: "para. 2, milestones of 2023",
  },
  // The province's own undertakings.
  {
    title:
      "Keep supporting BMW Brilliance with a first-class market-oriented, law-based, international business environment",
    summary:
      "Liaoning said it would continue to back the joint venture's growth and keep improving a business " +
      "environment that is market-oriented, governed by law and international in standard.",
    maker: "Liaoning Provincial Government",
    counterpart: "BMW Group",
    kind: "pledge",
    sector: "business environment",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 3, Liaoning's undertakings",
  },
  {
    title: "Improve the coordination mechanism and resolve BMW's operating problems promptly",
    summary:
      "The province undertook to strengthen its coordination arrangements with BMW and to help solve the " +
      "company's problems quickly, with dependable services for its operations in Liaoning.",
    maker: "Liaoning Provincial Government",
    counterpart: "BMW Group",
    kind: "pledge",
    sector: "business environment",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 3, Liaoning's undertakings",
  },
  {
    title: "Fully support Siemens' business in Liaoning with an upgraded business environment",
    summary:
      "Liaoning promised full support for Siemens' operations, a faster move to an 'upgraded version' of its " +
      "business environment, and backing for Siemens to expand its presence.",
    maker: "Liaoning Provincial Government",
    counterpart: "Siemens",
    kind: "pledge",
    sector: "business environment",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 6, Liaoning's undertakings to Siemens",
  },
  // Siemens.
  {
    title: "Land more leading, forward-looking flagship projects in Liaoning",
    summary:
      "The province asked Siemens to draw on its strengths, broaden cooperation across fields and bring " +
      "more pioneering, landmark projects to Liaoning.",
    maker: "Siemens",
    counterpart: "Liaoning Provincial Government",
    kind: "request",
    sector: "cross-sector",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 6, Liaoning's request to Siemens",
  },
  {
    title: "Give more support to Liaoning's industrial digital transformation",
    summary:
      "Siemens' global executive vice president said the company would provide further help with the " +
      "digital transformation of the province's industry.",
    maker: "Siemens",
    counterpart: "Liaoning Provincial Government",
    kind: "pledge",
    sector: "digitalization",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 7, Siemens' reply",
  },
  {
    title: "Explore new areas of cooperation with Liaoning",
    summary:
      "Siemens expressed willingness to look for new fields of cooperation building on earlier projects, and to be a strong partner to the province.",
    maker: "Siemens",
    counterpart: "Liaoning Provincial Government",
    kind: "intent",
    sector: "cross-sector",
    region: "Liaoning",
    ...announced(),
    sourceLocation: "para. 7, Siemens' reply",
  },
];

/**
 * Starting exchange rates for totals of stated amounts: approximate values (US dollars per unit), dated so
 * that nobody mistakes them for current ones. Admins replace them under Administration → Currency rates.
 */
export const demoReportingCurrency = "USD";
export const demoRatesAsOf = "2026-11-01";
export const demoRates: { currency: string; rate: number }[] = [
  { currency: "CNY", rate: 0.14 },
  { currency: "EUR", rate: 1.08 },
  { currency: "GBP", rate: 1.27 },
  { currency: "JPY", rate: 0.0066 },
  { currency: "KRW", rate: 0.00072 },
];
