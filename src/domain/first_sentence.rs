//! The first sentence of a text, for feedback that says why in one sentence on the first screen
//! and keeps the rest below. In English, French and Arabic; abbreviations ("Art. 3", "M. Amrani")
//! do not end a sentence.

/// Words after which a full stop does not end the sentence.
const ABBREVIATIONS: [&str; 16] = [
    "M", "Mr", "Mrs", "Ms", "Dr", "Mme", "St", "art", "Art", "arts", "Arts", "par", "cf", "e.g", "i.e", "vs",
];

/// Splits `text` after its first sentence: `(first, rest)`, the rest trimmed (empty for a text
/// of one sentence).
pub fn split_first_sentence(text: &str) -> (&str, &str) {
    let text = text.trim();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '؟') {
            continue;
        }
        // A sentence ends before a space and a capital (or a letter of a script without case).
        let next = chars.get(k + 1).map(|x| x.1);
        let after = chars.get(k + 2).map(|x| x.1);
        let starts_sentence =
            after.is_some_and(|a| a.is_uppercase() || a == '«' || a == '"' || (a.is_alphabetic() && !a.is_lowercase()));
        if next != Some(' ') || !starts_sentence {
            continue;
        }
        if c == '.' {
            let word = text[..i].rsplit([' ', '\u{a0}', '(']).next().unwrap_or_default();
            if ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)) {
                continue;
            }
        }
        let end = i + c.len_utf8();
        return (&text[..end], text[end..].trim());
    }
    (text, "")
}
