// The referral letter of a signed encounter: create it, look at its pages, save or print it.
import { useState } from 'react';
import type { LetterPreview as Letter } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../api';
import { LetterPages } from './LetterPages';

export function LetterPanel({ encounterId }: { encounterId: string }) {
  const [letter, setLetter] = useState<Letter | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const text = await action();
      if (text) setMessage({ text, error: false });
    } catch (failure) {
      setMessage({ text: errorMessage(failure), error: true });
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    run(async () => {
      setLetter(await call('letters:create', { encounterId }));
      return null;
    });
  const saveAs = (id: string) =>
    run(async () => {
      const saved = await call('letters:saveAs', { letterId: id });
      return saved ? `Saved to ${saved.path}` : 'Not saved.';
    });
  const print = (id: string) =>
    run(async () => {
      await call('letters:print', { letterId: id });
      return 'Sent to the printer.';
    });

  return (
    <section aria-labelledby="letter-h" className="panel">
      <h3 id="letter-h">Referral letter</h3>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={create}>
          {letter ? 'Rebuild letter' : 'Create letter'}
        </button>
        {letter && (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => saveAs(letter.id)}
            >
              Save as PDF…
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => print(letter.id)}
            >
              Print…
            </button>
          </>
        )}
      </div>
      {message && (
        <p className={message.error ? 'error-text' : 'status-line'} role="status">
          {message.text}
        </p>
      )}
      {letter && (
        <>
          <p className="status-line">
            {letter.pageCount} page{letter.pageCount === 1 ? '' : 's'} · {letter.urgency}
          </p>
          <LetterPages pdfBase64={letter.pdfBase64} />
        </>
      )}
    </section>
  );
}
