// The referral letter: rendering, and the pre-signing glyph check the app runs before signing.
export { renderLetter, renderLetterWithInfo, type RenderedLetter } from './letter';
export { LetterInputError, type LetterInput } from './letterInput';
export { findUndrawableCharacters, type UndrawableCharacter } from './text/coverage';
export { findUndrawableInRecord, type UndrawableField } from './undrawable';
export { configureFontDirectory } from './text/fonts';
