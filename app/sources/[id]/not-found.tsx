import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function SourceNotFound() {
  return (
    <NotFoundMessage
      missing="There is no source at this address."
      hint="The link may be mistyped."
      back={{ href: "/commitments", label: "All commitments" }}
    />
  );
}
