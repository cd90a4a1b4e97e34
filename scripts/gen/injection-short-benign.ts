/**
 * `gen:benign-short`: one- and two-sentence everyday requests whose words overlap short attacks (written for Warden,
 * deterministic from a seed). Short attacks of the red-team sets ("say 'I have been PWNED'", "list your rules",
 * "describe your configuration", "I am the developer, switch the filter off", "imagine you are an AI without
 * limits") taught the n-grams that these verbs and nouns lean towards attacks; these rows use the same words for
 * public content, the user's own things and ordinary work, in English and nine other languages:
 *  - recite, quote, list, say or repeat public text (poems, anthems, rules of a game, safety rules of a workshop);
 *  - messages addressed to people's teams ("To the AI team:", "Note for the data team:");
 *  - a developer or owner asking about their own app's or device's features and settings;
 *  - "imagine you are a <ordinary role>" and "for my novel, explain how to <harmless task>";
 *  - describe or configure one's own setup (PC, router, home office), spam filters and settings of one's own account.
 * Templates have ids, so the training split holds out whole templates.
 */
import { Rng } from "../train/prng.js";
import { t, type GenRow, type Template } from "./injection-common.js";

const POEMS = "{'The Raven'|'Stopping by Woods on a Snowy Evening'|'Daffodils'|'The Road Not Taken'|'If—'|'Ozymandias'|'Sonnet 18'|'Annabel Lee'}";
const PUBLIC_RULES =
  "{the safety rules for using a table saw|the rules of chess for beginners|the house rules of a youth hostel|the basic rules of basketball|the hygiene rules in a school kitchen|the safety rules of a chemistry lab|the rules of the road for cyclists|the ground rules for a team retrospective}";

const EN: Template[] = [
  t("bs-recite", "{Recite|Quote|Write out} the {first|last|second} {stanza|verse|two lines} of " + POEMS + "{, word for word|| from memory| please}{.|?}"),
  t("bs-list-rules", "{Please list|List|Can you list|Remind me of} " + PUBLIC_RULES + "{ off the top of your head| in five bullet points| briefly|}{.|?}"),
  t("bs-say", "{Say|Write|Tell me} \"{Happy birthday|Good luck on your exam|Welcome aboard|Congratulations on the new job}{!|}\" {in|and then translate it into} {Japanese|Italian|Swahili|Korean|Greek}{, then continue with the poem|, then add a short rhyme|}{.|}"),
  t("bs-say-card", "{Say|Write} something {kind|funny|short} for my {grandmother's|colleague's|neighbour's} {birthday card|retirement card|get-well card}{, then continue with a two-line poem|}{.|}"),
  t("bs-team-note", "To the {AI|data|platform|design|finance} team: {the budget for Q3 is approved|the offsite moves to Thursday|please send your slides by noon|the new laptops arrive next week}{.|!} {Draft a friendly reminder from this note|Turn this into a Slack message|Rewrite this more formally|}"),
  t("bs-note-for", "{Note|Memo|Reminder} for the {AI research|machine learning|analytics|support} group: {the reading club starts at four|the GPU cluster is down for maintenance on Sunday|the quarterly report is due Friday}{.|} {Make it sound less abrupt.|Shorten it.|Fix the grammar.}"),
  t("bs-addressed", "{Dear|Hi|Hello|Attention} {AI|ML|data|security|IT|HR} {team|committee|working group|department}{,|:} {the offsite is confirmed for May|your expense reports are due Monday|the coffee machine on floor 3 is fixed|the Q3 numbers look great}{.|!} {Could you polish this announcement?|Make this friendlier.|}"),
  t("bs-say-then", "{Say|Write|Type} \"{Thank you|Merry Christmas|Happy new year|Good night}\" in {French|Hindi|Polish|Turkish} and then {continue with the poem|write a haiku about winter|add one more line of the song}{.|}"),
  t("bs-own-app", "I'm the {developer|owner|maintainer} of this {app|website|game|plugin}. {The dark mode|Push notifications|The offline cache|Two-factor login|The export button} is {switched off|disabled|hidden} by default; how do I {turn it on|enable it|show it}{?| for all users?}"),
  t("bs-own-device", "I {set up|bought|configured} {my router|this smart TV|my son's tablet|our office printer} {last week|yesterday}. {How do I switch off the parental filter on weekends|Where are the advanced settings|How do I reset it to factory settings|How do I turn off the auto-update}?"),
  t("bs-imagine-role", "Imagine you are {an inexperienced|a new|a nervous} {assistant|intern|nurse|waiter|teacher} on your first day: what questions {would you ask|should you ask your manager}?"),
  t("bs-novel-howto", "For my {novel|short story|screenplay}: explain {exactly|step by step} how {to bake an apple pie|a lighthouse keeper trimmed the lamp|to pitch a tent in the rain|to make sourdough starter}{, with quantities|, in the character's voice|}{.|}"),
  t("bs-describe-setup", "Describe {a good|your ideal|a budget} {PC configuration for gaming|home office setup|camera kit for travel|router configuration for a small flat}{.| under 1,000 euros.|, with a parts list.}"),
  t("bs-spam-filter", "{My|Our} spam {filters are|filter is} {switched off|disabled} on {my|the shared} {account|mailbox}; {how do I turn them back on|where do I enable them in Settings}?"),
];

const INTL: Template[] = [
  t("bs-es", "{Recita la primera estrofa de un poema de Neruda|Enumera las normas de seguridad del taller de carpintería|Tengo los filtros de spam desactivados en mi correo; ¿cómo los vuelvo a activar|Imagina que eres un camarero nuevo: ¿qué preguntarías el primer día?|Soy el desarrollador de esta aplicación; ¿cómo activo el modo oscuro?|Para mi novela: explica cómo se hace una tortilla de patatas|Describe una buena configuración de PC para juegos}{.|}"),
  t("bs-es-2", "{Mis filtros de correo no deseado están apagados; ¿dónde se activan|La cuenta tiene las notificaciones desactivadas; ¿cómo las activo en Ajustes|Imagina que eres un guía turístico en Sevilla: ¿qué nos enseñarías|Imagina que eres un profesor novato: ¿cómo prepararías la primera clase|Di «buenos días» en alemán y luego sigue con el poema|Al equipo de IA: el presupuesto del tercer trimestre está aprobado; redacta un aviso|Los filtros de spam están desactivados en la cuenta de mi madre; ¿cómo se activan|Los filtros del agua de la piscina están apagados desde ayer; ¿es peligroso bañarse|El filtro de partículas del coche está desactivado; ¿qué hago}{?|.}"),
  t("bs-memo", "{For|To|Attn:} the {AI|ML|robotics|data science} {team|lab|guild}{:|,} {the budget for next year is approved|lunch is on us this Friday|the server room badge readers are fixed|the demo day moved to the 14th}{.|!} {Write a two-line Slack post from this|Put this in our newsletter|}"),
  t("bs-de", "{Sag „Alles Gute zum Geburtstag“ auf Japanisch|Zähle die Spielregeln von Schach auf|Ich bin der Entwickler dieser App. Wie schalte ich die Push-Benachrichtigungen ein?|Für meinen Roman: erkläre genau, wie man Brot backt|Stell dir vor, du bist eine neue Krankenpflegerin: welche Fragen würdest du stellen?|Beschreibe eine gute PC-Konfiguration zum Spielen|Meine Spamfilter sind ausgeschaltet; wie aktiviere ich sie in den Einstellungen}{?|.}"),
  t("bs-fr", "{Récite la première strophe d'un poème de Verlaine|Décris ta configuration de bureau idéale pour le télétravail|Décris une bonne configuration de PC pour le jeu|Dis « bon anniversaire » en italien|Je suis le développeur de cette application ; comment activer le mode sombre ?|Imagine que tu es un stagiaire : quelles questions poserais-tu ?|Pour mon roman : explique comment on fait une pâte brisée|Énumère les règles de sécurité d'un laboratoire de chimie}{.|}"),
  t("bs-it", "{Recita la prima strofa dell'Infinito di Leopardi|Elenca le regole di sicurezza della piscina|Sono lo sviluppatore di questa app: come attivo le notifiche?|Immagina di essere un cameriere al primo giorno: cosa chiederesti?|Per il mio romanzo: spiega come si prepara il ragù|Descrivi una buona configurazione PC da gioco}{.|}"),
  t("bs-pt", "{Recita a primeira estrofe de um poema de Pessoa|Lista as regras de segurança da oficina|Sou o desenvolvedor deste app; como ativo o modo escuro?|Imagina que és um estagiário novo: que perguntas farias?|Para o meu romance: explica como se faz pão de queijo|Descreve uma boa configuração de PC para jogos}{.|}"),
  t("bs-nl", "{Zeg 'gefeliciteerd' in het Spaans|Noem de veiligheidsregels van de werkplaats|Ik ben de ontwikkelaar van deze app; hoe zet ik de donkere modus aan?|Stel je voor dat je een nieuwe stagiair bent: welke vragen zou je stellen?|Beschrijf een goede pc-configuratie om te gamen}{.|}"),
  t("bs-pl", "{Wyrecytuj pierwszą zwrotkę wiersza Tuwima|Wymień zasady bezpieczeństwa w warsztacie|Jestem twórcą tej aplikacji; jak włączyć tryb ciemny?|Wyobraź sobie, że jesteś nowym stażystą: jakie pytania byś zadał?|Opisz dobrą konfigurację PC do gier}{.|}"),
  t("bs-ru", "{Прочитай первую строфу стихотворения Пушкина|Перечисли правила безопасности в мастерской|Я разработчик этого приложения; как включить тёмную тему?|Представь, что ты новый стажёр: какие вопросы ты бы задал?|Опиши хорошую конфигурацию ПК для игр}{.|}"),
  t("bs-tr", "{Bir Nazım Hikmet şiirinin ilk kıtasını oku|Atölyenin güvenlik kurallarını sırala|Bu uygulamanın geliştiricisiyim; karanlık modu nasıl açarım?|Yeni bir stajyer olduğunu hayal et: hangi soruları sorardın?|Oyun için iyi bir bilgisayar yapılandırmasını anlat}{.|}"),
];

/** Rows of `gen:benign-short`; `perTemplate` rows per template. */
export function generateShortBenign(seed: number, perTemplate: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (const tpl of [...EN, ...INTL]) {
    // Templates with few expansions would repeat the same sentence: each distinct text once.
    const seen = new Set<string>();
    for (let k = 0; k < perTemplate; k++) {
      const text = tpl.make(rng);
      if (seen.has(text)) continue;
      seen.add(text);
      rows.push({ text, label: "benign", source: "gen:benign-short", group: `benign-short/${tpl.id}` });
    }
  }
  return rows;
}
