/** Set 9 positives, fourth batch (hand-written): short pastes, prompts to an assistant, names that are ordinary words. */
import { card, ibanM, m, nhs } from "./gen9.js";

const P = (v: string) => m("PERSON", v), L = (v: string) => m("LOCATION", v), A = (v: string) => m("ADDRESS", v);
const E = (v: string) => m("EMAIL_ADDRESS", v), T = (v: string) => m("PHONE_NUMBER", v), D = (v: string) => m("DATE_TIME", v);
const S = (v: string) => m("US_SSN", v), I = (v: string) => m("IP_ADDRESS", v), U = (v: string) => m("URL", v);

export const POS4: [string, string][] = [
  ["prompt", `Rewrite this complaint more politely: "I'm ${P("Sterling Banks")} and your driver left my parcel in the rain at ${A("6 Foxglove Close, Swindon SN3 4LU")}."`],
  ["prompt", `Summarise this note: patient ${P("Ivy May Thornton")}, NHS ${nhs()}, DOB ${D("30/08/1949")}, fell at home, daughter ${P("June")} will visit.`],
  ["prompt", `Translate to Spanish: "Please call Dr. ${P("Amara Nwachukwu")} at ${T("(312) 847-6602")} to confirm your appointment."`],
  ["prompt", `Fix the JSON: {"name": "${P("Carys Llewellyn")}", "email": "${E("carys.llewellyn@gmail.com")}", "dob": "${D("1991-07-23")}",}`],
  ["prompt", `Is this SSN format right for the form? ${S("449-27-6318")} — it's for my dad, ${P("Walter Kimura")}.`],
  ["prompt", `Draft a reply to ${P("Joy Abernathy")} (${E("joy.abernathy@comcast.net")}) saying her refund to card ${card("4", 16)} is on its way.`],
  ["prompt", `Which bank is ${ibanM("FR")}? A customer named ${P("Solène Mercier")} sent it.`],
  ["prompt", `Why is my server ${I("139.59.201.44")} refusing SSH? I'm logged in as ${E("dev@patelworks.in")}.`],
  ["prompt", `Make a cover letter for ${P("Kieran O'Sullivan")}, ${A("12 Brookfield Terrace, Cork T12 Y8KD")}, ${T("+353 86 239 4471")}, ${E("kieran.osullivan@eircom.net")}.`],
  ["prompt", `Create a birthday card message for Grandma ${P("Pearl")} — she was born on ${D("5 November 1936")}!`],
  ["names", `${P("Autumn Bishop")} and ${P("Major Dawson")} signed the lease; ${P("Sunny Castillo")} is the guarantor.`],
  ["names", `Notes from the call with ${P("Precious Dlamini")}: she'll send the signed NDA to ${E("precious.dlamini@mweb.co.za")}.`],
  ["names", `${P("Pat Young")} from accounts approved it; cc ${P("Robin Banks")} and ${P("Christian Dior Mbatha")}.`],
  ["log", `audit: user=${E("h.moreno@clinicaverde.mx")} action=EXPORT_PATIENTS ip=${I("189.203.44.12")} rows=412`],
  ["log", `nginx: ${I("2a01:4f8:c17:3b2e::1")} - - [27/Nov/2026:10:12:01 +0000] "GET /profile/${E("tessa.w@gmail.com")} HTTP/1.1" 200`],
  ["bio", `Personal site: ${U("https://ramonaflores.photo")} · Instagram ${U("https://instagram.com/ramona.flores.photo")} — ${P("Ramona Flores")}, ${L("Albuquerque")}`],
  ["de-prompt", `Formuliere eine Mahnung an ${P("Horst Kleinschmidt")}, ${A("Bahnhofstraße 22, 01069 Dresden")}, IBAN für die Zahlung: ${ibanM("DE", true)}.`],
  ["fr-prompt", `Rédige un mail à ${P("Océane Girard")} (${E("oceane.girard@sfr.fr")}) pour confirmer son rendez-vous du 3 décembre.`],
  ["es-prompt", `Resume este historial: ${P("Martina Gallardo")}, nacida el ${D("14 de febrero de 1987")}, alergia a la penicilina.`],
  ["it-prompt", `Scrivi una lettera di referenze per ${P("Lorenzo Conti")}, telefono ${T("335 781 4420")}.`],
  ["nl-prompt", `Maak een factuur voor ${P("Sem Mulder")}, ${A("Lange Voorhout 9, 2514 EA Den Haag")}, IBAN ${ibanM("NL")}.`],
  ["pt-prompt", `Escreve uma carta para ${P("Rui Antunes")}, nascido a ${D("8 de março de 1970")}, sobre a reforma.`],
  ["pl-prompt", `Napisz przypomnienie dla ${P("Krzysztof Mazur")} na adres ${E("k.mazur@interia.pl")}.`],
  ["ja-prompt", `${P("田中 陽子")}さん（${T("080-3321-5547")}）に送る謝罪メールを書いてください。`],
  ["ko-prompt", `${P("정하늘")} 고객님(${E("haneul.jung@daum.net")})께 보낼 환불 안내문을 작성해 줘.`],
  ["zh-prompt", `帮我给${P("赵敏")}写一封感谢信，她的地址是${A("广州市天河区天河路385号")}。`],
  ["vi-prompt", `Viết email xin lỗi gửi chị ${P("Đỗ Thu Hà")} theo địa chỉ ${E("thuha.do@fpt.vn")}.`],
  ["tr-prompt", `${P("Emre Aydın")} için bir referans mektubu yaz, telefonu ${T("0555 412 88 31")}.`],
  ["ar-prompt", `اكتب رسالة تهنئة إلى ${P("سارة القحطاني")} على بريدها ${E("sara.qahtani@gmail.com")}.`],
  ["es-ticket2", `Mi número de la seguridad social no, pero mi IBAN sí: ${ibanM("ES", true)}. Titular: ${P("Jorge Valverde")}.`],
];
