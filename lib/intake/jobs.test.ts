import { describe, expect, it } from "vitest";
import { findJobs } from "./jobs";

const jobs = (text: string) => findJobs(text)?.jobs ?? null;

describe("findJobs", () => {
  it("reads the jobs an English statement announces", () => {
    expect(jobs("will create 2,300 jobs in Shenyang")).toBe(2_300);
    expect(jobs("will add over 1,000 full-time jobs and invest $450 million")).toBe(1_000);
    expect(jobs("which will generate employment for 77,000 people")).toBe(77_000);
    expect(jobs("This will create about 200 employment opportunities.")).toBe(200);
    expect(jobs("will create 245 quality job opportunities")).toBe(245);
    expect(jobs("plans to hire 300 engineers")).toBe(300);
    expect(jobs("will provide employment for about 200 workers")).toBe(200);
  });

  it("leaves out construction and indirect jobs, and numbers that are not jobs", () => {
    expect(jobs("a minimum of 6,500 construction jobs")).toBeNull();
    expect(jobs("over 2,000 high-tech jobs, a minimum of 6,500 construction jobs")).toBe(2_000);
    expect(jobs("an annual capacity of 150,000 units")).toBeNull();
  });

  it("reads Chinese jobs", () => {
    expect(jobs("可提供3000个就业岗位")).toBe(3_000);
    expect(jobs("带动就业2000余人")).toBe(2_000);
    expect(jobs("新增就业岗位1.2")).toBeNull();
    expect(jobs("提供两千个工作岗位")).toBe(2_000);
  });
});
