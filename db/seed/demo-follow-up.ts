import type { CommitmentStatus, EvidenceStance } from "../schema";

// What became of the demo commitments: reports published between 2022 and 2026, summarized in our own words,
// and the status changes they justify. Each item was read in its source; where a page gives no publication
// date, or a fact could only be read in a republished copy, the note says so. Sources and open questions:
// docs/demo-data.md. Reports from before the October 2023 statement are "context": they show the plan the
// pledge restated, not a response to it.

export type DemoEvidence = {
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  language: string;
  stance: EvidenceStance;
  note: string;
};

/** A status change an analyst would have recorded a few days after reading `evidence` (one of the item's urls). */
export type DemoStatusChange = {
  to: CommitmentStatus;
  progress: number;
  reason: string;
  evidence: string;
  recordedOn: string;
};

export type DemoFollowUp = {
  /** The demo commitment's title (demo-data.ts). */
  commitment: string;
  evidence: DemoEvidence[];
  statuses: DemoStatusChange[];
};

const xinhuaBatteryStart = "http://ln.news.cn/2023-05/19/c_1129627170.htm";
const bmwblogSixMillion = "https://www.bmwblog.com/2024/05/09/bmw-six-million-cars-made-in-china/";
const peoplePilotBatteries = "http://en.people.cn/n3/2025/0222/c90000-20280162.html";
const electrivePreSeries =
  "https://www.electrive.net/2026/01/05/bmw-startet-vorserienproduktion-der-neuen-klasse-in-china/";
const malayMailInvestment =
  "https://www.malaymail.com/news/money/2024/04/27/bmw-to-further-invest-20b-yuan-in-north-east-china-production-base/131190";
const nbdInvestment = "http://www.nbdpress.com/articles/2024-04-28/56270.html";
const electriveDadong = "https://www.electrive.net/2024/04/29/bmw-macht-china-standort-fit-fuer-die-neue-klasse/";
const shineBatteries = "https://www.shine.cn/biz/auto/2502210369/";
const shenyangAgreement = "https://euro.dayfr.com/business/2091158.html";
const qingdaoTimetable = "http://auto.qingdaonews.com/content/2024-08/29/content_23601372.htm";
const sixMillionth = "https://www.einpresswire.com/article/711096525/bmw-brilliance-rolls-off-6-millionth-vehicle";
const eveSigning = "http://wap.lnd.com.cn/tj/system/2022/09/28/030347093.shtml";
const eveTrial = "https://everyday-news.com/show/index/cid/5/id/23766.html";
const siemensMeeting = "https://www.fuxin.gov.cn/content/2025/1025921.html";

const electrivePreSeriesItem: DemoEvidence = {
  url: electrivePreSeries,
  title: "Pre-series cars of the long-wheelbase Neue Klasse iX3 built in Shenyang since December 2025",
  publisher: "electrive.net",
  publishedOn: "2026-01-05",
  language: "de",
  stance: "supports",
  note:
    "Citing Xinhua: pre-series cars have come off the Shenyang line since shortly before Christmas 2025. " +
    "Series production is due in 2026; no start date was given.",
};

const siemensMeetingItem = (note: string): DemoEvidence => ({
  url: siemensMeeting,
  title: "Liaoning's party secretary Xu Kunlin meets Siemens China chief executive Xiao Song in Shenyang",
  publisher: "Fuxin Municipal People's Government (from the Liaoning provincial government's site)",
  publishedOn: "2025-12-09",
  language: "zh",
  stance: "context",
  note,
});

export const demoFollowUps: DemoFollowUp[] = [
  {
    commitment: "Bring BMW's new-generation models into series production in Shenyang as early as possible",
    evidence: [
      {
        url: "http://www.shenyang.gov.cn/english/business/biznews/202305/t20230525_4469838.html",
        title: "BMW to build Neue Klasse cars, and a battery site for them, in Shenyang from 2026",
        publisher: "Shenyang Municipal People's Government (from China Daily)",
        publishedOn: "2023-05-24",
        language: "en",
        stance: "context",
        note:
          "Five months before the visit BMW had already set 2026 for local Neue Klasse production and announced " +
          "a CNY 10 billion battery site; the pledge restates that plan.",
      },
      electrivePreSeriesItem,
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 60,
        reason:
          "Trial production of the first new-generation model began in Shenyang in December 2025; series " +
          "production has yet to start.",
        evidence: electrivePreSeries,
        recordedOn: "2026-01-08",
      },
    ],
  },
  {
    commitment: "Keep concentrating the group's best resources in Liaoning and Shenyang",
    evidence: [
      {
        url: nbdInvestment,
        title: "BMW adds CNY 20 billion to upgrade its Dadong plant in Shenyang",
        publisher: "National Business Daily",
        publishedOn: "2024-04-28",
        language: "en",
        stance: "supports",
        note:
          "Announced on 26 April 2024 to prepare the plant for the Neue Klasse; BMW puts its investment in the " +
          "Shenyang base since 2010 at CNY 105 billion.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 40,
        reason: "A further CNY 20 billion for the Shenyang base is concrete action on this pledge.",
        evidence: nbdInvestment,
        recordedOn: "2024-05-02",
      },
    ],
  },
  {
    commitment: "Raise investment in electrification, intelligent and connected vehicles in Liaoning",
    evidence: [
      {
        url: electriveDadong,
        title: "BMW readies its Shenyang plants for the electric Neue Klasse",
        publisher: "electrive.net",
        publishedOn: "2024-04-29",
        language: "de",
        stance: "supports",
        note:
          "Most of the new money goes to the Dadong plant, which is to build the electric Neue Klasse; the " +
          "battery packs with large round cells are to be assembled on site as well.",
      },
      {
        url: shineBatteries,
        title: "BMW plans volume production of its sixth-generation batteries in China in 2026",
        publisher: "Shanghai Daily (from Xinhua)",
        publishedOn: "2025-02-21",
        language: "en",
        stance: "supports",
        note:
          "BMW says it has spent more than CNY 14 billion on battery production and research in China since " +
          "2017; pilot production of the new batteries began in Shenyang at the end of 2024.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 30,
        reason: "New investment is going into electric-car production and battery assembly in Shenyang.",
        evidence: electriveDadong,
        recordedOn: "2024-05-03",
      },
      {
        to: "in_progress",
        progress: 50,
        reason:
          "Pilot production of the new batteries shows the spending under way; the reported total since 2017 " +
          "does not separate what came after the pledge.",
        evidence: shineBatteries,
        recordedOn: "2025-02-25",
      },
    ],
  },
  {
    commitment: "Widen and deepen cooperation with Liaoning",
    evidence: [
      {
        url: shenyangAgreement,
        title: "Shenyang and BMW agree to deepen their strategic cooperation",
        publisher: "china.org.cn (republished by dayfr.com)",
        publishedOn: "2024-04-28",
        language: "en",
        stance: "supports",
        note:
          "On 26 April 2024 the Shenyang city government and BMW reached an agreement on deeper strategic " +
          "cooperation, together with the new Dadong investment. Read in a republished copy.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 30,
        reason:
          "A signed cooperation agreement is concrete action, though with the provincial capital, not the province.",
        evidence: shenyangAgreement,
        recordedOn: "2024-05-02",
      },
    ],
  },
  {
    commitment: "Invest more in production and R&D in Liaoning and bring in more products and models",
    evidence: [
      {
        url: malayMailInvestment,
        title: "BMW to invest a further CNY 20 billion in its Shenyang production base",
        publisher: "Malay Mail (from Bernama and Xinhua)",
        publishedOn: "2024-04-27",
        language: "en",
        stance: "supports",
        note:
          "The money is for upgrading the Dadong plant and new production technology; BMW's chairman said the " +
          "first Neue Klasse models would leave the Shenyang line in 2026.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 40,
        reason:
          "BMW took up the request: a further CNY 20 billion for production in Shenyang, with new models to follow.",
        evidence: malayMailInvestment,
        recordedOn: "2024-04-30",
      },
    ],
  },
  {
    commitment: "Speed up production and market launch of the new-generation models in Shenyang",
    evidence: [
      {
        url: qingdaoTimetable,
        title: "BMW's Neue Klasse timetable: battery trials in China this year, production in Shenyang in 2026",
        publisher: "Qingdao News",
        publishedOn: "2024-08-29",
        language: "zh",
        stance: "context",
        note:
          "Trial production of the sixth-generation battery system in China before the end of 2024, road tests " +
          "by the Chinese R&D team in 2025, and the first Neue Klasse model built in Shenyang in 2026.",
      },
      electrivePreSeriesItem,
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 50,
        reason:
          "Trial production in Shenyang began in December 2025, on the 2026 timetable set before the request; " +
          "nothing reported shows it was brought forward.",
        evidence: electrivePreSeries,
        recordedOn: "2026-01-08",
      },
    ],
  },
  {
    commitment: "Expand localized new-energy vehicle capacity and make Liaoning a world-class NEV base",
    evidence: [
      {
        url: sixMillionth,
        title: "BMW Brilliance's six-millionth car, an electric i5, leaves the Shenyang line",
        publisher: "EIN Presswire (Information Office of the Shenyang Municipal People's Government)",
        publishedOn: "2024-05-13",
        language: "en",
        stance: "supports",
        note: "Built on 8 May 2024, fifteen months after the five-millionth; the milestone car is a fully electric i5.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 20,
        reason:
          "More electric models are being built in Shenyang; capacity figures for new-energy vehicles are not reported.",
        evidence: sixMillionth,
        recordedOn: "2024-05-16",
      },
    ],
  },
  {
    commitment: "Localize the supply chain by bringing key-component suppliers to Shenyang",
    evidence: [
      {
        url: eveSigning,
        title: "EVE Energy signs a CNY 10 billion battery project with Shenyang",
        publisher: "Beiguo (lnd.com.cn)",
        publishedOn: "2022-09-28",
        language: "zh",
        stance: "context",
        note:
          "Signed on 27 September 2022 with the Shenyang government: 40 GWh of storage and power batteries. It " +
          "predates the request, so it is background rather than BMW's response.",
      },
      {
        url: eveTrial,
        title: "EVE Energy's Shenyang base begins trial production of large cylindrical cells",
        publisher: "Everyday News",
        publishedOn: "2025-06-30",
        language: "zh",
        stance: "supports",
        note:
          "On 30 June 2025 the base started trial production and opened a battery-system plant; its large " +
          "cylindrical cells are described as powering BMW's Neue Klasse. The page shows no publication date: " +
          "the day of the event is used.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 30,
        reason:
          "A cell supplier for BMW's new models began trial production in Shenyang; it was signed before the " +
          "request, so how far BMW drew it in is unclear.",
        evidence: eveTrial,
        recordedOn: "2025-07-04",
      },
    ],
  },
  {
    commitment: "Accelerate construction of the sixth-generation power battery project",
    evidence: [
      {
        url: xinhuaBatteryStart,
        title: "Construction begins in full on BMW Brilliance's CNY 10 billion sixth-generation battery project",
        publisher: "Xinhua (Liaoning)",
        publishedOn: "2023-05-19",
        language: "zh",
        stance: "context",
        note:
          "Announced at the joint venture's 20th anniversary on 18 May 2023: signed in November 2022, 240,000 m² " +
          "in the Sino-German industrial park in Shenyang.",
      },
      {
        url: bmwblogSixMillion,
        title: "BMW Brilliance builds its six-millionth car; battery pre-production in Shenyang due by late 2024",
        publisher: "BMWBLOG",
        publishedOn: "2024-05-09",
        language: "en",
        stance: "supports",
        note:
          "The Shenyang site for sixth-generation batteries with round cells is to start pre-production before " +
          "the end of 2024; all three vehicle plants can already build electric cars.",
      },
      {
        url: peoplePilotBatteries,
        title: "BMW began pilot production of sixth-generation batteries in Shenyang at the end of 2024",
        publisher: "People's Daily Online (from Xinhua)",
        publishedOn: "2025-02-22",
        language: "en",
        stance: "supports",
        note:
          "Pilot production started at the end of 2024; volume production is expected in 2026, with CATL and " +
          "EVE Energy among the cell suppliers.",
      },
    ],
    statuses: [
      {
        to: "in_progress",
        progress: 60,
        reason: "The building stands and pre-production is scheduled for late 2024.",
        evidence: bmwblogSixMillion,
        recordedOn: "2024-05-13",
      },
      {
        to: "achieved",
        progress: 100,
        reason:
          "The plant was built and began pilot production at the end of 2024, so the construction pledged is " +
          "done; volume production (2026) is beyond this pledge.",
        evidence: peoplePilotBatteries,
        recordedOn: "2025-02-26",
      },
    ],
  },
  {
    commitment: "Fully support Siemens' business in Liaoning with an upgraded business environment",
    evidence: [
      siemensMeetingItem(
        "On 8 December 2025 the province restated its aim of a market-oriented, law-based, international " +
          "business environment and better services for foreign investors; no measure for Siemens is named.",
      ),
    ],
    statuses: [],
  },
  {
    commitment: "Land more leading, forward-looking flagship projects in Liaoning",
    evidence: [
      siemensMeetingItem(
        "Two years on, the province again asked Siemens to deepen cooperation, invest more and bring core " +
          "resources and technology; no new flagship project is reported.",
      ),
    ],
    statuses: [],
  },
  {
    commitment: "Give more support to Liaoning's industrial digital transformation",
    evidence: [
      siemensMeetingItem(
        "Siemens' China chief described the company as a long-standing participant in Liaoning's " +
          "industrialisation and spoke of AI in industry; the report names no new project.",
      ),
    ],
    statuses: [],
  },
];
