/** The tick drawn inside custom checkboxes and menu items (an icon, so it adds no text to labels). */
export function CheckMark({ className = "h-3 w-3" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 12 12" className={className} fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M2.5 6.5l2.5 2.5 4.5-5.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
