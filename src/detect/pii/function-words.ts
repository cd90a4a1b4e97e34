/**
 * Lower-case function words that the name lists also hold: English closed-class words (pronouns, wh-words,
 * auxiliaries and modals, prepositions, conjunctions: "how", "can", "may", "so", "be" are surnames or given names
 * somewhere) and the pronouns and particles of other languages seen in chat ("saya" and "kami" in Indonesian and
 * Malay, "xin" and "tôi" in Vietnamese, "lei" and "lui" in Italian). A lower-case word of this set after a cue is
 * the sentence going on ("this is sam how can i help", "email saya", "email xin nghỉ phép"), never a name; given names
 * that are also ordinary words in lower case ("will", "grace") are the caller's other list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "my", "your", "his", "her", "its", "our", "their",
  "who", "whom", "whose", "which", "what", "where", "when", "why", "how", "and", "or", "but", "nor", "so", "yet", "if", "than",
  "as", "at", "by", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "about", "after", "before",
  "is", "am", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should",
  "can", "could", "may", "might", "must", "let", "not", "no", "yes", "the", "a", "an", "this", "that", "here", "there",
  // Indonesian and Malay
  "saya", "aku", "kamu", "anda", "kami", "kita", "mereka", "yang", "dari", "untuk", "dengan", "mau", "sudah", "belum",
  // Vietnamese
  "xin", "tôi", "bạn", "cho", "là", "của", "và", "với",
  // Romance pronouns that are names elsewhere in lower case only ("lei", "lui", "toi")
  "lei", "lui", "toi", "moi",
  // Portuguese and Spanish personal pronouns after "pra"/"com"/"with"-like cues ("ligar pra ela", "habla con ella")
  "ela", "ele", "elas", "eles", "ella", "ellas", "ellos", "vc", "você", "voce",
]);
