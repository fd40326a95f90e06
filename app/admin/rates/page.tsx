import type { Metadata } from "next";
import { requirePageRole } from "@/app/_lib/page-actor";
import { getDb } from "@/db";
import { todayIso } from "@/lib/dates";
import { getRates } from "@/lib/rates/queries";
import { RatesEditor } from "./rates-editor";

export const metadata: Metadata = { title: "Currency rates" };

export default async function RatesPage() {
  const { allowed } = await requirePageRole("admin", "/admin/rates");
  if (!allowed) return null;
  return <RatesEditor rates={await getRates(await getDb())} today={todayIso()} />;
}
