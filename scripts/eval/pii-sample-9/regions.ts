/** Regions whose numbering plans the phone labels of set 9 are checked against. */
export const REGIONS = ["US", "GB", "IE", "IL", "BR", "GH", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "JP", "KR", "CN", "VN", "TR", "AE"];
