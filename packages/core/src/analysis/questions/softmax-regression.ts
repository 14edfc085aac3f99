/**
 * Multinomial logistic (softmax) regression over sparse binary features (Jurafsky & Martin, "Speech and Language
 * Processing", 3rd ed., ch. 5), trained by stochastic gradient descent with per-weight AdaGrad step sizes (Duchi,
 * Hazan & Singer, JMLR 2011) and an L2 penalty. Unlike naive Bayes it weighs overlapping n-grams jointly, so a
 * frequent but uninformative gram (です, ください) gets little weight, and its probabilities are not pushed to 0 or 1.
 * Deterministic: a fixed visiting order, no randomness.
 */

export interface SoftmaxModel {
  classes: number;
  features: number;
  /** classes × features, row-major. */
  weights: Float64Array;
  biases: Float64Array;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

/** Each example: the indices of its present features (each once) and its class. */
export interface Example {
  features: readonly number[];
  label: number;
}

/** The probabilities of every class; a row of features is scaled to unit length so long texts do not dominate. */
export function softmaxProbabilities(model: SoftmaxModel, features: readonly number[]): Float64Array {
  const scale = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  const scores = new Float64Array(model.classes);
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < model.classes; k += 1) {
    let sum = model.biases[k] ?? 0;
    const row = k * model.features;
    for (const feature of features) sum += (model.weights[row + feature] ?? 0) * scale;
    scores[k] = sum;
    if (sum > top) top = sum;
  }
  let norm = 0;
  for (let k = 0; k < model.classes; k += 1) {
    scores[k] = Math.exp((scores[k] ?? 0) - top);
    norm += scores[k] ?? 0;
  }
  for (let k = 0; k < model.classes; k += 1) scores[k] = (scores[k] ?? 0) / norm;
  return scores;
}

/** A stride coprime with n walks every example once per epoch in a mixed order (classes interleaved). */
function coprimeStride(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = 7919;
  while (n > 1 && gcd(stride, n) !== 1) stride += 2;
  return stride;
}

export function trainSoftmax(
  examples: readonly Example[],
  classes: number,
  features: number,
  options: TrainingOptions,
): SoftmaxModel {
  const model: SoftmaxModel = {
    classes,
    features,
    weights: new Float64Array(classes * features),
    biases: new Float64Array(classes),
  };
  const squaredGradients = new Float64Array(classes * features).fill(1e-8);
  const stride = coprimeStride(examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let step = 0; step < examples.length; step += 1) {
      const example = examples[(step * stride + epoch) % examples.length];
      if (!example || example.features.length === 0) continue;
      const probabilities = softmaxProbabilities(model, example.features);
      const scale = 1 / Math.sqrt(example.features.length);
      for (let k = 0; k < classes; k += 1) {
        const error = (probabilities[k] ?? 0) - (k === example.label ? 1 : 0);
        model.biases[k] = (model.biases[k] ?? 0) - options.learningRate * 0.1 * error;
        const row = k * features;
        for (const feature of example.features) {
          const at = row + feature;
          const weight = model.weights[at] ?? 0;
          const gradient = error * scale + options.l2 * weight;
          const accumulated = (squaredGradients[at] ?? 0) + gradient * gradient;
          squaredGradients[at] = accumulated;
          model.weights[at] = weight - (options.learningRate / Math.sqrt(accumulated)) * gradient;
        }
      }
    }
  }
  return model;
}
