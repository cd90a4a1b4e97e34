import { labelWindowBefore } from "./context.js";
import { isRegexSpace, isRegexWord } from "./char-class.js";
import { gazetteers, type Gazetteers, titleCase } from "./gazetteers.js";
import { addressSpans } from "./address-detector.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import type { SharedScan } from "../../core/detector.js";
import { KeywordScanner } from "../shared/keyword-scanner.js";
import { windowMatches } from "../shared/window-matches.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";
import { cuedScriptNames } from "./cued-script-names.js";
import { recordPlaceFields } from "./record-place-fields.js";
import { impersonalPlaceFrames } from "./impersonal-place-frames.js";
import { scriptNameFields } from "./script-name-fields.js";
import { scriptNames } from "./script-names.js";
import { IDENTITY_CUE_AFTER } from "./identity-cue-after.js";
import { CONTACT_LABELS, contactAfterName, KIN_BEFORE } from "./single-name-cues.js";
import { isExampleName, isPlaceholderName } from "./placeholder-names.js";
import { honorificAfterNames } from "./honorific-after-names.js";
import { lowerHonorificSurnames } from "./lower-honorific-surnames.js";
import { sqlTupleNames } from "./sql-tuple-names.js";
import { namesBeforeHere } from "./names-before-here.js";
import { DELIVERY_CUE_BEFORE } from "./delivery-cues.js";
import { ADDRESSING_CUES as BASE_ADDRESSING_CUES, NAME_HEADER_KEYWORDS, PERSON_CUE_KEYWORDS, PLACE_CUE_KEYWORDS, SELF_INTRO_CUES } from "./lower-case-cue-keywords.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";
import { tableCellAt } from "./table-cells.js";
import { FUNCTION_WORDS } from "./function-words.js";
import { lowerCaseChatNames } from "./lower-case-chat-names.js";
import { chatLogNames, type ChatNameTests } from "./chat-log-names.js";
import { personHandles } from "./person-handles.js";
import { namesBesideNames } from "./names-beside-names.js";
import { kanaKoreanGivenNames } from "./kana-korean-given-names.js";
import { repeatedGivenNames } from "./repeated-given-names.js";
import { capsCountryLines } from "./caps-country-lines.js";
import { SpanSet } from "./span-set.js";
import { LEADING_CUE_WORDS } from "./leading-cue-words.js";
import { DEPARTMENT_HEADS, FOREIGN_NAME_LABEL_BEFORE, leadingLabelWords } from "./foreign-name-labels.js";
import { isVietnameseFullName } from "./vietnamese-full-names.js";
import { dropProductNames } from "./product-names.js";

/**
 * Patterns of the per-group and per-token checks below, compiled once: a regex literal in a function body makes a new
 * RegExp object every time it runs (thousands per text). Stateless uses only (`test`/`exec` without g or y, `replace`
 * and `split`, which reset `lastIndex`), so sharing them is safe.
 */
const TRAILING_DOT = /\.$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /đ/g;
const CAPITAL_D_STROKE = /Đ/g;
const ALL_UPPER = /^\p{Lu}{2,}$/u;
const TWO_UPPER_START = /^\p{Lu}{2}/u;
const CAP_WORD_START = /^\p{Lu}[\p{L}-]*/u;
const CAP_WORD_END = /\p{Lu}[\p{L}-]*$/u;
const WORD_PART_INITIAL = /(^|[-'’])(\p{Ll})/gu;
const LOWER_LETTER = /\p{Ll}/u;
const ORG_POSSESSIVE_AFTER = /^(?:'s|’s)\s+(\p{Lu}\p{L}*)/u;
const WEAK_LOC_CUE_END = /\b(?:to|at|from)\s*$/i;
const STATE_AFTER = /^,\s*(?:\p{Lu}{2}\b|\p{Lu}\p{L}+)/u;
const LOWER_WORD_AFTER = /^[ \t]+\p{Ll}/u;
const ARROW_END_BEFORE = /\p{L}[ \t]*(?:→|->)[ \t]*$/u;
const OPEN_BRACKET_END = /[(\[][ \t]*$/;
const CLOSE_BRACKET_START = /^[ \t]*[)\]]/;
const CLOSE_SQUARE_START = /^[ \t]*\][ \t]*:?/;
const NEXT_LOWER_WORD = /^[ \t]+(\p{Ll}+)/u;
const STRICT_IN_END = /(?<![\p{L}\p{N}_])(?:in|near|inside|outside|across|around|en|à|nach)\s*$/iu;
const INITIAL_WITH_DOT = /^\p{Lu}\.$/u;
const HEADER_QUOTES = /^["']|["']$/g;
const BLANKS = /[ \t]+/;
const BLANK_OR_BAR = /[ \t|]/;
const BLANKS_OR_COMMAS = /[ \t,]+/;
const FIELD_VALUE_END = /^[ \t]*(?:$|\r|[|;]|[ \t]{2})/;
const WIDE_GAP_BEFORE_LABEL = /[ \t]{2,}(?=[^ \t]*[ \t]*[^:]*:)/;
const ALL_UPPER_WORD = /^\p{Lu}+$/u;
const UPPER_LETTER = /\p{Lu}/u;
const TRAILING_PUNCT_CHAR = /[ \t,.]/;
const BLANK = /[ \t]/;
const PATHISH_CHAR = /[\w\/.-]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER = /[\p{L}]/u;
const HANDLE_CHAR = /[\p{L}\p{N}_.@]/u;
const ASCII_WORD_START = /[A-Za-z_]/;
const COMMA_GAP = /^,? ?$/;

/** Addressing cues and self-introductions before a lower-case given name. */
const ADDRESSING_CUES: readonly string[] = [...BASE_ADDRESSING_CUES, ...SELF_INTRO_CUES];

// A capitalised token: initial upper-case letter, then letters/apostrophes, optional hyphenated parts,
// optional trailing dot (initials, "St."). Tokens glued to @, /, digits or dots belong to code/URLs.
// Latin-1 and Latin Extended-A letters ("Małgorzata Mróz", "Walgierz Woś") without /u: several times faster, and
// names in other scripts need other cues anyway.
// Apostrophe and hyphen parts bounded ({0,8}): an unbounded group loop over a multi-megabyte token ("O'o'o'…")
// overflowed the regex backtracking stack (RangeError).
const CAP = /(?<![A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef90-9_@#$.\/\\-])[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯ\u1ea0-\u1ef8][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9]*(?:['’][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9]+){0,8}(?:-[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9]+){0,8}\.?(?![A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef90-9_@\/\\-]|\.[A-Za-z0-9_@])/g;
const PARTICLES = /^ (?:(?:van|von|de|der|den|del|della|di|da|do|du|le|la|bin|ibn|al|el|dos|das|ter|ten|y) )*$/;

/** Gaelic surname particles that stand as words of their own inside a name. */
const GAELIC_PARTICLES = new Set(["Ó", "Ní", "Nic", "Uí", "Ua", "Mhic", "Mac"]);
/** First letters of the particles (a b d e i l t v y): a gap that starts with another letter is not a particle run. */
const PARTICLE_INITIAL = new Set([..."abdeiltvy"].map((c) => c.charCodeAt(0)));

/** `PARTICLES` on the gap text, behind a char-code gate (" " then a particle's first letter). */
function particleGap(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) === 32 && PARTICLE_INITIAL.has(text.charCodeAt(from + 1)) && PARTICLES.test(text.slice(from, to));
}

/** Generic geographic words that make a capitalised group a place ("Kyrgyz Republic", "Guantanamo Bay"). */
const GEO_WORDS = new Set([
  "Republic", "Islands", "Island", "Isle", "City", "Bay", "Coast", "Kingdom", "States", "Emirates", "Federation", "Province",
  "Region", "County", "District", "Territory", "Peninsula", "Valley", "River", "Lake", "Mountains", "Desert", "Sea", "Ocean",
  "Gulf", "Strait", "Canyon", "Falls", "Heights", "Springs", "Hills", "Beach", "Harbor", "Harbour", "Port", "Town", "Village",
]);
/**
 * Last words of place names that are not names of people: compass points and landforms of Romance and Germanic
 * toponyms ("Caxias do Sul", "Juazeiro do Norte", "Jerez de la Frontera", "Roquetas de Mar", "Frankfurt am Main" is
 * in the gazetteer). After a particle ("do", "de la") they make the group a place.
 */
const PLACE_TAIL = new Set(["Norte", "Sul", "Sur", "Nord", "Süd", "Este", "Oeste", "Leste", "Ouest", "Frontera", "Mar", "Senhora", "Serra", "Sierra", "Monte", "Campo", "Valle", "Lago", "Mare"]);

/**
 * Toponymic endings beyond English (Dutch -dam/-dijk/-wijk, Scandinavian -vik/-holm/-köping, German -bach/-feld,
 * Slavic -ów/-owice, Indian -pur/-abad/-nagar, ...). Weaker evidence than PLACE_SHAPE: used only for a word that is
 * neither an ordinary word nor a first name, right after a place cue ("moved to Zaandijk", "in Kristinehamn").
 */
const PLACE_SUFFIX_INTL = /^\p{Lu}\p{L}+(?:dam|dijk|drecht|hoven|kerk|broek|horst|veen|meer|sluis|wijk|buren|zijl|vik|hult|köping|sund|torp|holm|hamn|havn|borg|strand|fors|bach|hofen|brück|bruck|scheid|rode|leben|büttel|hagen|kirchen|ów|owo|owice|ice|yce|ewo|grad|pur|puram|abad|nagar|garh|gaon|ganj|halli|palli|patnam)$/u;

/** Toponym prefixes ("North Dante", "Port Arthur"): such a group is a place, not a person. */
const PLACE_PREFIX = new Set([
  "North", "South", "East", "West", "New", "Lake", "Port", "Fort", "Mount", "Mt", "San", "Santa", "Santo", "Saint", "Sainte", "St",
  "Los", "Las", "Glen", "Upper", "Lower", "Great", "Little", "Old", "Alt", "Bad", "Sankt", "Borgo", "Porto", "Puerto", "Villa",
  "Castel", "Monte", "Ciudad", "Settimo", "Sesto", "Quinto", "Nieder", "Ober", "Neu", "Nord", "Sud", "Süd", "Ost", "El",
  "Cape", "Cabo", "Isla", "Ilha",
  // Vietnamese administrative units and street words ("Phường Bến Nghé", "Quận 1", "Thành phố Huế", "Đường Lê Lợi")
  "Phường", "Quận", "Huyện", "Xã", "Tỉnh", "Thành", "Thị", "Đường", "Phố", "Ấp", "Thôn",
]);
const TITLES = new Set([
  "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Madam", "Mister", "Rev", "Reverend",
  "Capt", "Captain", "Sgt", "Lt", "Col", "Gen", "Judge", "Officer", "Detective", "Nurse", "President", "Senator", "Governor",
  "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Agent", "Uncle", "Aunt", "Coach", "Chef", "Father", "Brother", "Herr", "Frau", "Mme", "Mlle", "Sr", "Sra", "Srta",
  // forms of address in other languages ("Herrn" is "Herr" in the dative and accusative)
  // (not the abbreviations that are also words or weekdays: "Fr" is Friday, "Pan" a pan, "Ing"/"Mag" word pieces)
  "Herrn", "Monsieur", "Madame", "Mademoiselle", "Señor", "Señora", "Señorita", "Signor", "Signora", "Signorina", "Dott", "Dottor", "Dottore", "Dottoressa",
  "Pani", "Meneer", "Mevrouw", "Dhr", "Mevr", "Senhor", "Senhora", "Dra",
  // role nouns that label the person after them on forms and letters ("Versicherungsnehmer Matthias Krüger", "Kontoinhaber Anna Gómez")
  "Versicherungsnehmer", "Versicherungsnehmerin", "Kontoinhaber", "Kontoinhaberin", "Antragsteller", "Antragstellerin", "Patientin",
  "Mieter", "Mieterin", "Vermieter", "Vermieterin", "Kundin", "Arbeitnehmer", "Arbeitnehmerin", "Mitarbeiterin", "Bewerber", "Bewerberin",
  "Inhaber", "Inhaberin", "Empfänger", "Empfängerin", "Absender", "Absenderin", "Schuldner", "Schuldnerin", "Erblasser", "Vormund",
  "Titular", "Titulaire", "Assuré", "Assurée", "Locataire", "Bénéficiaire", "Beneficiario", "Beneficiaria", "Intestatario", "Intestataria",
  "Verzekeringnemer", "Rekeninghouder", "Huurder", "Ubezpieczony", "Posiadacz",
  "Kunde", "Mitarbeiter", "Klient", "Klientin", "Klant", "Cliente", "Paciente", "Paziente", "Pacjent", "Pacjentka", "Utente",
]);
/** Forms of address that start a name also inside a longer capitalised group ("Rückruf von Herrn Yilmaz"). */
const ADDRESS_FORMS = new Set([
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Herr", "Herrn", "Frau", "Mme", "Mlle", "Monsieur", "Madame", "Señor", "Señora", "Sr", "Sra", "Signor",
  "Signora", "Pani", "Meneer", "Mevrouw", "Dhr", "Mevr", "Senhor", "Senhora",
]);
/** Articles and possessives that may lead a role noun before a name. */
const LEADING_ARTICLES = new Set(["Der", "Die", "Das", "Den", "Dem", "Des", "Unser", "Unsere", "Ihr", "Ihre", "Mein", "Meine", "Le", "La", "Les", "El", "Il", "Lo", "De", "Het", "The", "Our"]);
/** Capitalised words that are never (part of) a person or place name on their own. */
const NEVER = new Set([
  "I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d", "OK", "Ok", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
  "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "God", "Lord", "Christmas", "Easter",
  "English", "French", "German", "Spanish", "Italian", "Chinese", "Japanese", "American", "British", "European", "Internet",
  "Dear", "Hi", "Hello", "Hey", "Thanks", "Regards", "Best", "Sincerely", "Cheers", "Yours", "Subject", "Re", "Fwd", "Note",
  "Street", "Avenue", "Road", "Lane", "Drive", "Apt", "Suite", "Inc", "Ltd", "LLC", "Corp", "Co", "Company", "University",
  "Bank", "Hospital", "School", "Church", "Airport", "Station", "Hotel", "Park", "Center", "Centre", "Department", "Team",
  "Please", "Yes", "No", "OK", "Okay", "Sure", "Thank", "Welcome", "Today", "Tomorrow", "Yesterday", "Error", "Warning", "Info",
  "True", "False", "Null", "None", "String", "Number", "Object", "Array", "Promise", "Map", "Set", "Date", "Math", "JSON",
  // greetings and sign-offs of other languages ("Hej Oskar", "Hallo Frau Weber", "Bonjour Élodie", "Groeten, Sanne")
  "Hej", "Hallo", "Moin", "Servus", "Grüezi", "Bonjour", "Bonsoir", "Salut", "Coucou", "Hola", "Buenas", "Ciao", "Salve", "Olá", "Oi",
  "Hoi", "Goedemorgen", "Goedemiddag", "Cześć", "Witam", "Hei", "Moi", "Ahoj", "Szia", "Merci", "Danke", "Gracias", "Grazie", "Obrigado", "Obrigada",
  "Bedankt", "Dziękuję", "Tack", "Takk", "Tak", "Kiitos", "Cordialement", "Salutations", "Gruß", "Grüße", "Grüßen", "Saludos", "Atentamente",
  "Saluti", "Cumprimentos", "Atenciosamente", "Abraços", "Groeten", "Groet", "Groetjes", "Pozdrawiam", "Hälsningar", "Hilsen", "Terveisin",
  // salutations before a name ("Beste Wout", "Geachte mevrouw", "Liebe Jana"); not Cara/Caro, which are names too
  "Beste", "Geachte", "Liebe", "Lieber", "Liebes", "Cher", "Chère", "Chers", "Querido", "Querida", "Estimado", "Estimada", "Gentile",
  "Egregio", "Kära", "Käre", "Hyvä", "Drogi", "Droga", "Szanowny", "Szanowna", "Prezado", "Prezada", "Panie",
  // signatures of other languages ("Signé Fatoumata Traoré", "Firmado: Ana Ruiz")
  "Signé", "Signée", "Firmado", "Firmada", "Firmato", "Firmata", "Assinado", "Assinada",
  // "I" of other languages, capitalised at a sentence start and also short names or nicknames in the gazetteer
  // ("Hej! Jag heter Linnéa", "Jeg bor i Bergen", "Ik woon in Gent", "Yo vivo en Lima", "Io abito a Roma", "Eu moro em Braga")
  "Jag", "Jeg", "Ik", "Yo", "Io", "Eu",
]);
const ORG_SUFFIX = new Set(["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Co.", "Company", "Group", "Bank", "University", "Hospital", "School", "Foundation", "Institute", "Association", "Airlines", "Technologies", "Systems", "Labs", "Studios", "Partners", "Capital", "Holdings", "Street", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Lane", "Drive", "Boulevard", "Blvd", "Way", "Court", "Place", "Square", "Park", "River", "Lake", "Mountain", "Mountains", "County", "Valley", "Beach", "Garden", "Gardens", "Empire", "Guild", "Prime",
  // product and software nouns that end product names ("Docker Desktop", "Grafana Cloud", "Visual Studio Code")
  "Desktop", "Cloud", "Studio", "Server", "Code", "Hub", "Engine", "Platform", "Suite", "Pro", "Manager", "Service",
  "Services", "App", "Apps", "Client", "Edge", "Workspace", "Cluster", "Database", "API", "SDK", "CLI", "OS", "Boot",
  "Framework", "Toolkit", "Analytics", "Insights", "Enterprise", "Online", "Portal", "Gateway", "Store", "Docs", "Sheets",
  "Assistant", "Pipeline", "Pipelines", "Runner", "Registry", "Console", "Player", "Browser", "Editor", "Plugin", "Extension"]);

/** Software and hardware vendors that lead product names ("Apache Kafka", "Amazon Redshift"): never a given name. */
const VENDOR_FIRST = new Set([
  "Apache", "Amazon", "AWS", "Google", "Microsoft", "Azure", "Adobe", "Oracle", "IBM", "Salesforce", "SAP", "Cisco", "Atlassian",
  "Mozilla", "Netflix", "Samsung", "Sony", "Nvidia", "Intel", "Lenovo", "Huawei", "Xiaomi", "Chevrolet", "Toyota", "Honda",
  "Nissan", "BMW", "Audi", "Porsche", "Ferrari", "Lamborghini", "Volkswagen", "Hyundai", "Mazda", "Subaru", "Volvo", "Lexus",
  "Chrysler", "Peugeot", "Renault", "Helvetica", "Kobo", "Kindle", "PocketBook", "Garmin", "Fitbit", "Nokia", "Motorola", "Philips",
  "Bosch", "Siemens", "Dyson", "Miele", "Logitech", "Canon", "Nikon", "Fujifilm", "Panasonic", "Fiat", "Skoda", "Škoda", "Citroen", "Citroën",
  "Opel", "Vauxhall", "Mitsubishi", "Suzuki", "Yamaha", "Ducati", "Nintendo", "Xbox", "PlayStation",
]);
/** Makers whose names are also given names or surnames ("Ford Mustang" but "Ford Smith", "Tesla Model Y" but "Tesla Nguyen"). */
const MAKER_FIRST = new Set(["Ford", "Tesla", "Dell", "Meta", "Apple", "Kia", "Dodge", "Jeep", "Buick", "Cadillac", "Lincoln", "Chevy", "Arial", "Times", "Courier"]);
/** Firms and brands named like people (words as they are matched: the detector's tokens). */
const KNOWN_FIRMS = new Set([
  "Morgan Stanley", "Wells Fargo", "Goldman Sachs", "Charles Schwab", "Merrill Lynch", "Lehman Brothers", "Smith Barney",
  "Edward Jones", "Dow Jones", "Hewlett Packard", "Walt Disney", "Mary Kay", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein",
  "Louis Vuitton", "Christian Dior", "Hugo Boss", "Estee Lauder", "John Lewis", "Marks Spencer", "Harris Teeter", "Fred Meyer",
  "Thomson Reuters", "Booz Allen", "Kaiser Permanente", "Johns Hopkins", "Aston Martin", "Rolls Royce", "Mercedes Benz",
  "Harley Davidson", "Land Rover", "Alfa Romeo", "Jack Daniels", "Ernst Young", "Johnson Johnson", "Procter Gamble",
  "Chicago Tribune", "Warner Bros", "Coca Cola", "Dolce Gabbana", "Ben Jerry",
  // law, accounting and consulting firms named after their founders
  "Baker McKenzie", "Clifford Chance", "Allen Overy", "Slaughter May", "Herbert Smith Freehills", "Herbert Smith", "Latham Watkins",
  "Sullivan Cromwell", "Davis Polk", "Kirkland Ellis", "White Case", "Norton Rose Fulbright", "Norton Rose", "Hogan Lovells",
  "Simmons Simmons", "Eversheds Sutherland", "Pinsent Masons", "Addleshaw Goddard", "Bird Bird", "Taylor Wessing", "Jones Day",
  "Mayer Brown", "Sidley Austin", "Ropes Gray", "Weil Gotshal", "Cleary Gottlieb", "Skadden Arps", "Morrison Foerster",
  "Oliver Wyman", "Roland Berger", "Arthur Andersen", "Arthur Little", "Grant Thornton", "Baker Tilly", "Marsh McLennan", "Korn Ferry",
  "Spencer Stuart", "Egon Zehnder", "Russell Reynolds", "Raymond James", "Franklin Templeton", "Eli Lilly", "Bristol Myers",
  // furniture, fashion and consumer brands named after people
  "Herman Miller", "Ethan Allen", "Tom Dixon", "Kate Spade", "Michael Kors", "Tory Burch", "Vera Wang", "Marc Jacobs", "Paul Smith",
  "Ted Baker", "Stella McCartney", "Alexander McQueen", "Vivienne Westwood", "Jimmy Choo", "Bobbi Brown", "Charlotte Tilbury",
  "Jo Malone", "Laura Ashley", "Cath Kidston", "Ben Sherman", "Karl Lagerfeld", "Giorgio Armani", "Kenneth Cole", "Steve Madden",
  "Tommy Bahama", "Charles Tyrwhitt", "Thomas Cook", "John Deere", "Harvey Nichols", "Jack Wolfskin", "Sherwin Williams",
  "Smith Wesson", "Ernst Young", "Marks Spencer", "Procter Gamble", "Johnson Johnson", "Crate Barrel", "Abercrombie Fitch",
  "Barnes Noble", "Black Decker", "Bang Olufsen", "Lea Perrins", "Tate Lyle", "Fortnum Mason", "Holland Barrett",
  // food, drink, retail and beauty brands named after people (also with a title: "Dr Oetker", "Mr Kipling")
  "Jack Daniel", "Johnnie Walker", "Jim Beam", "Jose Cuervo", "Captain Morgan", "William Grant", "John Jameson", "Tim Hortons",
  "Albert Heijn", "Massimo Dutti", "Dr Oetker", "Dr Martens", "Dr Pepper", "Dr Scholl", "Mr Kipling", "Mrs Fields", "Sara Lee",
  "Betty Crocker", "Duncan Hines", "Uncle Ben", "Aunt Jemima", "Chef Boyardee", "Orville Redenbacher", "Papa John", "Little Caesars",
  "Tom Ford", "Carolina Herrera", "Yves Saint Laurent", "Paco Rabanne", "Jean Paul Gaultier", "Tom Tailor", "Gerry Weber", "Peter Hahn",
  "Helena Rubinstein", "Max Factor", "Elizabeth Arden", "Paul Mitchell", "John Frieda", "Harvey Norman", "Dick Smith", "David Jones",
  "Salvatore Ferragamo", "Ermenegildo Zegna", "Roberto Cavalli", "Emilio Pucci", "Christian Louboutin", "Pierre Cardin", "Nina Ricci",
  "Thierry Mugler", "Leo Burnett", "Ronald McDonald", "Colonel Sanders", "Ben Jerrys", "Marc Cain", "Brunello Cucinelli",
]);
/**
 * Characters of fiction and myth used as code names for services, hosts and products ("Gandalf (auth), Frodo
 * (billing)"): names nobody is given, so never a person without a title or a name label.
 */
const FICTIONAL = new Set([
  "Gandalf", "Frodo", "Samwise", "Bilbo", "Gollum", "Aragorn", "Legolas", "Gimli", "Sauron", "Saruman", "Galadriel", "Elrond",
  "Yoda", "Chewbacca", "Skywalker", "Vader", "Voldemort", "Dumbledore", "Hagrid", "Pikachu", "Shrek", "Godzilla", "Hodor",
  "Sherlock", "Moriarty", "Gatsby", "Dracula", "Frankenstein", "Zelda", "Mario", "Luigi", "Sonic", "Optimus", "Megatron",
]);
/**
 * Eponyms of medicine: diseases, signs and solutions named after their describers ("Parkinson's disease", "Consider
 * Hartmann's", "Hodgkin lymphoma"). With "'s" and no title they name the condition, not a person, in clinical text.
 */
const MEDICAL_EPONYMS = new Set([
  "Alzheimer", "Parkinson", "Crohn", "Cushing", "Addison", "Hashimoto", "Hodgkin", "Huntington", "Tourette", "Asperger", "Raynaud",
  "Graves", "Hartmann", "Ringer", "Kawasaki", "Marfan", "Sjögren", "Sjogren", "Behçet", "Behcet", "Guillain", "Barré", "Kaposi",
  "Wilms", "Ménière", "Meniere", "Paget", "Bell", "Down", "Munchausen", "Wernicke", "Korsakoff", "Creutzfeldt", "Duchenne", "Gaucher",
  "Fabry", "Pompe", "Niemann", "Conn", "Lou Gehrig", "Gehrig", "Buerger", "Dupuytren", "Osgood", "Legg", "Perthes", "Peyronie",
  "Bright", "Burkitt", "Ewing", "Kaposi", "Reiter", "Still", "Tay", "Wegener", "Whipple", "Zollinger", "Hirschsprung", "Lyme",
  "Brugada", "Barrett", "Bowen", "Colles", "Apgar", "Glasgow", "Epley", "Heimlich", "Valsalva", "Babinski", "Murphy", "Kernig",
  "Brudzinski", "Trendelenburg", "Romberg", "Phalen", "Tinel", "Homan", "Homans", "Cheyne", "Stokes", "Kussmaul", "Korotkoff",
]);
/** Nouns that make the capitalised words before them a medical or scientific eponym ("Cushing syndrome", "Crohn's disease"). */
const EPONYM_NOUN_AFTER = /^(?:['’]s)?\s+(?:disease|diseases|syndrome|disorder|palsy|lymphoma|sarcoma|carcinoma|tumou?r|ulcer|phenomenon|triad|reflex|maneuver|manoeuvre|fracture|contracture|thyroiditis|encephalopathy|dystrophy|criteria|solution|theorem|lemma|conjecture|hypothesis|equation|constant)\b/i;
const OBJECT_PRONOUN_AFTER = /^\s+(?:me|us|him|them|it)\b/;
const ORG_FORM_BEFORE = /(?:^|[^\p{L}])(?:PT|CV|UD|Sdn|Bhd|Tbk)\.?\s$/u;
/** Words right before a drug name ("Dose of Augmentin Duo"). */
const DOSE_BEFORE = /\b(?:dose|doses|dosage|dosing|prescribe|prescribed|mg of|units of)\s+(?:of\s+|for\s+)?$/i;
/** A dose or a generic name in brackets right after a brand ("Keytruda (pembrolizumab) 200 mg", "Augmentin 625 mg"). */
const DOSE_AFTER = /^\s*(?:\(\s*[a-z][a-z -]{3,30}\)\s*)?\d+(?:[.,/]\d+)?\s*(?:mg|mcg|µg|ug|ml|mL|IU|units?|mmol)\b/;
/** Nouns of a product range or a transport line after a capitalised word ("the Harper sofa models", "the Jubilee line"). */
const THING_AFTER = /^\s+(?:line|lines|model|models|range|series|collection|edition|variant|variants|sofa|sofas|chair|chairs|brand|trim|colourway|flavou?r|flavou?rs)\b/i;
/** Heads of named things that are not people ("Storm Babet", "Hurricane Milton", "Banco Santander", "Société Générale"). */
const THING_HEAD = new Set([
  "Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "Operation", "Project", "Banco", "Banca", "Banque", "Bank", "Société", "Societe",
  "Crédit", "Credit", "Caixa", "Caja", "Grupo", "Groupe", "Gruppo", "Deutsche", "Assicurazioni", "Compagnie", "Companhia", "Compañía",
]);

const STRONG_PERSON_BEFORE = /(?:\b(?:my name is|name is|names are|i am|i'm|im|call me|called|named|dear|hi|hello|hey|thanks|thank you|regards|sincerely|signed|cheers|best|love|yours|cc|attn|name|patient|customer|client|user|employee|contact|ask|asked|tell|told|meet|met|by|for|son|daughter|wife|husband|mother|father|brother|sister|friend|colleague|manager|doctor|nurse|mr|mrs|ms|dr|congrats to|congratulations to|loop in|looping in|looped in|assigned to|on behalf of)\s*(?:[:.-]|,(?=\s))?\s*(?:is\s+)?)$/i;
/** Words that often precede a bare first name ("send it to Sarah", "cc Tom", "thanks Ana"). */
const FIRST_NAME_CUE = /\b(?:to|from|with|and|or|cc|for|ask|tell|thank|thanks|call|email|ping|message|text|invite|let)\s*$/i;
const NAME_LABEL_BEFORE = /(?:\b(?:my name is|name is|i am|i'm|call me|named|dear|signed|name|full name|patient|customer|cardholder|account holder|attn|kontakt|ansprechpartner(?:in)?|contacto|contatto|persona de contacto|interlocuteur|mein name ist|ich hei(?:ß|ss)e|je m'appelle|je m’appelle|mon nom est|me llamo|mi nombre es|mi chiamo|il mio nome è|meu nome é|me chamo|chamo-me|aqui é (?:o|a)|aquí habla|mijn naam is|ik heet|nazywam się|mam na imię|jag heter|mitt namn är|jeg heter|jeg hedder|mit navn er|nimeni on)\s*(?:[:.-]|,(?=\s))?\s*|\b(?:name|full[_ -]?name|display[_ -]?name|holder|account[_ -]?holder|cardholder|applicant|customer|patient|employee|contact|insured|policyholder|beneficiary|owner|account[_ -]?owner|nom|pr[ée]nom)["']?\s*[:=]\s*["'])$/i;
/**
 * A data field named for a person's name or a place (JSON, YAML, form data, query strings: `"first_name": "`,
 * `city=`). Not a bare `name` field, which names products and packages as often.
 */
const FIELD_PERSON = /\b(?:(?:first|last|given|family|middle|full|customer|contact|client|patient|employee|holder|account_holder|maiden)[_ -]?name|firstname|lastname|surname|forename|fname|lname|first|last|given|family|vorname|nachname|familienname|pr[ée]nom|nom de famille|nombre|apellidos?|nome|cognome|voornaam|achternaam|imi[ęe]|nazwisko|f[öo]rnamn|efternamn|fornavn|etternavn|efternavn|etunimi|sukunimi|sobrenome|p[řr][íi]jmen[íi])["']?\s*[:=]\s*(?:\[\s*)?["']?$/i;
/** A label word written as part of a title, capitalised and with no colon ("Customer Care", "Patient Services"). */
const TITLED_LABEL_BEFORE = /(?:^|[^\p{L}])(?:Customer|Patient|Client|Cardholder|Account Holder|Contact)[ \t]+$/u;
/** What stands between two items of a list. */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;
/** A role label with a colon, as in forms, headers and transcripts ("Candidate: Thabo Nkosi", "From: Jean-Luc Moreau"). */
const ROLE_LABEL = /\b(?:candidate|applicant|interviewer|interviewee|employee|student|tenant|landlord|guest|passenger|sender|recipient|author|owner|signatory|beneficiary|witness|driver|from|to|cc|bcc|reporter|assignee|reviewer|approver|requester|requested by|caller|speaker|attendee|organi[sz]er|contact person|next of kin|emergency contact|guardian|spouse|physician|supervisor|prepared by|submitted by|signed by|reported by|approved by|opened by|created by|raised by|logged by|filed by|assigned by|escalated by|handled by|closed by|updated by|modified by|written by|sent by)\s*:\s*$/i;
const FIELD_LOC = /\b(?:city|town|country|region|province|county|birthplace|place[_ ]of[_ ]birth|birth[_ ]?place|hometown|municipality|locality)["']?\s*[:=]\s*["']?$/i;
/**
 * A French form's "Nom :" field at a line start, which names the family name when the form also has a "Prénom" field
 * ("Nom : Vandenberghe\nPrénom : Noémie"); alone, "Nom" heads products and files as often.
 */
const NOM_FIELD_BEFORE = /(?:^|\n)[ \t]*nom[ \t]*:[ \t]*$/iu;
const PRENOM_FIELD = /(?:^|\n)[ \t]*pr[ée]nom[ \t]*:/iu;
const GREETING_BEFORE = /(?:\b(?:hi|hello|hey|dear|thanks|thank you|regards|sincerely|cheers|best|love|kind regards|best regards|many thanks|warmly|warm regards|warm wishes|best wishes|yours|yours truly|yours sincerely|yours faithfully|all the best|take care|respectfully|with thanks)\s*[:,.-]?\s*)$/i;
/**
 * Greetings, sign-offs and salutations of other languages ("Hej", "Cordialement", "Liebe", "Beste"). Ordinary words
 * follow them as often as names ("Hola Mundo", "Grazie Mille", "Liebe Kollegen", "Un abrazo,\nEquipo de Ventas"), so
 * they label a group only when one of its words is a known given name or surname (and the group is no place).
 */
const FOREIGN_CUE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:hej|hallo|moin|moien|servus|grüezi|tisztelt|kedves|szia|dragă|stimate|stimată|vážen[ýá]|mil[ýá]|poštovan[aie]|lugupeetud|bonjour|bonsoir|salut|coucou|hola|buenas|buenos días|ciao|salve|olá|oi|bom dia|boa tarde|hoi|goedemorgen|goedemiddag|cześć|dzień dobry|witam|hei|moi|ahoj|sono|soy|sou|je suis|ich bin|ik ben|jestem|jsem|tu|tady|hier ist|c['’]est|sign[ée]e?|firmad[oa]|firmato|assinad[oa]|née|geborene|z domu|merci|danke|gracias|grazie|obrigad[oa]|bedankt|dziękuję|tack|takk|kiitos|cordialement|bien à vous|salutations|gruß|grüße|grüßen|mfg|(?:freundliche |liebe |viele |beste |herzliche )?gr(?:ü|ue)ss(?:e|en)?|merci bien|saludos(?: cordiales)?|un saludo|atentamente|cordiali saluti|distinti saluti|saluti|cumprimentos|atenciosamente|abraços|(?:met )?vriendelijke groet(?:en)?|groeten|groet|pozdrawiam|pozdrowienia|z poważaniem|s pozdravem|s pozdrawom|lp|parimat|lugupidamisega|ar cieņu|pagarbiai|me respekt|una abraçada|salutacions|cofion|kh|kærlig hilsen|mange hilsner|ngiyabonga|terima kasih|salam|hiya|heya|kære|annwyl|sawubona|përshëndetje|i dashur|e dashur|estimat|estimada senyora|benvolgut|benvolguda|groetjes|liebe grüße|viele grüße|un abrazo|abrazos|besos|bisous|bises|a presto|baci|abraço|beijos|mvh|(?:med )?vänlig(?:a)? hälsning(?:ar)?|hälsningar|(?:med )?venlig hilsen|hilsen|(?:ystävällisin )?terveisin|(?:sehr geehrte[rs]?|liebe[rs]?|cher|chère|chers|estimad[oa]s?|querid[oa]s?|gentile|egregio|car[oa]|prezad[oa]|beste|geachte|szanown[ya]|drog[ai]|kära|käre|hyvä)(?:\s+(?:herr|frau|monsieur|madame|señora?|sr\.?|sra\.?|signora?|sig\.?|senhora?|heer|mevrouw|pan(?:i|ie)?|panie))?)\s*[:,.!-]?\s*)$/iu;
// verbs of speaking, deciding and being away are said of people; so are relations and roles in brackets
const PERSON_AFTER = /^(?:\s+(?:said|says|told|asked|wrote|replied|called|emailed|texted|thinks|thought|wants|needs|is (?:a|an|the|my|our)|was (?:a|an|the|my|our)|and I|will|has|had|who|suggested|suggests|mentioned|mentions|agreed|agrees|confirmed|confirms|explained|explains|noted|recommended|proposed|decided|promised|complained|insisted|admitted|apologi[sz]ed|joined|joins|left the|signed|approved|is (?:out|off|away|sick|ill|back|on leave|on holiday|on vacation|travell?ing|leaving|joining|retiring)|was (?:out|off|away|sick|ill|born|hired|promoted|fired)|(?:is|was|has been) (?:promoted|hired|appointed|married)|lives|lived|works|worked|grew up|studied|transferred|relocated|resigned|retired|stated|requested|presents|presented|moved (?:to|from|in)|founded|graduated|married|runs (?:a|an|the)|here (?:again|from)|wohnt|lebt|arbeitet|sagte|vive|habite|abita|mora|a (?:appelé|écrit|dit|demandé|signalé|envoyé|confirmé)|hat (?:angerufen|geschrieben|gesagt|gefragt|gemeldet|bestätigt)|ha (?:llamado|escrito|dicho|preguntado|chiamato|scritto|detto|chiesto)|heeft (?:gebeld|geschreven|gezegd|gevraagd|gemeld)|ligou|escreveu|disse|perguntou|llamó|escribió|dijo|zadzwonił[a]?|napisał[a]?|ringde|skrev|frågade|soittaa|soitti)(?![\p{L}])|'s\b|’s\b|,\s*(?:who|a|an|the|our|my|age|aged)\b|\s*\((?:age|\d|he|she|they|him|her|brother|sister|mother|father|mom|dad|wife|husband|partner|son|daughter|friend|cousin|uncle|aunt|manager|boss|ceo|cfo|cto|coo|vp|director|lead|intern|candidate|patient|client|customer|tenant|owner|landlord)\b)/iu;
const LOC_BEFORE = /(?:(?<![\p{L}\p{N}_])(?:in|from|to|at|near|into|en|à|nach|aus|visit|visiting|visited|moved to|move to|lives in|living in|live in|based in|born in|located in|city of|town of|travel to|travelling to|traveling to|flew to|fly to|flight to|going to|go to|welcome to|outside|around|across|between|headquartered in|relocated to|office in|resident of|native of|address:?|city:?|country:?|location:?|state:?)\s*)$/iu;
const STRONG_LOC_BEFORE = /(?:(?<![\p{L}\p{N}_])(?:sống ở|sống tại|sinh ra ở|sinh ra tại|vivo en|vive en|wohne in|wohnt in|habite à|abito a|vive a|vive em|mora em|mora en|woont in|woon in|woont nu in|mieszka w|bor i|bydlí v|locuiește în|tinggal di|residente em|residente en|residente a|vecin[oa] de|mkazi wa|anaishi|lives in|living in|live in|based in|born in|located in|moved to|move to|relocated to|relocating to|relocating from|grew up in|raised in|studied in|stayed in|staying in|trip to|holiday in|vacation in|arrived in|landed in|transferred to|branch in|headquarters in|city of|town of|resident of|native of|travel(?:l?ing|l?ed)? to|flew to|fly to|flight to|headquartered in|office in|city:?|country:?|location:?|hometown:?|from the city of|residents? of|grew up near|hotel in|clinic in|hospital in|warehouse in|factory in|plant in|campus in|studying in|work(?:s|ed|ing)? in|(?:is|was|are|were) located in)\s*)$/iu;
/** Verbs of speaking, deciding and being away right after a name: said of people, not of places. */
const PERSON_VERB_AFTER = /^\s+(?:said|says|told|asked|wrote|replied|emailed|texted|called|suggested|mentioned|agreed|confirmed|explained|noted|recommended|proposed|decided|promised|complained|insisted|admitted|apologi[sz]ed|stated|transferred|resigned|wohnt|(?:is|was) (?:out|off|away|sick|ill|on leave|on holiday|on vacation|leaving|joining|retiring))\b/i;
const LOOP_IN_BEFORE = /\bloop(?:s|ed|ing)? in\s*$/i;
const PLACE_NOUN_AFTER = /^\s+(?:office|offices|branch|campus|plant|factory|warehouse|headquarters|hq|airport|subsidiary)\b/i;
/** What a place names when it modifies it ("the Milan team", "our Zurich account", "the Naples warehouse"). */
const PLACE_MODIFIED = /^\s+(?:team|teams|account|accounts|store|stores|shop|site|sites|market|division|depot|facility|hub|center|centre|lab|studio|clinic|hospital|branch|office|plant|warehouse|marathon|conference|summit|meetup|region|area|port|station)\b/i;
const ARROW_BEFORE = /(?:→|->)\s*$/;
const ARROW_AFTER = /^\s*(?:→|->)/;
const SPEAKER_AFTER = /^:[ \t]+\S/;
/** Field labels that are also given names ("Tel: 0161 …"): never a speaker. */
const FIELD_LABEL_WORDS = new Set(["tel", "fax", "mob", "ph", "cell", "email", "mail", "web", "re", "cc", "bcc", "to", "from", "note", "notes", "subject", "attn", "ref", "date", "time", "dob", "name", "phone", "addr", "address", "city", "country", "zip", "memo", "status", "total", "summary"]);
/** A speaker's role after the name: "Sam (team): …", "Grace Otieno (user): …". */
const SPEAKER_ROLE_AFTER = /^[ \t]*\([^()\n]{1,24}\)[ \t]*:/;
/** What may lead a speaker tag on its line: a timestamp, a bracket, a role word ("[09:14] ", "17:02 ", "(", "[") */
const LINE_LEAD_BEFORE = /(?:^|[\n\r])[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?[(\[]?[ \t]*$/;
/**
 * Roles of agents and staff named by their given name in support chats and transcripts ("Agent Rodrigo", "Operatore
 * Chiara", "Temsilci Burak", "Medewerker Ruben", "Shop (Callum)"), in English and the languages of the name cues.
 */
const ROLE_NOUNS = new Set([
  "agent", "operator", "rep", "representative", "advisor", "adviser", "dispatcher", "technician", "engineer", "courier", "driver",
  "carer", "caregiver", "nurse", "caseworker", "support", "cs", "shop", "store", "host", "moderator", "interviewer", "installer",
  "agente", "operatore", "operatrice", "operadora", "operador", "atendente", "asesor", "asesora", "consulente", "conseiller",
  "conseillère", "mitarbeiter", "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin", "berater", "beraterin", "kundenberater",
  "kundenberaterin", "kundenservice", "medewerker", "medewerkster", "temsilci", "konsultant", "konsultantka", "doradca", "handläggare",
  "rådgiver", "rådgivare", "kundeservice", "asiakaspalvelu", "ügyintéző", "operátor", "operátorka", "viên", "petugas",
]);

/** The word before a name (past spaces and an opening bracket) is a role ("Agent Rodrigo", "Shop (Callum)", "agents Marta"). */
function roleNounBefore(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && (before.charCodeAt(i) === 32 || before.charCodeAt(i) === 9 || before.charCodeAt(i) === 40 || before.charCodeAt(i) === 91)) i--;
  let j = i;
  while (j >= 0 && isLetterCode(before.charCodeAt(j))) j--;
  if (j === i) return false;
  const w = before.slice(j + 1, i + 1).toLowerCase();
  return ROLE_NOUNS.has(w) || (w.length > 3 && w.endsWith("s") && ROLE_NOUNS.has(w.slice(0, -1)));
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 191 && c !== 215 && c !== 247 && c < 0x2000);
}
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|these|those|our|your|their|its)\s+$/i;
const PLACE_SHAPE = /^(?:(?:North|South|East|West|New|Lake|Port|Fort|Mount|Mt\.|San|Santa|Saint|St\.|Los|Las|El|La|Le|Glen|Grand|Upper|Lower|Great|Little|Old)\s+\p{Lu}|\p{Lu}\p{L}+(?:ville|burgh|burg|borough|boro|bury|ton|town|field|land|port|haven|view|side|chester|mouth|berg|stad|furt|fort|polis|shire|ford|wood|dale|ham|worth|ridge|mont|ville|sville|heim|hausen|dorf|ingen|cester|stead|stadt|bourg)(?:\s|$))/u;

/**
 * Gazetteer places whose name has lower-case words between capitalised ones ("Bosnia and Herzegovina", "Isle of
 * Man", "Burton upon Trent"), by the part before the first lower-case word, with that word: the tokeniser joins
 * such a name into one group when the text spells it out.
 */
interface ConnectedPlaces {
  byHead: Map<string, string[]>;
  connectors: Set<string>;
  /** Last words of the heads ("Bosnia", "Isle"): a cheap first gate on the token before a gap. */
  headEnds: Set<string>;
}
let connected: ConnectedPlaces | undefined;
const CONNECTED_HEAD = /^(\p{Lu}[^ ]*(?: \p{Lu}[^ ]*)*) (\p{Ll}+) /u;

function connectedPlaces(g: Gazetteers): ConnectedPlaces {
  if (connected) return connected;
  const byHead = new Map<string, string[]>();
  const connectors = new Set<string>();
  const headEnds = new Set<string>();
  for (const set of [g.countries, g.regions, g.cities]) {
    for (const name of set) {
      const m = CONNECTED_HEAD.exec(name);
      if (!m?.[1] || !m[2]) continue;
      const list = byHead.get(m[1]) ?? [];
      list.push(name);
      byHead.set(m[1], list);
      connectors.add(m[2]);
      headEnds.add(m[1].slice(m[1].lastIndexOf(" ") + 1).replace(TRAILING_DOT, ""));
    }
  }
  connected = { byHead, connectors, headEnds };
  return connected;
}

/**
 * End of a gazetteer place that starts at `from` and continues past `headEnd` with a lower-case word ("Trinidad"
 * then " and Tobago"), or -1. Gated on the word after `headEnd` being one that such names use.
 */
function connectedPlaceEnd(g: Gazetteers, text: string, from: number, headEnd: number): number {
  if (text.charCodeAt(headEnd) !== 32) return -1;
  const c = text.charCodeAt(headEnd + 1);
  if (!(c >= 97 && c <= 122)) return -1;
  const sp = text.indexOf(" ", headEnd + 1);
  if (sp < 0 || sp - headEnd > 8) return -1;
  const cp = connectedPlaces(g);
  if (!cp.connectors.has(text.slice(headEnd + 1, sp))) return -1;
  const names = cp.byHead.get(text.slice(from, headEnd));
  if (!names) return -1;
  let best = -1;
  for (const n of names) {
    const e = from + n.length;
    if (e > best && text.startsWith(n, from) && !LETTER_OR_DIGIT.test(text[e] ?? "")) best = e;
  }
  return best;
}

interface Tok {
  s: number;
  e: number;
  w: string; // without trailing dot
}

/** True when only spaces or tabs separate `pos` from the start of its line. */
function lineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}

/** The end of a short field label ("Attendees: ", "Kunde - ", "| Name | "), one to three words and a colon on its line. */
const FIELD_VALUE_BEFORE = /(?:^|[\n\r|;]|[.!?]\s)\s*[\p{L}][\p{L}\p{N}'’./()-]*(?:[ \t][\p{L}\p{N}'’./()-]+){0,2}[ \t]*:[ \t]*$/u;

/** Words shaped like (German) compound nouns or hyphenated modifiers rather than names. */
const NOUN_LIKE_TOKEN = /(?:straße|strasse|gasse|platz|allee|ung|heit|keit|schaft|chen|-\p{Ll})/u;

function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === '"' || text[i] === "'" || text[i] === "“" || text[i] === "(")) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === "." || c === "!" || c === "?" || c === "\n" || c === "\r" || c === ":" || c === ">" || c === "-" || c === "*" || c === "#" || c === "|";
}

function isCommon(g: Gazetteers, w: string): boolean {
  return (wordInfo(g, w) & COMMON) !== 0;
}

function locationKind(g: Gazetteers, name: string): "country" | "region" | "city" | undefined {
  if (name.indexOf(" ") < 0) return LOC_KINDS[(wordInfo(g, name) >> LOC_SHIFT) & 3];
  if (g.countries.has(name)) return "country";
  if (g.regions.has(name)) return "region";
  if (g.cities.has(name)) return "city";
  // Vietnamese place names with their tone marks and syllables apart ("Hà Nội", "Đà Nẵng", "Hồ Chí Minh")
  if (VIET_MARKS.test(name)) {
    const f = name.normalize("NFD").replace(COMBINING_MARKS, "").replace(D_STROKE, "d").replace(CAPITAL_D_STROKE, "D");
    if (g.cities.has(f) || g.cities.has(f.split(" ").map((w, i) => (i > 0 ? w.toLowerCase() : w)).join("")) || g.cities.has(`${f} City`) || g.regions.has(f)) return "city";
  }
  return undefined;
}

/** Name-likeness of a single token. */
const CAMEL = /\p{Ll}\p{Lu}/u;
const NAME_CAMEL = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+$/u;

const PLAIN = 0;
const CAMEL_CASE = 1;
const TWO_CAPS = 2;
const NOT_ASCII = 3;

/**
 * The regex tests of `nameToken` on char codes for ASCII words: TWO_CAPS when the first two letters are
 * capitals (/^\p{Lu}{2}/), else CAMEL_CASE when a lower-case letter precedes a capital (/\p{Ll}\p{Lu}/);
 * NOT_ASCII sends the word to the regexes.
 */
function asciiShape(w: string): number {
  let camel = false;
  let prevLower = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    const upper = c >= 65 && c <= 90;
    if (upper && prevLower) camel = true;
    prevLower = c >= 97 && c <= 122;
  }
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) return TWO_CAPS;
  return camel ? CAMEL_CASE : PLAIN;
}

type NameKind = "first" | "surname" | "weak" | "unknown" | "initial" | "no";
const KINDS: readonly NameKind[] = ["no", "first", "surname", "weak", "unknown", "initial"];
const KIND_MASK = 7;
const COMMON = 8;
const LOC_SHIFT = 4;
const LOC_KINDS = [undefined, "country", "region", "city"] as const;
const NEVER_OR_TITLE = 64;

/**
 * What a single capitalised word is, as bits: its `nameKind` (low 3 bits), whether its lower-case form is an
 * ordinary word, its location kind as a one-word place, and whether it is a title or never a name. A pure function
 * of the word, remembered in a bounded map: capitalised words repeat within and across texts ("The", "Please",
 * type names), and the lookups (a lower-cased copy, five sets) cost more than one map probe.
 */
const wordMemo = new Map<string, number>();
const WORD_MEMO_CAP = 8192;

function wordInfo(g: Gazetteers, w: string): number {
  let v = wordMemo.get(w);
  if (v !== undefined) return v;
  const kind = nameKind(g, w);
  const loc = g.countries.has(w) ? 1 : g.regions.has(w) ? 2 : g.cities.has(w) ? 3 : 0;
  v = KINDS.indexOf(kind) | (g.commonWords.has(w.toLowerCase()) ? COMMON : 0) | (loc << LOC_SHIFT) | (NEVER.has(w) || TITLES.has(w) ? NEVER_OR_TITLE : 0);
  if (wordMemo.size >= WORD_MEMO_CAP) wordMemo.clear();
  wordMemo.set(w, v);
  return v;
}

function nameToken(g: Gazetteers, w: string): NameKind {
  return KINDS[wordInfo(g, w) & KIND_MASK]!;
}

/** A known given name or surname (not an ordinary word that is also one). */
function isNamePart(g: Gazetteers, w: string): boolean {
  const k = nameToken(g, w);
  return k === "first" || k === "surname";
}

const VIET_MARKS = /[\u01a0-\u01b0\u1ea0-\u1ef9đĐ]/u;

function nameKind(g: Gazetteers, w: string): NameKind {
  if (w.length === 1 && w >= "A" && w <= "Z") return "initial";
  if (NEVER.has(w) || TITLES.has(w) || w.length < 2) return "no";
  const shape = asciiShape(w);
  // camelCase words are product or code names (TypeScript, SQLite, OAuth), except Mc/Mac/De... surnames
  if ((shape === NOT_ASCII ? CAMEL.test(w) : shape === CAMEL_CASE) && !NAME_CAMEL.test(w) && !g.surnames.has(w)) return "no";
  // acronym plurals and mixed caps: "APIs", "URLs", "IDs"
  if (shape === NOT_ASCII ? TWO_UPPER_START.test(w) || ALL_UPPER.test(w) : shape === TWO_CAPS) return "no";
  if (g.firstNames.has(w)) return "first";
  // Vietnamese names with their tone marks ("Nguyễn", "Trần", "Phạm"): the lists hold them without
  if (VIET_MARKS.test(w)) {
    const f = w.normalize("NFD").replace(COMBINING_MARKS, "").replace(D_STROKE, "d").replace(CAPITAL_D_STROKE, "D");
    if (f !== w && (g.firstNames.has(f) || g.surnames.has(f))) return g.firstNames.has(f) ? "first" : "surname";
  }
  const common = g.commonWords.has(w.toLowerCase());
  if (g.surnames.has(w)) return common ? "weak" : "surname";
  if (common) return "no";
  // the plural of an ordinary noun ("Macros", "Workflows", "Dashboards") names things, not people; surnames that
  // look like plurals ("Williams", "Banks") are in the name lists above
  if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") && plainLower(w) && g.commonWords.has(w.slice(0, -1).toLowerCase())) return "no";
  return "unknown";
}

/** Only the first letter is a capital (ASCII): "Macros", not "McDaniels" or "HTTPs". */
function plainLower(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const GERMAN_WORDS = /\b(?:der|die|das|und|ist|nicht|ein|eine|mit|für|auf|wie|zu|den|dem|sich|auch|ich|sie|wir|oder|aber|werden|wird|sind|seit|bitte|beim|zum|zur|vom|kein|keine|noch|schon|sehr|wegen|dass|haben|hat|mein|meine|bei|nach)\b/gi;

/**
 * German capitalises every noun, so capitalisation alone says nothing there. A sample of the text
 * decides whether only gazetteer/title/cue evidence may name a person.
 */
function nounCapitalised(text: string): boolean {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  // Count the German function words first: most texts have none, and then the (costlier) word count is moot.
  let hits = 0;
  GERMAN_WORDS.lastIndex = 0;
  while (GERMAN_WORDS.test(sample)) hits++;
  // one "der"/"den" is as likely a Dutch or German name particle ("van der Heijden") as German prose
  if (hits < 2) return false;
  // same count as sample.split(/\s+/).length, without the array; stop once the ratio cannot pass
  const enough = hits / 0.08 + 1;
  let words = 1;
  WHITE_RUN.lastIndex = 0;
  while (WHITE_RUN.test(sample)) if (++words > enough) return false;
  if (words < 6) return false;
  return hits / words > 0.08;
}
const WHITE_RUN = /\s+/g;

const CODE_KEYWORDS = new Set(["type", "class", "interface", "new", "extends", "implements", "import", "enum", "const", "let", "var", "def", "struct", "fn"]);

/**
 * A type position in code right before `s`: "class Foo", "x: Foo", "opt?: Foo", "<Foo". Same answer as
 * the regex `(?:\b(?:type|class|...|fn)\s+|\b[a-z_$][\w$]*\??:\s*|<\s*)$` over the 16 chars before `s`,
 * on char codes (this runs for every capitalised word).
 */
export function afterCodeTypeCue(text: string, s: number): boolean {
  const lo = Math.max(0, s - 16);
  let j = s - 1;
  while (j >= lo && isRegexSpace(text.charCodeAt(j))) j--;
  if (j < lo) return false;
  const c = text.charCodeAt(j);
  if (c === 60) return true;
  if (c === 58) {
    // identifier before the colon (an optional "?" between): some start in it at a word boundary must be [a-z_$]
    let k = j - 1;
    if (k >= lo && text.charCodeAt(k) === 63) k--;
    let p = k;
    while (p >= lo && (isRegexWord(text.charCodeAt(p)) || text.charCodeAt(p) === 36)) p--;
    for (let q = p + 1; q <= k; q++) {
      const ch = text.charCodeAt(q);
      if (!((ch >= 97 && ch <= 122) || ch === 95 || ch === 36)) continue;
      const prevWord = q > lo && isRegexWord(text.charCodeAt(q - 1));
      if (prevWord !== isRegexWord(ch)) return true;
    }
    return false;
  }
  if (j === s - 1 || c < 97 || c > 122) return false;
  // a keyword that is a whole \w-run, followed by white space
  let p = j;
  while (p >= lo && isRegexWord(text.charCodeAt(p))) p--;
  const len = j - p;
  if (len < 2 || len > 10) return false;
  return CODE_KEYWORDS.has(text.slice(p + 1, j + 1));
}

/** What follows a type in code: punctuation such as `;` `,` `)` `=` `>` `|`, or the end of the line. */
function codeTail(text: string, e: number, knownName: boolean): boolean {
  let i = e;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return !knownName;
  return ";,)=>|[<{}?&".includes(text[i]!);
}

/**
 * "Johnson & Johnson", "Procter & Gamble", "Ben & Jerry's": a group joined to another capitalised word by " & " names
 * a firm when the pair is a known firm, when both sides are the same word, or when neither side starts with a known
 * given name ("Daniel & Priya Okafor" are people).
 */
function firmAcrossAmpersand(text: string, g: Gazetteers, toks: readonly Tok[]): boolean {
  const s = toks[0]!.s;
  const e = toks[toks.length - 1]!.e;
  let left: string | undefined;
  let right: string | undefined;
  if (text.charCodeAt(e) === 32 && text.charCodeAt(e + 1) === 38 && text.charCodeAt(e + 2) === 32) {
    left = toks[toks.length - 1]!.w;
    right = CAP_WORD_START.exec(text.slice(e + 3, e + 40))?.[0];
  } else if (s >= 3 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 38 && text.charCodeAt(s - 3) === 32) {
    right = toks[0]!.w;
    left = CAP_WORD_END.exec(text.slice(Math.max(0, s - 40), s - 3))?.[0];
  }
  if (!left || !right) return false;
  if (right.endsWith("'s") || right.endsWith("’s")) right = right.slice(0, -2);
  if (TITLES.has(left) || TITLES.has(right)) return false; // "Mr & Mrs Smith"
  if (KNOWN_FIRMS.has(`${left} ${right}`) || left === right) return true;
  return nameToken(g, left) !== "first" && nameToken(g, right) !== "first";
}

/** An upper-case word as the name lists spell it: "KATARZYNA" → "Katarzyna", "ANNAN-MENSAH" → "Annan-Mensah". */
function unCaps(w: string): string {
  return w.toLowerCase().replace(WORD_PART_INITIAL, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** True for a word of capitals only ("NOWAK", "M"): shipping labels, passports, court captions, forms. */
function allCaps(w: string): boolean {
  return w.length >= 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Words that label the name after them on forms and labels, in any case ("SHIP TO:", "Passenger:", "NAME:"). */
const CAPS_NAME_LABEL = /(?:\b(?:name|full name|ship to|deliver to|bill to|recipient|consignee|passenger|traveller|traveler|holder|patient|surname|given names?|attn|signed|to)\s*[:=]?\s*)$/i;

/**
 * A name written in capitals ("SHIP TO: KATARZYNA NOWAK", "ANGELA M. RUIZ, Plaintiff"): two to four capitalised
 * words, one of them a known given name (as the lists spell it) that is no ordinary word, none of them an ordinary
 * word or a place, or after a name label. "INVOICE TOTAL", "NEW YORK", "IN THE CIRCUIT COURT" are not names.
 */
const CAPS_STOP = new Set(["MRN", "DOB", "NHS", "SSN", "NIN", "PNR", "ID", "REF", "MR", "MRS", "MS", "MISS", "MSTR", "DR", "TEL", "FAX", "USA", "UK", "EU", "ZIP", "PO", "APT", "UNIT", "FLAT"]);

/** Nothing but spaces before the end of the line. */
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
/** Surname particles in capitals ("VAN DER BERG", "DOS SANTOS", "DE LA CRUZ"). */
const CAPS_PARTICLES = new Set(["VAN", "VON", "DER", "DEN", "DE", "DA", "DI", "DO", "DOS", "DAS", "DEL", "DELLA", "LA", "LE", "TER", "TEN", "BIN", "BINTI", "AL", "EL"]);

function capsName(text: string, g: Gazetteers, toks: readonly Tok[], out: PiiHit[]): boolean {
  // record labels and codes end the name ("ROSA ISELA MRN 00481273", "ANNA MS")
  let n = toks.length;
  for (let i = 1; i < n; i++) if (CAPS_STOP.has(toks[i]!.w)) n = i;
  toks = toks.slice(0, n);
  // a label of another language leading the group ("AD SOYAD MEHMET YILDIRIM") is no name part but a cue
  const capsLabelWords = leadingLabelWords(
    toks.map((t) => t.w),
    (i) => /^[ \t]*[:：]/.test(text.slice(toks[i]!.e, toks[i]!.e + 4)),
  );
  toks = toks.slice(capsLabelWords);
  if (toks.length < 2) return false;
  for (const t of toks) if (!allCaps(t.w) || t.w.length > 20) return false;
  const words = toks.map((t) => unCaps(t.w));
  if (!toks.some((t) => t.w.length >= 2)) return false;
  let first = false;
  const start = toks[0]!.s;
  const label = CAPS_NAME_LABEL.test(text.slice(Math.max(0, start - 24), start));
  // with a known given name, a label of another language is as good as an English one for the score
  const foreignLabel = capsLabelWords > 0 || FOREIGN_NAME_LABEL_BEFORE.test(text.slice(Math.max(0, start - 32), start));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (toks[i]!.w.length === 1) continue; // a middle initial
    if (NEVER.has(w) || TITLES.has(w) || g.countries.has(w) || g.regions.has(w)) return false;
    // after a name label a given name known to be an ordinary word too (Joy, Grace, Will) or a surname that is one
    // stays a name part ("SHIP TO: JOY STONE", not "BILL TO: RED HOUSE"), and so do surname particles between name
    // words ("DAAN VAN DER BERG")
    if (g.commonWords.has(w.toLowerCase()) && !(label && (i === 0 ? g.firstNames.has(w) && LOWER_NAME_WORDS.has(w.toLowerCase()) : g.surnames.has(w) || (i < words.length - 1 && CAPS_PARTICLES.has(toks[i]!.w))))) return false;
    // the given name leads ("DEREK HOLLOWAY") or follows a known surname ("NGUYEN THI LAN"): "IKEA BILLY" is a product
    if (g.firstNames.has(w) && (i === 0 || g.surnames.has(words[i - 1]!))) first = true;
  }
  if (toks[0]!.w.length === 1 || locationKind(g, words.join(" ")) !== undefined || KNOWN_FIRMS.has(words.join(" "))) return false;
  if (!first && !label) return false;
  // acronyms side by side in a sentence in lower case ("The router's WAN MAC is …", "set the API KEY"): without a
  // label, short words in capitals among lower-case words are no name
  if (!label && toks.every((t) => t.w.length <= 3) && LOWER_LETTER.test(text.slice(Math.max(0, start - 24), start) + text.slice(toks[toks.length - 1]!.e, toks[toks.length - 1]!.e + 24))) return false;
  out.push({
    type: "PERSON",
    start,
    end: toks[toks.length - 1]!.e,
    score: label || foreignLabel ? 0.85 : 0.7,
    explanation: label || foreignLabel ? "name in capitals after a name label" : "name in capitals with a known given name",
  });
  return true;
}

/** The whole group is a gazetteer place, its words joined by spaces or as written ("Bosnia and Herzegovina"). */
function wholeGroupPlace(g: Gazetteers, text: string, toks: readonly Tok[]): boolean {
  const last = toks[toks.length - 1]!;
  return locationKind(g, toks.map((t) => t.w).join(" ")) !== undefined || locationKind(g, text.slice(toks[0]!.s, last.e).replace(TRAILING_DOT, "")) !== undefined;
}

/** A brand named after a person inside a capitalised group ("The Dr. Martens", "Jack Daniel's"). */
function knownFirmIn(toks: readonly Tok[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) {
    let key = toks[i]!.w;
    for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
      key += ` ${toks[j]!.w}`;
      if (KNOWN_FIRMS.has(key)) return true;
    }
  }
  return false;
}

/** What follows a contact label ("Tel. 0664", "Fax: +43", "Mobil (0171)"): its number. */
const LABEL_BEFORE_NUMBER = /^\.?[ \t]*[:：]?[ \t]*[+(\d]/;

/** Role words that lead a given name in a capitalised group ("Operatore Chiara", "Temsilci Burak"): a cue, not the name. */
const ROLE_WORDS = new Set([
  "Agent", "Operator", "Operatore", "Operatrice", "Operadora", "Operador", "Atendente", "Agente", "Asesor", "Asesora", "Consulente",
  "Conseiller", "Conseillère", "Mitarbeiter", "Mitarbeiterin", "Sachbearbeiter", "Sachbearbeiterin", "Berater", "Beraterin",
  "Medewerker", "Medewerkster", "Temsilci", "Konsultant", "Konsultantka", "Doradca", "Handläggare", "Rådgiver", "Rådgivare",
  "Dispatcher", "Technician", "Courier", "Driver", "Carer", "Nurse", "Caseworker", "Rep", "Advisor", "Adviser", "Operátor", "Operátorka",
  "Ügyintéző", "Petugas", "CS", "Moderator", "Interviewer",
]);

function emitGroup(text: string, g: Gazetteers, toks: Tok[], out: PiiHit[], afterAddress: boolean, nc: { nounCaps(): boolean; personal: Set<number> }): void {
  // a brand named after a person, also behind a title ("Dr. Oetker", "Jack Daniel's", "Tim Hortons")
  if (toks.length >= 2 && knownFirmIn(toks)) return;
  // a label of another language inside the group starts the next field ("Cognome Bianchi Nome Martina"): each side
  // is a group of its own (the label is dropped from the second below)
  for (let i = 1; i + 1 < toks.length; i++) {
    // labels are at most four words: five words show whether one is followed by more (cost stays linear)
    const n = leadingLabelWords(
      toks.slice(i, i + 5).map((t) => t.w),
      () => false,
    );
    if (n > 0) {
      emitGroup(text, g, toks.slice(0, i), out, afterAddress, nc);
      emitGroup(text, g, toks.slice(i), out, afterAddress, nc);
      return;
    }
  }
  if (toks.length >= 2 && toks.length <= 4 && capsName(text, g, toks, out)) return;
  // Fast exit for the common case: one ordinary capitalised word ("The", "Contact", "Math").
  if (toks.length === 1) {
    const w = toks[0]!.w;
    const info = wordInfo(g, w);
    if ((info & NEVER_OR_TITLE) !== 0) return;
    // identifiers in code: "Foo(", "Foo.bar", "Foo<T>", "Foo[", "Foo =" / "type Foo"
    const nx = text.charCodeAt(toks[0]!.e);
    if (nx === 40 || nx === 46 || nx === 60 || nx === 91 || nx === 95) return;
    // "x: Foo;" is a type annotation, "the call: Hugo said so" a label and a name: in code the type is followed
    // by punctuation (or the line end, unless the word is a known first name)
    const kind = info & KIND_MASK;
    if (kind === 0 && ((info >> LOC_SHIFT) & 3) === 0) return;
    // ("city: Nashville" ending its line in a YAML record is a place field: a gazetteer place after a place label
    // stays; "city: Paris;" is still code)
    if (afterCodeTypeCue(text, toks[0]!.s) && codeTail(text, toks[0]!.e, kind === 1) && !(((info >> LOC_SHIFT) & 3) !== 0 && LINE_END_AFTER.test(text.slice(toks[0]!.e, toks[0]!.e + 8)) && FIELD_LOC.test(text.slice(Math.max(0, toks[0]!.s - 24), toks[0]!.s)))) return;
  }
  // A label of another language leading the group ("Ad Soyad: Mehmet Yıldırım", "AD SOYAD MEHMET") is no name part.
  const labelWords = leadingLabelWords(
    toks.map((t) => t.w),
    (i) => /^[ \t]*[:：]/.test(text.slice(toks[i]!.e, toks[i]!.e + 4)),
  );
  if (labelWords > 0) {
    if (labelWords === toks.length) return;
    toks = toks.slice(labelWords);
  }
  // a department or mailbox as the label's value ("Referente: Ufficio Acquisti") names no one
  const head = toks[0];
  if (head && DEPARTMENT_HEADS.has(head.w.toLocaleLowerCase()) && (labelWords > 0 || FOREIGN_NAME_LABEL_BEFORE.test(text.slice(Math.max(0, head.s - 32), head.s)))) return;
  // A form of address inside the group starts the name ("Rückruf von Herrn Yilmaz" -> "Herrn Yilmaz").
  for (let i = 1; i < toks.length - 1; i++) {
    if (ADDRESS_FORMS.has(toks[i]!.w) && !TITLES.has(toks[i - 1]!.w)) {
      toks = toks.slice(i);
      break;
    }
  }
  // Drop leading cue words ("Hi John" -> "John") and titles (kept as evidence); bail on org/street tails.
  let title = false;
  let droppedEnd = -1;
  for (;;) {
    const first = toks[0];
    if (!first) return;
    if (TITLES.has(first.w)) title = true;
    // an article before a form of address or role noun ("Der Kontoinhaber Anna Gómez", "La titulaire Chloé …")
    else if (toks.length > 2 && LEADING_ARTICLES.has(first.w) && TITLES.has(toks[1]!.w)) {
      /* dropped like a cue word */
    }
    // a role leading a given name ("Operatore Chiara", "Medewerker Ruben"): the role is a cue (roleNounBefore)
    else if (toks.length > 1 && ROLE_WORDS.has(first.w) && !TITLES.has(first.w)) {
      /* dropped like a cue word */
    }
    // a kinship word or a salutation leading the name ("Tochter Martina", "Tisztelt Kovács Zsuzsanna"): the cue before it
    else if (toks.length > 1 && LEADING_CUE_WORDS.has(first.w)) {
      /* dropped like a cue word */
    }
    // a cue word or an ordinary word leads the group, unless the whole group is a known place ("American Samoa")
    // an imperative that is also a surname ("Call Emily Carter", "Ask Priya") before a known given name at a
    // sentence start
    else if (toks.length > 1 && nameToken(g, first.w) === "weak" && nameToken(g, toks[1]!.w) === "first" && isSentenceStart(text, first.s) && plainLower(first.w)) {
      /* dropped like a cue word */
    }
    else if (!((NEVER.has(first.w) || (toks.length > 1 && nameToken(g, first.w) === "no")) && !(toks.length > 1 && wholeGroupPlace(g, text, toks)))) break;
    droppedEnd = first.e;
    toks = toks.slice(1);
  }
  // a contact label before its number is no name, whatever label precedes it ("als Kontakt, Tel. 0664 …")
  if (toks.length === 1 && CONTACT_LABELS.has(toks[0]!.w.toLowerCase()) && LABEL_BEFORE_NUMBER.test(text.slice(toks[0]!.e, toks[0]!.e + 6))) return;
  // What is left of a longer group ("ORDER BY" -> "BY") may be one ordinary word: with no gazetteer
  // match and no place cue before it, nothing below can report it (same outcome, without the cue regexes).
  if (toks.length === 1) {
    const t0 = toks[0]!;
    if (nameToken(g, t0.w) === "no" && !locationKind(g, text.slice(t0.s, t0.e).replace(TRAILING_DOT, "")) && !LOC_BEFORE.test(text.slice(Math.max(0, t0.s - 32), t0.s))) return;
  }
  const lastTok = toks[toks.length - 1]!;
  if (ORG_SUFFIX.has(lastTok.w) || ORG_SUFFIX.has(text.slice(lastTok.s, lastTok.e))) return;
  // a brand or vendor leading a product name ("Apache Kafka", "Amazon Redshift", "Ford Mustang"), or a firm named
  // after its founders ("Morgan Stanley", "Wells Fargo"): organisations, not people
  if (toks.length > 1 && (VENDOR_FIRST.has(toks[0]!.w) || (MAKER_FIRST.has(toks[0]!.w) && !isNamePart(g, toks[1]!.w)))) return;
  if (KNOWN_FIRMS.has(toks.map((t) => t.w).join(" "))) return;
  if (THING_HEAD.has(toks[0]!.w) && toks.length > 1 && !title) return;
  if (firmAcrossAmpersand(text, g, toks)) return;
  // "St. Mary's Hospital", "Kafka's Castle Inc": a possessive before an organisation word names the organisation
  const orgAfter = ORG_POSSESSIVE_AFTER.exec(text.slice(lastTok.e, lastTok.e + 24));
  if (orgAfter?.[1] && ORG_SUFFIX.has(orgAfter[1])) return;
  if (toks.length === 0) return;
  if (toks.length > 4) toks = toks.slice(0, 4);
  const start = toks[0]!.s;
  const end = toks[toks.length - 1]!.e;
  // In a table's data row the column header labels the cell ("name,city\nKenji Girard,Austin").
  const before = labelWindowBefore(text, start, end, 32);
  const after = text.slice(end, Math.min(text.length, end + 30));
  const sentenceStart = isSentenceStart(text, start);
  // A field's value ("Attendees: Tomás Ruiz", "Poznámka: Jiří Procházka"): after a short label and a colon, two or
  // three name-shaped words are the value itself, not a sentence that happens to start with capitals.
  const fieldValue = sentenceStart && FIELD_VALUE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  // Things named like people: a medical eponym ("Parkinson's disease", "Consider Hartmann's"), a drug with its dose
  // ("Keytruda (pembrolizumab) 200 mg"), a product range or line ("the Harper sofa models"), a product variant
  // ("Widget A"), a maker alone ("from Dell"), a character of fiction as a code name ("Gandalf (auth)").
  let thing = false;
  if (!title) {
    const lastW = toks[toks.length - 1]!.w;
    const possessive = text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019;
    if (EPONYM_NOUN_AFTER.test(after)) return;
    if (possessive && MEDICAL_EPONYMS.has(lastW) && !ROLE_LABEL.test(before) && !NAME_LABEL_BEFORE.test(before)) return;
    if (DOSE_AFTER.test(after) || DOSE_BEFORE.test(before)) return;
    // "Tell me about yourself", "Ask us anything": an ordinary word before an object pronoun is a verb
    if (toks.length === 1 && isCommon(g, lastW) && OBJECT_PRONOUN_AFTER.test(after)) return;
    // "PT Sinar Abadi", "CV Maju Jaya": the legal form before the name of an Indonesian or Malaysian firm
    if (ORG_FORM_BEFORE.test(before)) return;
    thing =
      THING_AFTER.test(after) ||
      (toks.length === 1 && (MAKER_FIRST.has(lastW) || VENDOR_FIRST.has(lastW)) && !PERSON_AFTER.test(after)) ||
      (toks.length === 1 && FICTIONAL.has(lastW)) ||
      (toks.length >= 2 && lastW.length === 1 && text.charCodeAt(end) !== 46 && nameToken(g, toks[0]!.w) !== "first");
  }

  // ---- location: longest gazetteer match starting at the first token
  let locKind: ReturnType<typeof locationKind>;
  let locEnd = 0;
  for (let n = Math.min(toks.length, g.maxLocationTokens); n >= 1 && !locKind; n--) {
    const name = text.slice(start, toks[n - 1]!.e).replace(TRAILING_DOT, "");
    locKind = locationKind(g, name);
    if (locKind) locEnd = n;
  }
  // "loop in Sara" brings a person into a conversation
  const fieldLoc = FIELD_LOC.test(before);
  const locBefore = (fieldLoc || LOC_BEFORE.test(before) || BIRTH_PLACE_BEFORE.test(text.slice(Math.max(0, start - 64), start))) && !LOOP_IN_BEFORE.test(before);
  // "to"/"at"/"from" also precede people ("send it to Maria", "an e-mail from Lara"); the others rarely do
  const weakLocCue = locBefore && !STRONG_LOC_BEFORE.test(before) && WEAK_LOC_CUE_END.test(before);
  // "nata il 30/04/1979 a Firenze", "geboren am 21.11.1972 in Kassel": where someone was born, the date between
  const birthPlace = BIRTH_PLACE_BEFORE.test(text.slice(Math.max(0, start - 64), start));
  const strongLocBefore = fieldLoc || birthPlace || STRONG_LOC_BEFORE.test(before);
  const followedByState = STATE_AFTER.test(after);
  // "the Chmielnik office", "our Lyon plant"; "Allahabad → Eskmora" in itineraries
  const placeNounAfter = PLACE_NOUN_AFTER.test(after);
  const arrow = ARROW_BEFORE.test(before) || ARROW_AFTER.test(after);
  // an unknown word after an arrow is the next stop of an itinerary ("Beahanchester → Nucera salentino"), not the
  // subject of a sentence going on in lower case after a value ("AT06…484 → Prüfsumme falsch")
  const arrowPlace = arrow && (ARROW_AFTER.test(after) || !LOWER_WORD_AFTER.test(after) || ARROW_END_BEFORE.test(before));

  const placePrefixed = toks.length >= 2 && PLACE_PREFIX.has(toks[0]!.w) && !title;

  // ---- person evidence
  const kinds = toks.map((t) => nameToken(g, t.w));
  // a known given name or surname among the words as the lists have them (before particles promote ordinary words)
  const knownPart = kinds.some((k) => k === "first" || k === "surname");
  // after a name particle an ordinary word is a surname ("van Loon", "de Wit", "da Costa")
  for (let i = 1; i < toks.length; i++) if (kinds[i] === "no" && toks[i]!.s - toks[i - 1]!.e > 3 && PARTICLES.test(text.slice(toks[i - 1]!.e, toks[i]!.s))) kinds[i] = "surname";
  // Irish and Scottish surname particles written apart between name words ("Tadhg Ó Briain", "Sinéad Ní Bhriain")
  for (let i = 1; i < toks.length - 1; i++) if (GAELIC_PARTICLES.has(toks[i]!.w) && kinds[i + 1] !== "no") kinds[i] = "surname";
  // a label of another language with its colon ("Ansprechpartnerin: ", "Osoba kontaktowa: "), when the value holds a
  // known given name or surname ("Responsable : Service Client" heads a department); so is one that led the group
  // without its colon ("Familienname Pichler, Vorname Theresa")
  // "Customer Care", "Patient Services": a capitalised label word with no colon before one word that is also an
  // ordinary word is a department, a product or a mailbox written as a title, not a label and its person (with a
  // colon, or before a name that is no ordinary word, it still labels: "Customer: Grant", "Customer Alvarez")
  const titledLabel = toks.length === 1 && isCommon(g, toks[0]!.w) && TITLED_LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  // "Zustellung an Veronika Gruber", "Enviar a Guadalupe Ramírez", "a.n. Siti Rahmawati": the recipient of a delivery
  // or a transfer, when the group holds a known name part and is no place as a whole ("Ship to New York")
  const recipient = knownPart && !(locKind && locEnd === toks.length) && DELIVERY_CUE_BEFORE.test(before);
  const nameLabel = (NAME_LABEL_BEFORE.test(before) && !titledLabel) || (NOM_FIELD_BEFORE.test(before) && PRENOM_FIELD.test(text)) || FIELD_PERSON.test(before) || ROLE_LABEL.test(before) || recipient || (knownPart && (labelWords > 0 || FOREIGN_NAME_LABEL_BEFORE.test(before)));
  const greeting =
    GREETING_BEFORE.test(before) ||
    (!locKind && knownPart && FOREIGN_CUE_BEFORE.test(before));
  const personAfter = PERSON_AFTER.test(after);
  const strongBefore = STRONG_PERSON_BEFORE.test(before);
  let person = 0;
  const allNameish = kinds.every((k) => k !== "no");
  const firstIsFirst = kinds[0] === "first";
  const firstCommon = isCommon(g, toks[0]!.w);
  if (placePrefixed) person = 0;
  else if (title && allNameish) person = 0.92;
  else if ((nameLabel || greeting) && allNameish) person = 0.88;
  else if (toks.length >= 2 && firstIsFirst && kinds.slice(1).every((k) => k !== "no")) {
    person = firstCommon ? 0.65 : 0.85;
    if (kinds.slice(1).every((k) => k === "unknown") && toks.length === 2 && sentenceStart && firstCommon) person = 0.45;
  } else if (toks.length >= 2 && allNameish && kinds[0] !== "weak" && kinds.some((k) => k === "surname" || k === "first")) {
    person = strongBefore || personAfter ? 0.75 : sentenceStart && !fieldValue ? 0.5 : 0.65;
  } else if (toks.length === 1 && firstIsFirst) {
    if (firstCommon) person = personAfter || strongBefore ? 0.5 : 0.15;
    else person = sentenceStart ? (personAfter ? 0.7 : 0.45) : personAfter || strongBefore ? 0.75 : FIRST_NAME_CUE.test(before) ? 0.65 : 0.55;
  } else if (toks.length >= 2 && toks.length <= 3 && kinds.every((k) => k !== "no") && kinds[0] !== "weak" && kinds[0] !== "initial") {
    // Mid-sentence capitalised non-words in a row are most often a name (organisations and
    // products usually contain an ordinary word).
    // (a field value of unknown words only counts when none reads as a compound noun: "Unfallort: Kreuzung
    // Leopoldstraße", "Recipe: Hamburg-style Franzbrötchen")
    const nameValue = fieldValue && !toks.some((t) => NOUN_LIKE_TOKEN.test(t.w));
    person = strongBefore || personAfter ? 0.75 : sentenceStart && !nameValue ? 0.5 : kinds[kinds.length - 1] === "weak" ? 0.5 : 0.6;
    // a name label of another language with its colon ("Nom : ", "Navn: ", "Ad Soyad: ") before two or three unknown
    // capitalised words of a name's shape: the lists cannot know every name, and the label says what the value is
    // (department words were refused above; a value reading as a compound noun is not taken)
    if (nameValue && kinds[kinds.length - 1] !== "weak" && (labelWords > 0 || FOREIGN_NAME_LABEL_BEFORE.test(before))) person = Math.max(person, 0.7);
  } else if (toks.length === 1 && (kinds[0] === "surname" || kinds[0] === "unknown") && (personAfter || strongBefore) && !firstCommon) {
    // a known name part (many cultures' given names are there) with a person cue; an unknown word needs more
    if (kinds[0] === "surname") person = sentenceStart ? (personAfter ? 0.6 : 0.45) : 0.65;
    else if (!sentenceStart) person = strongBefore ? 0.6 : 0.5;
    // "Rebekka suggested", "Diodata said": verbs of speaking and deciding are said of people, also at a sentence start
    if (PERSON_VERB_AFTER.test(after)) person = Math.max(person, 0.65);
  }

  if (!placePrefixed && toks.length >= 2 && personAfter && allNameish && kinds[0] !== "initial") person = Math.max(person, 0.75);
  // "Nguyễn Thị Lan", "Lê Thị Thu Hà": family name, middle name and one-syllable given names make the shape of a
  // Vietnamese full name even when the given name is also an ordinary word
  if (!placePrefixed && isVietnameseFullName(toks.map((t) => t.w))) person = Math.max(person, 0.8);
  // "Ana Kovač, date of birth ...", "Ewa Lis, PESEL ...": a birth date or a national identifier follows only a person
  if (!placePrefixed && toks.length >= 2 && allNameish && kinds[0] !== "initial" && IDENTITY_CUE_AFTER.test(after)) person = Math.max(person, 0.75);
  // "my grandfather, Orrin", "Kasia +48 601 ...": a kinship or trade word before, or a phone or e-mail after, one known given name
  if (!placePrefixed && toks.length === 1 && firstIsFirst && !firstCommon && (KIN_BEFORE.test(before) || contactAfterName(toks[0]!.w, after))) person = Math.max(person, 0.7);
  // a speaker or a role: "Agent Rodrigo:", "Operatore Chiara", "Shop (Callum):", "Sam (team):", "[Jonas Weber]", "(Dave)"
  if (!placePrefixed && allNameish && !kinds.includes("weak") && (toks.length >= 2 ? kinds[0] === "first" || kinds[0] === "surname" : firstIsFirst && !firstCommon && !FIELD_LABEL_WORDS.has(toks[0]!.w.toLowerCase()))) {
    const role = roleNounBefore(before);
    const bracketed = OPEN_BRACKET_END.test(before) && CLOSE_BRACKET_START.test(after);
    const speaker = (SPEAKER_AFTER.test(after) || SPEAKER_ROLE_AFTER.test(after) || (bracketed && CLOSE_SQUARE_START.test(after))) && (lineStart(text, start) || role || LINE_LEAD_BEFORE.test(before));
    if (role || speaker) person = Math.max(person, 0.7);
    else if (bracketed) person = Math.max(person, 0.65);
  }
  // a chat or transcript speaker: "Ludwik Tarnowski: I think ..." at the start of a line
  if (!placePrefixed && toks.length >= 2 && allNameish && (kinds[0] === "first" || kinds[0] === "surname") && !kinds.includes("weak") && SPEAKER_AFTER.test(after) && (lineStart(text, start) || sentenceStart)) person = Math.max(person, 0.7);
  // "Aliya L. Rau": a middle initial between two name-shaped words is a strong name pattern
  if (!placePrefixed && toks.length === 3 && kinds[1] === "initial" && kinds[0] !== "no" && kinds[0] !== "initial" && kinds[2] !== "no") person = Math.max(person, 0.8);
  if (toks.length > 1 && toks.slice(1).some((t) => GEO_WORDS.has(t.w)) && !title) person = Math.min(person, 0.3);
  // "Law Germany", "Datenschutz Europa": a country or region inside the group is not part of a name
  if (!title && toks.slice(1).some((t) => g.countries.has(t.w) || g.regions.has(t.w))) person = Math.min(person, 0.3);
  // "the Apache Kafka cluster", "a Bespoke Car": after an article or a possessive, a capitalised group modifies
  // or names a thing (product, team, plan); people's names rarely take one
  if (!title && !nameLabel && DETERMINER_BEFORE.test(before)) person = Math.min(person, 0.3);
  if (thing && !nameLabel && !greeting) person = Math.min(person, 0.3);
  // "Dear John Doe", "[Nombre Apellido]": template placeholders and field labels name no one
  if (toks.length >= 2 && (isPlaceholderName(text.slice(start, end)) || isPlaceholderName(text.slice(toks[1]!.s, end)) || isExampleName(text, start, end))) person = Math.min(person, 0.3);
  // "Ella dijo que …", "Lui è partito": a pronoun of Spanish, Italian, Portuguese or French that is a given name in
  // English, at a sentence start before a word that is no English word, is the pronoun
  if (person > 0.3 && toks.length === 1 && sentenceStart && !nameLabel && ROMANCE_PRONOUNS.has(toks[0]!.w)) {
    const next = NEXT_LOWER_WORD.exec(after)?.[1];
    if (next !== undefined && !g.commonWords.has(next)) person = 0.3;
  }
  // In noun-capitalising languages only a known first name, a title or a name cue counts; after an article or a
  // contraction with one ("Der Wolf im Märchen", "hängt im Paketzentrum") the word is a noun.
  if (person > 0.3 && !firstIsFirst && !title && !nameLabel && !greeting && nc.nounCaps()) person = 0.3;
  if (person > 0.3 && !title && !nameLabel && !greeting && nc.nounCaps() && (GERMAN_ARTICLES.has(toks[0]!.w) || GERMAN_ARTICLE_BEFORE.test(before))) person = 0.3;

  // ---- location score
  let loc = 0;
  let locSpanEnd = end;
  if (locKind) {
    locSpanEnd = toks[locEnd - 1]!.e;
    if (text[locSpanEnd - 1] === ".") locSpanEnd--;
    const locName = text.slice(start, locSpanEnd);
    // many countries are also surnames (Nepal, England); only a first-name or ordinary-word reading competes there
    const ambiguous = g.firstNames.has(locName) || isCommon(g, locName) || (locKind === "city" && g.surnames.has(locName));
    const base = locKind === "city" ? 0.7 : 0.8;
    loc = ambiguous ? 0.35 : base;
    // A residence or travel cue ("lives in", "born in", "flew to") ties the place to someone: the strongest evidence.
    if (locBefore) loc += ambiguous ? (weakLocCue ? 0.15 : strongLocBefore ? 0.5 : 0.35) : strongLocBefore ? 0.25 : 0.2;
    if (followedByState) loc += 0.15;
    if (afterAddress) loc += 0.35;
    if (sentenceStart && !locBefore) loc -= 0.1;
    // A gazetteer hit that is only the start of a longer capitalised group ("Paris Hilton", "Jordan Smith")
    if (locEnd < toks.length && kinds[locEnd] !== "no") loc -= 0.3;
  } else if (placePrefixed) {
    loc = locBefore ? 0.8 : 0.55;
  } else if ((strongLocBefore || arrowPlace || placeNounAfter) && !title && (PLACE_SHAPE.test(text.slice(start, end)) || kinds.every((k) => k === "unknown"))) {
    loc = 0.7;
  } else if (locBefore && PLACE_SHAPE.test(text.slice(start, end))) {
    loc = 0.65;
  }
  // A country or region qualifying a thing ("UK postcodes", "Singapore employment pass", "UK driving licence",
  // "Singapore FIN check", a heading's "(UK):") with no place cue before it says where a rule or document belongs, not
  // where someone is
  // ("free from UK landlines": "to", "at" and "from" are weak cues; a name part after the place is another reading;
  // "London (UK)" after a place is where that place is; "the Texas sales team", "our Utah office" are where people work)
  if (locKind && locKind !== "city" && (!locBefore || weakLocCue) && !afterAddress && !followedByState && kinds.slice(locEnd).every((k) => k === "no") && !placeNounAfter && !PLACE_MODIFIED.test(after) && !ORG_UNIT_AFTER.test(after) && !DEFINITE_BEFORE.test(before) && !(out[out.length - 1]?.type === "LOCATION" && start - out[out.length - 1]!.end <= 3) && qualifiesThing(g, text, start, locSpanEnd, text.slice(locSpanEnd, locSpanEnd + 40))) loc = Math.min(loc, 0.3);
  // "…, 1070 Wien, Österreich", "…, Fitzroy VIC 3065, Australia": the country closing a street address is part of the
  // address reported there, not a place of its own; "the Treaty of Versailles", "the Duke of York": a place naming an
  // event, an agreement or a title
  if (locKind && locKind !== "city" && afterAddress) loc = Math.min(loc, 0.3);
  // "Nationality: USA", "Staatsangehörigkeit: Österreich": a nationality says which state someone belongs to, not where
  // they are
  if (locKind && locKind !== "city" && NATIONALITY_BEFORE.test(before)) loc = Math.min(loc, 0.3);
  if (locKind && NAMED_AFTER_PLACE_BEFORE.test(before)) loc = Math.min(loc, 0.3);
  if (person > 0 && !firstIsFirst && !title && !nameLabel && PLACE_SHAPE.test(text.slice(start, end))) person -= 0.2;
  if (afterAddress && locKind) person = Math.min(person, 0.3);
  // A capitalised group right after a place preposition, not led by a known first name, is a place.
  // "in TypeScript", "from GitHub": a lone unknown word after a plain preposition is not enough
  // People rarely follow "in"/"near" directly; "from"/"to" precede both people and places.
  const strictIn = STRICT_IN_END.test(before);
  const geo = toks.some((t) => GEO_WORDS.has(t.w));
  const placeLike =
    (toks.length === 1 && (strongLocBefore || (strictIn && (kinds[0] === "unknown" || kinds[0] === "surname") && PLACE_SUFFIX_INTL.test(toks[0]!.w)))) ||
    (toks.length > 1 && (geo || (strictIn && kinds.every((k) => k === "unknown" || k === "surname")))) ||
    PLACE_SHAPE.test(text.slice(start, end));
  if (locBefore && !weakLocCue && placeLike && !firstIsFirst && !title && !nameLabel && kinds[0] !== "initial") {
    person = Math.min(person, 0.5);
    if (!locKind && loc < 0.62) loc = 0.62;
  }
  if (person > 0 && locKind && loc >= 0.6 && !title && !nameLabel) {
    // "in Jordan", "from Florence": the preposition decides for places.
    if (locBefore) person = Math.min(person, 0.3);
  }
  // "Caxias do Sul", "Jerez de la Frontera": a compass point or landform after a particle ends a place name; so does
  // a geographic word ("Kyrgyz Republic", "Åland Islands") unless a known first name leads without a place cue
  // ("Tom Lake" may be a person). The place covers the whole group.
  if (toks.length >= 2 && !title && !nameLabel) {
    const lastTok = toks[toks.length - 1]!;
    const prevTok = toks[toks.length - 2]!;
    const particle = lastTok.s - prevTok.e > 1;
    const cue = locBefore || arrow || placeNounAfter;
    if ((particle && PLACE_TAIL.has(lastTok.w)) || (GEO_WORDS.has(lastTok.w) && (!firstIsFirst || cue))) {
      person = Math.min(person, 0.3);
      if (loc < 0.75 || locSpanEnd < end) {
        loc = Math.max(loc, cue ? 0.75 : 0.62);
        locSpanEnd = end;
      }
    }
  }
  // A city that is also a given name, followed by what people do ("Shashi is out sick", "Florence said"), and with no
  // place cue before it, is the person.
  if (locKind === "city" && toks.length === 1 && !locBefore && !arrow && !placeNounAfter && PERSON_VERB_AFTER.test(after)) {
    person = Math.max(person, 0.7);
    loc = Math.min(loc, 0.3);
  }

  // a known place modifying what is there ("the Milan team", "our Zurich account")
  if (locKind && !title && !nameLabel && DETERMINER_BEFORE.test(before) && PLACE_MODIFIED.test(after) && !isCommon(g, toks[0]!.w)) {
    loc = Math.max(loc, 0.7);
    person = Math.min(person, 0.3);
  }
  // the next item of a list of places ("Lisbon, Porto and Seville"): a known place right after a reported one
  if (locKind && !title && !nameLabel) {
    const prev = out[out.length - 1];
    if (prev && prev.type === "LOCATION" && prev.score >= 0.6 && start - prev.end <= 6 && LIST_GAP.test(text.slice(prev.end, start))) {
      loc = Math.max(loc, 0.7);
      person = Math.min(person, 0.3);
    }
  }

  if (person >= loc && person >= 0.3) {
    let e = end;
    let s = start;
    if (title && droppedEnd >= 0 && start - droppedEnd > 3 && PARTICLES.test(text.slice(droppedEnd, start))) s = droppedEnd + 1;
    if (text[e - 1] === "." && !INITIAL_WITH_DOT.test(toks[toks.length - 1]!.w + ".")) e--;
    out.push({
      type: "PERSON",
      start: s,
      end: e,
      score: person,
      explanation: title ? "capitalised name after a title" : nameLabel || greeting ? "capitalised name after a name cue" : "first-name gazetteer match with name-shaped tokens",
    });
  } else if (loc >= 0.3) {
    if (text[locSpanEnd - 1] === ".") locSpanEnd--;
    if (strongLocBefore || fieldLoc || afterAddress) nc.personal.add(out.length);
    out.push({
      type: "LOCATION",
      start,
      end: locSpanEnd,
      score: Math.max(0, Math.min(1, loc)),
      explanation: locKind ? `${locKind} gazetteer match${locBefore ? " after a place preposition" : ""}` : "place-shaped name after a place cue",
    });
  }
}

/**
 * A birth verb of one of several languages, an optional date, then a place preposition, ending right before a group:
 * "born in", "nato a", "nata il 30/04/1979 a", "nacida el 7 de octubre de 1994 en", "né le 3 mai 1950 à", "geboren am
 * 21.11.1972 in", "urodzona w", "rođen 21.11.1984 u", "rojena v", "родился в", "født i". The words between stop at a sentence end and hold no other verb-like colon or semicolon.
 */
const BIRTH_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:born|nat[oa]|nacid[oa]|nac[ií]|naci[oó]|nasci|nasceu|nascid[oa]|n[ée]e?|geboren|urodzon[ya]|urodzi[łl](?:em|am|a)?|γεννήθηκε|γεννήθηκα|γεννημένη|γεννημένος|ro[đd]en[ao]?|rojen[ao]?|narozen[aáý]?|narodil[ao]?|рођен[ао]?|роден[ао]?|родил(?:ся|ась)|народи(?:вся|лася)|født|fødd|född|fædd(?:ur)?)(?:[ \t]+(?:il|el|le|am|on|em|op|en|dia|w dniu|στις|den)[ \t]+(?:[^.!?;:\n]|\.(?=\d)){1,32}?|[ \t]+\d(?:[^.!?;:\n]|\.(?=\d)){0,30}?)?[ \t]+(?:in|a|à|en|em|no|na|w|we|στην|στη|στο|στον|u|v|ve|в|во|у|i|í)[ \t]+$/iu;
/** A nationality or citizenship label, its colon optional. */
const NATIONALITY_BEFORE =
  /(?:^|[^\p{L}])(?:nationality|citizenship|citizen of|nationalit[ée]|nacionalidad|nacionalidade|nazionalit[àa]|cittadinanza|staatsangeh[öo]rigkeit|nationalit[äa]t|nationaliteit|obywatelstwo|narodowo[śs][ćc]|uyru[ğg]u?|国籍|국적)[ \t]*[:：]?[ \t]*$/iu;
/** A noun that a place names with "of" ("the Treaty of Versailles", "the Duke of York", "the Battle of Hastings"). */
const NAMED_AFTER_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:Treaty|Treaties|Battle|Siege|Sack|Peace|Congress|Council|Edict|Diet|Synod|Convention|Accords?|Protocol|Statute|Declaration|Duke|Duchess|Earl|Marquess|Marquis|Countess|Prince|Princess|Archbishop|Bishop|Patriarch|Sultan|Emperor|King|Queen)[ \t]+of[ \t]+$/u;

/** A firm's unit or partner in a place ("the Nepal distributor"): where a business is, which the place rules report. */
const ORG_UNIT_AFTER = /^\s+(?:distributors?|suppliers?|partners?|vendors?|resellers?|agency|agencies|entity|entities|operations?|business|company|firm|subsidiaries|affiliates?|staff|employees|colleagues|customers|clients)\b/i;
/** A definite or possessive determiner before a place ("the Texas sales team"): the place of a team or unit. */
const DEFINITE_BEFORE = /\b(?:the|this|that|our|your|their|its|his|her|my)\s+$/i;
/** Personal pronouns of Romance languages that the given-name lists hold. */
const ROMANCE_PRONOUNS = new Set(["Ella", "Ellas", "Ellos", "Elle", "Elles", "Lei", "Lui", "Ela", "Ele", "Eles", "Elas"]);
/** German articles leading a capitalised noun. */
const GERMAN_ARTICLES = new Set(["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines"]);
/** A German article or a preposition contracted with one right before the group ("im", "am", "zum", "vom", "der"). */
const GERMAN_ARTICLE_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|ins|ans|zum|zur|vom|beim)[ \t]+$/u;
/** A lower-case word after a place (an optional acronym between: "Singapore FIN check"). */
const WORD_AFTER_PLACE = /^[ \t]+(?:\p{Lu}{2,5}[ \t]+)?(\p{Ll}[\p{Ll}'’-]*)/u;
/** Words after a place that go on a clause about someone there ("UK now", "Singapore last year", "Japan too"). */
const CLAUSE_AFTER_PLACE = new Set(["now", "today", "tomorrow", "yesterday", "last", "next", "this", "since", "until", "till", "for", "too", "again", "soon", "already", "recently", "then", "yet", "still", "anymore", "tonight", "via", "either", "also", "instead", "though", "right", "originally", "myself", "alone", "together", "home"]);

/**
 * Whether the place [start, end) qualifies a thing: a lower-case ordinary word follows it that is no function word and
 * does not go on a clause, or it stands alone in brackets before a colon, as a heading's qualifier ("Payroll
 * onboarding (UK):", "Exportação de clientes (Portugal):").
 */
function qualifiesThing(g: Gazetteers, text: string, start: number, end: number, after: string): boolean {
  if (text.charCodeAt(start - 1) === 40 && text.startsWith("):", end)) return true;
  const w = WORD_AFTER_PLACE.exec(after)?.[1];
  return w !== undefined && g.commonWords.has(w) && !FUNCTION_WORDS.has(w) && !CLAUSE_AFTER_PLACE.has(w);
}

/**
 * People and places: capitalised-token groups scored with gazetteers (first names, name parts,
 * GeoNames cities, countries, regions), word frequency (ordinary words need evidence), titles and cue
 * phrases ("my name is", "lives in", "Dear"). No cloud service, no model download.
 */
export const personLocationScanner: PiiScanner = {
  id: "pii.person-location",
  entityTypes: ["PERSON", "LOCATION"],
  description: "Person names and locations from gazetteers, capitalisation and context cues (English).",
  languages: ["en"],
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const first = out.length;
    const st = new GroupScan(text, addressSpans(scan));
    // end of a gazetteer place spelled with lower-case words that the current group has started
    let joinUntil = -1;
    CAP.lastIndex = 0;
    for (let m = CAP.exec(text); m; m = CAP.exec(text)) {
      let raw = m[0];
      // possessive "Maria's": the name is "Maria"; the "'s" stays visible to the after-context cues
      if (raw.length > 3 && (raw.endsWith("'s") || raw.endsWith("’s"))) raw = raw.slice(0, -2);
      const tok: Tok = { s: m.index, e: m.index + raw.length, w: raw.endsWith(".") ? raw.slice(0, -1) : raw };
      const group = st.group;
      const prev = group[group.length - 1];
      if (prev) {
        let joined: boolean;
        if (tok.s + tok.w.length <= joinUntil) {
          joined = true;
        } else if (tok.s === prev.e + 1 && text.charCodeAt(prev.e) === 32) {
          // a dot ends the previous token: only initials, titles and St./Mt. continue a name
          joined = text.charCodeAt(prev.e - 1) !== 46 || prev.w.length === 1 || TITLES.has(prev.w) || prev.w === "St" || prev.w === "Mt" || prev.w === "Ft";
        } else {
          joined = tok.s - prev.e > 3 && tok.s - prev.e < 12 && particleGap(text, prev.e, tok.s);
          // a gazetteer place may start at any token of the group ("The Isle of Man"): the tokens before it go alone
          for (let k = 0; !joined && k < group.length && connectedPlaces(st.g).headEnds.has(prev.w); k++) {
            const e = connectedPlaceEnd(st.g, text, group[k]!.s, prev.e);
            if (e < tok.s + tok.w.length) continue;
            if (k > 0) {
              const rest = group.splice(k);
              st.flush(out);
              st.group.push(...rest);
            }
            joinUntil = e;
            joined = true;
          }
        }
        if (!joined || st.group.length >= 6) st.flush(out);
      }
      st.group.push(tok);
    }
    st.flush(out);
    invertedNames(text, st.g, out, first);
    surnameFirstFields(text, st.g, out, first);
    lowerCaseCued(text, st.g, out, scan.shared);
    lowerCaseAddressed(text, st.g, out, first, scan.shared);
    honorificAfterNames(text, st.g, out, LOWER_NAME_WORDS, scan.shared);
    sqlTupleNames(text, st.g, out);
    namesBeforeHere(text, st.g, out, LOWER_NAME_WORDS, scan.shared);
    labelledNameFields(text, st.g, out);
    nameColumns(text, st.g, out, first, scan.shared);
    listedNames(text, out, first);
    scriptNames(text, out);
    kanaKoreanGivenNames(text, out, first);
    cuedScriptNames(text, out);
    lowerHonorificSurnames(text, st.g, out, first);
    const chatTests = chatNameTests(st.g);
    chatLogNames(text, chatTests, out);
    personHandles(text, chatTests, out);
    namesBesideNames(text, out, first, st.addresses);
    scriptNameFields(text, out, first);
    repeatedGivenNames(text, st.g, out, first, LOWER_NAME_WORDS);
    capsCountryLines(text, st.g, out, first, st.addresses);
    impersonalPlaces(text, out, first, st.personal);
    impersonalPlaceFrames(text, out, first, st.personal, () => SOMEONE.test(text) || BUSINESS_SITE.test(text) || text.includes("→") || personalNumber(text));
    recordPlaceFields(text, out, first);
    dropProductNames(text, out, first);
  },
};

/** Column headers of people's names in tables (CSV, TSV, `;`, pipes), in the languages of the name cues. */
const PERSON_HEADER =
  /^(?:first[_ -]?names?|last[_ -]?name|given(?:[_ -]?names?)?|family[_ -]?name|surname|forenames?|full[_ -]?name|firstname|lastname|fname|lname|name|customer[_ -]?name|contact[_ -]?name|client[_ -]?name|employee(?:[_ -]?name)?|patient(?:[_ -]?name)?|recipient|attendee|guest|member|holder|account[_ -]?holder|vorname|nachname|familienname|nom|pr[ée]nom|nombre|apellidos?|cognome|nome|nazwisko|imi[ęe]|voornaam|achternaam|förnamn|efternamn|fornavn|etternavn|etunimi|sukunimi|příjmení|jméno|név|isim|ad|soyad|soyadı|фио|имя|фамилия|піб|ім'я|прізвище|όνομα|επώνυμο|ονοματεπώνυμο|姓名|氏名|名前|이름|성명|الاسم|họ tên|tên)$/iu;
/** Headers that also name things ("name,price", "guest wifi"): their cells need a known given name or surname. */
const GENERIC_PERSON_HEADER = /^(?:name|nom|nome|nombre|member|guest|recipient|holder|ad|isim|név|tên)$/iu;
const CITY_HEADER = /^(?:city|town|ciudad|ville|stadt|ort|città|cidade|miasto|stad|by|kaupunki|město|város|oraș|şehir|город|місто|πόλη|城市|市区町村|도시|المدينة|thành phố)$/iu;
const CELL_NAME = /^\p{L}[\p{L}'’.-]*(?:[ \t]{1,2}\p{L}[\p{L}'’.-]*){0,3}$/u;

/**
 * Cells of a table's name columns ("first_name,last_name\njoão,silva", "surname\tgiven\nOKONJO\tADAEZE"), in any case,
 * and of its city column when the table also has a name column. The header labels the cell (`tableCellAt`).
 */
/** A name column's header has one of these letter runs (tested on candidate header lines only). */
const NAME_HEADER_HINT = /name|nom|given|employee|patient|holder|recipient|attendee|guest|member|naam|namn|navn|nimi|apellid|nazwisk|imi[ęe]|příjmen|jméno|név|soyad|isim|фио|имя|фамил|піб|όνομα|επώνυμ|姓名|氏名|이름|성명|الاسم|họ tên/i;

/** Two lines in a row with a delimiter (a table has a header and a row): a cheap test before the header hint. */
const TWO_DELIMITED_LINES = /[,;\t|][^\n]*\n[^\n]*[,;\t|]/;

/** NAME_HEADER_HINT's alternatives with a non-ASCII character: only a text with one can match them. */
const NAME_HEADER_HINT_NON_ASCII = /imię|příjmen|jméno|név|фио|имя|фамил|піб|όνομα|επώνυμ|姓名|氏名|이름|성명|الاسم|họ tên/i;
/** Shared-keyword index → 1 for the ASCII words of NAME_HEADER_HINT. */
const NAME_HEADER_KIND = (() => {
  const kinds = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
  for (const k of NAME_HEADER_KEYWORDS) kinds[STANDARD_KEYWORDS.index(k)] = 1;
  return kinds;
})();

/**
 * `NAME_HEADER_HINT.test(text)` from the engine's shared keyword pass when there is one (the regex cost ~20 µs per
 * 4 KB): its ASCII alternatives are keywords of that pass (a non-ASCII character never matches an ASCII one under
 * `/i` without `u`), and the others can only match in a text with a non-ASCII character.
 */
function nameHeaderHint(text: string, shared: SharedScan | undefined): boolean {
  if (shared === undefined || shared.text !== text) return NAME_HEADER_HINT.test(text);
  const hits = shared.get(STANDARD_KEYWORDS.part);
  for (let h = 0; h < hits.length; h += 2) if (NAME_HEADER_KIND[hits[h] as number] === 1) return true;
  return shared.get(FIRST_NON_ASCII) >= 0 && NAME_HEADER_HINT_NON_ASCII.test(text);
}

/** Whether the text may hold a table with a name column (about 1 µs per 4 KB without delimited lines). */
function nameHeaderLine(text: string, shared: SharedScan | undefined): boolean {
  return TWO_DELIMITED_LINES.test(text) && nameHeaderHint(text, shared);
}

function nameColumns(text: string, g: Gazetteers, out: PiiHit[], from: number, shared?: SharedScan): void {
  if (text.indexOf("\n") < 0 || !nameHeaderLine(text, shared)) return;
  // the hits of this scanner so far that reach the threshold, in a span set (a walk over them per cell was quadratic
  // in the rows of a long CSV); the cells pushed below are added as they are pushed
  const held = new SpanSet<PiiHit>();
  for (let k = from; k < out.length; k++) if (out[k]!.score >= 0.6) held.add(out[k]!);
  const taken = (s: number, e: number): boolean => held.some(s, e);
  const hit = (h: PiiHit): void => {
    out.push(h);
    if (h.score >= 0.6) held.add(h);
  };
  const kind = (w: string): NameKind => nameToken(g, titleCase(w.toLowerCase()));
  let ls = text.indexOf("\n") + 1;
  let pushed = 0;
  while (ls > 0 && ls < text.length && pushed < 5000) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    // cells: runs between delimiters, without quotes and spaces at their edges
    let cs = ls;
    let rowPerson = false;
    let inTable = false;
    const cities: PiiHit[] = [];
    // a line without a delimiter is in no table
    let fd = ls;
    while (fd < le && fd - ls < 4096) {
      const c = text.charCodeAt(fd);
      if (c === 44 || c === 59 || c === 9 || c === 124) break;
      fd++;
    }
    if (fd >= le || fd - ls >= 4096) {
      ls = le + 1;
      continue;
    }
    // whether the line is a table's data row, asked once with its first cell (table-cells remembers the answer)
    {
      let s0 = ls;
      let e0 = fd;
      while (s0 < e0 && (text.charCodeAt(s0) === 32 || text.charCodeAt(s0) === 34)) s0++;
      while (e0 > s0 && (text.charCodeAt(e0 - 1) === 32 || text.charCodeAt(e0 - 1) === 34 || text.charCodeAt(e0 - 1) === 13)) e0--;
      if (e0 > s0 && !tableCellAt(text, s0, e0)) {
        ls = le + 1;
        continue;
      }
    }
    for (let i = ls; i <= le; i++) {
      const c = i < le ? text.charCodeAt(i) : 10;
      if (c !== 44 && c !== 59 && c !== 9 && c !== 124 && c !== 10 && c !== 13) continue;
      let s = cs;
      let e = i;
      cs = i + 1;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 34)) s++;
      while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 34)) e--;
      if (e - s < 2 || e - s > 40) continue;
      const v = text.slice(s, e);
      if (!CELL_NAME.test(v)) continue;
      const cell = tableCellAt(text, s, e);
      if (!cell) {
        // the line is no table row: its other cells are not either
        if (!inTable) break;
        continue;
      }
      inTable = true;
      const header = cell.header.replace(HEADER_QUOTES, "").trim();
      if (PERSON_HEADER.test(header)) {
        const words = v.split(BLANKS);
        if (GENERIC_PERSON_HEADER.test(header) && !words.some((w) => kind(w) === "first" || kind(w) === "surname")) continue;
        if (words.some((w) => FIELD_VALUE_STOP.test(w))) continue;
        rowPerson = true;
        if (taken(s, e)) continue;
        hit({ type: "PERSON", start: s, end: e, score: 0.85, explanation: `cell of the name column "${header}"` });
        pushed++;
      } else if (CITY_HEADER.test(header) && locationKind(g, titleCase(v.toLowerCase())) && !taken(s, e)) {
        cities.push({ type: "LOCATION", start: s, end: e, score: 0.7, explanation: `cell of the city column "${header}" in a row naming someone` });
      }
    }
    // a town is personal in a row that names someone (a list of stores by city is not)
    if (rowPerson) for (const c of cities) hit(c);
    ls = le + 1;
  }
}


const NAME_FIELD_LABELS =
  "surname|given names?|first names?|last name|family name|forenames?|full name|name|nom|pr[ée]noms?|nombres?|apellidos?|cognome|nome|nazwisko|imi[ęe]|imiona|soyad[ıi]|ad[ıi]|ad soyad|vorname|vornamen|nachname|familienname|achternaam|voornamen?|efternamn|förnamn|fornavn|etternavn|efternavn|sukunimi|etunimi|příjmení|jméno|vezetéknév|keresztnév|utónév|nume|prenume|prezime|ime|account holder|cardholder|card holder|titular|intestatario|naam|név|employee|patient";
/** A name field's label at the start of a line or after a wide gap ("SURNAME/NOM   DUBOIS", "Cognome  GRECO", "Given names: María José"). */
const NAME_FIELD = new RegExp(`[ \t]*(?:${NAME_FIELD_LABELS})(?:[ \t]*/[ \t]*(?:${NAME_FIELD_LABELS}))?(?:[ \t]*:[ \t]*|[ \t]{2,})`, "iuy");
const GENERIC_NAME_LABEL = /^[ \t]*(?:name|nom|nome|naam|név|ime|employee|patient)(?:[ \t]*:|[ \t]{2,}|[ \t]*$)/iu;
/** The value: up to five words of letters (OCR may double the spaces, "ÖZDEMIR ,  SELIN"), to the line end or the next field. */
const NAME_FIELD_VALUE = /\p{L}[\p{L}'’.-]*(?:(?:[ \t]{1,3}|[ \t]?,[ \t]{1,3})\p{L}[\p{L}'’.-]*){0,4}/uy;
/** Words that make a value a header row or a placeholder, not a name ("Name  Email  Phone", "Name: n/a"). */
const FIELD_VALUE_STOP = /^(?:e-?mail|phone|tel|address|adresse|date|city|country|company|title|role|status|age|gender|sex|dob|id|n\/?a|none|unknown|test|tbd|null|nom|name|surname)$/i;

/** Name fields of forms and OCR'd cards: a name label then the value on the same line. */
function labelledNameFields(text: string, g: Gazetteers, out: PiiHit[]): void {
  // A label ends at a colon, a wide gap or a tab: walk from each of those (found with indexOf) back to the label's start
  // (the line start, a bar, a tab or a wide gap) and try the label pattern there.
  let c = text.indexOf(":");
  let d = text.indexOf("  ");
  let t = text.indexOf("\t");
  let lastP = -1;
  let persons: SpanSet<PiiHit> | undefined;
  while (c >= 0 || d >= 0 || t >= 0) {
    let q = Number.MAX_SAFE_INTEGER;
    if (c >= 0) q = c;
    if (d >= 0 && d < q) q = d;
    if (t >= 0 && t < q) q = t;
    if (q === c) c = text.indexOf(":", q + 1);
    if (q === d) {
      let r = q;
      while (text.charCodeAt(r) === 32) r++;
      d = text.indexOf("  ", r);
    }
    if (q === t) t = text.indexOf("\t", q + 1);
    // a label ends in a letter (or a space before its colon, "holder :"): not a time, a JSON key or a URL scheme
    const pc = text.charCodeAt(q - 1);
    if (!(isLetterCode(pc) || (pc === 32 && text.charCodeAt(q) === 58))) continue;
    let p = q;
    while (p > 0 && q - p < 40) {
      const ch = text.charCodeAt(p - 1);
      if (ch === 10 || ch === 13 || ch === 124 || ch === 9 || (ch === 32 && text.charCodeAt(p - 2) === 32)) break;
      if (!(ch === 32 || ch === 47 || ch === 95 || ch === 45 || ch === 46 || isLetterCode(ch))) {
        p = q;
        break;
      }
      p--;
    }
    while (p < q && text.charCodeAt(p) === 32) p++;
    if (p >= q || p === lastP || q - p >= 40) continue;
    lastP = p;
    let le = p;
    while (le < text.length && le - p < 400 && text.charCodeAt(le) !== 10) le++;
    const ls = p;
    NAME_FIELD.lastIndex = p;
    const m = NAME_FIELD.exec(text);
    if (m && m.index + m[0].length < le && (p === ls || BLANK_OR_BAR.test(text.charAt(p - 1)))) {
      const vs = m.index + m[0].length;
      NAME_FIELD_VALUE.lastIndex = vs;
      const v = NAME_FIELD_VALUE.exec(text);
      if (v) {
        let ve = vs + v[0].length;
        // stop before the next field's label ("…Castillo  Given names: …")
        const rest = text.slice(ve, le);
        const words = v[0].split(BLANKS_OR_COMMAS).filter((w) => w.length > 0);
        let endOk = FIELD_VALUE_END.test(rest);
        if (!endOk) {
          // the value ran into the next label: cut at the last wide gap
          const gap = v[0].search(WIDE_GAP_BEFORE_LABEL);
          if (gap > 0) {
            ve = vs + gap;
            endOk = true;
          }
        }
        const vw = text.slice(vs, ve).split(BLANKS_OR_COMMAS).filter((w) => w.length > 0);
        // a generic label ("name", "nom", "patient") also names products, jobs and services: the value needs a
        // known given name or surname
        const generic = GENERIC_NAME_LABEL.test(m[0]);
        const kind = (w: string): NameKind => nameToken(g, ALL_UPPER_WORD.test(w) && w.length > 1 ? titleCase(w.toLowerCase()) : w);
        if (endOk && (!generic || (vw.every((w) => kind(w) !== "no") && vw.some((w) => kind(w) === "first" || kind(w) === "surname"))) && vw.length >= 1 && vw.length <= 5 && !vw.some((w) => FIELD_VALUE_STOP.test(w)) && !(words.length >= 3 && words.every((w) => /^\p{Ll}/u.test(w))) && UPPER_LETTER.test(text.slice(vs, ve))) {
          while (ve > vs && TRAILING_PUNCT_CHAR.test(text.charAt(ve - 1))) ve--;
          // the capitalised-word scan may have found it already
          // (asked of a span set of the names found, built at the first field: a `some` over all hits per field was
          // quadratic on a long form)
          persons ??= new SpanSet(out.filter((h) => h.type === "PERSON" && h.score >= 0.6));
          if (!persons.some(vs, ve)) {
            const h: PiiHit = { type: "PERSON", start: vs, end: ve, score: 0.85, explanation: "value of a name field" };
            out.push(h);
            persons.add(h);
          }
        }
      }
    }
  }
}

/**
 * Names listed together ("agents Marta, Jonas, Ifeoma and Ravi"): when one of them reaches the threshold, the
 * name-like others are names too (a list of name-like words alone is not enough: "Alexa, Siri and Cortana").
 */
function listedNames(text: string, out: PiiHit[], from: number): void {
  const idx: number[] = [];
  for (let k = from; k < out.length; k++) if (out[k]!.type === "PERSON") idx.push(k);
  idx.sort((a, b) => out[a]!.start - out[b]!.start);
  for (let a = 0; a < idx.length; ) {
    let b = a;
    while (b + 1 < idx.length) {
      const cur = out[idx[b]!]!;
      const nx = out[idx[b + 1]!]!;
      if (nx.start - cur.end > 7 || nx.start < cur.end || !LIST_GAP.test(text.slice(cur.end, nx.start))) break;
      // "Wouter Peeters, Meir 50 bus 3": one word before a number after a name is a street and its house number
      if (!text.slice(nx.start, nx.end).includes(" ") && HOUSE_NUMBER_AFTER.test(text.slice(nx.end, nx.end + 3))) break;
      b++;
    }
    if (b > a) {
      const chain = idx.slice(a, b + 1).map((k) => out[k]!);
      if (chain.every((h) => h.score >= 0.45 && !FIELD_LABEL_WORDS.has(text.slice(h.start, h.end).toLowerCase())) && chain.some((h) => h.score >= 0.7)) {
        for (const h of chain) if (h.score < 0.65) {
          h.score = 0.65;
          h.explanation = "name in a list of names";
        }
      }
    }
    a = b + 1;
  }
}

/** A number right after a word ("Meir 50"): a house number. */
const HOUSE_NUMBER_AFTER = /^[ \t]\d/;
/** Someone spoken of, or the writer or reader speaking of themselves: the place may be theirs ("we moved to ...?", "is my flat in ...?"). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I’m|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|[Mm]ine|[Yy]ou|[Yy]our|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Tt]hem|(?:[Ss]ome|[Aa]ny)(?:one|body))(?![\p{L}])/u;
/** Four digits in a row: a phone, an identifier, a year of birth. */
const LONG_NUMBER = /\d{4}/;
/**
 * A year (1000-2099) or a whole date standing alone, and a clock time: when it was, not whose it is ("What happened on
 * 9 November 1989 in Berlin?", "Spotkanie 5 grudnia 2026 o 10:00 w sali Kraków"). Not inside a longer number or a
 * number in groups ("0161 496 2011").
 */
const DATE_OR_YEAR = /(?<![\d./:-])(?<!\d[ \t])(?:\d{1,2}[./-]\d{1,2}[./-](?:1\d|20)\d\d|(?:1\d|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|(?:1\d|20)\d\d|\d{1,2}:\d\d)(?![./:-]?\d)(?![ \t]\d)/g;
/** Whether the text holds a number of four digits or more that could be someone's (a phone, an identifier), years and dates aside. */
function personalNumber(text: string): boolean {
  return LONG_NUMBER.test(text) && LONG_NUMBER.test(text.replace(DATE_OR_YEAR, ""));
}
/**
 * A place is personal data when it is someone's: where they live, were born, travel or are treated. In a text that
 * names nobody and asks a general question ("What is the limitation period in Scotland?", "Best time to visit Kyoto?",
 * "How many days of leave in Germany, France and Spain?"), with no one speaking of themselves and no long number, a
 * place without a residence or travel cue is general knowledge: its score stays below the threshold. Checked only
 * when such a place was found and nobody named, on texts of a prompt's size.
 */
function impersonalPlaces(text: string, out: PiiHit[], from: number, personal: ReadonlySet<number>): void {
  let person = false;
  let place = false;
  for (let i = from; i < out.length && !person; i++) {
    const h = out[i]!;
    person = h.type === "PERSON" && h.score >= 0.6;
    place ||= h.type === "LOCATION" && h.score >= 0.6 && !personal.has(i);
  }
  // Nothing to lower without such a place, or with someone named: the whole-text tests below (each a pass over the
  // text, one of them a copy of it) are then not run.
  if (!place || person) return;
  // a question that names nobody, with no one speaking of themselves and no number that could be someone's; or any
  // text with no record context at all: nobody named (at any score), no place after a residence cue or field label, no
  // one's possession or pronoun, no long number or "@" that could be someone's data (each scanner sees only its own hits) ("How far is Berlin from Prague, do I change in Dresden?", "The Treaty of Versailles ...")
  // (personalNumber copies the text: computed once, and only when the cheaper tests before it leave it to decide)
  let numbered: boolean | undefined;
  const question = text.length < 2000 && text.includes("?") && !FIRST_PERSON.test(text) && !(numbered = personalNumber(text));
  const noRecord = (): boolean => {
    let named = false;
    for (let i = from; i < out.length && !named; i++) named = out[i]!.type === "PERSON" && out[i]!.score >= 0.3;
    // a place after "lives in"/"born in" or a City: label makes the text someone's record, and its other places too
    for (const i of personal) named ||= i >= from;
    return !named && !SOMEONE.test(text) && !(numbered ??= personalNumber(text)) && !text.includes("@") && !text.includes("→") && !BUSINESS_SITE.test(text);
  };
  if (question || noRecord()) {
    for (let i = from; i < out.length; i++) {
      const h = out[i]!;
      if (h.type === "LOCATION" && h.score >= 0.5 && !personal.has(i) && !h.explanation.startsWith("lower-case")) {
        out[i] = { ...h, score: 0.5, explanation: `${h.explanation}; no person named in the text` };
      }
    }
  }
}

/** A firm's sites, which the place rules report as where a business is ("Offices in Berlin", "the Nepal distributor"). */
const BUSINESS_SITE = /\b(?:offices?|branch(?:es)?|distributors?|suppliers?|subsidiar(?:y|ies)|headquarters|hq|warehouses?|plants?|factory|factories)\b/i;
/** Someone's possession or someone spoken of: the place may be theirs ("my flat in Leeds", "she moved to ..."); a bare "I" asking the way is not. */
const SOMEONE = /(?:^|[^\p{L}])(?:I'm|I’m|I am|I was|I've|I’ve|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|[Mm]ine|[Yy]our|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Tt]hem|(?:[Ss]ome|[Aa]ny)(?:one|body))(?![\p{L}])/u;
/** Where a field or list item starts, before a surname written first: line start, ":", ";", a dash, a bar, a quote. */
const FIELD_START_BEFORE = /(?:^|[\n\r:;|"'(—–]|\s-|\b(?:bed|room|rm|bay)\s*\d{1,3})\s*$/i;
/** What ends such a field after the given names: the end, ";", a dash, an age and sex ("67M"), a record label. */
const FIELD_END_AFTER = /^(?:[ \t]*(?:$|[\n\r;|"')(<—–]|-\s|\.(?:\s|$))|,[ \t]*\d|[ \t]+\d{1,3}[ \t]?[MFmf](?![\p{L}])|[ \t]+(?:MRN|DOB|NHS|SSN|born)\b)/u;
const SURNAME_BEFORE_COMMA = /((?:(?:van|von|de|der|den|del|da|di|du|le|la|al|el|ter|ten|VAN|VON|DE|DER|DEN|DA|DI|DU|LE|LA|AL|EL) ){0,2}\p{Lu}[\p{L}'’-]{1,30})$/u;
const GIVEN_AFTER_COMMA = /\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20})?(?:[ \t]\p{Lu}(?:\.|(?![\p{L}])))?/uy;
const PNR_NAME = /([A-Z]{2,20})\/([A-Z]{2,20})(?=$|[\s,;.]|MR|MS|MRS)/y;

/**
 * Names written surname first in forms, rosters, citations and record headers ("Patel, Nikhil — exceeds",
 * "bed 12 Agarwal, Sunil 67M", "Class list: Adeyemi, Tolu; Brennan, Cian", "DOMINGUEZ, ROSA ISELA MRN ...", airline
 * "MUELLER/ANNA MS"): the given name (the first word after the comma or slash) is a known given name that is no
 * ordinary word, the surname is name-shaped and no ordinary word, and the pair stands alone in its field (a field
 * start before, a field end after). "Thanks Paul, Anna will call" is a list of people, not one field.
 * One pass over the commas and slashes of the text; the spans found replace the PERSON hits inside them.
 */
function surnameFirstFields(text: string, g: Gazetteers, out: PiiHit[], from: number): void {
  const found: PiiHit[] = [];
  const nameOk = (w: string, given: boolean): boolean => {
    const n = allCaps(w) ? unCaps(w) : w;
    if (g.commonWords.has(n.toLowerCase()) || NEVER.has(n) || TITLES.has(n)) return false;
    return given ? g.firstNames.has(n) : nameKind(g, n) !== "no" && locationKind(g, n) === undefined;
  };
  for (let p = text.indexOf(",", 1); p >= 0; p = text.indexOf(",", p + 1)) {
    let q = p + 1;
    if (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
    const c = text.charCodeAt(q);
    if (!(c >= 65 && c <= 90) && !(c > 191 && text[q] !== text[q]!.toLowerCase())) continue;
    // a letter right before the comma (cheap gate before the regexes)
    const b = text.charCodeAt(p - 1);
    if (!((b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b > 191)) continue;
    const sm = SURNAME_BEFORE_COMMA.exec(text.slice(Math.max(0, p - 40), p));
    if (!sm?.[1]) continue;
    GIVEN_AFTER_COMMA.lastIndex = q;
    const gm = GIVEN_AFTER_COMMA.exec(text);
    if (!gm) continue;
    const givenFirst = gm[0].split(BLANK)[0]!;
    const surnameWords = sm[1].split(" ");
    const surname = surnameWords[surnameWords.length - 1]!;
    if (!nameOk(givenFirst, true) || !nameOk(surname, false)) continue;
    const start = p - sm[1].length;
    let end = q + gm[0].length;
    // a second given word that is an ordinary word ends the name before it ("Brennan, Aoife Meets")
    const parts = gm[0].split(BLANK);
    if (parts.length > 1 && parts[1]!.length > 1 && !nameOk(parts[1]!, false)) end = q + givenFirst.length;
    if (!FIELD_START_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (!FIELD_END_AFTER.test(text.slice(end, end + 12))) continue;
    found.push({ type: "PERSON", start, end, score: 0.85, explanation: "name written surname first in a field or list" });
    p = end - 1;
  }
  for (let p = text.indexOf("/"); p >= 0; p = text.indexOf("/", p + 1)) {
    let s0 = p;
    while (s0 > 0 && p - s0 < 20 && text.charCodeAt(s0 - 1) >= 65 && text.charCodeAt(s0 - 1) <= 90) s0--;
    if (p - s0 < 2 || (s0 > 0 && PATHISH_CHAR.test(text[s0 - 1]!))) continue;
    PNR_NAME.lastIndex = s0;
    const m = PNR_NAME.exec(text);
    if (!m?.[1] || !m[2] || !nameOk(m[2], true) || !nameOk(m[1], false)) continue;
    found.push({ type: "PERSON", start: s0, end: s0 + m[0].length, score: 0.85, explanation: "passenger name SURNAME/GIVEN" });
  }
  if (found.length === 0) return;
  // the hits of this scanner are in text order; drop PERSON hits inside a found span, then merge the two lists
  const kept: PiiHit[] = [];
  let f = 0;
  found.sort((a, b) => a.start - b.start);
  for (let i = from; i < out.length; i++) {
    const h = out[i]!;
    while (f < found.length && found[f]!.end <= h.start) kept.push(found[f++]!);
    const cur = f < found.length ? found[f]! : undefined;
    if (cur && h.type === "PERSON" && h.start >= cur.start && h.end <= cur.end) continue;
    if (cur && h.start < cur.end && cur.start < h.end) {
      // a person span across its border ("ROSA ISELA MRN") gives way to it; another finding keeps its place
      if (h.type === "PERSON") continue;
      found.splice(f, 1);
    }
    kept.push(h);
  }
  while (f < found.length) kept.push(found[f++]!);
  out.length = from;
  out.push(...kept);
}

/** Forms of address after which a surname alone is a name ("dr hakimi", "mr pemberton"). */
const LOWER_TITLE_CUES = new Set(["dr", "mr", "mrs", "ms"]);
let addressingScanner: KeywordScanner | undefined;
/** Shared-keyword index → index in ADDRESSING_CUES (-1: none). */
const ADDRESSING_OF = (() => {
  const of = new Int32Array(STANDARD_KEYWORDS.keywords.length).fill(-1);
  ADDRESSING_CUES.forEach((c, i) => (of[STANDARD_KEYWORDS.index(c)] = i));
  return of;
})();

/**
 * `[cue, start, ...]` of the ADDRESSING_CUES in `text`, in text order: from the engine's shared keyword pass when there
 * is one (no cue starts where another does, so the order is the same as a pass of their own), else from such a pass.
 */
function addressingHits(text: string, shared: SharedScan | undefined): number[] {
  if (shared === undefined || shared.text !== text) return (addressingScanner ??= new KeywordScanner(ADDRESSING_CUES)).scan(text);
  const all = shared.get(STANDARD_KEYWORDS.part);
  const hits: number[] = [];
  for (let h = 0; h < all.length; h += 2) {
    const cue = ADDRESSING_OF[all[h] as number] as number;
    if (cue >= 0) hits.push(cue, all[h + 1] as number);
  }
  return hits;
}

/** Given names that are also ordinary English words in lower case ("with grace", "call mark", "ask will"). */
const LOWER_NAME_WORDS = new Set([
  "grace", "will", "mark", "bill", "pat", "rose", "may", "june", "april", "august", "hope", "faith", "joy", "art", "rich", "frank",
  "ray", "chase", "hunter", "summer", "autumn", "dawn", "eve", "ivy", "lily", "daisy", "holly", "ruby", "amber", "crystal", "honey",
  "sunny", "rocky", "guy", "jack", "max", "miles", "grant", "gene", "dean", "drew", "wade", "lane", "mercy", "patience", "destiny",
  "harmony", "charity", "trinity", "angel", "king", "prince", "victor", "sterling", "price", "bishop", "page", "penny", "sky", "river",
  "rain", "storm", "star", "don", "sue", "bob", "rob", "nick", "carol", "rusty", "buck", "cash", "clay", "cliff", "dale", "glen",
  "heath", "herb", "jean", "jewel", "lance", "major", "marshall", "norm", "olive", "pearl", "reed", "rod", "russell", "sandy", "shelby",
  "stan", "terry", "tom", "val", "warren", "win", "wolf", "wren", "york", "jordan", "paris", "london", "florence", "georgia", "virginia",
  "carolina", "dakota", "austin", "dallas", "denver", "phoenix", "sydney", "chelsea", "brooklyn", "madison", "alexandria", "china", "india",
  // particles of other languages after a verb ("schreib mal", "dile pues")
  "mal", "bitte", "doch", "eben", "nochmal", "pues", "ben", "dan", "aja", "deh",
  // tools, frameworks, languages and assistants named like people ("ask jenkins to rerun", "tell django devs")
  "jenkins", "django", "kafka", "flask", "rails", "spring", "maven", "gradle", "ansible", "terraform", "docker", "redis", "mongo",
  "celery", "nginx", "apache", "sidekiq", "julia", "kotlin", "swift", "dart", "elixir", "grafana", "kibana", "jira", "alexa", "siri",
  "cortana", "ollama", "llama", "claude", "gemini", "mistral", "copilot", "sonar", "travis", "hudson",
]);
const CUE_WORDS = new Set(ADDRESSING_CUES.map((c) => c.trim()));
/** Kinship terms among the addressing cues: a given name that is also a word is still a name after them. */
const KIN_CUES = new Set([
  "auntie", "aunty", "uncle", "grandma", "grandpa", "my mum", "my mom", "my dad", "my sister", "my brother", "abuela", "abuelo", "tía",
  "tío", "tia", "tio", "nonna", "nonno", "zia", "zio", "oma", "opa", "tante", "onkel", "babci", "babcia", "nan", "nana", "gran",
  "granny", "cousin", "sis", "bro",
]);

/**
 * Given names typed in lower case in chats, only with strong evidence: a known given name that is no ordinary word,
 * right after a word of addressing or a kinship term (`ADDRESSING_CUES`), or before a possessive "'s" ("chiara's
 * bringing", "dami's number"). A surname from the lists may follow. One keyword pass over the text.
 */
/** The gazetteer tests chat-log-names.ts applies to handles and mentions (lowerCaseAddressed's `given`, `notWord`). */
function chatNameTests(g: Gazetteers): ChatNameTests {
  const notWord = (w: string): boolean => {
    const W = titleCase(w);
    return !g.commonWords.has(w) && !LOWER_NAME_WORDS.has(w) && !CUE_WORDS.has(w) && !NEVER.has(W) && !TITLES.has(W) && !NAME_STOP.has(w) && !FUNCTION_WORDS.has(w);
  };
  return {
    notWord,
    given: (w) => w.length >= 3 && g.firstNames.has(titleCase(w)) && notWord(w),
    listed: (w) => g.firstNames.has(titleCase(w)) || g.surnames.has(titleCase(w)),
  };
}

function lowerCaseAddressed(text: string, g: Gazetteers, out: PiiHit[], from: number, shared?: SharedScan): void {
  if (text.length > 100_000 || !/[a-z]/.test(text.slice(0, 200))) return;
  const found: PiiHit[] = [];
  const given = (w: string): boolean => {
    const W = titleCase(w);
    return w.length >= 3 && g.firstNames.has(W) && !g.commonWords.has(w) && !LOWER_NAME_WORDS.has(w) && !CUE_WORDS.has(w) && !NEVER.has(W) && !TITLES.has(W) && !NAME_STOP.has(w) && !FUNCTION_WORDS.has(w);
  };
  const notWord = (w: string): boolean => {
    const W = titleCase(w);
    return !g.commonWords.has(w) && !LOWER_NAME_WORDS.has(w) && !CUE_WORDS.has(w) && !NEVER.has(W) && !TITLES.has(W) && !NAME_STOP.has(w) && !FUNCTION_WORDS.has(w);
  };
  const nameWord = (w: string): boolean => {
    const W = titleCase(w);
    return (g.firstNames.has(W) || g.surnames.has(W)) && notWord(w);
  };
  const push = (ws: number[], why: string) => {
    let end = ws[1]!;
    for (let k = 2; k < ws.length; k += 2) {
      const w = text.slice(ws[k]!, ws[k + 1]!);
      if (NAME_STOP.has(w) || FUNCTION_WORDS.has(w) || !g.surnames.has(titleCase(w)) || g.commonWords.has(w)) break;
      end = ws[k + 1]!;
    }
    found.push({ type: "PERSON", start: ws[0]!, end, score: end > ws[1]! ? 0.7 : 0.65, explanation: `lower-case given name ${why}` });
  };
  const hits = addressingHits(text, shared);
  for (let h = 0; h < hits.length; h += 2) {
    const pos = hits[h + 1] as number;
    const cue = ADDRESSING_CUES[hits[h] as number]!;
    if (pos > 0 && WORD_CHAR.test(text.charAt(pos - 1))) continue;
    let ws = lowerWords(text, pos + cue.length, 3);
    if (ws.length === 0 || ws[0] !== pos + cue.length) continue;
    // a kinship term between the cue and the name ("pra tia fátima", "tell auntie ngozi") is no name itself
    let kin = KIN_CUES.has(cue.trim());
    while (ws.length > 2 && CUE_WORDS.has(text.slice(ws[0]!, ws[1]!))) {
      kin ||= KIN_CUES.has(text.slice(ws[0]!, ws[1]!));
      ws = ws.slice(2);
    }
    const w0 = text.slice(ws[0]!, ws[1]!);
    // after a kinship term a given name that is also a word is the name ("tell auntie grace", "uncle bob")
    if (kin && LOWER_NAME_WORDS.has(w0) && g.firstNames.has(titleCase(w0)) && !FUNCTION_WORDS.has(w0)) {
      found.push({ type: "PERSON", start: ws[0]!, end: ws[1]!, score: 0.65, explanation: `lower-case given name after the kinship term "${cue.trim()}"` });
      continue;
    }
    if (LOWER_TITLE_CUES.has(cue.trim()) && !given(w0)) {
      if (w0.length >= 3 && g.surnames.has(titleCase(w0)) && !g.commonWords.has(w0) && !NAME_STOP.has(w0) && !FUNCTION_WORDS.has(w0)) found.push({ type: "PERSON", start: ws[0]!, end: ws[1]!, score: 0.65, explanation: `lower-case surname after "${cue.trim()}"` });
      continue;
    }
    if (!given(w0)) continue;
    push(ws, `after "${cue.trim()}"`);
  }
  for (let p = text.indexOf("'s", 1); p >= 0; p = text.indexOf("'s", p + 2)) {
    if (LETTER.test(text.charAt(p + 2))) continue;
    let b = p;
    while (b > 0 && p - b < 20 && text.charCodeAt(b - 1) >= 97 && text.charCodeAt(b - 1) <= 122) b--;
    if (b === p || (b > 0 && HANDLE_CHAR.test(text.charAt(b - 1)))) continue;
    if (!given(text.slice(b, p))) continue;
    found.push({ type: "PERSON", start: b, end: p, score: 0.62, explanation: "lower-case given name before a possessive" });
  }
  const listedGivenAt = (t: string, start: number, end: number): boolean => g.firstNames.hasTitleCased(t, start, end);
  lowerCaseChatNames(text, { given, nameWord, notWord, surname: (w) => g.surnames.has(titleCase(w)) && notWord(w), listedGivenAt }, found);
  if (found.length === 0) return;
  const covered = new Uint8Array(text.length + 1);
  for (let i = from; i < out.length; i++) for (let k = out[i]!.start; k < out[i]!.end; k++) covered[k] = 1;
  for (const f of found) {
    let free = true;
    for (let k = f.start; k < f.end && free; k++) if (covered[k]) free = false;
    if (!free) continue;
    for (let k = f.start; k < f.end; k++) covered[k] = 1;
    out.push(f);
  }
}

/** ", Kenji" (and an optional middle initial) right after a surname: the given name of "Girard, Kenji". */
const INVERTED_TAIL = /^,[ \t]?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]\p{Lu}\.?)?(?![\p{L}\d@])(?=\s*([^\s]?))/u;
/** What may follow a given name that no list knows, for the surname-first reading: the end of a cell or field. */
const FIELD_END = new Set(["", '"', "'", ")", "(", ";", "|", "<"]);

/**
 * A name written surname first, "Girard, Kenji" (registers, patient lists, CSV cells in quotes): the person span
 * found for the surname takes in the given name after the comma when the given name ends the field or cell and is a
 * known given name that is no ordinary word ("Patient: Girard, Kenji"); a person span of the given name alone is
 * merged in, any other span there keeps them apart.
 */
function invertedNames(text: string, g: Gazetteers, out: PiiHit[], from: number): void {
  // hits are in text order: the given name's own span, if any, is the next hit (no search from the start: linear)
  const removed = new Set<number>();
  for (let i = from; i < out.length; i++) {
    if (removed.has(i)) continue;
    const h = out[i]!;
    if (h.type !== "PERSON" || text.charCodeAt(h.end) !== 44) continue;
    const m = INVERTED_TAIL.exec(text.slice(h.end, h.end + 40));
    const given = m?.[1];
    // the given name ends the field or cell ("Paul, Anna will call", "Paul, Anna, and Tom" are lists of people), and
    // is a known given name that is no ordinary word ("Smith, Cardiology" is a department)
    if (!m || !given || !FIELD_END.has(m[2] ?? "") || nameKind(g, given) !== "first" || g.commonWords.has(given.toLowerCase())) continue;
    const end = h.end + m[0].length;
    const next = i + 1 < out.length ? out[i + 1] : undefined;
    const own = next && next.start >= h.end && next.start < end ? next : undefined;
    if (own && !(own.type === "PERSON" && own.end <= end)) continue;
    out[i] = { ...h, end, score: Math.max(h.score, own?.score ?? 0), explanation: `${h.explanation}; surname first, given name after the comma` };
    if (own) removed.add(i + 1);
  }
  if (removed.size === 0) return;
  let w = from;
  for (let r = from; r < out.length; r++) if (!removed.has(r)) out[w++] = out[r]!;
  out.length = w;
}

/**
 * Names and places typed without capitals ("my name is john smith", "i live in new york"): chat text often has none,
 * so the capitalisation path above never sees them. Only after an explicit cue, and only gazetteer words: a first
 * name (then surnames) after a naming cue, a whole place name after a living/moving cue.
 */
const LOWER_PERSON_CUE =
  /\b(?:(my name is|my name's|name is|call me|i'm called|i am called|(?:first |full )?name\s*:|signed(?:\s*[:,])?)|(this is|named|regards,|sincerely,|cheers,|thanks,))\s+(?=[a-zà-öø-ÿ])/gi;
const LOWER_LOC_CUE =
  /\b(?:i live in|i'm living in|we live in|lives? in|living in|based in|(?:i |we )?moved (?:here )?(?:to|from)|moving to|relocat(?:ed|ing) to|born in|grew up in|raised in|(?:i'm|i am|we're|we are) from|flying to|flew to|trip to|travell?ing to|visiting|city\s*[:=]|country\s*[:=]|hometown(?:\s*[:=])?)\s+(?=[a-zà-öø-ÿ])/gi;
const LOWER_WORD = /[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*/y;
/** Words after a first name that end a name, even when a surname list holds them ("john and i", "anna from sales"). */
const NAME_STOP = new Set(["and", "or", "but", "i", "im", "from", "at", "in", "on", "to", "with", "here", "the", "a", "an", "is", "was", "will", "my", "me", "not", "please", "thanks", "hello", "hi", "calling", "speaking", "writing"]);


/** Up to `max` lower-case words from `pos`, single spaces apart: [start, end] pairs. */
function lowerWords(text: string, pos: number, max: number): number[] {
  const out: number[] = [];
  let i = pos;
  while (out.length < 2 * max) {
    LOWER_WORD.lastIndex = i;
    const m = LOWER_WORD.exec(text);
    if (m === null) break;
    let e = i + m[0].length;
    while (e > i && (text.charCodeAt(e - 1) === 39 || text.charCodeAt(e - 1) === 0x2019 || text.charCodeAt(e - 1) === 45)) e--;
    out.push(i, e);
    if (text.charCodeAt(e) !== 32 || e !== i + m[0].length) break;
    i = e + 1;
  }
  return out;
}

let cueScanner: KeywordScanner | undefined;

/** Shared-keyword index → 1 for a person cue word, 2 for a place cue word. */
const CUE_KIND = (() => {
  const kinds = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
  for (const k of PERSON_CUE_KEYWORDS) kinds[STANDARD_KEYWORDS.index(k)] = 1;
  for (const k of PLACE_CUE_KEYWORDS) kinds[STANDARD_KEYWORDS.index(k)] = 2;
  return kinds;
})();

/**
 * Matches of global `re` over `text`; with the engine's shared keyword pass, only in windows around the cue words of
 * `kind` (a cue match holds one of them), since a case-insensitive alternation run over a whole text costs ~5 ms per MB.
 */
function* cueMatches(re: RegExp, text: string, shared: SharedScan | undefined, kind: number): Generator<RegExpExecArray> {
  // without the engine's pass (the scanner used alone), a pass over the cue words only
  const own = shared === undefined || shared.text !== text;
  const hits = own ? (cueScanner ??= new KeywordScanner([...PERSON_CUE_KEYWORDS, ...PLACE_CUE_KEYWORDS])).scan(text) : shared.get(STANDARD_KEYWORDS.part);
  let done = -1;
  for (let h = 0; h < hits.length; h += 2) {
    const k = hits[h] as number;
    if ((own ? (k < PERSON_CUE_KEYWORDS.length ? 1 : 2) : CUE_KIND[k]) !== kind) continue;
    const pos = hits[h + 1] as number;
    if (pos < done) continue;
    const ws = Math.max(0, pos - 24);
    for (const m of windowMatches(re, text, ws, pos + 48)) {
      const s = m.index;
      // the window may start inside a word: `\b` at its start is no boundary in the text
      if (s < done || (s > 0 && s === ws && WORD_CHAR.test(text.charAt(s - 1)))) continue;
      done = s + m[0].length;
      yield m;
    }
  }
}

function lowerCaseCued(text: string, g: Gazetteers, out: PiiHit[], shared?: SharedScan): void {
  if (!/[a-z]/.test(text)) return;
  for (const m of cueMatches(LOWER_PERSON_CUE, text, shared, 1)) {
    const strong = m[1] !== undefined;
    const words = lowerWords(text, m.index + m[0].length, 3);
    if (words.length === 0) continue;
    const first = text.slice(words[0]!, words[1]!);
    const First = titleCase(first);
    if (!g.firstNames.has(First) || NEVER.has(First) || TITLES.has(First)) continue;
    // "email saya", "this is how": a function word is no name, unless a naming cue makes a word-name one ("my name is will")
    if (FUNCTION_WORDS.has(first) && !(strong && LOWER_NAME_WORDS.has(first))) continue;
    // code, not a name: `name: max(values)`, `name: will.value`
    const after = text.charCodeAt(words[1]!);
    if (after === 40 || (after === 46 && ASCII_WORD_START.test(text.charAt(words[1]! + 1)))) continue;
    // "this is great", "named after": an ordinary word is a name only after a naming cue ("my name is will")
    if (!strong && g.commonWords.has(first)) continue;
    let end = words[1]!;
    for (let k = 2; k < words.length; k += 2) {
      const w = text.slice(words[k]!, words[k + 1]!);
      const W = titleCase(w);
      if (NAME_STOP.has(w) || FUNCTION_WORDS.has(w) || !(g.surnames.has(W) || (g.firstNames.has(W) && !g.commonWords.has(w)))) break;
      end = words[k + 1]!;
    }
    const full = end > words[1]!;
    out.push({
      type: "PERSON",
      start: words[0]!,
      end,
      score: strong ? (full ? 0.85 : 0.75) : full ? 0.7 : 0.62,
      explanation: `lower-case ${full ? "name" : "first name"} from the name lists after "${m[0].trim().toLowerCase()}"`,
    });
  }
  for (const m of cueMatches(LOWER_LOC_CUE, text, shared, 2)) {
    const words = lowerWords(text, m.index + m[0].length, 4);
    // the longest run of words that is a place of the gazetteers ("new york city", "new york", "york")
    for (let n = words.length; n >= 2; n -= 2) {
      const phrase = text.slice(words[0]!, words[n - 1]!);
      if (n === 2 && (g.commonWords.has(phrase) || NEVER.has(titleCase(phrase)))) continue;
      const name = titleCase(phrase);
      const kind = locationKind(g, name);
      if (kind === undefined) continue;
      out.push({ type: "LOCATION", start: words[0]!, end: words[n - 1]!, score: 0.8, explanation: `lower-case ${kind} from the gazetteers after "${m[0].trim().toLowerCase()}"` });
      break;
    }
  }
}

/** The state of one scan: the pending group of capitalised tokens, the address walk and the noun-case memo. */
class GroupScan {
  readonly g: Gazetteers = gazetteers();
  /** A new array per group (cheaper than truncating one: setting `length` is a runtime call). */
  group: Tok[] = [];
  /** Groups arrive in text order: the (sorted) address spans are walked alongside. */
  #ai = 0;
  #nounCaps: boolean | undefined;
  /** Indexes (in `out`) of places tied to someone by their cue: "lives in", "city:", the town of an address. */
  readonly personal = new Set<number>();

  constructor(
    readonly text: string,
    readonly addresses: ReadonlyArray<[number, number]>,
  ) {}

  /** Decided on first need only: most groups never reach the check. */
  nounCaps(): boolean {
    return (this.#nounCaps ??= nounCapitalised(this.text));
  }

  flush(out: PiiHit[]): void {
    const group = this.group;
    if (group.length === 0) return;
    const { text, addresses } = this;
    const s0 = group[0]!.s;
    while (this.#ai < addresses.length && addresses[this.#ai]![1] <= s0) this.#ai++;
    const ai = this.#ai;
    const inAddress = ai < addresses.length && s0 >= addresses[ai]![0];
    // "42 Wallaby Way, Sydney": a place name right after a street address is its town
    const prevAddr = ai > 0 ? addresses[ai - 1] : undefined;
    const afterAddress = prevAddr !== undefined && s0 - prevAddr[1] <= 2 && COMMA_GAP.test(text.slice(prevAddr[1], s0));
    if (!inAddress) emitGroup(text, this.g, group, out, afterAddress, this);
    this.group = [];
  }
}
