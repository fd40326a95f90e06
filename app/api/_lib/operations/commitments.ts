import { auditActorOf } from "@/lib/auth/actor";
import { deleteCommitment, restoreCommitment } from "@/lib/commitments/deletion";
import { getCommitmentDetail } from "@/lib/commitments/detail";
import { listCommitments } from "@/lib/commitments/queries";
import { changeStatus, createCommitment, updateCommitment } from "@/lib/commitments/mutations";
import { checkCommitmentEdit, checkNewCommitment } from "@/lib/commitments/write-check";
import {
  createCommitmentSchema,
  deleteCommitmentSchema,
  statusChangeSchema,
  updateCommitmentSchema,
} from "@/lib/commitments/schemas";
import { todayIso } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { listQuery, resolveListReferences } from "../list-query";
import { operation } from "../operation";
import { idParams } from "../params";
import { commitmentDetailResponse, commitmentResponse, deletedResponse } from "../responses/commitments";
import { pageOf } from "../responses/common";
import { writer } from "../route";

const tag = "Commitments";

export const listCommitmentsOp = operation({
  method: "GET",
  path: "/api/v1/commitments",
  id: "listCommitments",
  tag,
  summary: "List commitments",
  description:
    "One page of the commitments that match the filters. `company` and `region` accept a slug, name or alias and include subsidiaries and sub-regions; list filters are repeatable or comma-separated; `sort` is a field or -field.",
  access: "read",
  query: listQuery,
  response: pageOf(commitmentResponse),
  examples: [{ name: "BMW's pledges in progress", query: { company: "bmw-group", status: "in_progress" } }],
  run: async ({ db, query }) => {
    const refs = await resolveListReferences(db, query);
    const { data, page, perPage, total } = await listCommitments(db, query, { today: todayIso(), refs });
    return { data, page, perPage, total };
  },
});

export const createCommitmentOp = operation({
  method: "POST",
  path: "/api/v1/commitments",
  id: "createCommitment",
  tag,
  summary: "Record a commitment",
  access: "editor",
  body: createCommitmentSchema,
  bodyMode: "json-checked-by-service",
  status: 201,
  response: commitmentDetailResponse,
  errors: ["conflict"],
  examples: [
    {
      name: "Siemens pledges digitalization support in Liaoning",
      body: {
        title: "Support the digital transformation of Liaoning's manufacturing",
        maker: "Siemens",
        kind: "pledge",
        region: "Liaoning",
        announcedOn: "2023-10-19",
      },
    },
  ],
  run: async ({ db, body, actor }) => {
    const today = todayIso();
    const input = await checkNewCommitment(db, body, today);
    return createCommitment(db, input, auditActorOf(writer(actor)), today);
  },
});

export const getCommitmentOp = operation({
  method: "GET",
  path: "/api/v1/commitments/{id}",
  id: "getCommitment",
  tag,
  summary: "One commitment, with its evidence, status history and mentions",
  access: "read",
  params: idParams,
  response: commitmentDetailResponse,
  examples: [{ name: "The first commitment", params: { id: "1" } }],
  run: async ({ db, params }) => {
    const commitment = await getCommitmentDetail(db, params.id);
    if (!commitment) throw notFound(`There is no commitment ${params.id}.`);
    return commitment;
  },
});

export const updateCommitmentOp = operation({
  method: "PATCH",
  path: "/api/v1/commitments/{id}",
  id: "updateCommitment",
  tag,
  summary: "Edit a commitment",
  description: "The body carries the `version` it was based on; a stale version gets 409.",
  access: "editor",
  params: idParams,
  body: updateCommitmentSchema,
  bodyMode: "json-checked-by-service",
  response: commitmentDetailResponse,
  errors: ["conflict"],
  examples: [{ name: "A new target date", params: { id: "1" }, body: { targetOn: "2027-12-31", version: 2 } }],
  run: async ({ db, params, body, actor }) => {
    const today = todayIso();
    const input = await checkCommitmentEdit(db, params.id, body, today);
    return updateCommitment(db, params.id, input, auditActorOf(writer(actor)), today);
  },
});

export const deleteCommitmentOp = operation({
  method: "DELETE",
  path: "/api/v1/commitments/{id}",
  id: "deleteCommitment",
  tag,
  summary: "Delete a commitment recorded by mistake",
  description: "Audited; an admin can restore it. A deleted commitment is 404 to readers.",
  access: "editor",
  params: idParams,
  body: deleteCommitmentSchema,
  response: deletedResponse,
  examples: [{ name: "A duplicate", params: { id: "1" }, body: { reason: "Recorded twice." } }],
  run: async ({ db, params, body, actor }) =>
    deleteCommitment(db, params.id, body.reason, auditActorOf(writer(actor)), todayIso()),
});

export const restoreCommitmentOp = operation({
  method: "POST",
  path: "/api/v1/commitments/{id}/restore",
  id: "restoreCommitment",
  tag,
  summary: "Bring a deleted commitment back whole",
  access: "admin",
  params: idParams,
  response: commitmentDetailResponse,
  run: async ({ db, params, actor }) => restoreCommitment(db, params.id, auditActorOf(writer(actor)), todayIso()),
});

export const changeStatusOp = operation({
  method: "POST",
  path: "/api/v1/commitments/{id}/status",
  id: "changeStatus",
  tag,
  summary: "Change a commitment's status, with a reason",
  description: "Achieved forces progress 100; `effectiveOn` (default today) may not be in the future.",
  access: "editor",
  params: idParams,
  body: statusChangeSchema,
  response: commitmentDetailResponse,
  errors: ["conflict"],
  examples: [
    {
      name: "Work has started",
      params: { id: "1" },
      body: { status: "in_progress", progress: 20, reason: "Construction began.", version: 2 },
    },
  ],
  run: async ({ db, params, body, actor }) =>
    changeStatus(db, params.id, body, auditActorOf(writer(actor)), todayIso()),
});
