//! Text that users typed or files brought (pack names, deck names), made safe to show inside the
//! app's own text: no direction overrides, no invisible-only names, isolated from the text around.

/// Characters that change the direction of the text after them (embeddings, overrides, isolates
/// and marks). A name holding one could reverse the app's own text; they are never kept.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that show nothing: format characters, zero-width and filler characters.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_direction_control(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Whether a text holds a direction override, embedding, isolate or mark.
pub fn has_direction_controls(text: &str) -> bool {
    text.chars().any(is_direction_control)
}

/// Whether a text shows anything at all.
pub fn is_visible(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}

/// The text without direction controls or control characters, trimmed.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !is_direction_control(*c) && !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

/// A name to show: cleaned, or `fallback` when nothing of it would be visible.
pub fn shown_name(name: &str, fallback: &str) -> String {
    let cleaned = clean(name);
    if is_visible(&cleaned) {
        cleaned
    } else {
        fallback.to_string()
    }
}

/// A name placed inside the app's own sentence: cleaned and isolated (first-strong isolate), so
/// an Arabic name in a French sentence, or the reverse, never reorders the words around it.
pub fn isolate(name: &str) -> String {
    format!("\u{2068}{}\u{2069}", clean(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_are_dropped_and_invisible_names_replaced() {
        assert_eq!(clean("Nador\u{202E} workshop"), "Nador workshop");
        assert_eq!(shown_name("\u{200B}\u{3164}\u{2800} ", "(no name)"), "(no name)");
        assert_eq!(shown_name("ورشة الناظور", "?"), "ورشة الناظور");
        assert!(!is_visible("\u{FEFF}\u{200D}"));
        assert!(has_direction_controls("a\u{2067}b"));
        assert_eq!(isolate("a\u{202E}b"), "\u{2068}ab\u{2069}");
    }
}
