import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function CompanyNotFound() {
  return (
    <NotFoundMessage
      missing="There is no company or organization by this name."
      hint="It may have been renamed or merged into another, or the link may be mistyped."
      back={{ href: "/companies", label: "All companies" }}
    />
  );
}
