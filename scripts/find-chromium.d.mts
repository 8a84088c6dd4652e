export declare const CHROMIUM_ARGS: string[];
export declare const CHROMIUM_FIX: string;
export declare function findChromium(
  env?: Readonly<Record<string, string | undefined>>,
): Promise<string | null>;
