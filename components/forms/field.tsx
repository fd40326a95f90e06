import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

export const inputClasses =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500 aria-[invalid=true]:border-red-500";

/** What a field hands its control so that the label, hint and error belong to it. */
export type FieldControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

type FieldText = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The control's id when something else refers to it; one is made up otherwise. */
  id?: string;
  /** Keep the label for screen readers only, where the page around the field already says what it is. */
  hideLabel?: boolean;
};

/** The id, `aria-invalid` and `aria-describedby` of a control whose hint and error FieldNotes shows. */
export function useFieldControl({ id, hint, error }: Pick<FieldText, "id" | "hint" | "error">): FieldControlProps {
  const madeUp = useId();
  const controlId = id ?? madeUp;
  const describedBy = [hint && `${controlId}-hint`, error && `${controlId}-error`].filter(Boolean).join(" ");
  return { id: controlId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

/** A field's hint and error, under the control they describe (`id` is the control's). */
export function FieldNotes({ id, hint, error }: Pick<FieldText, "hint" | "error"> & { id: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * The one form field: a label, the control `children` draws with the props it is given, its hint and its
 * error, tied together with `aria-describedby` and `aria-invalid`. Inputs, text areas and selects sit in it;
 * pickers with labels of their own use its parts (useFieldControl, FieldNotes).
 */
export function FormField({
  label,
  hint,
  error,
  id,
  hideLabel = false,
  className = "space-y-1",
  children,
}: FieldText & { className?: string; children: (control: FieldControlProps) => ReactNode }) {
  const control = useFieldControl({ id, hint, error });
  return (
    <div className={className}>
      <label htmlFor={control.id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800"}>
        {label}
      </label>
      {children(control)}
      <FieldNotes id={control.id} hint={hint} error={error} />
    </div>
  );
}

/** Splits a field's own props (label, hint, error, id) from those of its control. */
function fieldAndControl<T extends FieldText>({ label, hint, error, id, hideLabel, ...control }: T) {
  return [{ label, hint, error, id, hideLabel }, control] as const;
}

/** A labelled input with its hint and its error. */
export function Field(props: FieldText & InputHTMLAttributes<HTMLInputElement>) {
  const [field, input] = fieldAndControl(props);
  return <FormField {...field}>{(control) => <input className={inputClasses} {...input} {...control} />}</FormField>;
}

/** A labelled text area with its hint and its error. */
export function TextAreaField(props: FieldText & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [field, textarea] = fieldAndControl(props);
  return (
    <FormField {...field}>{(control) => <textarea className={inputClasses} {...textarea} {...control} />}</FormField>
  );
}

type SelectOption = { value: string; label: string };

/** A labelled select over `options` (or its own option elements) with its hint and its error. */
export function SelectField(
  props: FieldText & { options?: readonly SelectOption[] } & SelectHTMLAttributes<HTMLSelectElement>,
) {
  const [field, { options, children, ...select }] = fieldAndControl(props);
  return (
    <FormField {...field}>
      {(control) => (
        <select className={inputClasses} {...select} {...control}>
          {children}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A short error beside the button that caused it (a list row's action, a popover's form). */
export function InlineError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="mt-1 max-w-md text-xs text-red-800">
      {message}
    </p>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </div>
  );
}

export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-50";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50";
export const dangerButton =
  "inline-flex items-center justify-center rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50";
