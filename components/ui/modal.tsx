"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { primaryButton, secondaryButton } from "@/components/forms/field";

const overlayClasses =
  "fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/40 p-3 sm:p-4 sm:pt-16";

/**
 * A modal dialog with a title; Escape and clicking outside close it. Once something has been typed in it,
 * they ask first, so an accidental click beside the dialog never throws away what was typed (its own
 * Cancel button still closes it at once: that is a decision, not an accident).
 */
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
  const [typed, setTyped] = useState(false);
  const [asking, setAsking] = useState(false);
  // However it was closed (Cancel, saved, discarded), it opens again with nothing typed.
  const [wasOpen, setWasOpen] = useState(isOpen);
  if (wasOpen !== isOpen) {
    setWasOpen(isOpen);
    setTyped(false);
    setAsking(false);
  }
  // Keeping on goes back to the field the analyst was in (the click outside took the focus away from it).
  const lastFocused = useRef<HTMLElement | null>(null);
  const [kept, setKept] = useState(0);
  useEffect(() => {
    if (kept) lastFocused.current?.focus();
  }, [kept]);
  const dismiss = (open: boolean) => {
    if (!open && typed) setAsking(true);
    else onOpenChange(open);
  };

  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={dismiss} isDismissable className={overlayClasses}>
      <Modal className={`w-full min-w-0 ${width} rounded-lg bg-white shadow-xl outline-none`}>
        <Dialog role={role} className="p-4 outline-none sm:p-5">
          {/* Typing anywhere in the dialog (inputs, text areas, selects) marks it as holding unsaved input. */}
          <div
            onInput={() => setTyped(true)}
            onFocus={(event) => {
              lastFocused.current = event.target;
            }}
          >
            <Heading slot="title" className="mb-3 text-lg font-semibold break-words text-slate-900">
              {title}
            </Heading>
            {children}
          </div>
          <DiscardQuestion
            isOpen={asking}
            onKeep={() => {
              setAsking(false);
              setKept((k) => k + 1);
            }}
            onDiscard={() => onOpenChange(false)}
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** "Discard what you typed?", asked over the dialog; keeping is the default and what Escape does. */
function DiscardQuestion({
  isOpen,
  onKeep,
  onDiscard,
}: {
  isOpen: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onKeep()}
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/20 p-3"
    >
      <Modal className="w-full max-w-sm rounded-lg bg-white shadow-xl outline-none">
        <Dialog role="alertdialog" className="p-4 outline-none">
          <Heading slot="title" className="text-base font-semibold text-slate-900">
            Discard what you typed?
          </Heading>
          <p className="mt-1 text-sm text-slate-600">Closing the dialog now loses it.</p>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button className={secondaryButton} onPress={onDiscard}>
              Discard
            </Button>
            <Button className={primaryButton} onPress={onKeep} autoFocus>
              Keep editing
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
