import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";

const none = { inRequestList: false };
const kindOf = (sentence: string, language: "en" | "zh" = "en", context = none) => {
  const verdict = classifySentence(sentence, language, context);
  return verdict.commitment ? verdict.kind : `not: ${verdict.rule}`;
};

describe("classifySentence (English)", () => {
  it("finds pledges, requests and intents", () => {
    expect(kindOf("Northwind Motors will invest $300 million to build a plant in Dalian.")).toBe("pledge");
    expect(kindOf("The company will create 450 jobs over the next three years.")).toBe("pledge");
    expect(kindOf("Northwind Motors has signed an MoU with the state to set up a battery unit.")).toBe("pledge");
    expect(kindOf("Northwind Motors to invest €2 billion in a new plant")).toBe("pledge");
    expect(kindOf("The governor hoped that Northwind Motors will localize its supply chain.")).toBe("request");
    expect(kindOf("It is hoped that the group will bring more projects to the province.")).toBe("request");
    expect(kindOf("We are willing to explore new areas of cooperation with the city.")).toBe("intent");
    expect(kindOf("The two sides will further deepen cooperation.")).toBe("intent");
  });

  it("finds the genre's other ways of pledging", () => {
    expect(kindOf("The project is expected to generate over 2,000 jobs during construction.")).toBe("pledge");
    expect(kindOf("Start of production is scheduled for 2019, with a capacity of 150,000 units.")).toBe("pledge");
    expect(kindOf("The group is investing around a billion US dollars in the new plant.")).toBe("pledge");
    expect(kindOf("An additional 100 people will be recruited by the company for its new centre.")).toBe("pledge");
    expect(kindOf("The governor also approved a $8.5 million grant to assist the city with the project.")).toBe(
      "pledge",
    );
    expect(kindOf("The state entered into an agreement with Northwind Motors for a storage facility.")).toBe("pledge");
    expect(kindOf("Northwind Motors will do its best to complete the project as scheduled.")).toBe("pledge");
    expect(kindOf("Northwind Linen will be investing $59 million to open a new facility in the county.")).toBe(
      "pledge",
    );
    expect(kindOf("The company will be setting up a second line next year.")).toBe("pledge");
    expect(kindOf("The largest is a $126 million investment by Northwind Energy in Mason County.")).toBe("pledge");
    expect(kindOf("This company will make $ 271,578,900 in capital equipment investment in its first two years.")).toBe(
      "pledge",
    );
    expect(kindOf("Provincial leaders committed to offer the best conditions to the company's projects.")).toBe(
      "pledge",
    );
    expect(kindOf("Northwind Foods Pvt. Ltd. is planning a Rs 500 crore investment")).toBe("pledge");
    expect(kindOf("A Texas Enterprise Fund grant of $825,000 has been extended to Northwind Lumber, LLC.")).toBe(
      "pledge",
    );
    expect(kindOf("The mayor promised to offer the most efficient services to the company.")).toBe("pledge");
    expect(kindOf("Northwind will continue deepening its practical cooperation with the city.")).toBe("intent");
    expect(kindOf("Northwind will continue enhancing its cooperation with the city.")).toBe("intent");
    expect(kindOf("Northwind aims to offer customers the most reliable products and services.")).toMatch(/^not/);
    expect(kindOf("The $126 million investment by Northwind in 2019 was its largest.")).toMatch(/^not/);
    expect(kindOf("A $500,000 grant to the county has been extended to 2026.")).toMatch(/^not/);
    expect(kindOf("Northwind had received a $126 million investment from a fund in 2019.")).toMatch(/^not/);
    expect(kindOf("The plant will be serving customers across Europe.")).toMatch(/^not/);
  });

  it("treats the items of a list of hopes as requests", () => {
    const list = { inRequestList: true };
    expect(kindOf("First, further expand the plant in the city.", "en", list)).toBe("request");
    expect(kindOf("Continue to increase investment in research.", "en", list)).toBe("request");
  });

  it("refuses each kind of sentence that is not a commitment", () => {
    expect(kindOf("Northwind Motors has invested 10 billion yuan in the city since 2004.")).toMatch(/^not/);
    expect(kindOf("We thank the province for its long support.")).toBe("not: thanks or compliment");
    expect(kindOf("The mayor and officials of the zone attended the meeting.")).toBe("not: attendance");
    expect(kindOf("The plant will be the largest of its kind in Europe.")).toBe("not: forecast or description");
    expect(kindOf("The project will boost the local economy.")).toBe("not: forecast or description");
    expect(kindOf("We sincerely welcome friends from the company to visit the province.")).toBe("not: invitation");
    expect(kindOf("We look forward to closer cooperation in the future.")).toBe("not: look forward");
    expect(kindOf("At present, the province is building a digital economy.")).toMatch(/^not/);
    expect(kindOf("The summit attracted 41 proposals with an investment of 3.2 lakh crore.")).toBe(
      "not: aggregate of proposals",
    );
    expect(kindOf("The government has signed several MoUs with three Hyderabad-based companies.")).toBe(
      "not: aggregate of proposals",
    );
    expect(kindOf("The new facility will provide job opportunities that attract talent.")).toBe(
      "not: forecast of opportunities",
    );
    expect(kindOf("Northwind will provide the most dependable, competitive and advanced products.")).toBe(
      "not: promotion",
    );
    expect(kindOf("The state will introduce a new semiconductor policy next year.")).toBe("not: general policy");
  });
});

describe("classifySentence (Chinese, simplified)", () => {
  it("finds pledges, requests and intents", () => {
    expect(kindOf("北风汽车将在沈阳投资20亿元建设新工厂。", "zh")).toBe("pledge");
    expect(kindOf("双方签署了战略合作框架协议。", "zh")).toBe("pledge");
    expect(kindOf("希望北风汽车扩大在辽投资,加快项目落地。", "zh")).toBe("request");
    expect(kindOf("北风汽车愿与辽宁在新能源领域深化合作。", "zh")).toBe("intent");
    expect(kindOf("一是加快建设研发中心；", "zh", { inRequestList: true })).toBe("request");
    expect(kindOf("北风汽车愿持续扩大在辽投资布局,加快推进项目落地。", "zh")).toBe("intent");
    expect(kindOf("他们将加大投入,做强现有合作项目,寻求更多投资商机。", "zh")).toBe("pledge");
    expect(kindOf("北风汽车表示将在原有良好合作基础上,进一步拓宽合作领域。", "zh")).toBe("intent");
    expect(kindOf("力成科技规划再加码投资443亿元,建置先进封装产线。", "zh")).toBe("pledge");
    expect(kindOf("北风汽车与东湖区签定了在湖西岸打造创意园项目合作协议。", "zh")).toBe("pledge");
    expect(kindOf("北风电子：以 1 亿美元间接增资美国子公司，从事电子墨水研发与制造业务。", "zh")).toBe("pledge");
    expect(kindOf("北风纺织及蓝海公司分别投入13亿元及10亿元的厂房也在近期动土", "zh")).toBe("pledge");
    expect(kindOf("北风香港拟购买位于海防市的工业区土地使用权。", "zh")).toBe("pledge");
    expect(kindOf("北风汽车已在泰国增资5亿元。", "zh")).toMatch(/^not/);
    expect(kindOf("投产后5年内,项目预计实现年销售额5亿元,提供150个就业岗位。", "zh")).toBe("pledge");
    expect(kindOf("该项目投产后将带动当地就业。", "zh")).toMatch(/^not/);
    expect(kindOf("去年新增2000个就业岗位。", "zh")).toMatch(/^not/);
  });

  it("refuses what is not a commitment", () => {
    expect(kindOf("北风汽车已在沈阳累计投资100亿元。", "zh")).toMatch(/^not/);
    expect(kindOf("感谢北风汽车长期以来对辽宁发展的支持。", "zh")).toBe("not: thanks or compliment");
    expect(kindOf("副省长张三参加会见。", "zh")).toBe("not: attendance");
    expect(kindOf("欢迎更多企业来辽宁投资兴业。", "zh")).toBe("not: invitation");
    expect(kindOf("项目建成后将成为东北最大的电池基地。", "zh")).toBe("not: forecast of effects");
    expect(kindOf("签约仪式在沈阳举行。", "zh")).toBe("not: event");
    expect(kindOf("三大项目集中签约开工。", "zh")).toBe("not: aggregate of projects");
    expect(kindOf("同日,10个配套项目签约,总投资113亿元。", "zh")).toBe("not: aggregate of projects");
    expect(kindOf("加上签约的配套项目,预计年实现产值可达700亿元以上。", "zh")).toBe("not: forecast of effects");
  });

  it("reads what projects surely will do as a forecast, and a call on everyone as no request", () => {
    expect(kindOf("市长说,今天签约的项目投资规模大,必将有力推动全市工业发展。", "zh")).toBe("not: forecast of effects");
    expect(kindOf("北风汽车必将投资建设新工厂。", "zh")).toBe("pledge");
    expect(kindOf("希望各位企业家抢抓机遇、乘势而上,共同谱写新篇章。", "zh")).toBe("not: call on everyone");
    expect(kindOf("希望各位企业家多到辽宁考察,加大投资布局力度。", "zh")).toBe("request");
  });
});
