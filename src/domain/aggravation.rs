//! The aggravating circumstances of each frame, kept apart because they differ.
//!
//! The Smuggling Protocol's Art. 6(3) aggravates for endangering lives or safety and for inhuman
//! or degrading treatment (typed as `lives-endangered` and `degrading-treatment`). Law No. 02.03
//! Art. 52 aggravates for other things: habitual commission, a permanent incapacity of a person
//! transported, a death (domain-facts.md §4 [38]). Endangerment alone is not an Art. 52
//! aggravation, so the two lists are separate facts.

use serde::{Deserialize, Serialize};

/// An aggravating circumstance of Law No. 02.03 Art. 52, as the law lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Art52Aggravation {
    /// The organiser does this habitually.
    Habitual,
    /// A person transported suffered a permanent incapacity.
    PermanentIncapacity,
    /// A person transported died.
    Death,
}

impl Art52Aggravation {
    pub const ALL: [Art52Aggravation; 3] = [
        Art52Aggravation::Habitual,
        Art52Aggravation::PermanentIncapacity,
        Art52Aggravation::Death,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Art52Aggravation::Habitual => "habitual",
            Art52Aggravation::PermanentIncapacity => "permanent-incapacity",
            Art52Aggravation::Death => "death",
        }
    }
}
