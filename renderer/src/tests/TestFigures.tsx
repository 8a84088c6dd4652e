// A test's accuracy figures with their source and how far each was verified (REFERENCE.md marks
// figures quoted from memory as unverified; the screen says so beside the number).
import type { Accuracy, Figure } from '../../../shared/clinical';
import { formatLr } from '../ui/format';

const VERIFICATION_WORDS: Record<Figure['verification'], string> = {
  verified: 'verified',
  calculated: 'calculated from verified Sn/Sp',
  unverified: 'unverified (to be checked)',
};

function figureText(label: string, figure: Figure | undefined, isLr: boolean): string | null {
  if (!figure) return null;
  const value = isLr ? formatLr(figure.value) : figure.value.toFixed(2);
  const range = figure.range
    ? ` (${isLr ? formatLr(figure.range[0]) : figure.range[0].toFixed(2)}–${isLr ? formatLr(figure.range[1]) : figure.range[1].toFixed(2)})`
    : '';
  return `${label} ${value}${range} — ${VERIFICATION_WORDS[figure.verification]}`;
}

export function figureLine(accuracy: Accuracy | undefined): string {
  if (!accuracy) return 'No published accuracy figures';
  const parts = [
    accuracy.sensitivity && `Sn ${accuracy.sensitivity.value.toFixed(2)}`,
    accuracy.specificity && `Sp ${accuracy.specificity.value.toFixed(2)}`,
    accuracy.lrPositive && `LR+ ${formatLr(accuracy.lrPositive.value)}`,
    accuracy.lrNegative && `LR− ${formatLr(accuracy.lrNegative.value)}`,
  ].filter(Boolean);
  return `${parts.length > 0 ? parts.join(' · ') : 'No figures'} · ${accuracy.source}`;
}

export function TestFigures({ accuracy }: { accuracy: Accuracy | undefined }) {
  if (!accuracy) return <p>No published accuracy figures for this test.</p>;
  const lines = [
    figureText('Sensitivity', accuracy.sensitivity, false),
    figureText('Specificity', accuracy.specificity, false),
    figureText('LR+', accuracy.lrPositive, true),
    figureText('LR−', accuracy.lrNegative, true),
  ].filter((line): line is string => line !== null);
  return (
    <div className="figures">
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <strong>Source:</strong> {accuracy.source}
      </p>
      {accuracy.note && <p>{accuracy.note}</p>}
      {accuracy.alternatives?.map((alt) => (
        <p key={alt.label}>
          <strong>{alt.label}:</strong> {figureLine(alt)}
          {alt.note ? ` — ${alt.note}` : ''}
        </p>
      ))}
    </div>
  );
}
