import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function CommitmentNotFound() {
  return (
    <NotFoundMessage
      missing="There is no commitment at this address."
      hint="It may have been removed, or the link may be mistyped."
      back={{ href: "/commitments", label: "All commitments" }}
    />
  );
}
