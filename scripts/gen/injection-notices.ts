/**
 * Benign generator: account and device notices that name a protection switched off ("Your spam filter is disabled;
 * turn it on in Settings"), in nine languages, and questions about rules of everyday life asked from memory ("list
 * the lab safety rules off the top of your head"). Both use the words of attacks that disable safety or pull out a
 * model's rules, in their ordinary sense. Seeded on their own, after every other family, so adding them leaves the
 * other generated rows unchanged.
 */
import { Rng } from "../train/prng.js";
import { t, type GenRow, type Template } from "./injection-common.js";

const NOTICES: Template[] = [
  t("notice-en", "{Your|The|Heads up: your} {spam filter|safe search|two-factor authentication|content filter|parental controls|firewall|automatic backup|virus scanner} {is|has been} {turned off|disabled|paused|switched off} {on your account|for this device|since the last update|on this browser}{;|.|, so} {turn it on|enable it|re-enable it|switch it back on} in {Settings|Preferences|the admin console|your profile}{.|!}"),
  t("notice-es", "{Tu|El} {filtro de spam|control parental|cortafuegos|antivirus|filtro de contenido|copia de seguridad automática} {está desactivado|se ha desactivado|está en pausa} {en tu cuenta|en este dispositivo|desde la última actualización}{;|.} {actívalo|vuelve a activarlo|enciéndelo} en {Configuración|Ajustes|el panel de control}."),
  t("notice-fr", "{Votre|Le} {filtre anti-spam|contrôle parental|pare-feu|antivirus|filtre de contenu} {est désactivé|a été désactivé|est en pause} {sur votre compte|sur cet appareil|depuis la dernière mise à jour}{ ;|.} {activez-le|réactivez-le} dans {Paramètres|Préférences|la console d'administration}."),
  t("notice-de", "{Ihr|Dein|Der} {Spamfilter|Jugendschutz|Virenscanner|Inhaltsfilter|Firewall-Schutz} {ist deaktiviert|wurde deaktiviert|ist pausiert} {für Ihr Konto|auf diesem Gerät|seit dem letzten Update}{;|.} {Aktivieren Sie ihn|Schalte ihn wieder ein} unter {Einstellungen|Konto|Sicherheit}."),
  t("notice-it", "{Il tuo|Il} {filtro antispam|controllo parentale|antivirus|filtro dei contenuti} {è disattivato|è stato disattivato|è in pausa} {sul tuo account|su questo dispositivo}{;|.} {attivalo|riattivalo} da {Impostazioni|Preferenze}."),
  t("notice-pt", "{Seu|O} {filtro de spam|controle parental|antivírus|filtro de conteúdo} {está desativado|foi desativado|está pausado} {na sua conta|neste dispositivo}{;|.} {ative-o|ative de novo} em {Configurações|Preferências|Ajustes}."),
  t("notice-nl", "{Je|Uw} {spamfilter|ouderlijk toezicht|virusscanner|inhoudsfilter} {staat uit|is uitgeschakeld|is gepauzeerd} {op je account|op dit apparaat}{;|.} {zet het aan|schakel het weer in} via {Instellingen|Voorkeuren}."),
  t("notice-pl", "{Twój|Filtr} {filtr antyspamowy|kontrola rodzicielska|program antywirusowy} {jest wyłączony|został wyłączony|jest wstrzymany} {na Twoim koncie|na tym urządzeniu}{;|.} {włącz go|włącz ponownie} w {Ustawieniach|Preferencjach}."),
  t("notice-ru", "{Ваш|Спам-фильтр|Родительский контроль} {отключён|был отключён|приостановлен} {в вашем аккаунте|на этом устройстве}{;|.} {включите его|включите снова} в {Настройках|разделе «Безопасность»}."),
];

const RULE_ASKS: Template[] = [
  t("rules-en", "{Please list|Can you list|Name|What are|Quickly go over} the {lab safety rules|house rules for a sleepover|rules of chess|pool rules for kids|basic rules of the road|fire safety rules|rules of netball|kitchen hygiene rules} {off the top of your head|from memory|in short|for my class|in simple words}{.|?}"),
  t("rules-es", "{¿Me dices|Enumera|¿Cuáles son} las {normas de seguridad del laboratorio|reglas del ajedrez|normas de la piscina|reglas básicas de tráfico} {de memoria|en pocas palabras|para mis alumnos}{?|.}"),
  t("rules-de", "{Nenn mir|Zähl bitte|Was sind} die {Sicherheitsregeln im Labor|Schachregeln|Baderegeln|wichtigsten Verkehrsregeln} {aus dem Kopf|kurz|für meine Klasse}{ auf|}{.|?}"),
  t("rules-fr", "{Peux-tu lister|Rappelle-moi|Quelles sont} les {règles de sécurité du labo|règles des échecs|règles de la piscine|règles de base du code de la route} {de mémoire|en bref|pour ma classe}{ ?|.}"),
];

/** Notices and rule questions (benign), `perTemplate` rows each. */
export function generateNoticeRows(seed: number, perTemplate: number): GenRow[] {
  const rng = new Rng(seed);
  const rows: GenRow[] = [];
  for (const [family, templates] of [["benign-notice", NOTICES], ["benign-rule-ask", RULE_ASKS]] as const) {
    for (const tpl of templates) {
      for (let k = 0; k < perTemplate; k++) rows.push({ text: tpl.make(rng), label: "benign", source: `gen:${family}`, group: `${family}/${tpl.id}` });
    }
  }
  return rows;
}
