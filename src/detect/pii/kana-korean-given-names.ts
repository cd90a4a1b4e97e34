/**
 * Given names that the family-name passes of script-names.ts cannot see, because no family name stands before them:
 *
 * - Korean given names called by themselves: two syllables of given names before the vocative 아/야 ("지은아", "수지야")
 *   or before 씨/님 ("서연씨", "민준 님께"). The vocative follows the sound: 아 after a syllable with a final
 *   consonant, 야 after one without, so "지은야" or "수지아" is no call; both syllables must be frequent in given names,
 *   which keeps out the words that end so ("괜찮아", "진짜야", "해야").
 * - Names written in katakana before a Japanese honorific ("マイケルさん", "ハナコ様", "タロウ氏"), except loanwords
 *   for roles and trades that take one too ("ドライバーさん", "ヘルパーさん").
 */
import type { PiiHit } from "./pii-detector.js";

/** Syllables frequent in Korean given names (both of a two-syllable given name must be here). */
const KO_GIVEN_SYLLABLES = new Set(
  "민 준 서 연 지 은 현 우 수 영 진 호 윤 하 도 예 유 성 재 혜 희 정 주 승 태 원 경 미 소 동 석 혁 훈 빈 린 나 채 시 율 건 규 선 숙 옥 순 철 용 남 기 환 한 인 명 솔 별 란 름 람 슬 설 애 효 형 욱 찬 결 겸 온 아 다 봄 웅 범 식 섭 열 완 창 춘 필 홍 화 휘 록 륜 률 리 문 백 송 언 엽 왕 운 익 종 청 충 탁 택 평 표 풍 허 헌 협 흠 흥".split(" "),
);

/** Ordinary words of two such syllables that the casual copula 야 ("it's …") or a call may follow ("우리야"). */
const KO_WORDS = new Set(["우리", "하나", "소리", "정리", "수리", "원리", "진리", "미리", "도리", "요리", "유리", "주인", "선수", "기사", "시민", "인기", "기준", "수준", "정도", "경우", "연기", "성인", "주민", "은행", "현실", "진심", "영화", "동화", "문화", "화면", "송금", "계속"]);

function hangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Whether a Hangul syllable ends in a consonant (jongseong). */
function closed(c: number): boolean {
  return (c - 0xac00) % 28 !== 0;
}

/** A call or honorific right after two syllables: the vocative, or 씨/님 with an optional case particle. */
const KO_CALL_AFTER = /^(?:([아야])(?=$|[\s,.!?~…)]|[ㅋㅎ])|[ \t]?(?:씨|님)(?:께서|께|이|은|을|의|도|한테|에게|과|와|이랑|하고)?(?![\uac00-\ud7a3]))/u;

function koreanCalledNames(text: string, out: PiiHit[]): void {
  for (let i = 0; i + 2 < text.length; i++) {
    const a = text.charCodeAt(i);
    if (!hangul(a)) continue;
    // two syllables standing alone before the call
    if (i > 0 && hangul(text.charCodeAt(i - 1))) continue;
    const b = text.charCodeAt(i + 1);
    if (!hangul(b) || !KO_GIVEN_SYLLABLES.has(text.charAt(i)) || !KO_GIVEN_SYLLABLES.has(text.charAt(i + 1))) continue;
    const m = KO_CALL_AFTER.exec(text.slice(i + 2, i + 8));
    if (m === null || KO_WORDS.has(text.slice(i, i + 2))) continue;
    if (m[1] !== undefined && (m[1] === "아") !== closed(b)) continue;
    out.push({ type: "PERSON", start: i, end: i + 2, score: m[1] !== undefined ? 0.65 : 0.7, explanation: `Korean given name before ${m[1] !== undefined ? "the vocative" : "씨/님"}` });
    i += 1;
  }
}

/** Honorifics after a name in Japanese. */
const JA_HONORIFIC = /^(?:さん|様|さま|氏|くん|君|ちゃん|先生|殿)/u;
/** Katakana loanwords for roles, trades and family that take an honorific like a name. */
const KATAKANA_ROLES = new Set(
  "ドライバー ヘルパー マネージャー リーダー オーナー メンバー ユーザー スタッフ パート バイト アルバイト ママ パパ ナース ドクター シェフ ガイド コーチ トレーナー デザイナー エンジニア カメラマン ガードマン サンタ オペレーター ボス キャプテン マスター ファン ゲスト クライアント パートナー ベビー シッター ベビーシッター ケアマネ ケアマネージャー ホスト オーナーシェフ プロ モデル タレント アイドル アーティスト ライター ディレクター プロデューサー".split(" "),
);

function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fb;
}

function katakanaNames(text: string, out: PiiHit[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isKatakana(text.charCodeAt(i)) || (i > 0 && isKatakana(text.charCodeAt(i - 1)))) continue;
    let e = i;
    while (e < text.length && isKatakana(text.charCodeAt(e))) e++;
    const word = text.slice(i, e);
    i = e - 1;
    // two to eight characters, not starting with the long-vowel mark or the middle dot
    if (word.length < 2 || word.length > 8 || word.charCodeAt(0) === 0x30fc || word.charCodeAt(0) === 0x30fb) continue;
    if (!JA_HONORIFIC.test(text.slice(e, e + 3)) || KATAKANA_ROLES.has(word)) continue;
    out.push({ type: "PERSON", start: i - word.length + 1, end: e, score: 0.75, explanation: "name in katakana before a Japanese honorific" });
  }
}

const HANGUL_ANY = /[\uac00-\ud7a3]/;
const KATAKANA_ANY = /[\u30a1-\u30fa]/;

/** Most names one text adds here (a bound on the overlap test against what other passes found). */
const MAX_FOUND = 200;

/**
 * Korean given names called by themselves and katakana names before an honorific (each pass only with its script),
 * where no name found before (`out` from `from` on) covers them already.
 */
export function kanaKoreanGivenNames(text: string, out: PiiHit[], from: number): void {
  const found: PiiHit[] = [];
  if (HANGUL_ANY.test(text)) koreanCalledNames(text, found);
  if (KATAKANA_ANY.test(text)) katakanaNames(text, found);
  const known = out.length;
  for (const h of found.slice(0, MAX_FOUND)) {
    let free = true;
    for (let k = from; k < known && free; k++) if (out[k]!.type === "PERSON" && h.start < out[k]!.end && out[k]!.start < h.end) free = false;
    if (free) out.push(h);
  }
}
