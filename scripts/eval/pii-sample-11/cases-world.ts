/** PII set 11, positives in Asian, Middle-Eastern, Cyrillic and other scripts and formats. */
import { pii, type CaseSource } from "./case-source.js";
import * as g from "./gen11.js";

const f = g.fill;
export const cases: CaseSource[] = [
  // Japanese
  pii("ja-ticket", `お世話になっております。⟦PERSON|佐々木 美穂⟧と申します。注文した商品が届いておりません。配送先は⟦ADDRESS|〒150-0002 東京都渋谷区渋谷2丁目21-1 渋谷ヒカリエ内⟧です。連絡先：⟦PHONE_NUMBER|${f("090-####-####")}⟧`),
  pii("ja-hr", `社員情報\n氏名：⟦PERSON|山本 健太郎⟧\n生年月日：⟦DATE_TIME|1986年5月18日⟧\n住所：⟦ADDRESS|大阪府大阪市北区梅田3-1-3⟧\nメール：⟦EMAIL_ADDRESS|k.yamamoto@hoshizora-denki.co.jp⟧`),
  pii("ja-chat", `【LINE】⟦PERSON|ゆうき⟧：⟦PERSON|たなか⟧さんの電話番号わかる？\n⟦PERSON|あや⟧：⟦PHONE_NUMBER|${f("080-####-####")}⟧だよ`),
  pii("ja-medical", `診療情報提供書\n患者氏名：⟦PERSON|鈴木 一郎⟧ 様（⟦DATE_TIME|昭和32年8月3日⟧生）\n紹介先：循環器内科`),
  pii("ja-romaji-form", `Name: ⟦PERSON|Haruka Inoue⟧\nAddress: ⟦ADDRESS|4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011⟧\nTel: ⟦PHONE_NUMBER|${f("+81 3-####-####")}⟧`),
  pii("ja-email-sig", `以上、よろしくお願いいたします。\n――――――――\n株式会社みなと物流 営業部\n⟦PERSON|中村 翔⟧\nTEL：⟦PHONE_NUMBER|${f("045-###-####")}⟧\nMail：⟦EMAIL_ADDRESS|sho.nakamura@minato-butsuryu.jp⟧`),
  pii("ja-card", `クレジットカード番号（⟦CREDIT_CARD|${g.card("jcb")}⟧）で決済できませんでした。名義は⟦PERSON|KOBAYASHI NAOKI⟧です。`),
  // Chinese
  pii("zh-ticket", `您好，我是⟦PERSON|王晓明⟧，订单一直显示未发货。收货地址：⟦ADDRESS|上海市浦东新区张江路665号3号楼502室⟧，手机：⟦PHONE_NUMBER|${f("138 #### ####")}⟧。`),
  pii("zh-hr", `员工档案\n姓名：⟦PERSON|李静⟧\n出生日期：⟦DATE_TIME|1991年11月2日⟧\n联系电话：⟦PHONE_NUMBER|${f("+86 10 #### ####")}⟧\n邮箱：⟦EMAIL_ADDRESS|lijing_hr@163.com⟧`),
  pii("zh-chat", `⟦PERSON|小刘⟧：⟦PERSON|陈志强⟧的微信加不上，他手机号多少？\n⟦PERSON|阿梅⟧：⟦PHONE_NUMBER|${f("186########")}⟧`),
  pii("zh-tw-form", `報名表\n姓名：⟦PERSON|林怡君⟧\n地址：⟦ADDRESS|臺北市大安區忠孝東路四段216號7樓⟧\n手機：⟦PHONE_NUMBER|${f("0912 ### ###")}⟧`),
  pii("zh-hk-ticket", `你好，我係⟦PERSON|黃家豪⟧，地址係⟦ADDRESS|香港九龍旺角彌敦道688號旺角中心1期12樓⟧，電話⟦PHONE_NUMBER|${f("+852 9### ####")}⟧，麻煩盡快跟進。`),
  pii("zh-medical", `门诊病历：患者⟦PERSON|赵桂兰⟧，女，出生于⟦DATE_TIME|1948年3月9日⟧，主诉头晕三天。`),
  // Korean
  pii("ko-ticket", `안녕하세요, ⟦PERSON|김민준⟧입니다. 배송지가 ⟦ADDRESS|서울특별시 강남구 테헤란로 152, 12층⟧으로 잘못 입력됐어요. 연락처 ⟦PHONE_NUMBER|${f("010-####-####")}⟧`),
  pii("ko-hr", `인사기록카드\n성명: ⟦PERSON|이서연⟧\n생년월일: ⟦DATE_TIME|1994년 7월 21일⟧\n주소: ⟦ADDRESS|부산광역시 해운대구 센텀중앙로 97⟧`),
  pii("ko-chat", `⟦PERSON|지훈⟧: ⟦PERSON|박은영⟧ 선생님 번호 있어?\n⟦PERSON|수아⟧: ⟦PHONE_NUMBER|${f("010 #### ####")}⟧ 이거야`),
  pii("ko-email-sig", `감사합니다.\n⟦PERSON|최유진⟧ 드림\n한빛소프트웨어 기술지원팀\n☎ ⟦PHONE_NUMBER|${f("02-###-####")}⟧ / ⟦EMAIL_ADDRESS|yujin.choi@hanbitsw.co.kr⟧`),
  // Hindi / India
  pii("hi-ticket", `नमस्ते, मेरा नाम ⟦PERSON|राजेश कुमार शर्मा⟧ है। मेरा पता ⟦ADDRESS|मकान नं. 45, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301⟧ है। मोबाइल: ⟦PHONE_NUMBER|${f("+91 98### #####")}⟧`),
  pii("hi-kyc", `केवाईसी विवरण\nनाम: ⟦PERSON|सुनीता देवी⟧\nजन्म तिथि: ⟦DATE_TIME|15/08/1979⟧\nआधार संख्या: ⟦IN_AADHAAR|${g.aadhaar()}⟧`),
  pii("hi-en-kyc", `KYC update for ⟦PERSON|Venkatesh Iyer⟧: PAN ⟦IN_PAN|${g.pan("Iyer")}⟧, Aadhaar ⟦IN_AADHAAR|${g.aadhaar()}⟧, address ⟦ADDRESS|No. 12, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038⟧.`),
  pii("hi-chat-hinglish", `bhai ⟦PERSON|rohit⟧ ka number bhej de, ⟦PERSON|priya malhotra⟧ ne manga hai\n> ⟦PHONE_NUMBER|${f("98### #####")}⟧`),
  // Russian / Ukrainian
  pii("ru-ticket", `Здравствуйте! Меня зовут ⟦PERSON|Екатерина Смирнова⟧. Заказ должен был прийти по адресу ⟦ADDRESS|ул. Тверская, д. 12, кв. 45, Москва, 125009⟧. Мой телефон ⟦PHONE_NUMBER|${f("+7 916 ###-##-##")}⟧.`),
  pii("ru-hr", `Личная карточка сотрудника\nФИО: ⟦PERSON|Кузнецов Алексей Викторович⟧\nДата рождения: ⟦DATE_TIME|03.12.1982⟧\nТелефон: ⟦PHONE_NUMBER|${f("8 (495) ###-##-##")}⟧`),
  pii("ru-chat", `⟦PERSON|серёга⟧: скинь контакт ⟦PERSON|димы волкова⟧\n⟦PERSON|анна⟧: ⟦PHONE_NUMBER|${f("+7 903 ### ## ##")}⟧, он в телеге так же`),
  pii("uk-ticket", `Добрий день, я ⟦PERSON|Оксана Бондаренко⟧. Прошу доставити замовлення на ⟦ADDRESS|вул. Хрещатик, 22, кв. 7, Київ, 01001⟧. Телефон: ⟦PHONE_NUMBER|${f("+380 67 ### ## ##")}⟧`),
  pii("uk-medical", `Виписка: пацієнт ⟦PERSON|Тарас Мельник⟧, дата народження ⟦DATE_TIME|17.04.1970⟧, госпіталізований з пневмонією.`),
  // Arabic, Hebrew, Persian
  pii("ar-ticket", `مرحباً، أنا ⟦PERSON|محمد عبد الله العتيبي⟧. لم يصلني الطلب إلى العنوان ⟦ADDRESS|حي النخيل، شارع الأمير سلطان، الرياض 12382⟧. جوالي ⟦PHONE_NUMBER|${f("050 ### ####")}⟧`),
  pii("ar-hr", `بيانات الموظف\nالاسم: ⟦PERSON|فاطمة الزهراء بنعلي⟧\nتاريخ الميلاد: ⟦DATE_TIME|1989/02/14⟧\nالآيبان: ⟦IBAN_CODE|${g.iban("SA")}⟧`),
  pii("ar-ae-email-sig", `مع خالص التحية،\n⟦PERSON|خالد المنصوري⟧\nمدير المبيعات\nهاتف: ⟦PHONE_NUMBER|${f("+971 50 ### ####")}⟧\n⟦EMAIL_ADDRESS|khaled.almansoori@gulfmarine.ae⟧`),
  pii("ar-eg-chat", `⟦PERSON|ياسمين⟧: رقم ⟦PERSON|أحمد سعيد⟧ الجديد ⟦PHONE_NUMBER|${f("010 #### ####")}⟧`),
  pii("he-ticket", `שלום, שמי ⟦PERSON|נועה לוי⟧. החבילה הייתה אמורה להגיע ל⟦ADDRESS|רחוב הרצל 56, תל אביב-יפו 6578115⟧. טלפון: ⟦PHONE_NUMBER|${f("050-###-####")}⟧`),
  pii("fa-form", `فرم ثبت‌نام\nنام: ⟦PERSON|مریم حسینی⟧\nتاریخ تولد: ⟦DATE_TIME|۱۳۷۰/۰۵/۱۲⟧\nتلفن همراه: ⟦PHONE_NUMBER|${f("0912 ### ####")}⟧`),
  // Turkish
  pii("tr-ticket", `Merhaba, ben ⟦PERSON|Zeynep Arslan⟧. Siparişim ⟦ADDRESS|Bağdat Caddesi No: 215 D: 8, 34728 Kadıköy/İstanbul⟧ adresine gelmedi. Telefon: ⟦PHONE_NUMBER|${f("0532 ### ## ##")}⟧`),
  pii("tr-hr", `Personel Bilgi Formu\nAdı Soyadı: ⟦PERSON|Mehmet Can Öztürk⟧\nDoğum Tarihi: ⟦DATE_TIME|09.06.1985⟧\nIBAN: ⟦IBAN_CODE|${g.iban("TR")}⟧`),
  pii("tr-chat", `⟦PERSON|elif⟧: ⟦PERSON|burak⟧ hocanın maili neydi?\n⟦PERSON|cem⟧: ⟦EMAIL_ADDRESS|burak.yilmaz@metu.edu.tr⟧`),
  // Vietnamese, Indonesian, Thai, Filipino, Malay
  pii("vi-ticket", `Chào shop, mình là ⟦PERSON|Nguyễn Thị Thu Hà⟧, giao hàng tới ⟦ADDRESS|số 18 ngõ 42 Thịnh Quang, Đống Đa, Hà Nội⟧ nhé. SĐT ⟦PHONE_NUMBER|${f("0903 ### ###")}⟧`),
  pii("vi-hr", `Hồ sơ nhân viên\nHọ và tên: ⟦PERSON|Trần Văn Hùng⟧\nNgày sinh: ⟦DATE_TIME|25/12/1990⟧\nEmail: ⟦EMAIL_ADDRESS|hung.tranvan@fptmail.vn⟧`),
  pii("id-ticket", `Halo kak, saya ⟦PERSON|Dewi Lestari Putri⟧. Paket saya harusnya dikirim ke ⟦ADDRESS|Jl. Kaliurang KM 5,6 No. 12, Sleman, Yogyakarta 55281⟧. WA ⟦PHONE_NUMBER|${f("0812-####-####")}⟧`),
  pii("id-hr", `Data Karyawan\nNama: ⟦PERSON|Budi Santoso⟧\nTanggal lahir: ⟦DATE_TIME|17 Agustus 1987⟧\nKota: ⟦LOCATION|Surabaya⟧`),
  pii("th-ticket", `สวัสดีค่ะ ดิฉัน⟦PERSON|สมศรี ใจดี⟧ ที่อยู่ ⟦ADDRESS|99/12 ซอยสุขุมวิท 24 แขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110⟧ โทร ⟦PHONE_NUMBER|${f("081-###-####")}⟧`),
  pii("tl-chat", `⟦PERSON|joy⟧: pakitext si kuya ⟦PERSON|marlon reyes⟧, eto number niya ⟦PHONE_NUMBER|${f("0917 ### ####")}⟧`),
  pii("ms-form", `Borang permohonan\nNama: ⟦PERSON|Nurul Aisyah binti Ahmad⟧\nAlamat: ⟦ADDRESS|No. 23, Jalan SS 2/24, 47300 Petaling Jaya, Selangor⟧\nE-mel: ⟦EMAIL_ADDRESS|nurulaisyah.ahmad@yahoo.com.my⟧`),
  pii("sw-ticket", `Habari, naitwa ⟦PERSON|Wanjiku Kamau⟧. Namba yangu ni ⟦PHONE_NUMBER|${f("+254 712 ### ###")}⟧, tafadhali nipigie kuhusu oda yangu.`),
  // Mixed-script records
  pii("ja-csv", `会員ID,氏名,フリガナ,電話番号,都道府県\nM-20931,⟦PERSON|高橋 里奈⟧,⟦PERSON|タカハシ リナ⟧,⟦PHONE_NUMBER|${f("070-####-####")}⟧,⟦LOCATION|福岡県⟧`),
  pii("zh-json", `{"用户":"⟦PERSON|张伟⟧","手机":"⟦PHONE_NUMBER|${f("139########")}⟧","邮箱":"⟦EMAIL_ADDRESS|zhangwei88@qq.com⟧","城市":"⟦LOCATION|成都⟧"}`),
  pii("ko-medical", `진료기록: 환자 ⟦PERSON|정하늘⟧ (⟦DATE_TIME|1975.03.28⟧생), 고혈압 약 처방 유지.`),
  pii("ru-yaml", `employee:\n  fio: "⟦PERSON|Соколова Наталья Игоревна⟧"\n  birth_date: "⟦DATE_TIME|1980-09-14⟧"\n  email: "⟦EMAIL_ADDRESS|n.sokolova@uralstal.ru⟧"\n  city: "⟦LOCATION|Екатеринбург⟧"`),
  pii("ar-ma-form", `Formulaire / استمارة\nالاسم الكامل: ⟦PERSON|يوسف الإدريسي⟧\nالعنوان: ⟦ADDRESS|12 زنقة ابن بطوطة، حي المعاريف، الدار البيضاء 20330⟧\nالهاتف: ⟦PHONE_NUMBER|${f("+212 661 ######")}⟧`),
  pii("hi-medical", `रोगी: ⟦PERSON|अनिल वर्मा⟧, जन्म तिथि ⟦DATE_TIME|2 अक्टूबर 1962⟧, मधुमेह की जाँच के लिए आए।`),
  pii("ja-prompt", `次のメールを丁寧な敬語に書き直してください：「⟦PERSON|松本⟧さん、明日の打ち合わせは⟦ADDRESS|名古屋市中区栄3-5-12⟧の会議室でお願いします。」`),
  pii("zh-prompt", `请把这段话翻译成英文：⟦PERSON|刘洋⟧的身份证地址是⟦ADDRESS|广州市天河区天河路385号⟧，联系邮箱⟦EMAIL_ADDRESS|liuyang.gz@126.com⟧。`),
];
