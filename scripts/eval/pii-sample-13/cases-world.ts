/** Set 13, Asian, Middle-Eastern, Cyrillic, Caucasian and African scripts and formats: positives written for this set. */
import { pii, m, o, P, A, L, T, E, D, type CaseSource } from "./case-source.js";
import * as G from "./gen13.js";

export const cases: CaseSource[] = [
  // Japanese
  pii("ja-form", `氏名：${P("高橋 美咲")}（${P("タカハシ ミサキ")}）\n生年月日：${D("1991年8月14日")}\n住所：${A("〒460-0008 愛知県名古屋市中区栄3-15-27 ヒルズ栄502")}\n電話：${T(G.phone("JP", "090-####-####"))}`),
  pii("ja-chat", `${P("ゆうき")}: ${P("さくら")}ちゃんの連絡先知ってる？\n${P("けんた")}: ${T(G.phone("JP", "080-####-####"))} だよ`),
  pii("ja-ticket", `お世話になっております。${P("中村")}と申します。注文の配送先を ${A("大阪府堺市北区中百舌鳥町2-104")} に変更したいです。メールは ${E("nakamura.t@docomo.ne.jp")} です。`),
  pii("ja-medical", `診療記録：患者 ${P("小林 清")}、${D("昭和27年5月3日")}生、出身地 ${L("秋田県")}。長女 ${P("由美子")}様同席。`),
  // Chinese
  pii("zh-ticket", `您好，我是${P("王建国")}，身份证上的地址是${A("北京市朝阳区建国路88号院3号楼1单元602室")}，手机${T(G.phone("CN", "138 #### ####"))}。`),
  pii("zh-chat", `${P("小李")}：${P("阿强")}的电话是多少？\n${P("老王")}：${T(G.phone("CN", "139########"))}，你找他干嘛`),
  pii("zh-hr", `员工档案\n姓名：${P("陈晓燕")}\n出生日期：${D("1988年12月6日")}\n籍贯：${L("湖南长沙")}\n邮箱：${E("chenxy1988@163.com")}`),
  pii("zh-tw-form", `姓名：${P("林佳慧")}\n出生日期：${D("民國80年3月9日")}\n地址：${A("臺北市大安區忠孝東路四段181巷5號3樓")}\n手機：${T(G.phone("TW", "09##-###-###"))}`),
  pii("zh-hk-chat", `${P("阿欣")}：${P("詠詩")}個電話係咩？\n${P("Kelvin")}：${T(G.phone("HK", "9### ####"))}，佢住${A("九龍旺角彌敦道 610 號 12 樓 B 室")}`),
  // Korean
  pii("ko-ticket", `안녕하세요, ${P("박지훈")}입니다. 배송지를 ${A("서울특별시 마포구 월드컵북로 396, 102동 1503호")}로 변경해 주세요. 연락처 ${T(G.phone("KR", "010-####-####"))}`),
  pii("ko-chat", `${P("민지")}: ${P("수빈")}이 번호 있어?\n${P("하은")}: ${T(G.phone("KR", "010 #### ####"))}`),
  pii("ko-hr", `성명: ${P("최은영")}\n생년월일: ${D("1990년 7월 21일")}\n본적: ${L("전라남도 순천시")}\n이메일: ${E("eunyoung.choi@naver.com")}`),
  // South Asia
  pii("hi-ticket", `नमस्ते, मेरा नाम ${P("सुनीता यादव")} है। मेरा आधार ${m("IN_AADHAAR", G.aadhaar())} है और पता ${A("मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर, राजस्थान 302016")} है।`),
  pii("hi-chat", `${P("rohit")}: bhai ${P("pinky")} ka number bhej\n${P("ankit")}: ${T(G.phone("IN", "98### #####"))}\n${P("rohit")}: thnx`),
  pii("hi-form", `नाम: ${P("राजेश कुमार शर्मा")}\nजन्म तिथि: ${D("15/08/1982")}\nपैन: ${m("IN_PAN", G.pan("S"))}\nमोबाइल: ${T(G.phone("IN", "+91 97### #####"))}`),
  pii("bn-form", `নাম: ${P("তাসলিমা আক্তার")}\nজন্ম তারিখ: ${D("০৩/০১/১৯৯৪")}\nঠিকানা: ${A("বাড়ি ১২, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫")}\nমোবাইল: ${T(G.phone("BD", "017## ######"))}`),
  pii("ta-ticket", `வணக்கம், நான் ${P("கார்த்திகேயன் சுப்பிரமணியம்")}. என் கைபேசி எண் ${T(G.phone("IN", "94### #####"))}, முகவரி ${A("14, பெரியார் தெரு, தியாகராய நகர், சென்னை 600017")}.`),
  pii("te-form", `పేరు: ${P("శ్రీనివాస్ రెడ్డి")}\nపుట్టిన తేదీ: ${D("22-06-1987")}\nఊరు: ${L("వరంగల్")}\nఫోన్: ${T(G.phone("IN", "93### #####"))}`),
  pii("ur-ticket", `السلام علیکم، میرا نام ${P("عائشہ صدیقی")} ہے۔ میرا پتہ ${A("مکان نمبر 27، گلی 9، ایف-10/2، اسلام آباد")} ہے اور فون ${T(G.phone("PK", "0300 #######"))}۔`),
  pii("ne-form", `नाम: ${P("सरिता गुरुङ")}\nजन्म मिति: ${D("२०५०/०४/१२")}\nठेगाना: ${L("पोखरा")}\nमोबाइल: ${T(G.phone("NP", "98########"))}`),
  pii("si-chat", `${P("නිමල්")}: ${P("කසුන්")}ගේ අංකය දෙන්න\n${P("දිලිනි")}: ${T(G.phone("LK", "077 ### ####"))}`),
  // Cyrillic, Caucasus, Central Asia
  pii("ru-ticket", `Здравствуйте, меня зовут ${P("Ольга Викторовна Смирнова")}. Адрес доставки: ${A("г. Екатеринбург, ул. Малышева, д. 36, кв. 112, 620014")}. Телефон ${T(G.phone("RU", "+7 9## ###-##-##"))}.`),
  pii("ru-chat", `${P("димон")}: ${P("серёга")}, скинь номер ${P("Насти")}\n${P("серёга")}: ${T(G.phone("RU", "8 9## ### ## ##"))}`),
  pii("ru-hr", `Сотрудник: ${P("Гусейнов Рамиль Ильдарович")}\nДата рождения: ${D("04.12.1985")}\nМесто рождения: ${L("Казань")}\nE-mail: ${E("r.guseinov@mail.ru")}`),
  pii("uk-form", `ПІБ: ${P("Ковальчук Оксана Петрівна")}\nДата народження: ${D("19.09.1990")}\nАдреса: ${A("вул. Городоцька, 52, кв. 8, Львів, 79007")}\nТел.: ${T(G.phone("UA", "+380 67 ### ## ##"))}`),
  pii("uk-chat", `${P("тарас")}: де ${P("олеся")}?\n${P("богдан")}: вдома, набери її ${T(G.phone("UA", "050 ### ## ##"))}`),
  pii("kk-form", `Аты-жөні: ${P("Нұрлан Әбдіқадыров")}\nТуған күні: ${D("1989.02.17")}\nМекенжайы: ${A("Алматы қ., Абай даңғылы 150, 45-пәтер")}\nТел: ${T(G.phone("KZ", "+7 70# ### ## ##"))}`),
  pii("ka-ticket", `გამარჯობა, მე ვარ ${P("ნინო ბერიძე")}. ჩემი მისამართია ${A("ჭავჭავაძის გამზირი 37, თბილისი 0179")}, ტელეფონი ${T(G.phone("GE", "+995 5## ## ## ##"))}.`),
  pii("hy-form", `Անուն Ազգանուն: ${P("Արամ Պետրոսյան")}\nԾննդյան ամսաթիվ: ${D("12.05.1993")}\nՀեռախոս: ${T(G.phone("AM", "+374 9# ######"))}`),
  // Middle East
  pii("ar-ticket", `مرحباً، أنا ${P("خالد عبد الرحمن العتيبي")}، عنواني ${A("حي الملقا، شارع أنس بن مالك، الرياض 13524")}، وجوالي ${T(G.phone("SA", "05# ### ####"))}.`),
  pii("ar-eg-chat", `${P("7oda")}: ya ${P("mido")} ab3atly rakam ${P("nour")}\n${P("mido")}: ${T(G.phone("EG", "010 #### ####"))}`),
  pii("ar-ae-form", `الاسم: ${P("مريم سعيد الكتبي")}\nتاريخ الميلاد: ${D("١٤/٠٢/١٩٩٥")}\nالهاتف: ${T(G.phone("AE", "05# ### ####"))}\nالآيبان: ${m("IBAN_CODE", G.iban("AE"))}`),
  pii("ar-ma-email", `السيد ${P("يوسف بنعلي")}،\nنؤكد استلام ملفكم. للتواصل: ${E("youssef.benali@menara.ma")} / ${T(G.phone("MA", "06## ######"))}\nمكان الازدياد: ${L("فاس")}`),
  pii("he-ticket", `שלום, שמי ${P("נועה אברהמי")}. הכתובת שלי ${A("רחוב הרצל 112, דירה 9, חולון")} והטלפון ${T(G.phone("IL", "05#-###-####"))}.`),
  pii("he-chat", `${P("יוסי")}: מישהו יודע איפה ${P("אבי")}?\n${P("שירה")}: תתקשר אליו ${T(G.phone("IL", "054-#######"))}`),
  pii("fa-form", `نام و نام خانوادگی: ${P("مهسا رضایی")}\nتاریخ تولد: ${D("۱۳۷۲/۰۶/۲۵")}\nنشانی: ${A("تهران، خیابان ولیعصر، کوچه نگار، پلاک ۱۴، واحد ۳")}\nموبایل: ${T(G.phone("IR", "0912 ### ####"))}`),
  pii("tr-ticket", `Merhaba, ben ${P("Emine Yıldırım")}. Adresim ${A("Bağdat Caddesi No: 214 D: 6, Kadıköy/İstanbul 34728")}, telefon ${T(G.phone("TR", "05## ### ## ##"))}. İade için IBAN: ${m("IBAN_CODE", G.iban("TR"))}`),
  pii("tr-chat", `${P("burak")}: ${P("ecem")}in numarası kimde var?\n${P("selin")}: ${T(G.phone("TR", "0532 ### ## ##"))}`),
  // Southeast Asia
  pii("vi-form", `Họ và tên: ${P("Nguyễn Thị Thu Hà")}\nNgày sinh: ${D("02/09/1993")}\nĐịa chỉ: ${A("Số 18 ngõ 42 phố Thịnh Hào 1, Đống Đa, Hà Nội")}\nSĐT: ${T(G.phone("VN", "09# ### ## ##"))}`),
  pii("vi-chat", `${P("tuấn")}: ${P("linh")} ơi cho xin sđt của ${P("bé Mai")}\n${P("linh")}: ${T(G.phone("VN", "098 ### ####"))}`),
  pii("id-ticket", `Halo kak, saya ${P("Dewi Lestari Wulandari")}, alamat ${A("Jl. Kaliurang Km 5,6 No. 17, Sleman, Yogyakarta 55281")}, WA ${T(G.phone("ID", "0812-####-####"))}.`),
  pii("id-chat", `${P("bayu")}: ${P("tika")} udah transfer blm?\n${P("rizky")}: udah, minta no ${P("tika")} dong\n${P("bayu")}: ${T(G.phone("ID", "0857 #### ####"))}`),
  pii("ms-form", `Nama: ${P("Nurul Izzati binti Kamarudin")}\nTarikh lahir: ${D("27 Mac 1996")}\nAlamat: ${A("No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor")}\nTel: ${T(G.phone("MY", "012-### ####"))}`),
  pii("th-ticket", `สวัสดีค่ะ ดิฉันชื่อ ${P("สุภาพร ศรีสวัสดิ์")} ที่อยู่ ${A("99/12 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110")} โทร ${T(G.phone("TH", "08#-###-####"))}`),
  pii("th-form", `ชื่อ: ${P("ธนากร วงศ์ใหญ่")}\nวันเกิด: ${D("12 มกราคม 2535")}\nภูมิลำเนา: ${L("เชียงใหม่")}`),
  pii("tl-chat", `${P("jomar")}: pre ano number ni ${P("tintin")}\n${P("rj")}: ${T(G.phone("PH", "0917 ### ####"))} yan\n${P("jomar")}: salamat`),
  pii("tl-form", `Pangalan: ${P("Maricel Dela Cruz")}\nPetsa ng kapanganakan: ${D("Hunyo 5, 1992")}\nTirahan: ${A("Blk 7 Lot 14, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870")}`),
  pii("km-chat", `${P("សុខា")}: បងមានលេខ ${P("ដារ៉ា")} ទេ?\n${P("វិចិត្រ")}: ${T(G.phone("KH", "012 ### ###"))}`),
  // Africa
  pii("sw-ticket", `Habari, naitwa ${P("Neema Mwakalinga")}, ninaishi ${A("Mtaa wa Samora, Plot 44, Dar es Salaam")}. Simu yangu ${T(G.phone("TZ", "07## ### ###"))}.`),
  pii("sw-ke-chat", `${P("wanjiru")}: ${P("otieno")} ametuma pesa?\n${P("kamau")}: bado, mpigie ${T(G.phone("KE", "07## ######"))}`),
  pii("am-form", `ስም: ${P("ሰላማዊት ተስፋዬ")}\nየትውልድ ቀን: ${D("12/04/1991")}\nአድራሻ: ${L("አዲስ አበባ")}\nስልክ: ${T(G.phone("ET", "09## ######"))}`),
  pii("yo-chat", `${P("tunde")}: ṣe ${P("bisi")} ti dé?\n${P("kemi")}: rárá, pè é sí ${T(G.phone("NG", "080# ### ####"))}`),
  pii("ha-form", `Suna: ${P("Aminu Bello Danladi")}\nRanar haihuwa: ${D("03/11/1988")}\nGari: ${L("Kano")}\nWaya: ${T(G.phone("NG", "0803 ### ####"))}`),
  pii("lg-chat", `${P("nakato")}: ${P("ssemakula")} ali ludda?\n${P("babirye")}: ye, mukubire ku ${T(G.phone("UG", "07## ######"))}`),
  pii("af-form", `Naam: ${P("Annelie van Wyk")}\nGeboortedatum: ${D("1986-05-30")}\nAdres: ${A("Kerkstraat 19, Stellenbosch, 7600")}\nSel: ${T(G.phone("ZA", "082 ### ####"))}`),
  pii("ja-ip-ticket", `${P("佐藤")}です。会社のVPNから ${m("IP_ADDRESS", "126.77.203.14")} でアクセスできません。`),
  pii("ko-ipv6-log", `[경고] 사용자 ${P("이서준")}(${E("seojun.lee@kakao.com")}) 로그인 실패, IP ${m("IP_ADDRESS", "2001:2d8:6a1f:3c00::7e")}`),
  pii("ru-iban-card", `Переведите, пожалуйста, на карту ${m("CREDIT_CARD", G.card("visa"))}, получатель ${P("Анна Сергеевна Белова")}.`),
  pii("zh-uk-nhs", `患者${P("黄志明")}（${P("Wong Chi Ming")}）的NHS号码是${m("UK_NHS", G.nhs())}，出生日期${D("1958年3月2日")}。`),
];
