//! The term base (`content/terms.toml`): for every legal notion the app names, the term in each
//! language and the variants that must not appear, with the matcher that finds them in a text.
//!
//! The matcher is deliberately plain (no regular expressions), so that an author can predict it
//! from the file's header: texts and variants are compared after [`normalise`]; a Latin-script
//! variant must stand as whole words (`*` at its end lets the last word go on); an Arabic one is
//! found anywhere, since clitics attach to words, and the legitimate longer phrases that contain a
//! variant are listed in the entry's `unless`.

use crate::i18n::Locale;
use serde::{Deserialize, Serialize};

/// `content/terms.toml`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermBase {
    pub terms: Vec<TermEntry>,
}

/// One notion: its term in each language, where the brief gives it, and what not to write.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TermEntry {
    pub id: String,
    pub en: String,
    pub fr: String,
    pub ar: String,
    /// The section of `domain-facts.md` (and its source numbers) that gives the term.
    pub source: String,
    #[serde(default)]
    pub note: String,
    /// The variants that must not appear, per language.
    #[serde(default)]
    pub avoid: Variants,
    /// Longer phrases in which a variant is legitimate, per language.
    #[serde(default)]
    pub unless: Variants,
    /// The variants may appear in quoted speech (a rule on addressing the learner, not on what
    /// people in a story say to each other).
    #[serde(default)]
    pub allowed_in_speech: bool,
}

/// A list of phrases for each language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variants {
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub fr: Vec<String>,
    #[serde(default)]
    pub ar: Vec<String>,
}

impl Variants {
    pub fn get(&self, locale: Locale) -> &[String] {
        match locale {
            Locale::En => &self.en,
            Locale::Fr => &self.fr,
            Locale::Ar => &self.ar,
        }
    }
}

impl TermEntry {
    /// The term to write in one language.
    pub fn preferred(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::Fr => &self.fr,
            Locale::Ar => &self.ar,
        }
    }
}

/// A forbidden variant found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantFound {
    pub term: String,
    pub variant: String,
    pub preferred: String,
    /// The words around it, normalised.
    pub excerpt: String,
}

/// Folds what may differ between two spellings of the same words and is no choice of the
/// author's: no-break spaces and typesetting marks, the apostrophe, Arabic short vowels, tatweel
/// and the hamza seats of alef. Case is kept (« Nations Unies » is a variant of « Nations unies »).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '\u{00A0}' | '\u{202F}' | '\u{2009}' => out.push(' '),
            '’' | 'ʼ' => out.push('\''),
            _ => out.push(c),
        }
    }
    out
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// The byte ranges of every occurrence of `needle` in `hay`.
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    hay.match_indices(needle).map(|(i, m)| (i, i + m.len())).collect()
}

/// Where a variant occurs in a normalised text, by the rules of the file's header.
fn find_variant(text: &str, variant: &str) -> Vec<(usize, usize)> {
    let open_end = variant.ends_with('*');
    let needle = normalise(variant.trim_end_matches('*'));
    if needle.chars().any(is_arabic) {
        return occurrences(text, &needle);
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    occurrences(text, &needle)
        .into_iter()
        .filter(|(start, end)| {
            let before = text[..*start].chars().next_back();
            let after = text[*end..].chars().next();
            !word(before) && (open_end || !word(after))
        })
        .map(|(start, end)| {
            // An open end takes the rest of the word, for the excerpt.
            let extra: usize = if open_end {
                text[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum()
            } else {
                0
            };
            (start, end + extra)
        })
        .collect()
}

/// The byte ranges of quoted speech: « … », “ … ”, and "…" pairs.
fn quoted(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '«' | '“' => open.push((c, i)),
            '»' | '”' => {
                let want = if c == '»' { '«' } else { '“' };
                if let Some(pos) = open.iter().rposition(|(o, _)| *o == want) {
                    let (_, start) = open.remove(pos);
                    out.push((start, i + c.len_utf8()));
                }
            }
            '"' => match open.iter().rposition(|(o, _)| *o == '"') {
                Some(pos) => {
                    let (_, start) = open.remove(pos);
                    out.push((start, i + 1));
                }
                None => open.push(('"', i)),
            },
            _ => {}
        }
    }
    out
}

fn within(range: (usize, usize), ranges: &[(usize, usize)]) -> bool {
    ranges.iter().any(|(s, e)| *s <= range.0 && range.1 <= *e)
}

/// A few words either side of a byte range, on char boundaries.
fn excerpt(text: &str, (start, end): (usize, usize)) -> String {
    let before: String = {
        let mut chars: Vec<char> = text[..start].chars().rev().take(25).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = text[end..].chars().take(25).collect();
    format!("…{before}[{}]{after}…", &text[start..end]).replace('\n', " ")
}

impl TermBase {
    /// Every forbidden variant in a text of one language.
    pub fn check(&self, text: &str, locale: Locale) -> Vec<VariantFound> {
        let text = normalise(text);
        let speech = quoted(&text);
        let mut found = Vec::new();
        for entry in &self.terms {
            let excused: Vec<(usize, usize)> = entry
                .unless
                .get(locale)
                .iter()
                .flat_map(|u| occurrences(&text, &normalise(u)))
                .collect();
            let mut hits: Vec<((usize, usize), &String)> = Vec::new();
            for variant in entry.avoid.get(locale) {
                for range in find_variant(&text, variant) {
                    if within(range, &excused) || (entry.allowed_in_speech && within(range, &speech)) {
                        continue;
                    }
                    hits.push((range, variant));
                }
            }
            // «رخصة إقامتها» also holds «رخصة إقامته»: one finding per place, the longest variant.
            let places: Vec<(usize, usize)> = hits.iter().map(|(r, _)| *r).collect();
            for (range, variant) in &hits {
                let inside_longer = places.iter().any(|p| p != range && p.0 <= range.0 && range.1 <= p.1);
                if inside_longer {
                    continue;
                }
                found.push(VariantFound {
                    term: entry.id.clone(),
                    variant: variant.trim_end_matches('*').to_string(),
                    preferred: entry.preferred(locale).to_string(),
                    excerpt: excerpt(&text, *range),
                });
            }
        }
        found
    }

    /// Problems of the file itself: ids, sources, a variant that is its own preferred term or
    /// that an exception never contains, so that the base cannot quietly forbid nothing.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for e in &self.terms {
            if !crate::domain::validate::is_kebab_id(&e.id) || !ids.insert(e.id.as_str()) {
                out.push(format!("term `{}`: the id must be kebab-case and unique", e.id));
            }
            if e.source.trim().is_empty() {
                out.push(format!("term `{}`: give the brief's source", e.id));
            }
            for l in Locale::ALL {
                if e.preferred(l).trim().is_empty() {
                    out.push(format!("term `{}`: no term in {}", e.id, l.code()));
                }
                let own = self.check(e.preferred(l), l);
                if own.iter().any(|f| f.term == e.id) {
                    out.push(format!(
                        "term `{}`: its own {} term contains a variant it forbids",
                        e.id,
                        l.code()
                    ));
                }
                for u in e.unless.get(l) {
                    let holds = e.avoid.get(l).iter().any(|v| {
                        let v = normalise(v.trim_end_matches('*'));
                        normalise(u).contains(&v)
                    });
                    if !holds {
                        out.push(format!(
                            "term `{}`: the exception {u:?} contains none of its variants",
                            e.id
                        ));
                    }
                }
            }
        }
        out
    }
}
