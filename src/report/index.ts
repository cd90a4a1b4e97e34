/** Report writers shared by the CLI commands (`warden scan`, `warden redteam`): SARIF 2.1.0 and JUnit XML. */
export { buildSarifLog, formatSarif, levelForSecuritySeverity, SARIF_SCHEMA_URI, SARIF_VERSION, type SarifLevel, type SarifLocation, type SarifLogInput, type SarifResult, type SarifRule, type SarifTool } from "./sarif-log.js";
export { escapeXml, formatJUnitXml, junitCounts, type JUnitCase, type JUnitProblem, type JUnitSuite } from "./junit-xml.js";
