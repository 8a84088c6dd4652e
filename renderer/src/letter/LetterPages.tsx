// The letter's pages drawn on canvases with PDF.js, so the preview needs neither a PDF plugin nor a
// frame (the CSP allows neither): only same-origin script for PDF.js and its worker. Loaded on demand
// so the consultation screens do not carry it.
import { useEffect, useRef, useState } from 'react';

type PreviewState = { kind: 'loading' } | { kind: 'ready'; pages: number } | { kind: 'failed' };

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function LetterPages({ pdfBase64 }: { pdfBase64: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const host = container.current;
    async function draw() {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist'),
        import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
      ]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      // No eval: the CSP forbids it, and PDF.js has a path without it.
      const doc = await pdfjs.getDocument({ data: bytesOf(pdfBase64), isEvalSupported: false })
        .promise;
      if (cancelled || !host) return;
      host.replaceChildren();
      for (let n = 1; n <= doc.numPages; n += 1) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1.25 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `Letter page ${n} of ${doc.numPages}`);
        const context = canvas.getContext('2d');
        if (!context || cancelled) return;
        host.append(canvas);
        await page.render({ canvasContext: context, viewport }).promise;
      }
      if (!cancelled) setState({ kind: 'ready', pages: doc.numPages });
    }
    draw().catch(() => {
      if (!cancelled) setState({ kind: 'failed' });
    });
    return () => {
      cancelled = true;
    };
  }, [pdfBase64]);

  return (
    <div className="letter-preview">
      {state.kind === 'loading' && <p role="status">Drawing the letter…</p>}
      {state.kind === 'failed' && (
        <p className="error-text" role="alert">
          The preview could not be drawn; the letter itself is ready to save or print.
        </p>
      )}
      <div ref={container} className="letter-pages" aria-label="Letter preview" role="group" />
    </div>
  );
}
