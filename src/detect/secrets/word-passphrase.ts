import { isPlaceholder } from "./placeholder.js";
import type { SecretValidator } from "./validators.js";

/**
 * Words that make a run of words a sentence about the passphrase rather than the passphrase: pronouns, auxiliaries,
 * negations, instructions and words about its length, policy or storage, in the languages of `passphrase-words`
 * (English, German, French, Spanish, Portuguese, Italian, Dutch). Passphrases made of such words are missed: the
 * price of not reporting "the passphrase is stored in the team vault".
 */
const SENTENCE_WORDS = new Set(
  [
    // English
    "is are was were be been being am not no never must should can cannot could will would may might shall need needs",
    "do does did done have has had you your yours we our ours they their them it its this that these those he she his",
    "her my me i required require requires optional stored saved kept vault manager policy length long short words word",
    "characters character chars letters digits least minimum maximum strong weak secure random generated forgotten",
    "forgot lost expired protected encrypted enter press prompt prompted hint please ask asks asked see check same",
    "different unchanged missing blank empty unknown hidden redacted removed changed reset rotated sent shared given",
    "provided set unset none null default ask use used using type typed choose pick contact call file doc docs wiki",
    "here there where when what which who how why because if then than also just only",
    // German
    "ist sind war wird werden muss müssen soll sollte kann können nicht kein keine bitte gespeichert hinterlegt steht",
    "liegt siehe mindestens wörter zeichen ihr ihre dein deine sie wir unser gleiche geändert erforderlich",
    // French
    "est sont était sera doit peut pas dans voir au aux vous votre nous notre même stockée enregistrée mots caractères",
    "minimum obligatoire changée ici",
    // Spanish, Portuguese, Italian
    "es son está están era será debe puede en ver su sus nuestra misma guardada almacenada palabras caracteres mínimo",
    "obligatoria cambiada aquí em está não pode deve seu sua nossa mesma palavras guardada obrigatória aqui è sono",
    "deve può non nel nella vedi suo sua nostra stessa parole caratteri salvata obbligatoria qui",
    // Dutch
    "staat moet kan niet zie uw jouw onze zelfde woorden tekens opgeslagen verplicht hier",
  ]
    .join(" ")
    .split(" "),
);

/** Articles and prepositions a value does not start with ("the same as last year", "in the vault", "à changer"). */
const NO_START = new Set("the a an in on at from with under inside as like to for by of à a la le les el los das der die den im".split(" "));

/**
 * A passphrase of plain words (`passphrase-words`): three to eight words, letters with at most one short number among
 * them, no word that makes the run a sentence about the passphrase, not starting with an article or preposition,
 * and at least three different words.
 */
export const wordPassphrase: SecretValidator = ({ secret, score }) => {
  if (isPlaceholder(secret)) return null;
  const words = secret.toLowerCase().split(/[ -]/);
  if (words.length < 3 || words.length > 8) return null;
  if (NO_START.has(words[0] ?? "")) return null;
  let numbers = 0;
  for (const w of words) {
    if (SENTENCE_WORDS.has(w)) return null;
    if (/^\p{N}+$/u.test(w)) {
      numbers += 1;
      if (w.length > 4) return null;
    } else if (/\p{N}/u.test(w)) return null;
  }
  if (numbers > 1 || new Set(words).size < 3) return null;
  return score;
};

/** Articles, prepositions and conjunctions: a run of words holding one is a phrase, not a password of plain words. */
const FUNCTION_WORDS = new Set(
  [
    "the a an and or of for with via to from by on in at into per as",
    "der die das den dem ein eine und oder mit für von zu zum zur bei per im am auf",
    "le la les un une et ou de du des avec pour par sur dans au aux en",
    "el los las y o con para por del al una unos",
    "o os as um uma e ou com para por do da dos das no na em",
    "il lo gli i e o con per di del della nel nella",
    "de het een en of met voor van door op bij naar",
  ]
    .join(" ")
    .split(" "),
);

/**
 * A password of plain words after a password label (`password-words`): the run must be quoted or follow a colon at
 * the end of its line, hold no function word, and not be a Title-Case heading unless quoted; then the passphrase
 * checks apply.
 */
export const passwordWords: SecretValidator = (input) => {
  const quoted = (input.groups.q ?? "") !== "";
  if (!quoted && !/[:=：]/.test(input.groups.op ?? "")) return null;
  const words = input.secret.split(/[ -]/);
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  if (!quoted && words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return wordPassphrase(input);
};
