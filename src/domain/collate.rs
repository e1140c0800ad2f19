//! Sorting texts in a language's own order (case titles, glossary terms), and the letter of the
//! alphabet a text is filed under (the glossary's A–Z and أ–ي index).
//!
//! A collation of our own, small on purpose: `icu_collator` with its data adds several hundred
//! kilobytes to the wasm, far more than the whole library page, for three languages whose order
//! fits in a page. Three levels, as in the Unicode Collation Algorithm: letters first (French:
//! "é" = "e", "œ" = "oe"; Arabic: the hija'i order, hamza forms with their alef, waw or ya, ة with
//! ت, ى with ي), then accents ("cote" < "côte"), then case (lower first). Punctuation and Arabic
//! diacritics are ignored; a space sorts before any letter. In Arabic, the leading article ال is
//! not counted, as Arabic dictionaries and indexes file words: الاتجار under ا, البستان under ب.
//! Each script sorts as a block, the page's own script first.

use crate::i18n::Locale;
use std::cmp::Ordering;

/// A text's sort key; keys compare as the texts should sort.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    primary: Vec<u32>,
    secondary: Vec<u8>,
    tertiary: Vec<u8>,
}

const SPACE: u32 = 1;
const DIGITS: u32 = 10;
/// Where each script's letters start; the page's script is moved first (see [`script_base`]).
const FIRST_SCRIPT: u32 = 100;
const SECOND_SCRIPT: u32 = 200;
const OTHER: u32 = 1000;

/// The Arabic alphabet in hija'i order, after the lone hamza.
const ARABIC: [char; 29] = [
    'ء', 'ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك',
    'ل', 'م', 'ن', 'ه', 'و', 'ي',
];

/// How a character sorts: its base letters (one, or two for a ligature), its accent and its case.
enum Weight {
    Ignored,
    Space,
    Digit(u32),
    Latin(&'static str, u8, bool),
    Arabic(char, u8),
    Other(u32),
}

fn weigh(c: char) -> Weight {
    let lower: char = c.to_lowercase().next().unwrap_or(c);
    let upper = lower != c;
    let latin = |base: &'static str, accent: u8| Weight::Latin(base, accent, upper);
    match lower {
        ' ' | '\u{A0}' | '\u{202F}' | '\t' | '\n' => Weight::Space,
        '0'..='9' => Weight::Digit(lower as u32 - '0' as u32),
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200B}'..='\u{200F}' => Weight::Ignored,
        c if c.is_ascii_lowercase() => Weight::Latin(ascii(c), 0, upper),
        'á' => latin("a", 1),
        'à' => latin("a", 2),
        'â' => latin("a", 3),
        'ä' => latin("a", 4),
        'ã' => latin("a", 6),
        'å' => latin("a", 7),
        'ç' => latin("c", 5),
        'é' => latin("e", 1),
        'è' => latin("e", 2),
        'ê' => latin("e", 3),
        'ë' => latin("e", 4),
        'í' => latin("i", 1),
        'ì' => latin("i", 2),
        'î' => latin("i", 3),
        'ï' => latin("i", 4),
        'ñ' => latin("n", 6),
        'ó' => latin("o", 1),
        'ò' => latin("o", 2),
        'ô' => latin("o", 3),
        'ö' => latin("o", 4),
        'õ' => latin("o", 6),
        'ú' => latin("u", 1),
        'ù' => latin("u", 2),
        'û' => latin("u", 3),
        'ü' => latin("u", 4),
        'ý' => latin("y", 1),
        'ÿ' => latin("y", 4),
        'œ' => latin("oe", 0),
        'æ' => latin("ae", 0),
        'ß' => latin("ss", 0),
        'أ' => Weight::Arabic('ا', 1),
        'إ' => Weight::Arabic('ا', 2),
        'آ' => Weight::Arabic('ا', 3),
        'ٱ' => Weight::Arabic('ا', 4),
        'ؤ' => Weight::Arabic('و', 1),
        'ئ' => Weight::Arabic('ي', 1),
        'ى' => Weight::Arabic('ي', 2),
        'ة' => Weight::Arabic('ت', 1),
        // Letters of Moroccan names written in Arabic script: beside the letter they extend.
        'پ' => Weight::Arabic('ب', 5),
        'ڤ' => Weight::Arabic('ف', 5),
        'گ' | 'ڭ' => Weight::Arabic('ك', 5),
        c if ARABIC.contains(&c) => Weight::Arabic(c, 0),
        c if c.is_alphanumeric() => Weight::Other(c as u32),
        _ => Weight::Ignored,
    }
}

/// The ASCII letter as a `'static` string, for [`Weight::Latin`].
fn ascii(c: char) -> &'static str {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
    let i = (c as u8 - b'a') as usize;
    &LETTERS[i..=i]
}

/// Where the letters of a script start: the page's script first.
fn script_base(arabic: bool, locale: Locale) -> u32 {
    if arabic == (locale == Locale::Ar) {
        FIRST_SCRIPT
    } else {
        SECOND_SCRIPT
    }
}

/// The text without an Arabic leading article (ال), which is not filed under.
fn without_leading_article(text: &str, locale: Locale) -> &str {
    let trimmed = text.trim_start();
    if locale != Locale::Ar {
        return trimmed;
    }
    match trimmed.strip_prefix("ال") {
        Some(rest)
            if rest
                .chars()
                .next()
                .is_some_and(|c| matches!(weigh(c), Weight::Arabic(..))) =>
        {
            rest
        }
        _ => trimmed,
    }
}

/// The sort key of a text in a language's order.
pub fn sort_key(text: &str, locale: Locale) -> SortKey {
    let mut key = SortKey {
        primary: Vec::with_capacity(text.len()),
        secondary: Vec::new(),
        tertiary: Vec::new(),
    };
    for c in without_leading_article(text, locale).chars() {
        match weigh(c) {
            Weight::Ignored => {}
            Weight::Space => {
                // Runs of spaces count once, and a space is never at the end.
                if key.primary.last().is_some_and(|w| *w != SPACE) {
                    key.primary.push(SPACE);
                    key.secondary.push(0);
                    key.tertiary.push(0);
                }
            }
            Weight::Digit(d) => {
                key.primary.push(DIGITS + d);
                key.secondary.push(0);
                key.tertiary.push(0);
            }
            Weight::Latin(base, accent, upper) => {
                for (i, b) in base.bytes().enumerate() {
                    key.primary.push(script_base(false, locale) + u32::from(b - b'a'));
                    key.secondary.push(if i == 0 { accent } else { 0 });
                    key.tertiary.push(u8::from(upper));
                }
            }
            Weight::Arabic(base, variant) => {
                let position = ARABIC.iter().position(|a| *a == base).unwrap_or(0) as u32;
                key.primary.push(script_base(true, locale) + position);
                key.secondary.push(variant);
                key.tertiary.push(0);
            }
            Weight::Other(code) => {
                key.primary.push(OTHER + code);
                key.secondary.push(0);
                key.tertiary.push(0);
            }
        }
    }
    if key.primary.last() == Some(&SPACE) {
        key.primary.pop();
        key.secondary.pop();
        key.tertiary.pop();
    }
    key
}

/// Compares two texts in a language's order.
pub fn compare(a: &str, b: &str, locale: Locale) -> Ordering {
    sort_key(a, locale).cmp(&sort_key(b, locale))
}

/// The letter a text is filed under in an index: "É" → "E", "Œuvre" → "O", «الاتجار» → «ا»,
/// «أكادير» → «ا», «البستان» → «ب»; `None` for a text that starts with no letter.
pub fn index_letter(text: &str, locale: Locale) -> Option<char> {
    without_leading_article(text, locale)
        .chars()
        .find_map(|c| match weigh(c) {
            Weight::Latin(base, _, _) => base.chars().next().map(|b| b.to_ascii_uppercase()),
            Weight::Arabic(base, _) => Some(base),
            // Another script's letter is filed under itself (no case tables in the wasm for this).
            Weight::Other(_) if c.is_alphabetic() => Some(c),
            Weight::Digit(_) | Weight::Other(_) => None,
            Weight::Ignored | Weight::Space => None,
        })
}

/// The letters of an index, in order: A to Z, or the Arabic alphabet from ا to ي.
pub fn alphabet(locale: Locale) -> Vec<char> {
    match locale {
        Locale::Ar => ARABIC[1..].to_vec(),
        _ => ('A'..='Z').collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(items: &[&str], l: Locale) -> Vec<String> {
        let mut v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| compare(a, b, l));
        v
    }

    #[test]
    fn french_accents_sort_with_their_letter() {
        assert_eq!(
            sorted(
                &[
                    "Zoé",
                    "État",
                    "Enfant",
                    "Exploitation",
                    "école",
                    "Ecole",
                    "côte",
                    "cote",
                    "Œuvre",
                    "Orange"
                ],
                Locale::Fr
            ),
            [
                "cote",
                "côte",
                "Ecole",
                "école",
                "Enfant",
                "État",
                "Exploitation",
                "Œuvre",
                "Orange",
                "Zoé"
            ]
        );
        // Byte order would put "É" after "Z".
        assert_eq!(compare("Été", "Zone", Locale::Fr), Ordering::Less);
        assert_eq!(compare("Le verger", "Le_verger", Locale::Fr), Ordering::Less);
    }

    #[test]
    fn arabic_sorts_by_its_letters_without_the_article() {
        assert_eq!(
            sorted(
                &[
                    "وجدة",
                    "البستان",
                    "الاتجار بالبشر",
                    "تهريب",
                    "أكادير",
                    "شهادة",
                    "الناظور",
                    "ابن"
                ],
                Locale::Ar
            ),
            [
                "ابن",
                "الاتجار بالبشر",
                "أكادير",
                "البستان",
                "تهريب",
                "شهادة",
                "الناظور",
                "وجدة"
            ]
        );
        // Unicode order puts ة between ب and ت, and ى after و; the alphabet does not.
        assert_eq!(compare("بنة", "بنت", Locale::Ar), Ordering::Greater);
        assert_eq!(compare("مستشفى", "مستشفي", Locale::Ar), Ordering::Greater);
        assert_eq!(compare("هدى", "وليد", Locale::Ar), Ordering::Less);
    }

    #[test]
    fn the_pages_script_comes_first() {
        assert_eq!(compare("Zagora", "أكادير", Locale::Fr), Ordering::Less);
        assert_eq!(compare("Zagora", "أكادير", Locale::Ar), Ordering::Greater);
    }

    #[test]
    fn texts_are_filed_under_their_first_letter() {
        assert_eq!(index_letter("Écoute", Locale::Fr), Some('E'));
        assert_eq!(index_letter("« Œuvre »", Locale::Fr), Some('O'));
        assert_eq!(index_letter("الاتجار بالبشر", Locale::Ar), Some('ا'));
        assert_eq!(index_letter("أكادير", Locale::Ar), Some('ا'));
        assert_eq!(index_letter("البستان", Locale::Ar), Some('ب'));
        assert_eq!(index_letter("إيواء", Locale::Ar), Some('ا'));
        assert_eq!(index_letter("27-14", Locale::En), None);
        assert_eq!(alphabet(Locale::Ar).len(), 28);
        assert_eq!(alphabet(Locale::Fr).first(), Some(&'A'));
    }
}
