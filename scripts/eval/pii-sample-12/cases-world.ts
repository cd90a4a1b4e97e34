/** Set 12, Asian, Middle-Eastern, Cyrillic and African languages: positives written for this set (values from gen12.ts). */
import { pii, m, P, A, L, T, E, D, type CaseSource } from "./case-source.js";
import * as G from "./gen12.js";

export const cases: CaseSource[] = [
  // Japanese
  pii("ja-form", `お名前：${P("高橋 美咲")}\nフリガナ：${P("タカハシ ミサキ")}\n生年月日：${D("1990年4月12日")}\nご住所：${A("〒460-0008 愛知県名古屋市中区栄3丁目5-12")}\n電話番号：${T(G.phone("JP", "090-####-####"))}`),
  pii("ja-ticket", `お世話になっております。${P("山本")}様のご注文の件で、配送先が${A("大阪府堺市北区中百舌鳥町2-104")}に変更となりました。ご連絡先は${T(G.phone("JP", "072-###-####"))}です。`),
  pii("ja-chat", `${P("ゆうき")}: ${P("さくら")}ちゃん明日来る？\n${P("はると")}: 来るって！${P("れん")}くんも\n${P("ゆうき")}: りょ`),
  pii("ja-medical", `診療録\n患者氏名：${P("佐々木 一郎")}（${P("ササキ イチロウ")}）\n生年月日：${D("昭和32年8月3日")}\n既往歴：高血圧`),
  pii("ja-romaji", `Hi, I'm forwarding the booking for ${P("Kenta Ishikawa")} (${P("石川 健太")}), mobile ${T(G.phone("JP", "080-####-####"))}, e-mail ${E("k.ishikawa@docomo.ne.jp")}.`),
  pii("ja-email-sig", `--\n${P("中村 由紀")}\n株式会社ミドリ商事 営業部\nTEL ${T(G.phone("JP", "03-####-####"))}\n${E("y-nakamura@midori-shoji.co.jp")}`),
  // Chinese (simplified, traditional)
  pii("zh-ticket", `您好，我是${P("王晓明")}，手机号${T(G.phone("CN", "138########"))}，上周在贵店买的耳机坏了，收货地址是${A("上海市浦东新区张杨路1500号12楼")}。`),
  pii("zh-hr", `员工信息\n姓名：${P("刘芳")}\n出生日期：${D("1987年3月21日")}\n籍贯：${L("湖南长沙")}\n联系电话：${T(G.phone("CN", "139 #### ####"))}\n邮箱：${E("liufang87@163.com")}`),
  pii("zh-chat", `${P("小胖")}：${P("阿杰")}你今晚来不来\n${P("阿杰")}：来，叫上${P("莉莉")}\n${P("小胖")}：${P("莉莉")}电话多少？\n${P("阿杰")}：${T(G.phone("CN", "186 #### ####"))}`),
  pii("zh-tw-letter", `${P("陳怡君")} 小姐 收\n${A("台北市大安區忠孝東路四段 181 號 7 樓")}\n\n您好，您申請的會員卡已寄出。`),
  pii("zh-tw-form", `姓名：${P("林志豪")}\n生日：${D("民國79年10月5日")}\n手機：${T(G.phone("TW", "0912-###-###"))}`),
  pii("zh-hk-ticket", `你好，我係${P("黃嘉欣")}，電話${T(G.phone("HK", "9### ####"))}，送貨地址${A("九龍旺角彌敦道 655 號 18 樓 B 室")}。`),
  // Korean
  pii("ko-form", `성명: ${P("김민준")}\n생년월일: ${D("1993년 7월 15일")}\n주소: ${A("서울특별시 마포구 월드컵북로 396, 1203호")}\n연락처: ${T(G.phone("KR", "010-####-####"))}`),
  pii("ko-chat", `${P("지우")}: ${P("서연")}아 내일 시간 돼?\n${P("서연")}: 응 ${P("도윤")}이도 온대\n${P("지우")}: 굿`),
  pii("ko-ticket", `안녕하세요, ${P("박서준")} 고객님의 환불 요청 건입니다. 이메일 ${E("seojun.park@naver.com")}으로 안내 부탁드립니다.`),
  pii("ko-medical", `환자명: ${P("이순자")}\n생년월일: ${D("1944.02.09")}\n보호자: ${P("이정훈")} (아들) ${T(G.phone("KR", "010 #### ####"))}`),
  // Hindi, Hinglish, Bengali, Urdu, Tamil
  pii("hi-form", `नाम: ${P("सुनीता वर्मा")}\nजन्म तिथि: ${D("14/08/1985")}\nआधार संख्या: ${m("IN_AADHAAR", G.aadhaar())}\nमोबाइल: ${T(G.phone("IN", "98### #####"))}\nपता: ${A("मकान नं. 27, सेक्टर 15, फरीदाबाद, हरियाणा 121007")}`),
  pii("hi-chat", `${P("rohit")}: bhai ${P("Pinky")} ka number bhej de\n${P("ankit")}: ${T(G.phone("IN", "+91 97### #####"))} hai, par usko mat batana maine diya\n${P("rohit")}: haha ok`),
  pii("hi-ticket", `Namaste, mera naam ${P("Deepak Chaurasia")} hai, PAN ${m("IN_PAN", G.pan("C"))} update karna hai. Email: ${E("deepak.chaurasia@rediffmail.com")}`),
  pii("hi-hr", `कर्मचारी: ${P("अमित कुमार यादव")}\nपैन: ${m("IN_PAN", G.pan("Y"))}\nआधार: ${m("IN_AADHAAR", G.aadhaar())}\nजन्मस्थान: ${L("गोरखपुर")}`),
  pii("bn-form", `নাম: ${P("তানভীর আহমেদ")}\nজন্ম তারিখ: ${D("১২/০৩/১৯৯১")}\nমোবাইল: ${T(G.phone("BD", "017########"))}\nঠিকানা: ${A("বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫")}`),
  pii("ur-ticket", `السلام علیکم، میرا نام ${P("عائشہ صدیقی")} ہے۔ میرا نمبر ${T(G.phone("PK", "0300-#######"))} ہے، براہ کرم رابطہ کریں۔`),
  pii("ta-form", `பெயர்: ${P("முருகன் சுப்பிரமணியம்")}\nபிறந்த தேதி: ${D("05-06-1970")}\nதொலைபேசி: ${T(G.phone("IN", "94### #####"))}`),
  // Russian, Ukrainian
  pii("ru-ticket", `Здравствуйте! Меня зовут ${P("Екатерина Смирнова")}, заказ до сих пор не доставлен по адресу ${A("г. Казань, ул. Баумана, д. 44, кв. 17")}. Телефон: ${T(G.phone("RU", "+7 9## ###-##-##"))}`),
  pii("ru-hr", `Сотрудник: ${P("Кузнецов Андрей Викторович")}\nДата рождения: ${D("19.05.1981")}\nМесто рождения: ${L("Новосибирск")}\nЭл. почта: ${E("a.kuznetsov@yandex.ru")}`),
  pii("ru-chat", `${P("саша")}: ${P("лёха")} ты где\n${P("лёха")}: у ${P("Димона")} на даче\n${P("саша")}: скинь номер ${P("Димона")}\n${P("лёха")}: ${T(G.phone("RU", "8 9## ### ## ##"))}`),
  pii("ru-medical", `Выписка\nПациентка: ${P("Зинаида Петровна Орлова")}, ${D("12.01.1940")} г.р.\nДиагноз: перелом шейки бедра.`),
  pii("uk-form", `ПІБ: ${P("Олександра Коваленко")}\nДата народження: ${D("27.09.1995")}\nТелефон: ${T(G.phone("UA", "+380 67 ### ## ##"))}\nАдреса: ${A("вул. Городоцька, 112, кв. 9, Львів, 79016")}`),
  pii("uk-chat", `${P("тарас")}: ${P("оля")}, ти бачила ${P("Назара")}?\n${P("оля")}: ні, напиши йому ${E("nazar.hnatyuk@ukr.net")}`),
  pii("uk-translit", `Passenger: ${P("Mykhailo Shevchuk")} / ${P("Михайло Шевчук")}\nDOB: ${D("03 MAR 1988")}\nContact: ${T(G.phone("UA", "+380 50 ### ## ##"))}`),
  // Arabic, Hebrew, Persian
  pii("ar-ticket", `مرحبا، أنا ${P("خالد العتيبي")}، رقم جوالي ${T(G.phone("SA", "05# ### ####"))}، أرجو تحديث عنوان التوصيل إلى ${A("حي الملقا، شارع أنس بن مالك، الرياض 13521")}.`),
  pii("ar-hr", `الاسم: ${P("فاطمة الزهراء بنعلي")}\nتاريخ الميلاد: ${D("1989/06/17")}\nمكان الميلاد: ${L("فاس")}\nالهاتف: ${T(G.phone("MA", "06## ######"))}`),
  pii("ar-ae-form", `Name / الاسم: ${P("Omar Al Mansoori")} / ${P("عمر المنصوري")}\nMobile: ${T(G.phone("AE", "+971 50 ### ####"))}\nIBAN: ${m("IBAN_CODE", G.iban("AE"))}`),
  pii("ar-eg-chat", `${P("مودي")}: يا ${P("حودة")} ابعتلي رقم ${P("منة")}\n${P("حودة")}: ${T(G.phone("EG", "010 #### ####"))}\n${P("مودي")}: تسلم`),
  pii("ar-medical", `تقرير طبي\nاسم المريض: ${P("يوسف حداد")}\nتاريخ الولادة: ${D("٣/٤/١٩٦٦")}\nالتشخيص: التهاب رئوي`),
  pii("he-ticket", `שלום, שמי ${P("נועה ברקוביץ")}, הטלפון שלי ${T(G.phone("IL", "05#-###-####"))}. החבילה לא הגיעה ל${A("רחוב הרצל 45, חיפה")}.`),
  pii("he-hr", `עובד: ${P("אבי כהן")}\nתאריך לידה: ${D("11/11/1978")}\nדוא"ל: ${E("avi.cohen@walla.co.il")}`),
  pii("fa-form", `نام و نام خانوادگی: ${P("مریم رضایی")}\nتاریخ تولد: ${D("۱۳۷۰/۰۵/۲۱")}\nتلفن همراه: ${T(G.phone("IR", "0912 ### ####"))}\nنشانی: ${A("تهران، خیابان ولیعصر، کوچه نهم، پلاک ۱۲")}`),
  pii("fa-chat", `${P("سارا")}: ${P("علی")} شماره ${P("نیما")} رو داری؟\n${P("علی")}: ${T(G.phone("IR", "0935 ### ####"))}`),
  // Turkish
  pii("tr-ticket", `Merhaba, ben ${P("Elif Yıldırım")}. Siparişim ${A("Bağdat Caddesi No: 214 D: 6, 34728 Kadıköy/İstanbul")} adresine gelmedi. Telefon: ${T(G.phone("TR", "0532 ### ## ##"))}`),
  pii("tr-hr", `Personel: ${P("Mehmet Can Aydoğan")}\nDoğum tarihi: ${D("07.04.1992")}\nDoğum yeri: ${L("Trabzon")}\nIBAN: ${m("IBAN_CODE", G.iban("TR"))}`),
  pii("tr-chat", `${P("burak")}: ${P("deniz")} nerde kaldın\n${P("deniz")}: ${P("Umut")}la yoldayız\n${P("burak")}: tamam ${P("Umut")}un numarası ${T(G.phone("TR", "0541 ### ## ##"))} di mi`),
  // Vietnamese, Indonesian, Malay, Thai, Tagalog
  pii("vi-ticket", `Chào shop, mình là ${P("Nguyễn Thị Thu Hà")}, sđt ${T(G.phone("VN", "09# ### ####"))}, địa chỉ ${A("số 18 ngõ 42 Thái Hà, Đống Đa, Hà Nội")}.`),
  pii("vi-hr", `Họ tên: ${P("Trần Văn Phúc")}\nNgày sinh: ${D("15/10/1990")}\nQuê quán: ${L("Nam Định")}`),
  pii("id-chat", `${P("putri")}: ${P("dimas")} km udh ksh tau ${P("Rina")} blm?\n${P("dimas")}: udh, nomornya ${T(G.phone("ID", "0812-####-####"))}`),
  pii("id-form", `Nama: ${P("Budi Santoso")}\nTanggal lahir: ${D("17 Agustus 1985")}\nAlamat: ${A("Jl. Kaliurang Km 5 No. 23, Sleman, Yogyakarta 55281")}`),
  pii("ms-ticket", `Salam, saya ${P("Nurul Aisyah binti Ahmad")}. Sila hubungi saya di ${T(G.phone("MY", "012-### ####"))} atau ${E("nurul.aisyah@gmail.com")}.`),
  pii("th-form", `ชื่อ: ${P("สมชาย ใจดี")}\nวันเกิด: ${D("12 มีนาคม 2530")}\nโทร: ${T(G.phone("TH", "08#-###-####"))}\nที่อยู่: ${A("99/12 ถนนสุขุมวิท แขวงคลองตัน เขตวัฒนา กรุงเทพฯ 10110")}`),
  pii("th-chat", `${P("ต้น")}: ${P("แพร")}ไปด้วยไหม\n${P("แพร")}: ไป ชวน${P("มิ้นท์")}ด้วย`),
  pii("tl-chat", `${P("jhusmin")}: kuya ${P("Jomar")} pa-send naman ng number ni ate ${P("Lyn")}\n${P("jomar")}: ${T(G.phone("PH", "0917 ### ####"))} yan`),
  pii("tl-form", `Pangalan: ${P("Maricel Dela Cruz")}\nKaarawan: ${D("Marso 8, 1994")}\nTirahan: ${A("Blk 7 Lot 12, Phase 2, Brgy. Molino III, Bacoor, Cavite")}`),
  // Swahili, Amharic-area English, Yoruba-area
  pii("sw-ticket", `Habari, jina langu ni ${P("Amina Mwakyusa")}. Namba yangu ni ${T(G.phone("TZ", "0754 ### ###"))}. Mzigo wangu haujafika ${L("Arusha")}.`),
  pii("sw-hr", `Mfanyakazi: ${P("Baraka Otieno")}\nTarehe ya kuzaliwa: ${D("3/9/1990")}\nSimu: ${T(G.phone("KE", "07## ######"))}`),
  pii("am-form", `ስም: ${P("ሰላም ተስፋዬ")}\nየትውልድ ቀን: ${D("12/05/1988")}\nስልክ: ${T(G.phone("ET", "091 ### ####"))}`),
  // more formats
  pii("ja-csv", `氏名,メール,電話,出身地\n${P("松田 翔太")},${E("shota.matsuda@gmail.com")},${T(G.phone("JP", "070-####-####"))},${L("福岡県")}\n${P("小林 あや")},${E("aya.kbys@yahoo.co.jp")},${T(G.phone("JP", "090-####-####"))},${L("札幌市")}`),
  pii("ko-json", `{"이름": "${P("최유진")}", "생일": "${D("1998-03-04")}", "이메일": "${E("yujin.choi98@daum.net")}", "주소": "${A("부산광역시 해운대구 우동 1408-2")}"}`),
  pii("ru-letter", `${P("Соколову Игорю Павловичу")}\n${A("ул. Ленина, д. 8, кв. 31\nг. Екатеринбург, 620014")}\n\nУважаемый ${P("Игорь Павлович")}, направляем Вам копию договора.`),
  pii("ar-arabizi-chat", `${P("yasmine")}: ya ${P("karim")} 3andak raqam ${P("Rania")}?\n${P("karim")}: ah, ${T(G.phone("EG", "012 #### ####"))}\n${P("yasmine")}: shukran`),
  pii("hi-hinglish-address", `${P("neha")} ne bola parcel ${A("flat 302, sai krupa apartments, andheri east, mumbai 400069")} pe bhej dena, uska number ${T(G.phone("IN", "88### #####"))}`),
  pii("id-medical", `Rekam medis\nNama pasien: ${P("Siti Rahmawati")}\nTgl lahir: ${D("02-11-1967")}\nPenanggung jawab: ${P("Agus Rahmat")} (suami), HP ${T(G.phone("ID", "0813-####-####"))}`),
];
