import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button.tsx';
import { widgetTexts } from './widget-texts.ts';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks "are you sure?" before something that cannot be undone. A native modal dialog: focus
 * moves into it and stays there, Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="sr-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
      <div className="sr-actions">
        <Button busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary" onClick={onCancel}>
          {widgetTexts.cancel}
        </Button>
      </div>
    </dialog>
  );
}
