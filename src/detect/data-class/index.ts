export { classifyDataClasses, hasHealthContext } from "./classify-data-classes.js";
export { confidentialMarkerDetector, confidentialMarkers } from "./confidential-marker-detector.js";
export { sourceCode, sourceCodeDetector } from "./source-code-detector.js";
