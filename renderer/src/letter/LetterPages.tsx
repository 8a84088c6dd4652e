// The letter's pages, drawn from the PDF bytes. Placeholder until the page renderer lands: shows
// the size so the clinician knows a letter exists.
export function LetterPages({ pdfBase64 }: { pdfBase64: string }) {
  const kb = Math.round((pdfBase64.length * 3) / 4 / 1024);
  return (
    <div className="letter-pages" aria-label="Letter preview">
      <p>PDF ready ({kb} KB).</p>
    </div>
  );
}
