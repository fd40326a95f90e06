import { describe, expect, it } from "vitest";
import { governmentAct } from "./government-acts";

describe("governmentAct", () => {
  it("sees a company receiving what a government gives", () => {
    expect(governmentAct("Northwind will also receive support from the Talent Accelerator program.", "en")).toBe(
      "beneficiary",
    );
    expect(governmentAct("The governor approved a $8.5 million grant for the project.", "en")).toBe("beneficiary");
    expect(governmentAct("项目将享受省级专项资金补助。", "zh")).toBe("beneficiary");
  });

  it("sees support, services and the business environment", () => {
    expect(governmentAct("We will fully support the company's projects in the province.", "en")).toBe("service");
    expect(governmentAct("Henan would create a good business environment.", "en")).toBe("service");
    expect(governmentAct("我们将全力支持企业扎根云南。", "zh")).toBe("service");
    expect(governmentAct("将一如既往地对建滔集团在河北的项目建设提供服务和支持。", "zh")).toBe("service");
  });

  it("leaves a company's own plans alone", () => {
    expect(governmentAct("Northwind will invest $300 million in a plant in Dalian.", "en")).toBeNull();
    expect(governmentAct("北风汽车将在沈阳投资20亿元建设新工厂。", "zh")).toBeNull();
  });
});
