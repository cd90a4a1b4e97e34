import { describe, it } from "vitest";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { expectCase } from "./test-support/hits.js";

// dates in native digits, Thai Buddhist-era years and Tagalog month names; birth labels of more languages
describe("dates of birth in native digits, Thai and Tagalog, and more birth labels", () => {
  it.each([
    { text: "اسم المريض: يوسف حداد\nتاريخ الولادة: ٣/٤/١٩٦٦\nالتشخيص: التهاب رئوي", value: "٣/٤/١٩٦٦" },
    { text: "نام: مریم رضایی\nتاریخ تولد: ۱۳۷۰/۰۵/۲۱\nتلفن همراه: 0912 270 2621", value: "۱۳۷۰/۰۵/۲۱" },
    { text: "নাম: তানভীর আহমেদ\nজন্ম তারিখ: ১২/০৩/১৯৯১", value: "১২/০৩/১৯৯১" },
    { text: "जन्म तिथि: १४/०८/१९८५", value: "१४/०८/१९८५" },
    { text: "ชื่อ: สมชาย ใจดี\nวันเกิด: 12 มีนาคม 2530\nโทร: 080-893-3428", value: "12 มีนาคม 2530" },
    { text: "วันเกิด ๕ ม.ค. พ.ศ. ๒๕๓๒", value: "๕ ม.ค. พ.ศ. ๒๕๓๒" },
    { text: "Pangalan: Maricel Dela Cruz\nKaarawan: Marso 8, 1994", value: "Marso 8, 1994" },
    { text: "Ipinanganak siya noong ika-3 ng Hulyo 1990 sa Cebu.", value: "ika-3 ng Hulyo 1990" },
    { text: "Служител: Стоян Георгиев\nДата на раждане: 02.02.1986", value: "02.02.1986" },
    { text: "Vardas, pavardė: Rūta Kazlauskienė\nGimimo data: 1979-11-30", value: "1979-11-30" },
    { text: "பெயர்: முருகன்\nபிறந்த தேதி: 05-06-1970", value: "05-06-1970" },
    { text: "ስም: ሰላም ተስፋዬ\nየትውልድ ቀን: 12/05/1988", value: "12/05/1988" },
    { text: "Пациентка: Зинаида Петровна Орлова, 12.01.1940 г.р.", value: "12.01.1940" },
    { text: "Datum rođenja: 14.05.1979.", value: "14.05.1979" },
  ])("$value", ({ text, value }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min: 0.9, max: 1 });
  });
  it.each([
    // dates without birth context stay low, whatever the digits
    "تم توقيع العقد في ٣/٤/١٩٦٦",
    "ফাইল আপলোড ১২/০৩/২০২৪",
    "ประชุมวันที่ 12 มีนาคม 2567 เวลา 10 โมง",
    "Ang pulong ay sa Marso 8, 2024.",
    // impossible dates and versions are no dates
    "تاريخ الولادة: ٣٢/١٣/١٩٦٦",
    "Дата на раждане: 31.02.1986",
  ])("no date of birth in %j", (text) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value: null, min: 0.6, max: 1 });
  });
});
