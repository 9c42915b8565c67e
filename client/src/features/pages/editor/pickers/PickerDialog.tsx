/**
 * The modal every picker opens: a titled dialog that takes focus, closes on Escape and on its
 * Close button, and returns focus to the field's button. Fills the screen on a phone.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

export function PickerDialog({
  title,
  onClose,
  children,
  footer,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return createPortal(
    <div className="picker-backdrop">
      <div
        className="picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="picker-header">
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="picker-body">{children}</div>
        {footer ? <footer className="picker-footer">{footer}</footer> : null}
      </div>
    </div>,
    document.body,
  );
}
