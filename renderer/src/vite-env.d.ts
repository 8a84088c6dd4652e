// Vite's `?url` imports: the built file's URL (used for the PDF page renderer's worker).
declare module '*?url' {
  const url: string;
  export default url;
}
