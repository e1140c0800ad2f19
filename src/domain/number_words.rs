//! Numbers written as words where the content guide asks for Western digits: in Arabic, any
//! cardinal from three up (ages, sums, durations, counts: «12 سنة», «3 أشهر», «900 يورو»); in
//! English and French the same, from three up ("twelve-year-old", « quinze ans », "five hundred
//! euros", "fifteen minutes", « quatre autres femmes », "a group of eight").
//!
//! What stays in words, because the language wants it so: one and two (Arabic says «مرة واحدة»,
//! «مرحلتان»), ordinals («الفقرة الثالثة», «المرة الثانية»), a definite cardinal after its noun
//! («العناصر الثلاثة», "the three elements", « les trois éléments », "her three children"), and
//! vague quantities («عشرات», «آلاف», "dozens"). "one", "two", « un », « une », « deux » are never
//! numbers here (they are articles as often as counts).
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

/// The number at the head of a hyphenated word ("three-month", « dix-huit »), if any.
fn number_head(word: &str, list: &[&str]) -> Option<String> {
    let parts: Vec<&str> = word.split('-').collect();
    let n = parts
        .iter()
        .take_while(|p| list.contains(p) || **p == "et" || **p == "and")
        .count();
    let head = parts[..n].join("-");
    is_number(&head, list).then_some(head)
}

/// Words before a cardinal that make it a definite count ("the three elements", « les trois
/// éléments », "her five children"): the guide leaves those in words.
const EN_DEFINITE: &[&str] = &[
    "the", "these", "those", "its", "his", "her", "their", "our", "your", "my", "all",
];
const FR_DEFINITE: &[&str] = &[
    "les", "des", "aux", "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "tous", "toutes",
];
/// Words that may stand between the determiner and the cardinal ("the other three", "the first
/// three", « les premiers trois mois »).
const EN_BETWEEN: &[&str] = &["other", "first", "last", "next", "same", "remaining"];
const FR_BETWEEN: &[&str] = &["autres", "premiers", "premières", "derniers", "dernières"];

/// Whether a French « neuf » is the adjective "new" (« tout neuf », « à neuf », « quoi de neuf »)
/// rather than nine: nine counts a plural noun or a unit after it.
fn fr_not_a_count(words: &[String], i: usize) -> bool {
    let word = words[i].as_str();
    let prev = if i > 0 { words[i - 1].as_str() } else { "" };
    match word {
        "neuf" => {
            let next = words.get(i + 1).map(|w| w.as_str()).unwrap_or("");
            !(FR_UNITS.contains(&next) || next.ends_with('s')) || ["à", "tout", "flambant"].contains(&prev)
        }
        _ => false,
    }
}

/// Nouns a French « neuf » counts (a plural noun, or one of these units).
const FR_UNITS: &[&str] = &["mois", "fois", "jours", "ans", "heures", "personnes"];

/// English and French: a number word from three up (an age, a sum, a count or a duration),
/// outside a definite count.
fn latin(text: &str, locale: Locale) -> Vec<NumberWord> {
    let (list, definite, between): (&[&str], &[&str], &[&str]) = match locale {
        Locale::En => (EN_NUMBERS, EN_DEFINITE, EN_BETWEEN),
        _ => (FR_NUMBERS, FR_DEFINITE, FR_BETWEEN),
    };
    let raw: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let mut out = Vec::new();
    for (i, lower) in words.iter().enumerate() {
        let Some(head) = number_head(lower, list) else {
            continue;
        };
        let compound = head != *lower;
        let prev = |k: usize| -> &str {
            if i >= k {
                words[i - k].as_str()
            } else {
                ""
            }
        };
        // An age is never a definite count left in words: "the twelve-year-old" is still 12.
        let age = match locale {
            Locale::En => {
                lower.ends_with("-year-old")
                    || lower.ends_with("-year-olds")
                    || (words.get(i + 1).map(|w| w.as_str()) == Some("years")
                        && words.get(i + 2).map(|w| w.as_str()) == Some("old"))
                    || prev(1) == "aged"
            }
            _ => matches!(words.get(i + 1).map(|w| w.as_str()), Some("ans") | Some("an")),
        };
        let definite_count =
            !compound && (definite.contains(&prev(1)) || (between.contains(&prev(1)) && definite.contains(&prev(2))));
        // "a hundred", « mille » after digits: « 15 mille » is written with its digits.
        let after_digits = i > 0 && words[i - 1].chars().all(|c| c.is_ascii_digit());
        let scale = ["hundred", "thousand", "cent", "cents", "mille"].contains(&head.as_str());
        let other_word = locale == Locale::Fr && fr_not_a_count(&words, i);
        // "a few hundred metres", « plusieurs centaines »: a vague quantity, not a count.
        let vague = scale && ["few", "several", "some"].contains(&prev(1));
        // "a four-by-four", « un quatre-quatre »: the vehicle.
        let vehicle = lower == "four-by-four" || lower == "quatre-quatre";
        if age || !(definite_count || (after_digits && scale) || other_word || vague || vehicle) {
            out.push(NumberWord {
                words: raw[i].to_string(),
                excerpt: around(&raw, i),
            });
        }
    }
    out
}

/// Words before a full stop that do not end a sentence: "Art. 52", "Arts. 50 and 52", « art. 3 »,
/// "para. 2", « n° ».
const ABBREVIATIONS: &[&str] = &[
    "Art", "Arts", "art", "arts", "para", "par", "al", "No", "no", "Nos", "p", "pp", "cf",
];

/// Figures that open a sentence, a paragraph, a line or a bullet ("8 months later, …", « 3 semaines
/// passent », «15 دقيقة تكفي…», a label "3 quick taps to leave"). French typography never opens
/// a sentence with a figure and English house style does not either: the figure moves off the
/// front ("After 8 months", « Au bout de 8 mois », «تكفي هذه الدقائق الـ15», "Leave with 3 quick
/// taps"). The check is the same in every language, Arabic included. A count shown alone as a
/// value, a figure and at most two words ("3 steps", « 2 min environ », «3 خطوات»), is no sentence.
pub fn leading_figures(text: &str) -> Vec<NumberWord> {
    let text = normalise(text);
    if text.split_whitespace().count() <= 3 {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line_start = true;
    let mut after_stop = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line_start = true;
            after_stop = false;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if line_start && c == '-' && chars.get(i + 1) == Some(&' ') {
            // A bullet: its text starts after the dash.
            i += 2;
            continue;
        }
        let starts = line_start || after_stop;
        line_start = false;
        after_stop = false;
        if starts && c.is_ascii_digit() {
            let rest: String = chars[i..].iter().collect();
            let words: Vec<&str> = rest.split_whitespace().take(5).collect();
            out.push(NumberWord {
                words: words[0].trim_end_matches(|c: char| !c.is_ascii_digit()).to_string(),
                excerpt: format!("[{}]…", words.join(" ")),
            });
        }
        if matches!(c, '.' | '!' | '?' | '؟') && chars.get(i + 1).is_some_and(|n| n.is_whitespace()) {
            let word: String = {
                let mut j = i;
                while j > 0 && !chars[j - 1].is_whitespace() {
                    j -= 1;
                }
                chars[j..i].iter().collect()
            };
            let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            after_stop = !(c == '.' && ABBREVIATIONS.contains(&word));
        }
        i += 1;
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
