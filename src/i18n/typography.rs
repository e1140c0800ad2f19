//! Typography of each language, applied to texts as they are compiled: the spaces French puts
//! before `: ; ! ?`, inside « » and in numbers, and the spaces that must not break in article and
//! law numbers ("art. 3 a)", «المادة 3 (أ)»).
//!
//! It runs once, where content is compiled (the build's bundles, a trainer's pack as it is added,
//! the Moodle exports), so authors type ordinary spaces and every text still reads as typeset.
//! The interface's own strings are written typeset at the source; a test checks that running this
//! over them changes nothing.

use super::locale::Locale;

/// U+202F NARROW NO-BREAK SPACE: before `: ; ! ?` and `%`, inside « », between digit groups.
pub const NNBSP: char = '\u{202F}';
/// U+00A0 NO-BREAK SPACE: between a word and the number it introduces ("art. 3", "n° 27-14").
pub const NBSP: char = '\u{00A0}';
/// U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: around "448-1" in Arabic.
/// After Arabic letters, the bidi algorithm makes digits Arabic numbers, and a hyphen between two
/// Arabic numbers does not join them: «الفصل 448-1» would show as «الفصل 1-448».
pub const LRI: char = '\u{2066}';
pub const PDI: char = '\u{2069}';

/// Words after which a number must stay on the same line ("art. 3", "Law 27-14", «المادة 3»).
/// Compared without case; a trailing `.` is part of the word.
const NUMBER_INTRODUCERS: &[&str] = &[
    "art.",
    "arts.",
    "article",
    "articles",
    "par.",
    "al.",
    "n°",
    "no.",
    "law",
    "loi",
    "décret",
    "dahir",
    "decree",
    "المادة",
    "المادتين",
    "المادتان",
    "الفصل",
    "الفصلين",
    "الفصلان",
    "الفقرة",
    "البند",
    "رقم",
    "القانون",
    "المرسوم",
    "الظهير",
];

/// Words that follow a number and must not be left alone at the start of a line ("4 000 euros").
const FRENCH_UNITS: &[&str] = &[
    "euros",
    "euro",
    "€",
    "dirhams",
    "dirham",
    "dh",
    "mad",
    "ans",
    "an",
    "km",
    "kilomètres",
    "mètres",
    "heures",
    "h",
];

/// The text as it should be typeset in `locale`. Idempotent: typesetting twice changes nothing.
pub fn typeset(text: &str, locale: Locale) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len() + 8);
    // The end of a hyphenated number being isolated (Arabic), where its PDI goes.
    let mut isolate_until: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if locale == Locale::Ar && isolate_until.is_none() && c.is_ascii_digit() {
            let starts_run = i == 0 || !(chars[i - 1].is_ascii_digit() || matches!(chars[i - 1], '-' | LRI));
            let end = hyphenated_number_end(&chars, i);
            if starts_run && end > i {
                out.push(LRI);
                isolate_until = Some(end);
            }
        }
        if isolate_until == Some(i) {
            out.push(c);
            out.push(PDI);
            isolate_until = None;
            continue;
        }
        if c == ' ' || c == NBSP || c == NNBSP {
            let prev = out.last().copied();
            out.push(space_between(&out, prev, &chars[i + 1..], c, locale));
            continue;
        }
        if locale == Locale::Fr {
            let prev = out.last().copied();
            match c {
                // "Pourquoi?" -> "Pourquoi ?": the space is added, narrow and unbreakable, but not
                // inside a time or a ratio ("10:30"), a double mark ("?!") or an address ("https:").
                ':' | ';' | '!' | '?' if prev.is_some_and(|p| needs_space_before(p, c, next)) => out.push(NNBSP),
                '%' if prev.is_some_and(numberish) => out.push(NNBSP),
                '»' if prev.is_some_and(|p| !p.is_whitespace() && p != NNBSP && p != NBSP) => out.push(NNBSP),
                _ => {}
            }
            out.push(c);
            if c == '«' && next.is_some_and(|n| !n.is_whitespace() && n != NNBSP && n != NBSP) {
                out.push(NNBSP);
            }
            continue;
        }
        out.push(c);
    }
    out.into_iter().collect()
}

/// If a number with hyphens starts at `start` ("448-1", "02-03", "2019-2021"), the index of its
/// last digit; else `start` itself (nothing to isolate).
fn hyphenated_number_end(chars: &[char], start: usize) -> usize {
    let mut i = start;
    let mut hyphens = 0;
    loop {
        while chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if chars.get(i + 1) == Some(&'-') && chars.get(i + 2).is_some_and(char::is_ascii_digit) {
            hyphens += 1;
            i += 2;
        } else {
            break;
        }
    }
    if hyphens == 0 || chars.get(i + 1) == Some(&PDI) {
        start
    } else {
        i
    }
}

/// What a space (plain or not) at this point becomes.
fn space_between(before: &[char], prev: Option<char>, after: &[char], space: char, locale: Locale) -> char {
    let next = after.first().copied();
    if locale == Locale::Fr {
        // Before : ; ! ? and % and », after «: narrow, unbreakable.
        if matches!(next, Some(':' | ';' | '!' | '?' | '»')) || prev == Some('«') {
            return NNBSP;
        }
        if next == Some('%') && prev.is_some_and(numberish) {
            return NNBSP;
        }
        // "4 000", "18 694", "1 000 000": a group of one to three digits, then exactly three.
        if prev.is_some_and(|p| p.is_ascii_digit())
            && starts_with_group_of_three(after)
            && ends_with_short_group(before)
        {
            return NNBSP;
        }
        // "4 000 euros", "15 ans".
        if prev.is_some_and(|p| p.is_ascii_digit()) && next_word_in(after, FRENCH_UNITS) {
            return NBSP;
        }
    }
    // "art. 3", "loi n° 27-14", «المادة 3»: the word stays with its number.
    if next.is_some_and(|n| n.is_ascii_digit()) && last_word_in(before, NUMBER_INTRODUCERS) {
        return NBSP;
    }
    // "art. 3 a)", "par. 1 b)", «المادة 3 (أ)»: the number stays with its letter.
    let after_paren_group = prev == Some(')') && before.len() >= 3 && before[before.len() - 3] == '(';
    if (prev.is_some_and(|p| p.is_ascii_digit() || p == PDI) || after_paren_group) && starts_with_subdivision(after) {
        return NBSP;
    }
    if space == NNBSP && locale != Locale::Fr {
        return space;
    }
    if space == NBSP || space == NNBSP {
        // An unbreakable space an author typed on purpose stays unbreakable.
        return space;
    }
    ' '
}

/// A digit, or the end of a `{placeholder}` that stands for a number ("{score} %").
fn numberish(c: char) -> bool {
    c.is_ascii_digit() || c == '}'
}

fn needs_space_before(prev: char, mark: char, next: Option<char>) -> bool {
    if prev.is_whitespace() || prev == NNBSP || prev == NBSP || matches!(prev, '!' | '?' | '(' | '[' | '{' | '/') {
        return false;
    }
    if mark == ':' {
        // "10:30", "3:2", "https://": a colon inside a word or number takes no space.
        return next.is_none_or(|n| n.is_whitespace() || n == NBSP || n == NNBSP || n == '»');
    }
    next.is_none_or(|n| !n.is_alphanumeric())
}

fn starts_with_group_of_three(after: &[char]) -> bool {
    after.len() >= 3
        && after[..3].iter().all(char::is_ascii_digit)
        && after
            .get(3)
            .is_none_or(|c| !c.is_ascii_digit() && *c != '-' && *c != '.')
}

/// Whether the text ends with a digit group that may start a number written in groups: one to
/// three digits, alone or after another group ("18", "1 000").
fn ends_with_short_group(before: &[char]) -> bool {
    let digits = before.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let rest = &before[..before.len() - digits];
    match rest.last() {
        None => true,
        Some(c) if *c == NNBSP => digits == 3,
        Some(c) => !c.is_alphanumeric() && !matches!(c, '-' | '.' | ',' | '/'),
    }
}

fn next_word_in(after: &[char], words: &[&str]) -> bool {
    let word: String = after
        .iter()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?'))
        .collect();
    !word.is_empty() && words.iter().any(|w| word.to_lowercase() == *w)
}

fn last_word_in(before: &[char], words: &[&str]) -> bool {
    let start = before
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '«' | '"'))
        .map_or(0, |p| p + 1);
    let word: String = before[start..].iter().collect::<String>().to_lowercase();
    !word.is_empty() && words.contains(&word.as_str())
}

/// "a)", "b)", "(a)", "(أ)", "(1)": a subdivision of an article.
fn starts_with_subdivision(after: &[char]) -> bool {
    match after {
        ['(', x, ')', ..] if x.is_alphanumeric() => true,
        [x, ')', ..] if x.is_ascii_lowercase() || ('\u{0600}'..='\u{06FF}').contains(x) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        typeset(s, Locale::Fr)
    }

    #[test]
    fn french_punctuation_gets_a_narrow_no_break_space() {
        assert_eq!(fr("Traite ou trafic ?"), "Traite ou trafic\u{202F}?");
        assert_eq!(fr("Pourquoi?"), "Pourquoi\u{202F}?");
        assert_eq!(fr("Note : voir ; fin !"), "Note\u{202F}: voir\u{202F}; fin\u{202F}!");
        assert_eq!(fr("à 10:30, ratio 3:2"), "à 10:30, ratio 3:2");
        assert_eq!(fr("Quoi ?!"), "Quoi\u{202F}?!");
    }

    #[test]
    fn guillemets_hold_their_words() {
        assert_eq!(fr("« petites bonnes »"), "«\u{202F}petites bonnes\u{202F}»");
        assert_eq!(fr("«non»"), "«\u{202F}non\u{202F}»");
    }

    #[test]
    fn numbers_and_percentages_do_not_break() {
        assert_eq!(fr("4 000 euros"), "4\u{202F}000\u{A0}euros");
        assert_eq!(fr("1 000 000 DH"), "1\u{202F}000\u{202F}000\u{A0}DH");
        assert_eq!(fr("36% et 41 %"), "36\u{202F}% et 41\u{202F}%");
        assert_eq!(fr("en 2013 2014"), "en 2013 2014");
        assert_eq!(fr("à 15 ans"), "à 15\u{A0}ans");
        assert_eq!(fr("score {score} %"), "score {score}\u{202F}%");
    }

    #[test]
    fn article_numbers_stay_together() {
        assert_eq!(fr("art. 3 a)"), "art.\u{A0}3\u{A0}a)");
        assert_eq!(fr("loi n° 27-14"), "loi n°\u{A0}27-14");
        assert_eq!(
            typeset("Art. 448-1 (Law 27-14)", Locale::En),
            "Art.\u{A0}448-1 (Law\u{A0}27-14)"
        );
        assert_eq!(typeset("المادة 3 (أ)", Locale::Ar), "المادة\u{A0}3\u{A0}(أ)");
        assert_eq!(
            typeset("المادة 6 (1) (ب)", Locale::Ar),
            "المادة\u{A0}6\u{A0}(1)\u{A0}(ب)"
        );
        assert_eq!(typeset("القانون رقم 02.03", Locale::Ar), "القانون رقم\u{A0}02.03");
    }

    #[test]
    fn hyphenated_numbers_read_left_to_right_in_arabic() {
        assert_eq!(
            typeset("الفصل 448-1 من", Locale::Ar),
            "الفصل\u{A0}\u{2066}448-1\u{2069} من"
        );
        assert_eq!(typeset("بين 2019-2021", Locale::Ar), "بين \u{2066}2019-2021\u{2069}");
        let once = typeset("الفصل 448-1", Locale::Ar);
        assert_eq!(typeset(&once, Locale::Ar), once);
        assert_eq!(typeset("Art. 448-1", Locale::En), "Art.\u{A0}448-1");
    }

    #[test]
    fn english_and_arabic_punctuation_is_left_alone() {
        assert_eq!(typeset("Why? Because: 36%", Locale::En), "Why? Because: 36%");
        assert_eq!(typeset("لماذا؟ لأن: 36%", Locale::Ar), "لماذا؟ لأن: 36%");
    }

    #[test]
    fn typesetting_twice_changes_nothing() {
        for s in [
            "« Oui » : 4 000 euros ; art. 3 a) ?",
            "Qualification : {verdict}",
            "41 %",
        ] {
            let once = fr(s);
            assert_eq!(fr(&once), once);
        }
    }
}
