import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { columnFactory, filtersOf } from "../components/data-table/columns";
import { FilterToolbar } from "../components/data-table/filter-toolbar";
import { StaticDataTable } from "../components/data-table/static-data-table";
import { Field, SelectField } from "../components/forms/field";

type Place = { slug: string; name: string; made: number };
const column = columnFactory<Place>();
const columns = [
  column.value("name", (p) => p.name, { label: "Name", rowHeader: true }),
  column.value(
    "made",
    (p) => p.made,
    { label: "Made", align: "end" },
    (n) => `${n} made`,
  ),
  column.display(
    "actions",
    {
      label: "Actions",
      hideLabel: true,
      filters: [
        { kind: "select", param: "kind", label: "Kind", options: [{ value: "city", label: "City", count: 3 }] },
      ],
    },
    (p) => <a href={`/edit/${p.slug}`}>Edit</a>,
  ),
];

describe("DataTable", () => {
  it("draws the rows on the server with the columns' labels, row headers and cells", () => {
    const html = renderToStaticMarkup(
      <StaticDataTable
        columns={columns}
        data={[{ slug: "shenyang", name: "Shenyang", made: 4 }]}
        getRowId={(p) => p.slug}
        label="Places"
      />,
    );
    expect(html).toContain('<caption class="sr-only">Places</caption>');
    expect(html).toMatch(/<th scope="col"[^>]*>Name<\/th>/);
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toMatch(/<th scope="row"[^>]*>Shenyang<\/th>/);
    expect(html).toMatch(/<td[^>]*text-right[^>]*>4 made<\/td>/);
    expect(html).toContain('href="/edit/shenyang"');
  });

  it("shows what it is told to when there are no rows", () => {
    const html = renderToStaticMarkup(
      <StaticDataTable columns={columns} data={[]} getRowId={(p) => p.slug} label="Places" empty={<p>None yet.</p>} />,
    );
    expect(html).toContain("None yet.");
    expect(html).not.toContain("<table");
  });

  it("builds its toolbar from the columns' filters, with counts", () => {
    const html = renderToStaticMarkup(
      <FilterToolbar filters={filtersOf(columns)} values={{ kind: "city" }} label="Filter places" clearHref="/p" />,
    );
    expect(html).toContain('aria-label="Filter places"');
    expect(html).toContain(">Kind</label>");
    expect(html).toContain("City (3)");
    expect(html).toMatch(/<option value="city" selected="">/);
  });
});

describe("form fields", () => {
  it("tie the hint and the error to the control", () => {
    const html = renderToStaticMarkup(<Field label="Email" id="email" hint="Work address" error="is required" />);
    expect(html).toContain('<label for="email"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('<p id="email-error" class="text-sm text-red-700">is required</p>');
  });

  it("draw a select's options and leave a valid one alone", () => {
    const html = renderToStaticMarkup(<SelectField label="Kind" id="kind" options={[{ value: "a", label: "A" }]} />);
    expect(html).toContain('<option value="a">A</option>');
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
  });
});
