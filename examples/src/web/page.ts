// Sample source for the gonogo examples: page (12 lines, matching reports/cobertura.xml).
export const pageStep1 = (value: number): number => value + 1;
export const pageStep2 = (value: number): number => value + 2;
export const pageStep3 = (value: number): number => value + 3;
export const pageStep4 = (value: number): number => value + 4;
export const pageStep5 = (value: number): number => value + 5;
export const pageStep6 = (value: number): number => value + 6;
export const pageStep7 = (value: number): number => value + 7;
export const pageStep8 = (value: number): number => value + 8;
export const pageStep9 = (value: number): number => value + 9;
export const pageStep10 = (value: number): number => value + 10;
export const pageDone = true;
