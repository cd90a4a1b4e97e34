/** Exfiltration through URLs in model output (Markdown/HTML images, CSS, links). See docs/detection.md. */
export { exfilDetector, exfilDetectorDefinition, EXFIL_DETECTOR_ID, EXFIL_TYPES, scoreSink, type ExfilDetectorOptions } from "./exfil-detector.js";
export { findUrlSinks, sinkPendingFrom, type SinkKind, type UrlSink } from "./find-url-sinks.js";
export { measureUrlPayload, type UrlPayload } from "./measure-url-payload.js";
export { compileHostAllowlist, type HostAllowlist } from "./host-allowlist.js";
export { urlHost } from "./url-host.js";
