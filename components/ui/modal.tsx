"use client";

import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

/** A modal dialog with a title; Escape and clicking outside close it. */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  width = "max-w-lg",
  role = "dialog",
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  width?: string;
  role?: "dialog" | "alertdialog";
}) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable
      className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/40 p-4 sm:pt-16"
    >
      <Modal className={`w-full ${width} rounded-lg bg-white shadow-xl outline-none`}>
        <Dialog role={role} className="p-5 outline-none">
          <Heading slot="title" className="mb-3 text-lg font-semibold text-slate-900">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
