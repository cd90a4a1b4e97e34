/** PII set 10, positives weighted to street addresses in national formats. [kind, text with ⟦TYPE|value⟧ marks]. */
import * as G from "./gen10.js";

export const ADDR: [string, string][] = [
  // German
  ["de-shipping", "Lieferadresse: ⟦PERSON|Katrin Vogelsang⟧, ⟦ADDRESS|Lindenstraße 14a, 10969 Berlin⟧. Bitte beim Nachbarn abgeben, falls niemand öffnet."],
  ["de-ticket", "Hallo, ich bin umgezogen. Meine neue Anschrift lautet ⟦ADDRESS|Am Kirchberg 3, 87435 Kempten (Allgäu)⟧. Gruß, ⟦PERSON|Rüdiger Hausmann⟧"],
  ["de-form", "Name: ⟦PERSON|Fatma Yıldırım⟧\nStraße/Hausnr.: ⟦ADDRESS|Hauptstr. 112⟧\nPLZ/Ort: ⟦ADDRESS|70173 Stuttgart⟧\nTelefon: ⟦PHONE_NUMBER|0711 23456789⟧"],
  ["de-letter", "⟦PERSON|Hans-Jürgen Brückner⟧\n⟦ADDRESS|Kastanienallee 7\n04105 Leipzig⟧\n\nSehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag zum nächstmöglichen Termin."],
  ["de-chat", "kannst du die rechnung an ⟦ADDRESS|Goethestr. 5, 3. OG links, 80336 München⟧ schicken? danke, ⟦PERSON|Lena⟧"],
  ["de-hr", `Mitarbeiterin ⟦PERSON|Sabine Ostermann⟧, wohnhaft ⟦ADDRESS|Bahnhofsweg 2, 24937 Flensburg⟧, geb. am ⟦DATE_TIME|3. März 1979⟧, IBAN ⟦IBAN_CODE|${G.ibanDE()}⟧.`],
  ["de-parcel", "Packstation-Empfänger: ⟦PERSON|Marco Liebig⟧, ⟦ADDRESS|Packstation 137, 01069 Dresden⟧, Postnummer 84512377"],
  // Austrian / Swiss German
  ["de-at", "Zustellung an ⟦PERSON|Veronika Gruber⟧, ⟦ADDRESS|Mariahilfer Straße 88/2/14, 1070 Wien⟧, Österreich."],
  ["de-ch", "Absender: ⟦PERSON|Beat Zimmermann⟧, ⟦ADDRESS|Seefeldstrasse 41, 8008 Zürich⟧, Tel. ⟦PHONE_NUMBER|+41 44 251 32 10⟧"],
  // Italian
  ["it-shipping", "Indirizzo di spedizione: ⟦PERSON|Giulia Esposito⟧, ⟦ADDRESS|Via dei Mille 23, 80121 Napoli NA⟧"],
  ["it-ticket", "Buongiorno, sono ⟦PERSON|Alessandro Ferraro⟧ e abito in ⟦ADDRESS|Corso Vittorio Emanuele II 154, 10138 Torino⟧. Il pacco non è mai arrivato."],
  ["it-form", "Residenza: ⟦ADDRESS|P.zza Garibaldi 8, int. 5, 40124 Bologna (BO)⟧ — Cellulare: ⟦PHONE_NUMBER|347 812 3456⟧"],
  ["it-letter", "Spett.le Ufficio Tributi,\nla sottoscritta ⟦PERSON|Maria Grazia Lombardi⟧, residente in ⟦ADDRESS|Via Roma 45, 90133 Palermo⟧, chiede il rimborso dell'imposta."],
  ["it-hr", `Dipendente: ⟦PERSON|Luca Santoro⟧ — C.F. ⟦IT_FISCAL_CODE|${G.codiceFiscale("Santoro", "Luca", 1988, 4, 17, false, "F205")}⟧ — domicilio ⟦ADDRESS|Viale Monza 201, 20126 Milano⟧`],
  // Spanish
  ["es-shipping", "Dirección de envío: ⟦PERSON|Lucía Fernández Ortega⟧, ⟦ADDRESS|C/ Mayor, 12, 3º B, 28013 Madrid⟧"],
  ["es-ticket", "Hola, me llamo ⟦PERSON|Javier Moreno⟧ y vivo en ⟦ADDRESS|Avda. de la Constitución 8, 41001 Sevilla⟧. ¿Cuándo llega mi pedido?"],
  ["es-form", `Domicilio: ⟦ADDRESS|Carrer de Mallorca 245, 2n 1a, 08008 Barcelona⟧\nDNI: ⟦ES_NIF|${G.dni()}⟧\nMóvil: ⟦PHONE_NUMBER|612 34 56 78⟧`],
  ["es-mx", "Enviar a ⟦PERSON|Guadalupe Ramírez⟧, ⟦ADDRESS|Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX⟧"],
  ["es-ar", "Mi dirección es ⟦ADDRESS|Av. Corrientes 1234, piso 5 depto. B, C1043AAZ CABA⟧, a nombre de ⟦PERSON|Martín Gutiérrez⟧."],
  // French
  ["fr-shipping", "Adresse de livraison : ⟦PERSON|Camille Lefèvre⟧, ⟦ADDRESS|18 rue des Lilas, 69003 Lyon⟧"],
  ["fr-ticket", "Bonjour, je m'appelle ⟦PERSON|Théo Marchand⟧, j'habite au ⟦ADDRESS|5 bis avenue Jean Jaurès, 31000 Toulouse⟧ et mon colis n'est jamais arrivé."],
  ["fr-form", `Nom : ⟦PERSON|Nadia Benali⟧\nAdresse : ⟦ADDRESS|Bât. C, 42 boulevard de la Liberté, 59800 Lille⟧\nN° de sécurité sociale : ⟦FR_NIR|${G.nir(true, 91, 7, "59")}⟧`],
  ["fr-letter", "⟦PERSON|Jean-Baptiste Roux⟧\n⟦ADDRESS|Résidence Les Pins, appt 12\n3 allée des Mimosas\n13008 Marseille⟧\n\nObjet : résiliation de contrat"],
  ["fr-be", "Mon adresse en Belgique : ⟦ADDRESS|Rue Neuve 27, 1000 Bruxelles⟧. Tél. : ⟦PHONE_NUMBER|+32 2 511 27 44⟧"],
  ["fr-ca", "Livrer à ⟦PERSON|Geneviève Tremblay⟧, ⟦ADDRESS|2150, rue Sherbrooke Est, app. 4, Montréal (Québec) H2K 1C2⟧"],
  // Dutch
  ["nl-shipping", "Afleveradres: ⟦PERSON|Daan van der Berg⟧, ⟦ADDRESS|Prinsengracht 263-1, 1016 GV Amsterdam⟧"],
  ["nl-ticket", "Hoi, ik ben ⟦PERSON|Femke Jansen⟧. Mijn nieuwe adres is ⟦ADDRESS|Oudegracht 88bis, 3511 AV Utrecht⟧. Kunnen jullie dat aanpassen?"],
  ["nl-form", `Naam: ⟦PERSON|Sem de Wit⟧\nAdres: ⟦ADDRESS|Dorpsstraat 4\n7261 AX Ruurlo⟧\nBSN: ⟦NL_BSN|${G.bsn()}⟧\nTelefoon: ⟦PHONE_NUMBER|06 12345678⟧`],
  ["nl-be", "Stuur het naar ⟦PERSON|Wouter Peeters⟧, ⟦ADDRESS|Meir 50 bus 3, 2000 Antwerpen⟧."],
  // Polish
  ["pl-shipping", "Adres dostawy: ⟦PERSON|Katarzyna Wiśniewska⟧, ⟦ADDRESS|ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa⟧"],
  ["pl-ticket", "Dzień dobry, nazywam się ⟦PERSON|Piotr Zieliński⟧, mieszkam przy ⟦ADDRESS|ul. Długiej 17, 80-831 Gdańsk⟧. Paczka nie dotarła."],
  ["pl-form", `Imię i nazwisko: ⟦PERSON|Agnieszka Kowalczyk⟧\nAdres: ⟦ADDRESS|os. Centrum C 7/12, 31-929 Kraków⟧\nPESEL: ⟦PL_PESEL|${G.pesel(1986, 11, 2, true)}⟧\nTel.: ⟦PHONE_NUMBER|601 234 567⟧`],
  ["pl-letter", "Nadawca: ⟦PERSON|Tomasz Wójcik⟧, ⟦ADDRESS|al. Niepodległości 221, 02-087 Warszawa⟧"],
  // Japanese
  ["ja-shipping", "お届け先：⟦ADDRESS|〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 11階⟧ ⟦PERSON|佐藤 美咲⟧ 様"],
  ["ja-ticket", "いつもお世話になっております。⟦PERSON|高橋 健一⟧です。住所が変わりました。新住所は⟦ADDRESS|〒530-0001 大阪府大阪市北区梅田3丁目1-3⟧です。"],
  ["ja-form", "氏名：⟦PERSON|中村 優子⟧\n住所：⟦ADDRESS|〒060-0042 北海道札幌市中央区大通西4-1 サンビル502号室⟧\n電話：⟦PHONE_NUMBER|090-1234-5678⟧"],
  ["ja-romaji", "Ship to: ⟦PERSON|Kenji Watanabe⟧, ⟦ADDRESS|2-11-3 Meguro, Meguro-ku, Tokyo 153-0063⟧, Japan"],
  // Korean
  ["ko-shipping", "배송지: ⟦ADDRESS|서울특별시 강남구 테헤란로 152, 12층 1203호 (06236)⟧ 받는 분: ⟦PERSON|김민준⟧"],
  ["ko-ticket", "안녕하세요, ⟦PERSON|이서연⟧입니다. 주소가 ⟦ADDRESS|부산광역시 해운대구 우동 1408-3⟧으로 바뀌었어요. 연락처는 ⟦PHONE_NUMBER|010-2345-6789⟧입니다."],
  ["ko-romanized", "Address: ⟦ADDRESS|35 Sejong-daero 9-gil, Jung-gu, Seoul 04513⟧, Recipient: ⟦PERSON|Park Ji-hoon⟧"],
  // Indian
  ["en-in-shipping", "Deliver to ⟦PERSON|Ananya Iyer⟧, ⟦ADDRESS|Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru, Karnataka 560038⟧. Call ⟦PHONE_NUMBER|+91 98450 12345⟧ on arrival."],
  ["en-in-kyc", `KYC form — Name: ⟦PERSON|Rajesh Kumar Gupta⟧, Address: ⟦ADDRESS|H.No. 4-1-27, Near Hanuman Temple, Ameerpet, Hyderabad 500016⟧, Aadhaar: ⟦IN_AADHAAR|${G.aadhaar()}⟧`],
  ["en-in-chat", "my address is ⟦ADDRESS|B-45, Sector 62, Noida, Uttar Pradesh 201301⟧, please send the courier before 6, ⟦PERSON|Vikram⟧ here"],
  ["hi-ticket", "नमस्ते, मेरा नाम ⟦PERSON|सुनीता वर्मा⟧ है और मेरा पता ⟦ADDRESS|मकान नं. 12, गांधी नगर, जयपुर, राजस्थान 302015⟧ है। पार्सल अभी तक नहीं आया।"],
  // Brazilian / Portuguese
  ["pt-br-shipping", "Endereço de entrega: ⟦PERSON|Ana Beatriz Souza⟧, ⟦ADDRESS|Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001⟧"],
  ["pt-br-ticket", `Oi, sou o ⟦PERSON|Thiago Oliveira⟧, moro na ⟦ADDRESS|Av. Atlântica 3200, bloco B, Copacabana, Rio de Janeiro/RJ, CEP 22070-012⟧. CPF ⟦BR_CPF|${G.cpf()}⟧.`],
  ["pt-br-form", "Nome: ⟦PERSON|Francisca das Chagas Lima⟧\nEndereço: ⟦ADDRESS|Rua São João, 77, Centro, Fortaleza - CE, 60025-000⟧\nCelular: ⟦PHONE_NUMBER|(85) 98765-4321⟧"],
  ["pt-pt", "Morada: ⟦ADDRESS|Rua de Santa Catarina 112, 2.º Esq., 4000-442 Porto⟧. Contacto: ⟦PHONE_NUMBER|912 345 678⟧ (⟦PERSON|Inês Carvalho⟧)"],
  // US
  ["en-us-shipping", "Ship to: ⟦PERSON|Tyrone Jackson⟧, ⟦ADDRESS|4821 W Belmont Ave Apt 2R, Chicago, IL 60641⟧"],
  ["en-us-ticket", "Hi, this is ⟦PERSON|Megan O'Connell⟧. Please update my billing address to ⟦ADDRESS|1200 Pennsylvania Ave SE, Unit 507, Washington, DC 20003⟧."],
  ["en-us-form", `Applicant: ⟦PERSON|Carlos Mendoza⟧\nAddress: ⟦ADDRESS|PO Box 1187, Tucson, AZ 85702⟧\nSSN: ⟦US_SSN|${G.ssn()}⟧\nPhone: ⟦PHONE_NUMBER|(520) 318-4470⟧`],
  ["en-us-caps", "⟦PERSON|DWAYNE PRICE⟧\n⟦ADDRESS|77 MAPLE RIDGE RD\nBURLINGTON VT 05401-3310⟧\nUSA"],
  ["en-us-rural", "Mail it to ⟦ADDRESS|RR 2 Box 145, Hazard, KY 41701⟧, attn ⟦PERSON|Loretta Combs⟧."],
  ["en-us-csv", "name,street,city,state,zip\n⟦PERSON|Priya Raman⟧,⟦ADDRESS|350 Fifth Avenue Suite 3300⟧,⟦LOCATION|New York⟧,NY,10118"],
  // UK
  ["en-gb-shipping", "Delivery address: ⟦PERSON|Oliver Hughes⟧, ⟦ADDRESS|Flat 4, 27 Marchmont Street, London WC1N 1AP⟧"],
  ["en-gb-ticket", "Hiya, it's ⟦PERSON|Siobhan Kelly⟧ — I've moved to ⟦ADDRESS|12 Rosebery Crescent, Edinburgh EH12 5JY⟧, can you update my account? Mobile ⟦PHONE_NUMBER|07700 900123⟧."],
  ["en-gb-nhs", `Patient: ⟦PERSON|Arthur Pennington⟧, DOB ⟦DATE_TIME|14/02/1941⟧, NHS no. ⟦UK_NHS|${G.nhs()}⟧, address ⟦ADDRESS|The Old Rectory, Church Lane, Little Snoring, Fakenham NR21 0HY⟧`],
  ["en-gb-letter", "Tenancy ref 22/118: the tenant, Mrs ⟦PERSON|Gwen Llewellyn⟧ of ⟦ADDRESS|3 Heol y Llan, Cardiff CF5 2QJ⟧."],
  // Other
  ["en-au", "Send to ⟦PERSON|Liam Nguyen⟧, ⟦ADDRESS|Unit 6, 45 Smith Street, Fitzroy VIC 3065⟧, Australia."],
  ["tr-shipping", "Teslimat adresi: ⟦PERSON|Ayşe Demir⟧, ⟦ADDRESS|Bağdat Cad. No: 215 D: 7, 34728 Kadıköy/İstanbul⟧"],
  ["ru-shipping", "Адрес доставки: ⟦ADDRESS|ул. Тверская, д. 12, кв. 45, Москва, 125009⟧, получатель ⟦PERSON|Смирнова Екатерина Андреевна⟧"],
  ["zh-shipping", "收货地址：⟦ADDRESS|上海市浦东新区世纪大道100号环球金融中心58楼⟧，收件人：⟦PERSON|王芳⟧，电话：⟦PHONE_NUMBER|138 1234 5678⟧"],
  ["vi-shipping", "Địa chỉ giao hàng: ⟦ADDRESS|Số 18 ngõ 42 phố Trần Duy Hưng, Cầu Giấy, Hà Nội⟧, người nhận ⟦PERSON|Nguyễn Văn Hùng⟧"],
  ["ar-shipping", "عنوان التوصيل: ⟦ADDRESS|شارع الملك فهد، حي العليا، الرياض 12214⟧، المستلم: ⟦PERSON|عبدالله القحطاني⟧"],
  ["id-shipping", "Alamat pengiriman: ⟦ADDRESS|Jl. Sudirman Kav. 52-53, Senayan, Jakarta Selatan 12190⟧, a.n. ⟦PERSON|Siti Rahmawati⟧"],
  ["en-json", "{\"customer\": \"⟦PERSON|Hope Alvarez⟧\", \"address\": {\"line1\": \"⟦ADDRESS|88 Ocean View Dr⟧\", \"city\": \"⟦LOCATION|Santa Cruz⟧\", \"zip\": \"95060\"}}"],
  ["en-prompt", "Rewrite this so it sounds friendlier: 'Dear ⟦PERSON|Grant Summers⟧, your parcel for ⟦ADDRESS|19 Harbour Road, Whitstable CT5 1AQ⟧ could not be delivered.'"],
];
