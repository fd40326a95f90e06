import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function RegionNotFound() {
  return (
    <NotFoundMessage
      missing="There is no region by this name."
      hint="It may have been renamed or merged into another, or the link may be mistyped."
      back={{ href: "/regions", label: "All regions" }}
    />
  );
}
