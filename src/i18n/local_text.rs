//! Text written in every language of the app.

use super::locale::Locale;
use serde::{Deserialize, Serialize};

/// One text in English, French and Arabic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    pub en: String,
    pub fr: String,
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

    /// The text in one language, typeset for it (see [`super::typography`]): what learners read.
    pub fn typeset(&self, locale: Locale) -> String {
        super::typography::typeset(self.get(locale), locale)
    }
}
