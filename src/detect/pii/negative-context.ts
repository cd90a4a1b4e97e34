import { keywordMatcher } from "./context.js";

/**
 * Words that label a number as something other than a personal identifier: business references (order, invoice,
 * ticket), machine values (timestamps, ports, sizes, offsets, build numbers), amounts, and other people-related
 * numbers that are not the identifier (customer or member numbers). When one of these is the label nearest before
 * a value, identifier scores are halved (see `nearestLabelBefore`).
 */
export const ID_NEGATIVE_WORDS: readonly string[] = [
  // business references
  "order", "order no", "po", "purchase order", "invoice", "receipt", "tracking", "parcel", "shipment", "ref", "reference",
  "transaction", "txn", "confirmation", "booking", "reservation", "ticket", "case", "sku", "isbn", "ean", "upc", "gtin",
  "serial", "part no", "model", "batch", "lot", "job", "request", "trace", "span", "message", "channel", "guild",
  "customer", "member", "user", "loyalty", "policy", "uuid", "guid", "hash", "checksum", "commit",
  // business references in Japanese, Chinese and Korean ("注文番号：250611-0042871" is an order, not a KR_RRN)
  "注文番号", "ご注文番号", "受注番号", "お問い合わせ番号", "問い合わせ番号", "伝票番号", "追跡番号", "予約番号", "受付番号",
  "管理番号", "商品番号", "订单号", "订单编号", "訂單編號", "訂單號碼", "运单号", "快递单号", "物流单号", "发票号", "주문번호",
  "송장번호", "운송장번호", "예약번호", "접수번호",
  // machine values
  "timestamp", "ts", "time", "epoch", "created", "updated", "modified", "expires", "unix", "millis", "build", "version",
  "release", "port", "pid", "offset", "seed", "size", "bytes", "count", "length", "duration", "latency",
  // amounts and quantities
  "total", "amount", "balance", "price", "cost", "limit", "revenue", "population", "qty", "quantity",
  // other contact data
  "phone", "telephone", "tel", "fax", "mobile", "cell", "whatsapp", "telefon", "telefono", "telephone", "movil", "celular",
  "portable", "handy", "zip", "postcode", "postal code",
  // cloud account and resource numbers ("AWS account 428850197131", "arn:aws:iam::445548226798:role/x")
  "aws", "aws account", "arn", "iam", "project number", "subscription id", "tenant id", "instance id", "account id aws",
];

/**
 * Names of specific identifiers and other contact data. When the label nearest before a number names an identifier,
 * the number is that identifier and not another one that its digits happen to validate as ("social insurance
 * number 431 038 298" is a SIN, not an SSN; "NHS number 281 370 9948" is not a phone number). A scanner's own
 * labels tie with these and ties go to the positive label, so listing a type's own label here is harmless.
 * Generic words ("id", "number", "account") are left out: they label too many things.
 */
export const ID_LABEL_WORDS: readonly string[] = [
  "ssn", "social security", "itin", "routing number", "routing", "aba", "npi", "mbi", "passport", "driver's license", "drivers license",
  "driving licence", "dl", "nhs", "nhs number", "national insurance", "nino", "sin", "social insurance", "nas", "tfn",
  "tax file number", "abn", "business number", "acn", "company number", "medicare", "aadhaar", "aadhar", "nric", "dni",
  "nif", "nie", "codice fiscale", "partita iva", "vat", "pesel", "henkilotunnus", "hetu", "personnummer", "pnr", "bsn",
  "burgerservicenummer", "insee", "securite sociale", "secu", "cpr", "steuer-id", "steueridentifikationsnummer", "idnr",
  "rentenversicherungsnummer", "sozialversicherungsnummer", "krankenversichertennummer", "personalausweis", "reisepass",
  "rrn", "주민등록번호", "외국인등록번호", "사업자등록번호", "kimlik", "tckn", "tnin", "iban", "card number", "credit card",
  "account number", "sort code", "swift", "bic", "south african id", "rsa id", "thai id", "korean id", "turkish id",
  "fiscal code", "tax code", "brn", "business registration", "frn", "foreigner registration", "dea number", "ni number",
  "cpf", "cnpj", "cuit", "cuil", "rut", "curp", "mynumber", "my number card", "マイナンバー", "個人番号", "身份证", "公民身份号码",
];

/** Negative words and other identifiers' names: the `negativeContext` of identifier specs. */
export const ID_NEGATIVE = keywordMatcher([...ID_NEGATIVE_WORDS, ...ID_LABEL_WORDS]);

/** Labels that name a UK passport (whose older numbers are nine digits like US passport numbers). */
export const UK_PASSPORT_LABELS: readonly string[] = [
  "uk passport", "british passport", "hm passport", "hmpo", "united kingdom passport", "gb passport", "passport (uk)",
];
