// Sample source for the gonogo examples: parser (16 lines, matching reports/cobertura.xml).
export const parserStep1 = (value: number): number => value + 1;
export const parserStep2 = (value: number): number => value + 2;
export const parserStep3 = (value: number): number => value + 3;
export const parserStep4 = (value: number): number => value + 4;
export const parserStep5 = (value: number): number => value + 5;
export const parserStep6 = (value: number): number => value + 6;
export const parserStep7 = (value: number): number => value + 7;
export const parserStep8 = (value: number): number => value + 8;
export const parserStep9 = (value: number): number => value + 9;
export const parserStep10 = (value: number): number => value + 10;
export const parserStep11 = (value: number): number => value + 11;
export const parserStep12 = (value: number): number => value + 12;
export const parserStep13 = (value: number): number => value + 13;
export const parserStep14 = (value: number): number => value + 14;
export const parserDone = true;
