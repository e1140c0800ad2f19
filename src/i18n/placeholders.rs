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

/// Replaces each `{name}` of the template with its value; unknown placeholders are left as they
/// are. One pass over the template only: a value is never searched for placeholders, so a pack
/// named `{count}` is shown as typed, not as a number.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..end])
                .map(|(_, v)| (end, *v))
        });
        match value {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
