// Dates and numbers as a clinician reads them.
import { format, parseISO } from 'date-fns';

export function formatDate(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy');
}

export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}

export function formatTime(iso: string): string {
  return format(parseISO(iso), 'HH:mm:ss');
}

export function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

/** LR with two significant decimals at most; ∞ for an infinite LR. */
export function formatLr(lr: number): string {
  if (!Number.isFinite(lr)) return '∞';
  return lr >= 10 ? lr.toFixed(1) : lr.toFixed(2).replace(/0$/, '');
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
  }
  return target.isContentEditable;
}
