//! Numbers written as words where the content guide asks for Western digits: in Arabic, any
//! cardinal from three up (ages, sums, durations, counts: «12 سنة», «3 أشهر», «900 يورو»); in
//! English and French, ages and sums ("twelve-year-old", « quinze ans », "five hundred euros").
//!
//! What stays in words, because the language wants it so: one and two (Arabic says «مرة واحدة»,
//! «مرحلتان»), ordinals («الفقرة الثالثة», «المرة الثانية»), a definite cardinal after its noun
//! («العناصر الثلاثة», "the three elements"), and vague quantities («عشرات», «آلاف», "dozens").
//! An ordinal or a definite cardinal that gives an age («في الثانية من عمره», «في العشرين من
//! عمرها») is caught by the age word that follows it.

use super::term_base::normalise;
use crate::i18n::Locale;

/// A number written as words, and the words around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberWord {
    pub words: String,
    pub excerpt: String,
}

/// Arabic cardinals from three up, as [`normalise`] leaves them (no short vowels, bare alef).
const AR_CARDINALS: &[&str] = &[
    "ثلاث",
    "ثلاثة",
    "ثلاثا",
    "اربع",
    "اربعة",
    "اربعا",
    "خمس",
    "خمسة",
    "خمسا",
    "ست",
    "ستة",
    "ستا",
    "سبع",
    "سبعة",
    "سبعا",
    "ثمان",
    "ثماني",
    "ثمانية",
    "ثمانيا",
    "تسع",
    "تسعة",
    "تسعا",
    "عشر",
    "عشرة",
    "عشرا",
    "عشرون",
    "عشرين",
    "ثلاثون",
    "ثلاثين",
    "اربعون",
    "اربعين",
    "خمسون",
    "خمسين",
    "ستون",
    "ستين",
    "سبعون",
    "سبعين",
    "ثمانون",
    "ثمانين",
    "تسعون",
    "تسعين",
    "مئة",
    "مائة",
    "مئتان",
    "مئتين",
    "مائتان",
    "مائتين",
    "ثلاثمئة",
    "ثلاثمائة",
    "اربعمئة",
    "اربعمائة",
    "خمسمئة",
    "خمسمائة",
    "ستمئة",
    "ستمائة",
    "سبعمئة",
    "سبعمائة",
    "ثمانمئة",
    "ثمانمائة",
    "تسعمئة",
    "تسعمائة",
    "الف",
    "الفا",
    "الفان",
    "الفين",
    "مليون",
    "مليونا",
];

/// Arabic ordinals from the second up, definite: an age when an age word follows.
const AR_ORDINALS: &[&str] = &[
    "الثاني",
    "الثانية",
    "الثالث",
    "الثالثة",
    "الرابع",
    "الرابعة",
    "الخامس",
    "الخامسة",
    "السادس",
    "السادسة",
    "السابع",
    "السابعة",
    "الثامن",
    "الثامنة",
    "التاسع",
    "التاسعة",
    "العاشر",
    "العاشرة",
    "الحادي",
    "الحادية",
];

/// Words that end in what looks like a number once a clitic is taken off, but are none.
const AR_NOT_NUMBERS: &[&str] = &["لست", "لستم", "لستن"];

/// Whether an Arabic word speaks of age or years: «عمره», «سنة», «عاما»...
fn is_age_word(word: &str) -> bool {
    word.contains("عمر")
        || ["سنة", "سنوات", "عاما", "عام", "اعوام", "سنه"]
            .iter()
            .any(|w| word.ends_with(w))
}

/// The readings of an Arabic word without its proclitics (و ف, then ب ل ك, then the article):
/// (stem, definite).
fn arabic_stems(word: &str) -> Vec<(String, bool)> {
    let strip = |w: &str, prefixes: &[char]| -> Option<String> {
        let mut chars = w.chars();
        let first = chars.next()?;
        let rest: String = chars.collect();
        (prefixes.contains(&first) && rest.chars().count() >= 2).then_some(rest)
    };
    let mut bare = vec![word.to_string()];
    if let Some(w) = strip(word, &['و', 'ف']) {
        bare.push(w);
    }
    for w in bare.clone() {
        if let Some(x) = strip(&w, &['ب', 'ل', 'ك']) {
            bare.push(x);
        }
    }
    let mut out: Vec<(String, bool)> = bare.iter().map(|w| (w.clone(), false)).collect();
    for w in &bare {
        if let Some(rest) = w.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
            out.push((rest.to_string(), true));
        }
        // «للثلاثة»: the preposition and the article, whose alef is not written.
        if let Some(rest) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
            out.push((rest.to_string(), true));
        }
    }
    out
}

fn arabic(text: &str) -> Vec<NumberWord> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if AR_NOT_NUMBERS.contains(word) {
            continue;
        }
        let next_is_age = words.iter().skip(i + 1).take(3).any(|w| is_age_word(w));
        let after_digits = i > 0 && words[i - 1].chars().all(|c| c.is_ascii_digit());
        let stems = arabic_stems(word);
        let bare = stems.iter().any(|(s, def)| !def && AR_CARDINALS.contains(&s.as_str()));
        let definite = stems.iter().any(|(s, def)| *def && AR_CARDINALS.contains(&s.as_str()));
        let ordinal = stems.iter().any(|(s, _)| AR_ORDINALS.contains(&s.as_str())) || AR_ORDINALS.contains(word);
        // «15 ألف درهم», «1.5 مليون»: the digits are there.
        let scale = stems
            .iter()
            .any(|(s, _)| s.starts_with("الف") || s.starts_with("مليون"));
        let flagged = (bare && !(after_digits && scale)) || ((definite || ordinal) && next_is_age);
        if flagged {
            out.push(NumberWord {
                words: word.to_string(),
                excerpt: around(&words, i),
            });
        }
    }
    out
}

fn around(words: &[&str], i: usize) -> String {
    let start = i.saturating_sub(4);
    let end = (i + 4).min(words.len());
    let mut parts: Vec<String> = words[start..end].iter().map(|w| w.to_string()).collect();
    parts[i - start] = format!("[{}]", words[i]);
    format!("…{}…", parts.join(" "))
}

const EN_NUMBERS: &[&str] = &[
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
];

const FR_NUMBERS: &[&str] = &[
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
];

/// A number word, alone or in a compound ("twenty-five", « dix-sept »).
fn is_number(word: &str, list: &[&str]) -> bool {
    let lower = word.to_lowercase();
    lower.split('-').all(|p| list.contains(&p) || p == "et" || p == "and")
        && lower.split('-').any(|p| list.contains(&p))
}

/// English and French: a number word that gives an age or a sum.
fn latin(text: &str, locale: Locale) -> Vec<NumberWord> {
    let (list, ages, money): (&[&str], &[&str], &[&str]) = match locale {
        Locale::En => (
            EN_NUMBERS,
            &["year-old", "year-olds", "years-old", "years"],
            &["euros", "dirhams", "dh", "dollars", "hundred", "thousand"],
        ),
        _ => (
            FR_NUMBERS,
            &["ans", "an"],
            &["euros", "dirhams", "dh", "dollars", "cents", "mille"],
        ),
    };
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        // "twelve-year-old" is one word here.
        let (head, tail) = match lower.split_once('-') {
            Some((h, t)) if ages.contains(&t) => (h.to_string(), Some(t.to_string())),
            _ => (lower.clone(), None),
        };
        if !is_number(&head, list) {
            continue;
        }
        let next = words.get(i + 1).map(|w| w.to_lowercase()).unwrap_or_default();
        let after = words.get(i + 2).map(|w| w.to_lowercase()).unwrap_or_default();
        let age = match locale {
            Locale::En => tail.is_some() || (next == "years" && after == "old") || (i > 0 && words[i - 1] == "aged"),
            _ => next == "ans" || next == "an",
        };
        let sum = money.contains(&next.as_str()) && !(head == "hundred" || head == "thousand" || head == "mille");
        if age || sum {
            out.push(NumberWord {
                words: word.to_string(),
                excerpt: around(&words, i),
            });
        }
    }
    out
}

/// Every number written as words where digits are wanted, in a text of one language.
pub fn number_words(text: &str, locale: Locale) -> Vec<NumberWord> {
    let text = normalise(text);
    match locale {
        Locale::Ar => arabic(&text),
        Locale::En | Locale::Fr => latin(&text, locale),
    }
}
