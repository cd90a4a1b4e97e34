import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { INJECTION_RULES } from "./rules.js";

/** Format tag of `models/injection/model.json`. */
export const MODEL_FORMAT = "warden-injection-linear/1";

/**
 * The shipped linear model: Int8-quantised hashed-feature weights (logit contribution = weight * scale / sqrt(N),
 * N = feature count of the scored window), one float weight per heuristic rule (added once per window when the
 * rule fires) and a bias. Produced by `npm run train:injection`.
 */
export interface InjectionModel {
  readonly hashBits: number;
  /** Which features the weights were trained on (Featurizer feature set; 1 when model.json predates the field). */
  readonly featureSet: number;
  /**
   * Feature values are 1/norm(N), N = features in the scored window: norm(N) = sqrt(N) up to `normKnee`, then
   * N/sqrt(normKnee). Short windows get L2-style scaling; long texts are scored by evidence density, so generic
   * prose cannot drift towards either class just by being long.
   */
  readonly normKnee: number;
  readonly weights: Int8Array;
  readonly scale: number;
  readonly bias: number;
  /** Aligned with INJECTION_RULES. */
  readonly ruleWeights: Float64Array;
  /** Hex SHA-256 of the weight bytes, for provenance. */
  readonly weightsSha256: string;
}

/** What model.json holds (the weights live beside it in `weights.i8`). */
export interface InjectionModelMeta {
  format: typeof MODEL_FORMAT;
  hashBits: number;
  /** Featurizer feature set (absent: 1). */
  featureSet?: number;
  normKnee: number;
  scale: number;
  bias: number;
  ruleWeights: Record<string, number>;
  weightsSha256: string;
  /** Free-form training provenance (seed, data sizes, held-out metrics). */
  training?: Record<string, unknown>;
}

/** Directory of the shipped model (repo-root `models/injection`, same relative path from src/ and dist/). */
export function defaultModelDir(): string {
  return fileURLToPath(new URL("../../../models/injection/", import.meta.url));
}

/** The normaliser of a window with `count` features (see InjectionModel.normKnee). */
export function featureNorm(count: number, knee: number): number {
  return count <= knee ? Math.sqrt(count) : count / Math.sqrt(knee);
}

/** SHA-256 of weight bytes. */
export function hashWeights(weights: Int8Array): string {
  return createHash("sha256").update(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength)).digest("hex");
}

/** Rule weights in INJECTION_RULES order, falling back to each rule's prior when the model has none. */
export function alignRuleWeights(byId: Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(INJECTION_RULES.length);
  INJECTION_RULES.forEach((r, i) => {
    const w = byId[r.id];
    out[i] = typeof w === "number" && Number.isFinite(w) ? w : r.prior;
  });
  return out;
}

/** Load and validate a model directory; throws with a clear message when files are missing or inconsistent. */
export function loadInjectionModel(dir: string = defaultModelDir()): InjectionModel {
  const meta = JSON.parse(readFileSync(join(dir, "model.json"), "utf8")) as InjectionModelMeta;
  if (meta.format !== MODEL_FORMAT) throw new Error(`injection model: unknown format ${String(meta.format)}`);
  if (!Number.isInteger(meta.hashBits) || meta.hashBits < 10 || meta.hashBits > 24) {
    throw new Error("injection model: bad hashBits");
  }
  const buf = readFileSync(join(dir, "weights.i8"));
  if (buf.byteLength !== 1 << meta.hashBits) throw new Error("injection model: weights size does not match hashBits");
  const weights = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const sha = hashWeights(weights);
  if (sha !== meta.weightsSha256) throw new Error("injection model: weights checksum mismatch");
  const normKnee = typeof meta.normKnee === "number" && meta.normKnee >= 1 ? meta.normKnee : 1e9;
  const featureSet = meta.featureSet ?? 1;
  if (featureSet !== 1 && featureSet !== 2 && featureSet !== 3) throw new Error(`injection model: unknown feature set ${String(featureSet)}`);
  return {
    hashBits: meta.hashBits,
    featureSet,
    normKnee,
    weights,
    scale: meta.scale,
    bias: meta.bias,
    ruleWeights: alignRuleWeights(meta.ruleWeights),
    weightsSha256: sha,
  };
}

/**
 * Rules-only fallback used when the shipped weights cannot be loaded (e.g. a stripped install): n-gram weights are
 * all zero, so only the heuristic rules score. Detection degrades instead of failing.
 */
export function heuristicOnlyModel(hashBits = 10): InjectionModel {
  const weights = new Int8Array(1 << hashBits);
  return {
    hashBits,
    featureSet: 1,
    normKnee: 1e9,
    weights,
    scale: 0,
    bias: -2.2,
    ruleWeights: alignRuleWeights({}),
    weightsSha256: hashWeights(weights),
  };
}

let shared: InjectionModel | undefined;
let sharedError: string | undefined;

/** The shipped model, loaded once on first use; falls back to {@link heuristicOnlyModel} if loading fails. */
export function sharedInjectionModel(): InjectionModel {
  if (shared !== undefined) return shared;
  try {
    shared = loadInjectionModel();
  } catch (err) {
    sharedError = err instanceof Error ? err.message : String(err);
    shared = heuristicOnlyModel();
  }
  return shared;
}

/** Why the shipped model could not be loaded, if it could not (for diagnostics). */
export function sharedInjectionModelError(): string | undefined {
  return sharedError;
}
