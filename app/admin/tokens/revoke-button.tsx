"use client";

import { useRouter } from "next/navigation";
import { Button, Dialog, DialogTrigger, Heading, Modal } from "react-aria-components";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { FormError, dangerButton, secondaryButton } from "@/components/forms/field";
import type { ApiTokenSummary } from "@/lib/auth/tokens";

/** Revokes a token after asking. */
export function RevokeButton({ token }: { token: ApiTokenSummary }) {
  const router = useRouter();
  const { busy, error, run } = useApiCall();
  async function revoke(close: () => void) {
    const result = await run(() => api("DELETE /api/v1/admin/tokens/{id}", { params: { id: token.id } }));
    if (result.ok) {
      close();
      router.refresh();
    }
  }
  return (
    <DialogTrigger>
      <Button className={dangerButton}>Revoke</Button>
      <Modal className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" isDismissable>
        <Dialog role="alertdialog" className="w-full max-w-md rounded-lg bg-white p-5 shadow-xl outline-none">
          {({ close }) => (
            <>
              <Heading slot="title" className="text-lg font-semibold text-slate-900">
                Revoke “{token.name}”?
              </Heading>
              <p className="mt-2 text-sm text-slate-600">
                Scripts using this token ({token.prefix}…) will be refused from now on. This cannot be undone; you can
                create a new token instead.
              </p>
              <FormError message={error} />
              <div className="mt-4 flex justify-end gap-2">
                <Button className={secondaryButton} onPress={close}>
                  Cancel
                </Button>
                <Button className={`${dangerButton} font-medium`} isDisabled={busy} onPress={() => revoke(close)}>
                  Revoke token
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
