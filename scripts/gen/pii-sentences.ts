export interface LabelledText {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
}
export function generatePiiSentences(_count: number, _seed: number): LabelledText[] {
  return [];
}
