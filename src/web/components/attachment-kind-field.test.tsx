import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../app/api-client.ts';
import { AttachmentKindField, type AttachmentKindTexts } from './attachment-kind-field.tsx';

const texts: AttachmentKindTexts = {
  noAttachment: 'Nog niets toegevoegd.',
  chooseFile: (label) => `Bestand voor ${label.toLowerCase()}`,
  fileHint: 'Een PDF-bestand of een afbeelding, hoogstens 10 MB.',
  upload: (label) => `${label} toevoegen`,
  uploading: 'Bezig met toevoegen…',
  uploaded: (name) => `${name} is toegevoegd.`,
  removed: (name) => `${name} is verwijderd.`,
  remove: (name) => `${name} verwijderen`,
  download: (name) => `${name} downloaden`,
  noFile: 'Kies eerst een bestand.',
  tooLarge: 'Het bestand is groter dan 10 MB.',
  failed: 'Toevoegen is niet gelukt.',
};

function field(props: Partial<Parameters<typeof AttachmentKindField>[0]> = {}) {
  const onStatus = vi.fn();
  const upload = vi.fn(async (file: File) => ({ filename: file.name }));
  const remove = vi.fn(async () => undefined);
  render(
    <AttachmentKindField
      id="bijlage-begroting"
      label="Begroting"
      headingLevel={3}
      attachments={[]}
      fileUrl={(id) => `/api/bijlagen/${id}`}
      upload={upload}
      uploading={false}
      remove={remove}
      removingId={undefined}
      texts={texts}
      onStatus={onStatus}
      {...props}
    />,
  );
  return { onStatus, upload, remove };
}

const chooseFile = (file: File) =>
  fireEvent.change(screen.getByLabelText('Bestand voor begroting'), {
    target: { files: [file] },
  });

describe('AttachmentKindField', () => {
  it('lists each stored file with a download link and its size, and removes it on request', async () => {
    const { remove, onStatus } = field({
      attachments: [{ id: 'a1', filename: 'begroting-2027.pdf', sizeBytes: 2_048 }],
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Begroting' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'begroting-2027.pdf downloaden' });
    expect(link.getAttribute('href')).toBe('/api/bijlagen/a1');
    fireEvent.click(screen.getByRole('button', { name: 'begroting-2027.pdf verwijderen' }));
    await waitFor(() =>
      expect(onStatus).toHaveBeenLastCalledWith('begroting-2027.pdf is verwijderd.'),
    );
    expect(remove).toHaveBeenCalledWith('a1');
  });

  it('refuses a file over 10 MB before sending it', () => {
    const { upload } = field();
    chooseFile(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'groot.pdf'));
    fireEvent.click(screen.getByRole('button', { name: 'Begroting toevoegen' }));
    expect(screen.getByText('Het bestand is groter dan 10 MB.')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it("shows the server's reason followed by its field messages", async () => {
    const refusal = new ApiError(409, 'ATTACHMENT_LIMIT', 'Hoogstens 20 bijlagen.', [
      { path: 'file', message: 'Er zijn al 20 bijlagen.' },
    ]);
    const upload = vi.fn(async () => Promise.reject(refusal));
    field({ upload, withFieldMessages: true });
    chooseFile(new File(['%PDF-'], 'extra.pdf'));
    fireEvent.click(screen.getByRole('button', { name: 'Begroting toevoegen' }));
    expect(await screen.findByText('Hoogstens 20 bijlagen. Er zijn al 20 bijlagen.')).toBeTruthy();
  });

  it("shows the parent's problem about this kind as the field's error", () => {
    field({ problem: 'Voeg de begroting toe.' });
    expect(screen.getByText('Voeg de begroting toe.')).toBeTruthy();
  });
});
