//! Text written in every language of the app.

use super::locale::Locale;
use serde::{Deserialize, Serialize};

/// One text in English, French and Arabic. A language left out reads as empty, and an empty one
/// is left out when written: a case written in French only carries `{"fr": "..."}`. Whether a
/// language may be missing is the content checks' business (a case says which it has), not the
/// parser's, so a missing translation is reported by field and language like any other problem.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fr: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ar: String,
}

impl LocalText {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::Fr => &self.fr,
            Locale::Ar => &self.ar,
        }
    }

    /// The text in one language, to write into.
    pub fn get_mut(&mut self, locale: Locale) -> &mut String {
        match locale {
            Locale::En => &mut self.en,
            Locale::Fr => &mut self.fr,
            Locale::Ar => &mut self.ar,
        }
    }

    /// The text in one language, typeset for it (see [`super::typography`]): what learners read.
    pub fn typeset(&self, locale: Locale) -> String {
        super::typography::typeset(self.get(locale), locale)
    }
}
