//! Moodle XML, the format Moodle's question bank imports and exports with every setting.
//!
//! Texts are written as `plain_text`, so Moodle shows them as typed, never as markup.

use super::{LmsQuestion, CATEGORY};

/// Escapes a text for XML; characters XML 1.0 cannot hold are left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn text_element(tag: &str, text: &str, indent: &str) -> String {
    format!(
        "{indent}<{tag} format=\"plain_text\">\n{indent}  <text>{}</text>\n{indent}</{tag}>\n",
        escape(text.trim())
    )
}

/// The questions as a Moodle XML file, under one category.
pub fn write(questions: &[LmsQuestion], header: &str) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    // A comment may hold no "--" and may not end with "-": every hyphen of the header (a pack or
    // deck name among them) becomes a hyphen that XML does not read as one (U+2010).
    out.push_str(&format!("  <!-- {} -->\n", escape(header).replace('-', "\u{2010}")));
    out.push_str(&format!(
        "  <question type=\"category\">\n    <category>\n      <text>$course$/top/{CATEGORY}</text>\n    </category>\n  </question>\n"
    ));
    for q in questions {
        out.push_str("  <question type=\"multichoice\">\n");
        out.push_str(&format!(
            "    <name>\n      <text>{}</text>\n    </name>\n",
            escape(&q.name)
        ));
        out.push_str(&text_element("questiontext", &q.text, "    "));
        out.push_str(&text_element("generalfeedback", &q.general_feedback, "    "));
        out.push_str("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
        out.push_str(&format!("    <idnumber>{}</idnumber>\n", escape(&q.id)));
        out.push_str(&format!("    <single>{}</single>\n", q.single));
        out.push_str("    <shuffleanswers>false</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
        for a in &q.answers {
            out.push_str(&format!(
                "    <answer fraction=\"{}\" format=\"plain_text\">\n      <text>{}</text>\n",
                a.fraction.percent(),
                escape(a.text.trim())
            ));
            out.push_str(&text_element("feedback", &a.feedback, "      "));
            out.push_str("    </answer>\n");
        }
        out.push_str(&format!(
            "    <tags>\n      <tag>\n        <text>{CATEGORY}</text>\n      </tag>\n      <tag>\n        <text>{}</text>\n      </tag>\n    </tags>\n",
            escape(&q.case_id)
        ));
        out.push_str("  </question>\n");
    }
    out.push_str("</quiz>\n");
    out
}
