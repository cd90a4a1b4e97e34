import type { RegisteredDetector } from "../core/detector.js";
import { confidentialMarkers } from "./data-class/confidential-marker-detector.js";
import { sourceCode } from "./data-class/source-code-detector.js";
import { encodedId } from "./evasion/encoded-id-detector.js";
import { invisibleText } from "./evasion/invisible-text-detector.js";
import { exfilDetector } from "./exfil/index.js";
import { injectionDetectors } from "./injection/index.js";
import { piiDetectors } from "./pii/index.js";
import { secretDetectors } from "./secrets/index.js";

/** Detectors owned by the engine itself: evasion, source code, confidentiality markers. */
export const ENGINE_DETECTORS: readonly RegisteredDetector[] = [invisibleText, encodedId, sourceCode, confidentialMarkers];

/** The default detector set: every category's detectors plus the engine's own. */
export const DEFAULT_DETECTORS: readonly RegisteredDetector[] = [...piiDetectors, ...secretDetectors, ...injectionDetectors, ...ENGINE_DETECTORS, exfilDetector];
