//! GIFT, Moodle's plain-text quiz format: one question per block, blocks apart by a blank line.
//!
//! Every text is escaped (`~ = # { } :` and the backslash), its line breaks written as `\n`, so
//! no text can end a block, open an answer or start a comment; texts are marked `[plain]`, so
//! the platform shows them as typed, never as markup.

use super::{LmsQuestion, CATEGORY};

/// Escapes a text for GIFT, on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.trim().replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// An answer or feedback text: it inherits the question's `[plain]`, unless it starts with `[`,
/// which a platform could read as a format of its own.
fn part(text: &str) -> String {
    let escaped = escape(text);
    if escaped.starts_with('[') {
        format!("[plain]{escaped}")
    } else {
        escaped
    }
}

/// The questions as a GIFT file, under one category.
pub fn write(questions: &[LmsQuestion], header: &str) -> String {
    let mut out = String::new();
    // Every line of the header (a pack or deck name among it) stays inside a comment: a lone
    // carriage return or another line separator would otherwise start a line of its own.
    for line in header
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .filter(|l| !l.is_empty())
    {
        out.push_str("// ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("\n$CATEGORY: $course$/top/{CATEGORY}\n"));
    for q in questions {
        out.push('\n');
        out.push_str(&format!("// [id:{}] [tag:{CATEGORY}] [tag:{}]\n", q.id, q.case_id));
        out.push_str(&format!("::{}::[plain]{}{{\n", escape(&q.name), escape(&q.text)));
        for a in &q.answers {
            let mark = if q.single {
                if a.fraction.0 > 0 {
                    "=".to_string()
                } else {
                    "~".to_string()
                }
            } else {
                format!("~%{}%", a.fraction.percent())
            };
            out.push('\t');
            out.push_str(&mark);
            out.push_str(&part(&a.text));
            if !a.feedback.trim().is_empty() {
                out.push('#');
                out.push_str(&part(&a.feedback));
            }
            out.push('\n');
        }
        if !q.general_feedback.trim().is_empty() {
            out.push_str("\t####");
            out.push_str(&part(&q.general_feedback));
            out.push('\n');
        }
        out.push_str("}\n");
    }
    out
}
