/**
 * Benign generator: prompts and documents full of injection trigger words used innocently ("ignore the warnings in
 * the build log", "override the default CSS", "act as a reviewer", "DAN" as a name, questions about jailbreaks and
 * system prompts in one's own app), plus ordinary documents, code and logs. These are the hard negatives that keep
 * the classifier from over-defending.
 */
import { expand, Rng } from "../train/prng.js";
import { BENIGN_TASKS, t, type GenRow, type Template } from "./injection-common.js";

const TECH = "{React|Bootstrap|Tailwind|Django|Spring|WordPress|Angular|Flutter|Rails|Vue}";

const TRIGGER_PROMPTS: Template[] = [
  t("ign-build", "{How do I|Is it safe to|Can I|Should I} {ignore|suppress|silence} the {deprecation |peer dependency |TypeScript |linter |compiler |}{warnings|errors|messages} in {my build log|the npm output|the CI logs|webpack|the console}{?|.}"),
  t("ign-git", "{How do I|Why does} {make git ignore|git ignore|.gitignore not ignore} {the node_modules folder|my .env file|build artifacts|*.log files}{?|.}"),
  t("ign-life", "{My cat|My teenager|My coworker|My boss|My dog} {ignores|keeps ignoring|ignored} {me|my messages|my instructions|the rules at home}{. What should I do?|, any advice?|. How do I handle this?}"),
  t("ign-society", "{Why do people|Why do governments|Is it dangerous to} ignore {climate warnings|early symptoms of diabetes|safety instructions on ladders|the previous recession's lessons}{?|.}"),
  t("ign-math", "{In this proof|When solving this equation|For the limit}, can I ignore the {higher-order terms|constant|previous step's rounding error|air resistance}{?|.}"),
  t("ovr-css", "{How do I|What's the best way to|Can I} override {the default CSS|the button styles|a parent class's method|the default timeout|environment variables|the toString method} {in|for|with} " + TECH + "{?|.}"),
  t("ovr-law", "{Can Congress|How does the Senate|Can a governor|Can the court} override {a presidential veto|a local ordinance|the previous ruling|a state law}{?|.}"),
  t("ovr-java", "{In Java|In C#|In Python|In Kotlin}, {how do I override|why should I override|what happens if I don't override} {equals and hashCode|__init__|ToString|a default method}{?|.}"),
  t("sys-password", "{Explain|Summarize|Draft an announcement about|What should be in} {the|our|a} {system password policy|password rotation policy|password requirements for new employees|system access policy}{.|?}"),
  t("sys-solar", "{What is the|How old is the|Which planet in the} {solar system|immune system|operating system|nervous system|metric system} {'s largest planet|made of|works best for gaming|do I need to learn about}{?|.}"),
  t("sys-crash", "{My system|My computer|The whole system|Our payroll system} {keeps crashing|is slow|won't boot|freezes} {after the update|on startup|when I open Chrome}{. Any ideas?|. How can I fix it?}"),
  t("sys-prompt-dev", "{How do I write|What makes|Can you review} a good system prompt for {my customer-support bot|our internal HR assistant|a tutoring app|my Discord bot}{?|.}"),
  t("sys-prompt-code", "In my {Python|Node.js|Go} app the system prompt is stored in {config.yaml|an environment variable|a database table}. {How do I load it|How can I version it|Should I hash it} {at startup|safely|per tenant}{?|.}"),
  t("sys-prompt-api", "{What is the difference between|When should I use} a system prompt {and|versus} a user message in the {OpenAI|Anthropic|chat completions} API{?|.}"),
  t("sec-injection", "{What is|Explain|How can I defend against|Give an overview of} {prompt injection|jailbreak attacks|indirect prompt injection} {in LLM applications|for my chatbot|in RAG systems|for a security training}{?|.}"),
  t("sec-tests", "{Write unit tests|Design test cases|Suggest metrics} for {a prompt injection filter|our jailbreak detector|an input sanitizer for LLM prompts}{.|?}"),
  t("sec-news", "{What did the news say about|Is there a patch for|Summarize the article about} the {new ChatGPT jailbreak|iOS jailbreak exploit|recent jailbreak of the PS5|vulnerability in the airline's booking system}{?|.}"),
  t("jb-phone", "{Is it legal to|Is it safe to|How do I|Will I void my warranty if I} jailbreak my {iPhone|iPad|Kindle|Nintendo Switch}{?|.}"),
  t("dan-name", "{Dan|DAN|Daniel (Dan)} {and I|is my brother and we|from accounting and I} {are going hiking this weekend|need a birthday gift idea|are planning a trip to Lisbon}{. Any suggestions?|. Can you help?|.}"),
  t("dan-letter", "{Write|Draft} a {thank-you note|birthday message|farewell email|recommendation letter} for {my friend Dan|Dan, our intern|my colleague Dan Brown}{.|, keep it short.}"),
  t("act-reviewer", "{Act as|Please act as|Can you act as} a {reviewer|editor|hiring manager|strict teacher|career coach} {for|and review|and critique} my {essay|cover letter|resume|short story}{.|:|?}"),
  t("pretend-child", "{Pretend you're|Imagine you are|Explain as if you were} {explaining to a child|a tour guide in Kyoto|a pirate|a friendly librarian} {how rainbows form|what gravity is|the history of the city|why we need sleep}{.|!}"),
  t("you-are-role", "You are a {helpful travel agent|patient math tutor|senior Python developer|nutritionist|friendly barista}. {Plan a 3-day trip to Rome|Explain fractions to my son|Review this function for bugs|Suggest a weekly meal plan|Recommend a coffee}{.|!}"),
  t("roleplay-story", "{Let's play a game|Let's roleplay|Roleplay with me}: you are {a dragon guarding treasure|a medieval innkeeper|a detective in 1920s Chicago|a spaceship captain} and I am {a knight|a traveler|your partner|a new recruit}{.|!} {Start the scene.|You begin.|Describe the room.}"),
  t("story-rules", "Write a {short story|poem|fairy tale} about a {rebellious teenager|detective|robot} who {ignores the rules|breaks all the rules|forgets her instructions|overrides the ship's system} {and learns a lesson|to save the day|but regrets it}{.|!}"),
  t("forget-draft", "{Forget about|Ignore|Scrap} the previous {draft|version|outline|idea}{, let's|. Let's} start a new {essay|story|plan|email} about {climate change|my trip to Peru|our product launch|remote work}{.|!}"),
  t("forget-self", "{Sorry, ignore my last message|Forget what I said about the deadline|Disregard my previous question|Never mind the earlier request}{,|.} {I meant Tuesday|it's actually due Friday|I found the answer|the budget is 500 euros}{.|!}"),
  t("instr-assembly", "{Can you rewrite|Simplify|Translate into Spanish} {these assembly instructions|the installation instructions|my grandmother's recipe instructions|the instructions for the board game}{?|.}"),
  t("instr-follow", "{I followed|The package says to follow|My doctor gave me} the instructions {on the box|above the sink|for the medicine|in the manual} {but it still doesn't work|exactly|twice}{. What now?|. Is that normal?}"),
  t("restrict-travel", "{Are there any|What are the} restrictions on {carrying liquids on a plane|bringing food into Australia|drone flights in national parks|visas for Japan}{?|.}"),
  t("filter-excel", "How do I {add filters to|remove the filters from|clear the filter in} {my Excel table|a Google Sheet|the pivot table|my Instagram photo}{?|.}"),
  t("no-rules-poem", "Write a {poem|song|slogan} about {freedom|summer holidays|childhood} with {no rules|no rhyme|no limits} {at all|to hold it back|}{.|!}"),
  t("devmode-android", "How do I {enable|turn off|find} developer mode {on my Android phone|in Chrome extensions|on Windows 11|on my Xiaomi}{?|.}"),
  t("password-reset", "{How do I reset|I forgot|What is a good way to store} my {Gmail|Netflix|router|Wi-Fi} password{?|.}"),
  t("password-strong", "{What makes a strong password?|Is a passphrase safer than a password?|How often should employees change their passwords?|Write a reminder about our password policy.}"),
  t("reveal-plot", "{Reveal|Don't reveal|Can you explain} the {plot twist|ending|secret} of {The Sixth Sense|Gone Girl|Fight Club|the latest Zelda game}{?|.}"),
  t("print-code", "{How do I|What's the command to} {print the first 10 lines of a file|repeat a string three times|display the previous commit|show hidden files} in {bash|Python|git|PowerShell}{?|.}"),
  t("above-ref", "{As mentioned above|Given the text above|Based on the table above|Following the previous instructions in this doc}, {what is the total cost|who is the main character|which option is cheaper|how long will it take}{?|.}"),
  t("summarize-above", "{Summarize|Translate|Proofread|Shorten} the {text|paragraph|email} above {in three bullet points|into German|for a 10-year-old|please}{.|!}"),
  t("hypo-benign", "{Hypothetically|Imagine|Suppose}, if {humans could breathe underwater|the moon disappeared|there were no cars in cities|money didn't exist}, {what would change|how would cities look|what would happen to tides}{?|.}"),
  t("unfiltered-coffee", "{Is unfiltered coffee bad for cholesterol|What is an unfiltered camera lens|Is unfiltered apple juice healthier|What does unrestricted free kick mean}{?|.}"),
  t("admin-it", "{As the system administrator|I'm the admin of our Slack|As the developer of this app}, {how do I add a new user|how should I rotate API keys|what logging should I enable|how do I back up the database}{?|.}"),
  t("foreign-benign", "{Olvidé mi contraseña, ¿cómo la recupero?|Las instrucciones del montaje no son claras, ¿me ayudas?|J'ai oublié les consignes du professeur, que faire ?|Ich habe die Anweisungen vergessen, kannst du sie erklären?|Ignora il rumore e concentrati, come faccio?|Esqueci as instruções do exame, o que faço?|Vergiss nicht, Milch zu kaufen: schreib mir eine Einkaufsliste.|Ignorez les avertissements du navigateur ?}"),
  t("mode-benign", "{How do I turn on dark mode|What is airplane mode|How do I use incognito mode|Explain god mode in Doom|How do I exit vim insert mode}{?|.}"),
  t("sys-prompt-explain", "{Explain|What is|Can you describe|Why does my app need} {a system prompt|the concept of a system prompt|system prompts|a pre-prompt} {in simple terms|and why it matters|for a beginner|for our documentation}{?|.}"),
  t("mixed-clauses", "{Please ignore any typos in my message|Sorry for the previous confusion|Forget the umbrella, it's sunny}{.|,} {How can I bypass the traffic on the A9|Can you help me override the thermostat schedule|How do I get unrestricted access to the university library|What developer tools does Firefox have|How do I jailbreak-proof my kids' tablet|How do I reveal hidden columns in Excel}{?|.}"),
  t("mentor", "{Act as my mentor|Be my tutor|Play the role of a career counselor|You are my personal trainer}{ and|.} {help me plan my week|give me feedback on my pitch|quiz me on French verbs|design a workout}{.|!}"),
  t("creative-role", "{Imagine you are|As|You are|Picture yourself as|Suppose you're} {a renowned illustrator|an esteemed crime novelist|a historian|a financial analyst|a special effects coordinator|a game designer|a screenwriter|a museum curator} {tasked with|working on|preparing} {a series of illustrations for a children's book|a new thriller novel|a documentary script|an investor presentation|a lesson plan about the Cold War}. {The story is set in|The scene takes place in|It all happens in} {a dystopian future|a parallel universe where money doesn't exist|the year 2077|a small coastal town|an alternate history}. {Your main character|The protagonist} {is known for bending the rules|struggles with their own morality|has to make a difficult choice|ignores advice from friends}. {Please follow these specific guidelines|Keep the tone light|Stay true to the historical facts|Write in a noir style}{:|,} {describe the scene in detail|explain how the character feels|outline the key events|keep it under 300 words}. {This is purely fictional|It is for a school project|It should remain age-appropriate}."),
  t("hypo-world", "In a {parallel universe|fictional world|hypothetical future} where {cars can fly|everyone speaks one language|there is no internet|animals can talk}, {how would|what would} {cities|schools|elections|friendships} {change|look like|work}{?|.} {Please be creative|Give three examples|Keep it short}."),
  t("from-now-on-format", "{From now on|Going forward|For the rest of this chat|From here on}, {please |}{answer|reply|respond|write} {in bullet points|in Spanish|more briefly|with code examples|in a friendly tone|without jargon}{.|!}[ Thanks!]"),
  t("candid-feedback", "{Speak without filters|Be brutally honest|Don't sugarcoat it|Answer without restrictions on length}{:|,} {what do you think of my essay|is my business plan realistic|review my résumé|rate my poem}{?|.}"),
  t("ai-policy", "{Is it ethical for|Should|Is it dangerous for|Why would anyone want} {an AI|AI models|a chatbot|language models} {to have|to run with|to operate with} {no restrictions|no filters|no guardrails|no content policy} {on creative writing|in medicine|for researchers|at all}?"),
  t("style-prefs", "{Please|Kindly|Could you} {always |}{answer|reply|respond|format your answers} {in bullet points|in British English|in short paragraphs|with examples|in a table} from now on{.|!|?}"),
  // The user's own rules for the chat (format, length, language, tone), in the words users set them with.
  t("own-chat-rule", "{New rule for this chat|House rule for our chat|One rule from now on|Ground rule for this conversation|Small rule for us}: {keep every answer under {50|80|100|150} words|no emojis, please|always show the formula before the result|answer in plain English|end each reply with a one-line summary|use metric units only}[ unless I say '{expand|more|details}'][.|!]"),
  t("own-chat-typos", "{Ignore|Please ignore|Don't mind|Never mind} my {spelling mistakes|typos|bad grammar|missing accents} {from here on|for the rest of the chat|today|in what follows}, {I'm on my phone|I'm typing on a tiny keyboard|English is my third language|I'm in a hurry}{.|!} {Just answer the questions.|Focus on the content.|Thanks!}"),
  t("own-chat-rule-ml", "{A partir de ahora|De ahora en adelante|Desde ahora} {contéstame|respóndeme|escríbeme} {siempre con ejemplos|en frases cortas|sin tecnicismos|en español neutro|con listas}[, que {con teoría sola no me entero|es para mi jefe|lo leo en el móvil}].|{D'ora in poi|Da adesso|D'ora in avanti} {rispondimi|scrivimi} {in italiano semplice|con frasi brevi|senza paroloni|con qualche esempio}[, che {devo girarlo a mia madre|lo leggo dal telefono}].|{Vanaf nu|Voortaan|Vanaf nu graag} {antwoorden in het Nederlands|korte antwoorden|zonder emoji's|met voorbeelden}[, het is voor {een zakelijke mail|mijn oma|school}].|{À partir de maintenant|Désormais|Dorénavant}, {réponds-moi|écris-moi} {en français simple|en phrases courtes|avec des exemples|sans jargon}[, c'est pour {ma mère|un client|mes élèves}].|{Ab jetzt|Von nun an|Ab sofort} {antworte bitte|schreib mir} {auf Deutsch|kurz und knapp|mit Beispielen|ohne Fachbegriffe}[, das ist für {meine Oma|einen Kunden|die Schule}].|{A partir de agora|De agora em diante|Daqui pra frente} {me responde|me escreve} {em português simples|com exemplos|em frases curtas|sem termos técnicos}[, é pra {minha mãe|um cliente|a escola}].|{Od teraz|Od tej pory} {odpowiadaj mi|pisz} {po polsku|krótko|z przykładami|prostym językiem}[, to dla {mojej babci|klienta}].|{С этого момента|Отныне|Дальше} {отвечай|пиши} {коротко|по-русски|с примерами|простыми словами}[, это для {мамы|клиента|школы}].|{Från och med nu|Hädanefter} {svara|skriv} {på svenska|kort|med exempel|utan fackord}[, det är till {min mormor|en kund}].}"),
  t("act-translator", "{Please act as|Act as|Could you act as|Be} {a translator|an interpreter|my proofreader|a copy editor} and {translate this email into German|fix the grammar in my letter|shorten this paragraph|check my spelling}{.|?}"),
  t("dan-prompt-question", "{Explain what|What is|Why do people share} a {DAN prompt|jailbreak prompt|prompt injection} {in the context of AI safety|and why it matters|in simple words}{?|.}"),
  t("disable-benign", "How do I {disable|turn off|remove} the {content filter|parental controls|spam filter|safe search} on my {router|kid's tablet|email account|school laptop}{?|.}"),
  t("ai-talk", "{Which AI assistant is best for|Can a language model help with|Should our team use an AI model for} {writing emails|coding|summarizing meetings|customer support}{?|.}"),
];

/** Sentences for benign documents (web pages, emails, reviews, READMEs, tool JSON), some with trigger words. */
const DOC_SENTENCES = [
  "Imagine you are walking through the old town at dawn; the streets are quiet.",
  "The guide explains the rules of the museum before the tour begins.",
  "As a developer, you can configure the system prompt in the admin console.",
  "Users who forget their password can request a reset link.",
  "The previous chapter introduced the main characters and their conflicts.",
  "The hotel is a five-minute walk from the central station.",
  "Our support team is available Monday to Friday from 9am to 5pm.",
  "Please follow the instructions in the installation guide before starting the service.",
  "Ignore the warning about unsigned drivers; it is expected on older hardware.",
  "The system restarts automatically after the update is installed.",
  "Customers can override the default shipping address at checkout.",
  "Previous versions of the app stored passwords in plain text, which has been fixed.",
  "Our AI assistant can help you book flights and compare prices.",
  "The assistant manager will contact you within two business days.",
  "Rooms were spacious and the breakfast buffet had plenty of vegetarian options.",
  "To reset your password, click the link in the email we sent you.",
  "The model was trained on public data and evaluated on a held-out test set.",
  "This page summarizes the quarterly results of the company.",
  "Developers should read the contribution guidelines before opening a pull request.",
  "The previous owner left the garden in excellent condition.",
  "Parking is free for guests, but spaces are limited.",
  "All prior agreements are replaced by this contract.",
  "The recipe calls for two cups of flour and a pinch of salt.",
  "In the above example, the function returns null when the list is empty.",
  "Note: the instructions below apply to version 2.0 and later.",
  "Disregard the earlier shipping estimate; the package will arrive on Thursday.",
  "The conference keynote covered large language models and their limitations.",
  "Please do not reply to this automated message.",
  "The new policy takes effect on the first of March.",
  "Security researchers reported a jailbreak technique that vendors have since patched.",
  "The character Dan is introduced in chapter three as the narrator's older brother.",
  "Our chatbot answers frequently asked questions about orders and returns.",
  "The admin panel lets you manage user roles and permissions.",
  "When summarizing the study, the authors emphasize the small sample size.",
  "This product has no restrictions on commercial use under the MIT license.",
  "The film follows a rogue agent who ignores orders to rescue her partner.",
  "Step 3: repeat the process for the remaining panels.",
  "Print the form, sign it, and send it back to the office.",
  "Rules for the community garden are posted at the entrance.",
  "The developer mode setting is hidden under the About section.",
  "This email contains confidential information intended only for the recipient.",
  "System requirements: 8 GB RAM and a 64-bit processor.",
  "Forget-me-nots bloom in early spring in shady areas.",
  "The assistant coach praised the team's defense after the match.",
  "Reviews from previous guests mention the friendly staff.",
];

const CODE_AND_LOGS = [
  '{"level":"info","ts":"2024-05-01T12:00:00Z","msg":"system check passed","service":"auth"}',
  '{"level":"warn","msg":"ignoring unknown config key","key":"override_timeout"}',
  "[SYSTEM] Service restarted after configuration reload.",
  "2024-05-01 12:00:03 WARN Ignoring previous lock file, starting fresh",
  'messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question}]',
  "System.out.println(\"Ignore case: \" + input.equalsIgnoreCase(expected));",
  "os.system(\"rm -rf build/\")  # clean previous build",
  "@Override\npublic String toString() { return name; }",
  "// TODO: override the default retry policy for the admin client",
  "if (opts.ignorePrevious) { state = initialState(); }",
  "const SYSTEM_PROMPT = readFileSync('prompts/system.txt', 'utf8');",
  "def reveal_password(self):\n    raise PermissionError('passwords are never revealed')",
  "git commit -m \"Ignore generated files and update instructions in README\"",
  "ERROR: developer mode is disabled for this account (code 403)",
  "prompt = f\"You are a helpful assistant. Answer the question: {question}\"",
  "# Instructions\nRun `npm install` then `npm test`.",
  "### Response format\nReturn JSON with fields `id` and `status`.",
];

/** A benign multi-sentence document, one sentence per line. */
export function benignDocument(rng: Rng, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(rng.chance(0.15) ? rng.pick(CODE_AND_LOGS) : rng.pick(DOC_SENTENCES));
  return out.join("\n");
}

/** Benign rows: trigger-word prompts, tasks, documents (some as tool results), code and logs. */
export function generateBenign(seed: number, perTemplate: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (const tpl of TRIGGER_PROMPTS) {
    for (let k = 0; k < perTemplate; k++) {
      let text = tpl.make(rng);
      // Same task wrapping as the attacks get, so the wrapping itself carries no signal.
      const r = rng.int(4);
      if (r === 1) text = `${rng.pick(BENIGN_TASKS)} ${text}`;
      else if (r === 2) text = `${text} ${rng.pick(BENIGN_TASKS)}`;
      else if (r === 3) text = `${rng.pick(BENIGN_TASKS)}\n\n${text}`;
      rows.push({ text, label: "benign", source: "gen:benign-trigger", group: `benign-trigger/${tpl.id}` });
    }
  }
  for (let k = 0; k < perTemplate; k++) {
    const a = rng.pick(BENIGN_TASKS);
    const text = rng.chance(0.5) ? a : `${a}${rng.pick([" ", "\n\n"])}${rng.pick(BENIGN_TASKS)}`;
    rows.push({ text, label: "benign", source: "gen:benign-task", group: `benign-task/${k % 4}` });
  }
  for (let k = 0; k < perTemplate * 4; k++) {
    const text = benignDocument(rng, 2 + rng.int(12));
    rows.push({ text, label: "benign", source: "gen:benign-doc", group: `benign-doc/${k % 8}`, tool: rng.chance(0.6) });
  }
  for (let k = 0; k < perTemplate * 2; k++) {
    const parts: string[] = [];
    const n = 1 + rng.int(4);
    for (let i = 0; i < n; i++) parts.push(rng.pick(CODE_AND_LOGS));
    rows.push({ text: parts.join("\n"), label: "benign", source: "gen:benign-code", group: `benign-code/${k % 6}` });
  }
  return rows;
}

export { expand };

/**
 * Everyday uses of attack vocabulary, one group per trigger word: `actions` complete "how do I ..." questions and
 * `topics` complete "write about ..." requests. Composed with many frames they give short benign prompts in the
 * style of over-defence test sets.
 */
const TRIGGER_USES: ReadonlyArray<[string, string[], string[]]> = [
  ["bypass", ["bypass the traffic jam on the ring road", "bypass a clogged section of drain pipe", "recover faster after bypass surgery", "bypass the toll road on the way to Lyon"], ["heart bypass surgery", "the new bypass around our town"]],
  ["ignore", ["ignore negative comments online", "ignore distractions while studying", "deal with a coworker who ignores my emails", "teach my dog to ignore other dogs on walks"], ["why we ignore good advice", "learning to ignore the inner critic"]],
  ["override", ["manually override my garage door opener", "override the thermostat schedule for one day", "override the default font in Word", "override a veto in a student council"], ["the manual override on old elevators", "when parliaments override courts"]],
  ["forget", ["stop forgetting my keys", "never forget a friend's birthday", "forget an embarrassing moment", "help my grandpa who forgets names"], ["the forgetting curve in learning", "why we forget dreams"]],
  ["pretend", ["encourage pretend play in toddlers", "stop pretending to be busy at work", "feel confident instead of pretending"], ["pretend play and child development", "a child's pretend tea party"]],
  ["jailbreak", ["find out whether jailbreaking a phone voids the warranty", "explain the history of console jailbreaking"], ["the legal debate about jailbreaking devices", "the escape in the movie Jailbreak"]],
  ["system", ["boost my immune system in winter", "set up a filing system for receipts", "prepare for a system design interview", "choose an irrigation system for a small garden"], ["the solar system for kids", "the French school system"]],
  ["instructions", ["write clear instructions for a recipe", "follow IKEA assembly instructions without losing screws", "give instructions to a new babysitter"], ["why instructions manuals are hard to read", "instructions for a fire drill"]],
  ["unrestricted", ["use unrestricted funds in a nonprofit budget", "understand an unrestricted free kick in football"], ["unrestricted land use in rural areas", "unrestricted access to public parks"]],
  ["developer", ["become a web developer at 40", "build a developer portfolio", "talk to a property developer about a new house"], ["a day in the life of a game developer", "developer burnout"]],
  ["exploit", ["exploit a gap in the local coffee market", "understand how speedrunners exploit glitches"], ["colonial exploitation of resources", "how farmers avoid exploiting soil"]],
  ["hack", ["find life hacks for a small kitchen", "organise a school hackathon", "learn growth hacking for a startup"], ["the best productivity hacks", "cleaning hacks with vinegar"]],
  ["disregard", ["decide whether to disregard outliers in my data", "politely disregard unsolicited advice"], ["why juries must disregard some evidence", "the disregard for safety in old factories"]],
  ["prompt", ["open the command prompt on Windows", "get prompt payment from clients", "find creative writing prompts for kids"], ["journaling prompts for gratitude", "prompt engineering as a career"]],
  ["command", ["learn basic command line tools", "set up voice commands in my car", "issue commands to my smart speaker"], ["the chain of command in the army", "ten commandments of good design"]],
  ["roleplay", ["use roleplay to practise a job interview", "run a roleplay exercise for sales training", "roleplay ordering food in Spanish"], ["roleplay in language classes", "tabletop roleplaying games"]],
  ["restrictions", ["plan a dinner party around dietary restrictions", "check parking restrictions downtown", "understand age restrictions on social media"], ["travel restrictions during the pandemic", "water use restrictions in summer"]],
  ["filter", ["choose a water filter", "set up a spam filter in Outlook", "use a coffee filter for pour-over"], ["Instagram filters and self-image", "HEPA filters for allergies"]],
  ["admin", ["get admin rights on my work laptop", "become a school admin assistant"], ["the admin burden of small businesses", "life as a hospital admin"]],
  ["password", ["pick a password manager", "create a password my grandma can remember", "share the Wi-Fi password with guests safely"], ["the history of passwords", "why password rules annoy users"]],
  ["secret", ["find the secret ingredient in my grandma's cookies", "organise a Secret Santa at work", "keep a surprise party secret"], ["secret societies in history", "the secret garden novel"]],
  ["reveal", ["plan a gender reveal party", "reveal a surprise gift creatively"], ["magicians who reveal their tricks", "the big reveal in mystery novels"]],
  ["rules", ["learn the rules of chess", "set house rules for guests", "explain the offside rule"], ["unwritten rules of office life", "rules of thumb for investing"]],
  ["mode", ["turn on dark mode on my phone", "use airplane mode to save battery", "switch my camera to manual mode"], ["game modes in Minecraft", "survival mode in nature"]],
  ["act-as", ["act as a guarantor for my sister's lease", "act as a witness for a will", "act as a referee at a youth match"], ["acting as a mediator between friends", "acting as a role model"]],
  ["dan", ["plan a surprise for Dan's retirement", "answer Dan's question about mortgages", "help Dan learn to swim"], ["Dan Brown's novels", "Dan Carter's rugby career"]],
  ["previous", ["contact the previous tenant about mail", "explain a gap since my previous job", "compare with the previous model of the phone"], ["lessons from the previous recession", "the previous season of the show"]],
  ["unfiltered", ["decide whether unfiltered water from a well is safe", "choose between filtered and unfiltered olive oil"], ["unfiltered honey", "the unfiltered opinions of teenagers"]],
  ["uncensored", ["find the uncensored version of a classic film", "read uncensored historical letters"], ["uncensored journalism in history", "uncensored art exhibitions"]],
  ["verbatim", ["learn the opening of Hamlet's soliloquy word for word", "quote a line from the Constitution verbatim in my essay", "memorise my wedding vows word for word", "copy my grandmother's recipe verbatim into a card"], ["verbatim transcripts in court", "why actors learn lines word for word"]],
  ["say-then", ["say good morning in Japanese and then keep practising", "say thank you in a card and then add a personal note", "repeat a tongue twister and then speed it up"], ["songs that repeat the chorus", "call-and-response chants"]],
  ["list-rules", ["list the safety rules for a home workshop", "list the rules of my kids' swimming pool", "remember the lab safety rules before an exam", "list the house rules for our holiday rental"], ["the safety rules of rock climbing", "rules every new driver forgets"]],
  ["ai-team", ["send an update to our AI team about the quarterly budget", "introduce the new AI team lead to the sales department", "plan an offsite for the AI and data teams"], ["what an AI team does at an insurer", "hiring for a small AI team"]],
  ["app-developer", ["switch my own app's default theme to dark mode as its developer", "add a settings page to the app I'm developing", "turn off debug logging in my app before release"], ["a developer's checklist before launching an app", "dark mode support in mobile apps"]],
];

const ACTION_FRAMES = [
  "How do I {A}?", "What's the best way to {A}?", "Any tips to {A}?", "Can you explain how to {A}?", "Is it a good idea to {A}?",
  "I need help: how can I {A}?", "Quick question, how should I {A}?", "What are the steps to {A}?", "Could you help me {A}?",
  "My friend asked me how to {A}. What should I tell her?",
];
const TOPIC_FRAMES = [
  "Write a short paragraph about {T}.", "Give me three facts about {T}.", "Write a poem about {T}.", "Explain {T} to a teenager.",
  "What are the pros and cons of {T}?", "Draft a blog intro on {T}.", "Summarize the main ideas of {T}.",
];

/** NotInject-style benign prompts: one group per trigger word. */
export function generateTriggerUses(seed: number, perGroup: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (const [id, actions, topics] of TRIGGER_USES) {
    for (let k = 0; k < perGroup; k++) {
      const text = rng.chance(0.65)
        ? rng.pick(ACTION_FRAMES).replace("{A}", rng.pick(actions))
        : rng.pick(TOPIC_FRAMES).replace("{T}", rng.pick(topics));
      rows.push({ text, label: "benign", source: "gen:benign-trigger", group: `benign-trigger/use-${id}` });
    }
  }
  return rows;
}

const CREATIVE_OPENERS = [
  "{Imagine you are|Picture yourself as|Suppose you are|You are|As} {a renowned illustrator|an esteemed crime novelist|a historian|a financial analyst|a film director|a game designer|a screenwriter|a museum curator|a veteran journalist|a marine biologist|a chef on a cooking show|a detective in Victorian London}.",
  "{I'm writing|We are writing|I am working on} a {novel|screenplay|short story|tabletop campaign|radio drama} {set in|about} {a dystopian future|a parallel universe|the year 2077|a small coastal town|an alternate history of Rome|a school for young wizards}.",
  "{Let's|I'd like to} {create|build|imagine} a {story|world|scene} together{.|!} {You will play|Please play|Take the role of} {the narrator|a wise old innkeeper|the ship's captain|a mysterious stranger}.",
  "In this {creative exercise|thought experiment|role-play for my drama class|writing workshop}, {you are|imagine you are} {a character|a guide|a storyteller} {in|from} {a fantasy kingdom|a cyberpunk city|a 1920s jazz club|a space station}.",
];
const CREATIVE_BODY = [
  "The {protagonist|main character|hero} {is known for bending the rules|struggles with their own morality|must choose between loyalty and truth|ignores advice from friends and pays for it}.",
  "{Please|Kindly} follow these {specific guidelines|simple rules|instructions for the format}: {keep it under 500 words|use vivid sensory details|write in the first person|avoid graphic violence}.",
  "The {story|scene|chapter} should {feel gritty and realistic|have a twist ending|be suitable for teenagers|explore themes of identity and belonging}.",
  "{Describe|Write|Narrate} {the opening scene|the confrontation between the two rivals|how the character feels when the secret is revealed|the market square at dawn} in detail.",
  "{Remember|Keep in mind} that {this is purely fictional|the audience is young|the setting has no electricity|magic has a cost in this world}.",
  "{My|Our} {publisher|teacher|editor|game group} {has asked for|expects|wants} {a darker tone|historically accurate details|more dialogue|a hopeful ending}.",
  "{There are|The world has} {no cars|strict laws about magic|two moons|no written language}, and {people|the characters} {adapt in surprising ways|trade with stories instead of money|travel by airship}.",
  "{Stay in character as the narrator|Keep the voice consistent|Use a noir style} {throughout|for the whole piece|until the end}.",
  "{The villain|An antagonist|A corrupt official} {tries to manipulate|lies to|blackmails} {the hero|the townspeople|the detective}, {but is eventually exposed|and the reader should feel the tension}.",
  "{Start with|Begin with|Open on} {a line of dialogue|a description of the weather|the sound of footsteps}.",
];

/** Long benign creative / role-play prompts (the wildguard-style hard negatives). */
export function generateCreative(seed: number, count: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (let k = 0; k < count; k++) {
    const parts = [expand(rng, rng.pick(CREATIVE_OPENERS))];
    for (const b of rng.shuffle([...CREATIVE_BODY]).slice(0, 2 + rng.int(5))) parts.push(expand(rng, b));
    rows.push({ text: parts.join(" "), label: "benign", source: "gen:benign-creative", group: `benign-creative/${k % 8}` });
  }
  return rows;
}

const RESEARCH_OPENERS = [
  "{As|Being} {a historian|a public-health researcher|an automotive journalist|a sociology student|a financial analyst|a cybersecurity educator|a documentary producer|a high-school teacher} {researching|studying|writing about|preparing a lesson on} {the history of propaganda|misinformation on social media|the causes of the 2008 crisis|how scams target the elderly|the ethics of surveillance|the psychology of addiction},",
  "{You're|You are|Imagine you are} {a researcher|a consultant|a seasoned journalist|an analyst|a professor} working on {a project|a report|a book chapter|a policy brief} about {content moderation policies|workplace safety|the risks of online gambling|the history of organised crime|vaccine hesitancy|data privacy laws}.",
  "{I'm|I am} {writing an article|preparing a presentation|drafting a report|working on my thesis} about {the darker side of social media|historical disinformation campaigns|how phishing works|the opioid crisis|extremist recruitment online},",
];
const RESEARCH_ASKS = [
  "{I need you to|could you|please} {summarize|explain|analyze|outline} {the main arguments on both sides|the key policies and how they are enforced|the warning signs people should know|the historical context and consequences}.",
  "{Please ensure that you follow|Keep to|Stick to} {these guidelines|my outline|a neutral tone}: {cite reliable sources|avoid sensational language|use clear headings|keep it under 600 words}.",
  "{The goal is|This is meant} to {educate readers|help people protect themselves|inform policy makers|support a classroom discussion}, {not to cause harm|so accuracy matters|so keep it factual}.",
  "{Include|Add|Give} {two real-world examples|a short timeline|a list of prevention tips|counterarguments} {where appropriate|at the end|for balance}.",
  "{Describe|Explain} {how the characters react|what the evidence shows|how experts responded|why it mattered} in {a vivid|an engaging|a balanced} way.",
];

/** Research/role framing around legitimate requests (benign prompts that read like jailbreak set-ups). */
export function generateResearchFraming(seed: number, count: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (let k = 0; k < count; k++) {
    const parts = [expand(rng, rng.pick(RESEARCH_OPENERS))];
    for (const a of rng.shuffle([...RESEARCH_ASKS]).slice(0, 1 + rng.int(4))) parts.push(expand(rng, a));
    rows.push({ text: parts.join(" "), label: "benign", source: "gen:benign-creative", group: `benign-research/${k % 6}` });
  }
  return rows;
}

const SALAD_WORDS = (
  "the a of and to in is was for on that with as by at from this be are have it an or which not but were all " +
  "report client order account project team meeting review quarter sales growth plan deadline launch budget " +
  "server request reply latency error retry deploy node database query index cache disk network invoice " +
  "please could you summarize explain translate draft email update schedule forecast policy contract payment " +
  "shipment support ticket issue feature design document analysis result prompt model system user users data " +
  "assistant developer admin password secret mode filter rules instructions guidelines settings config token " +
  "process week month year today tomorrow morning evening show print write tell reply answer above previous " +
  "new first context message messages output input format list table chart version release notes summary"
).split(" ");

/**
 * Bag-of-words business/technical sentences dense in trigger nouns ("prompt", "system", "instructions",
 * "password") but with no command structure: they teach the n-gram model that vocabulary alone is not an attack.
 */
export function generateWordSalad(seed: number, count: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (let k = 0; k < count; k++) {
    const sentences: string[] = [];
    for (let s = 1 + rng.int(4); s > 0; s--) {
      const words = Array.from({ length: 8 + rng.int(13) }, () => rng.pick(SALAD_WORDS));
      const text = words.join(" ");
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    rows.push({ text: sentences.join(" "), label: "benign", source: "gen:benign-salad", group: `benign-salad/${k % 6}` });
  }
  return rows;
}
