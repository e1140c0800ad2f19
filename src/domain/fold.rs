//! Folding text for search: the spellings people type for the same word compare equal.
//!
//! Latin: case and accents ("Fès" = "fes", "Œuvre" = "oeuvre"). Arabic: diacritics (harakat,
//! shadda, sukun, the dagger alef) and tatweel dropped; the hamza forms أ إ آ ٱ → ا, ؤ → و,
//! ئ → ي, a lone ء dropped; ta marbuta ة → ه; alef maqsura ى → ي; ظ → ض, which many write for
//! each other (الناضور for الناظور); Arabic-Indic digits → 0-9. No-break spaces and word joiners
//! (from typesetting) become plain spaces or nothing, so typeset text folds like typed text.

/// The text folded for comparison. Pure, and the same on the build machine and in the browser,
/// so a search index compiled at build time matches a query folded on the phone.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Arabic diacritics (U+064B-U+065F), the dagger alef, tatweel, a lone hamza, joiners.
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | 'ء'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ؤ' => out.push('و'),
            'ئ' | 'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            'ظ' => out.push('ض'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '\u{00A0}' | '\u{202F}' => out.push(' '),
            '’' | 'ʼ' => out.push('\''),
            _ => fold_latin(c, &mut out),
        }
    }
    out
}

/// A Latin letter without its accent and in lower case; ligatures spelled out.
fn fold_latin(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'œ' | 'Œ' => return out.push_str("oe"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'ß' => return out.push_str("ss"),
        other => return out.extend(other.to_lowercase()),
    };
    out.push(base);
}

/// The words of a folded text: runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// An Arabic word without its definite article (الناظور → ناظور), for a query typed without it;
/// `None` when the word has none or would be too short without it.
pub fn without_article(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("ال")?;
    (rest.chars().count() >= 2).then_some(rest)
}

/// The forms a folded word is indexed and looked up under: itself and, for an Arabic word with
/// the article (and a clitic before it: و ف ب ل ك), the word without them, so بالناظور is found
/// by الناظور or ناظور.
pub fn forms(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    let mut rest = word;
    for clitic in ["و", "ف"] {
        rest = rest
            .strip_prefix(clitic)
            .filter(|r| r.starts_with("ال") || r.starts_with("ب") || r.starts_with("ل") || r.starts_with("ك"))
            .unwrap_or(rest);
    }
    for clitic in ["ب", "ك"] {
        rest = rest
            .strip_prefix(clitic)
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(rest);
    }
    // ل + ال is written لل (للناظور).
    let stem = without_article(rest).or_else(|| rest.strip_prefix("لل").filter(|r| r.chars().count() >= 2));
    if let Some(stem) = stem {
        out.push(stem);
    }
    out
}

/// Whether every word of a query begins a word of the text (or one of its [`forms`]), all folded:
/// "serv dett" finds "Servitude pour dettes", الناضور finds بالناظور.
pub fn matches_words(text: &str, query: &str) -> bool {
    let text = fold(text);
    let indexed: Vec<&str> = words(&text).flat_map(forms).collect();
    let query = fold(query);
    let wanted: Vec<&str> = words(&query).collect();
    wanted
        .iter()
        .all(|q| forms(q).iter().any(|f| indexed.iter().any(|w| w.starts_with(f))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_spelling_variants_fold_together() {
        assert_eq!(fold("الناضور"), fold("الناظور"));
        assert_eq!(fold("أكادير"), fold("اكادير"));
        assert_eq!(fold("إسبانيا"), "اسبانيا");
        assert_eq!(fold("آسفي"), "اسفي");
        assert_eq!(fold("مؤشر"), "موشر");
        assert_eq!(fold("هيئة"), "هييه");
        assert_eq!(fold("شهادة"), fold("شهاده"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        assert_eq!(fold("الدَّين"), "الدين");
        assert_eq!(fold("تـــهريب"), "تهريب");
        assert_eq!(fold("جزاء"), "جزا");
        assert_eq!(fold("٣ (أ)"), "3 (ا)");
    }

    #[test]
    fn latin_accents_and_case_fold() {
        assert_eq!(fold("Fès"), "fes");
        assert_eq!(fold("MEKNÈS Tétouan Laâyoune"), "meknes tetouan laayoune");
        assert_eq!(fold("sœur"), "soeur");
        assert_eq!(fold("art.\u{A0}3\u{202F}a)"), "art. 3 a)");
    }

    #[test]
    fn query_words_begin_words_of_the_text() {
        assert!(matches_words("Servitude pour dettes", "serv DETT"));
        assert!(matches_words("وصل إلى الناظور", "الناضور"));
        assert!(matches_words("وصل بالناظور", "ناظور"));
        assert!(matches_words("La traite des êtres humains", "etres"));
        assert!(!matches_words("Servitude pour dettes", "travail"));
        assert!(matches_words("anything", ""));
    }

    #[test]
    fn the_article_comes_off_long_enough_words() {
        assert_eq!(without_article("الناظور"), Some("ناظور"));
        assert_eq!(without_article("ناظور"), None);
        assert_eq!(without_article("الي"), None);
    }
}
