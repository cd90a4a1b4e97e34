/**
 * Vietnamese full names read by their structure rather than by the name lists: a family name of the closed set most
 * Vietnamese carry, a middle name of the common ones (Thị and Văn mark most names), then one or two one-syllable given
 * names ("Nguyễn Thị Lan", "Lê Thị Thu Hà", "Tran Van Hung"). The given name is often also a word of another language
 * ("Lan", "Mai", "Hoa", "Long"), which is why the lists alone miss these names; the family and middle names make the
 * shape. Tone marks are optional (names are often typed without them).
 */
const FAMILY = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào",
  "Trương", "Lâm", "Trịnh", "Lương", "Tạ", "Đoàn", "Lưu", "Kiều", "Quách", "Tăng", "Mạc", "Triệu", "Thái", "Cao", "Tô", "Châu", "La", "Hứa",
];
const MIDDLE = [
  "Thị", "Văn", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Xuân", "Thu", "Kim", "Hoàng", "Công", "Đình", "Bá", "Trọng", "Gia",
  "Như", "Phương", "Mỹ", "Anh", "Quang", "Hồng", "Thùy", "Thúy", "Bảo", "Tuấn", "Hải", "Diệu", "Khánh", "Nhật", "Tiến", "Mạnh",
  "Việt", "Cẩm", "Hoài", "Thế", "Duy", "Trung", "Thành", "Tấn", "Phúc", "Bích", "Huyền", "Lan", "Hà",
];

const COMBINING = /[\u0300-\u036f]/g;
/** Tone marks and the stroke of đ removed: "Nguyễn" -> "Nguyen", "Đặng" -> "Dang". */
export function foldVietnamese(w: string): string {
  return w.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

const FAMILY_SET: ReadonlySet<string> = new Set([...FAMILY, ...FAMILY.map(foldVietnamese)]);
const MIDDLE_SET: ReadonlySet<string> = new Set([...MIDDLE, ...MIDDLE.map(foldVietnamese)]);
/** One syllable with a capital initial (Vietnamese syllables are short and never hyphenated). */
const SYLLABLE = /^\p{Lu}\p{Ll}{0,6}$/u;

/**
 * Whether three or four capitalised words are a Vietnamese full name by their structure: family name, middle
 * name, one or two one-syllable given names. Two words are not enough ("Lê Lợi" is also a street, "Hà Nội" a city).
 */
export function isVietnameseFullName(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 4) return false;
  if (!FAMILY_SET.has(words[0]!) || !MIDDLE_SET.has(words[1]!)) return false;
  for (let i = 2; i < words.length; i++) if (!SYLLABLE.test(words[i]!)) return false;
  return true;
}
