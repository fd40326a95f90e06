import type { Operation, OperationKey } from "../operation";
import * as admin from "./admin";
import * as analytics from "./analytics";
import * as commitments from "./commitments";
import * as evidence from "./evidence";
import * as exports from "./exports";
import * as follows from "./follows";
import * as imports from "./imports";
import * as inbox from "./inbox";
import * as intake from "./intake";
import * as meta from "./meta";
import * as notifications from "./notifications";
import * as namedTrees from "./named-trees";
import * as sources from "./sources";

// In this order in the document and the reference: the commitments first, administration and the rest last.
const modules = {
  commitments,
  evidence,
  exports,
  analytics,
  namedTrees,
  sources,
  intake,
  imports,
  follows,
  inbox,
  notifications,
  admin,
  meta,
};

type Declared = {
  [M in keyof typeof modules]: Extract<(typeof modules)[M][keyof (typeof modules)[M]], Operation>;
}[keyof typeof modules];

/** Every /api/v1 operation, by "METHOD /path": what the typed client and the OpenAPI document read. */
export type Operations = { [O in Declared as OperationKey<O>]: O };

export const operations: Operation[] = Object.values(modules).flatMap((module) =>
  Object.values(module).filter((value): value is Operation => typeof value === "object" && "run" in value),
);
