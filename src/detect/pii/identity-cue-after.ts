/**
 * What follows a name when a form or letter gives the person's particulars: a birth date or a national identifier
 * ("Ana Kovač, date of birth ...", "Piet Smits (geb. ...)", "Ola Nordmann, født ...", "Ewa Lis, PESEL ..."). Only
 * people have these; firms and products have phone numbers and e-mail addresses too, so those are not cues here.
 * Tested on the 30 characters after a group of capitalised words (person-location-detector.ts).
 */
export const IDENTITY_CUE_AFTER =
  /^[ \t]*[,(–—-][ \t]*(?:DOB|D\.O\.B|date of birth|birth ?date|born|b\.[ \t]*\d|née|né|nee|geb\.|geboren|nacid[oa]|nascid[oa]|nat[oa]|urodzon[ay]|född|født|syntynyt|SSN|social security|NI(?:NO| number| no)|NHS(?: number| no)?|passport|pasaporte|passeport|reisepass|paszport|PESEL|CPR|CNP|NIF|NIE|DNI|BSN|ITIN|TIN|Aadhaar|codice fiscale|personnummer|henkilötunnus|hetu|rodné číslo|EGN|OIB|JMBG|AMKA|TC kimlik|national (?:id|insurance)|id (?:number|no)|national identity)(?![\p{L}])/iu;
