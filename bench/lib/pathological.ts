/** Inputs built to trip super-linear behaviour: each is a function of its length in characters. */
export const PATHOLOGICAL_INPUTS: Record<string, (length: number) => string> = {
  'straight double quotes': (n) => '"'.repeat(n),
  'curly quotes alternating': (n) => '“”‘’'.repeat(Math.ceil(n / 4)).slice(0, n),
  'one endless sentence': (n) => 'the minister said that the talks would continue and '.repeat(Math.ceil(n / 52)).slice(0, n),
  'one endless quotation': (n) => `“${'we will never give up on this, '.repeat(Math.ceil(n / 31))}`.slice(0, n),
  'capitalised words': (n) => 'Peskov Lavrov Kirby Medinsky Zelensky '.repeat(Math.ceil(n / 38)).slice(0, n),
  'comma-separated words': (n) => 'harbour, said, Ottoline, told, lantern, warned, orchard, '.repeat(Math.ceil(n / 57)).slice(0, n),
  'unattributed quotations': (n) => '“the river rose over the old wall” '.repeat(Math.ceil(n / 35)).slice(0, n),
  'names and cues': (n) => 'Anna Petrova said. He said. They said. '.repeat(Math.ceil(n / 38)).slice(0, n),
};
