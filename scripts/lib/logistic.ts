/** L2-regularised logistic regression by Newton's method, for the statement score's weights. */

const NEWTON_STEPS = 12;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Returns the bias first, then one weight per feature; the bias is not regularised. */
export function fitLogistic(rows: number[][], labels: number[], l2: number): number[] {
  const design = rows.map((row) => [1, ...row]);
  const size = design[0].length;
  let weights = new Array<number>(size).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = weights.map((w, k) => (k ? l2 * w : 0));
    const hessian = Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => (r === c && r ? l2 : 0)));
    design.forEach((x, i) => {
      const p = sigmoid(x.reduce((sum, v, k) => sum + v * weights[k], 0));
      for (let r = 0; r < size; r++) {
        gradient[r] += (p - labels[i]) * x[r];
        for (let c = 0; c < size; c++) hessian[r][c] += p * (1 - p) * x[r] * x[c];
      }
    });
    const delta = solve(hessian, gradient);
    weights = weights.map((w, k) => w - delta[k]);
  }
  return weights;
}

export function predict(weights: number[], row: number[]): number {
  return sigmoid(weights[0] + row.reduce((sum, x, k) => sum + x * weights[k + 1], 0));
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}
