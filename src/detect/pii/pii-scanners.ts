import { addressScanner } from "./address-detector.js";
import { creditCardScanner } from "./credit-card-detector.js";
import { cryptoScanner } from "./crypto-detector.js";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { emailScanner } from "./email-detector.js";
import { euIdsScanner } from "./eu-ids-detector.js";
import { ibanScanner } from "./iban-detector.js";
import { intlIdsScanner } from "./intl-ids-detector.js";
import { ipScanner } from "./ip-detector.js";
import { latamIdsScanner } from "./latam-ids-detector.js";
import { licencePassportScanner } from "./licence-passport-detector.js";
import { macScanner } from "./mac-detector.js";
import { personLocationScanner } from "./person-location-detector.js";
import { phoneScanner } from "./phone-detector.js";
import type { PiiScanner } from "./pii-detector.js";
import { urlScanner } from "./url-detector.js";
import { usIdsScanner } from "./us-ids-detector.js";

/** Every PII scanner, in a stable order (cheap, anchored scanners first). */
export const PII_SCANNERS: readonly PiiScanner[] = [
  emailScanner,
  urlScanner,
  ipScanner,
  macScanner,
  cryptoScanner,
  ibanScanner,
  creditCardScanner,
  phoneScanner,
  usIdsScanner,
  euIdsScanner,
  intlIdsScanner,
  latamIdsScanner,
  licencePassportScanner,
  dateOfBirthScanner,
  addressScanner,
  personLocationScanner,
];
