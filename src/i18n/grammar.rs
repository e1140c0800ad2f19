//! Grammatical agreement: a word the interface puts beside a noun ("constituée", "absente",
//! «قائم») takes the form the noun's gender and number ask for, in each language.
//!
//! Every noun that is ever qualified carries its agreement in the catalogue ([`super::labels`]:
//! `offence_agreement`, `element_agreement`), and every qualifier is written here in all its
//! forms, so "Trafic illicite de migrants : constitué" and "Traite des êtres humains : constituée"
//! both come out right and a new noun without its gender does not compile.

use super::locale::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Singular,
    Plural,
}

/// The gender and number of a noun in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agreement {
    pub gender: Gender,
    pub number: Number,
}

/// Masculine singular.
pub const M: Agreement = Agreement {
    gender: Gender::Masculine,
    number: Number::Singular,
};
/// Feminine singular.
pub const F: Agreement = Agreement {
    gender: Gender::Feminine,
    number: Number::Singular,
};
/// Masculine plural.
pub const MPL: Agreement = Agreement {
    gender: Gender::Masculine,
    number: Number::Plural,
};
/// Feminine plural (in Arabic, also what a plural of things takes: «وثائق ... غير متوفرة»).
pub const FPL: Agreement = Agreement {
    gender: Gender::Feminine,
    number: Number::Plural,
};

/// A word said of a noun, which agrees with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// Of an offence: all its elements are there.
    Established,
    NotEstablished,
    /// Of an element of an offence.
    Present,
    Missing,
    NotRequired,
}

impl Qualifier {
    pub const ALL: [Qualifier; 5] = [
        Qualifier::Established,
        Qualifier::NotEstablished,
        Qualifier::Present,
        Qualifier::Missing,
        Qualifier::NotRequired,
    ];

    /// The form that agrees with a noun of this gender and number.
    pub fn agreeing(self, with: Agreement, l: Locale) -> &'static str {
        let [m, f, mpl, fpl] = self.forms(l);
        match (with.gender, with.number) {
            (Gender::Masculine, Number::Singular) => m,
            (Gender::Feminine, Number::Singular) => f,
            (Gender::Masculine, Number::Plural) => mpl,
            (Gender::Feminine, Number::Plural) => fpl,
        }
    }

    /// Masculine, feminine, masculine plural, feminine plural. Arabic plurals of things (the only
    /// plurals the app qualifies) take the feminine singular.
    pub fn forms(self, l: Locale) -> [&'static str; 4] {
        match (self, l) {
            (Qualifier::Established, Locale::En) => ["established"; 4],
            (Qualifier::Established, Locale::Fr) => ["constitué", "constituée", "constitués", "constituées"],
            (Qualifier::Established, Locale::Ar) => ["قائم", "قائمة", "قائمة", "قائمة"],
            (Qualifier::NotEstablished, Locale::En) => ["not established"; 4],
            (Qualifier::NotEstablished, Locale::Fr) => {
                ["non constitué", "non constituée", "non constitués", "non constituées"]
            }
            (Qualifier::NotEstablished, Locale::Ar) => ["غير قائم", "غير قائمة", "غير قائمة", "غير قائمة"],
            (Qualifier::Present, Locale::En) => ["present"; 4],
            (Qualifier::Present, Locale::Fr) => ["présent", "présente", "présents", "présentes"],
            (Qualifier::Present, Locale::Ar) => ["متوفر", "متوفرة", "متوفرة", "متوفرة"],
            (Qualifier::Missing, Locale::En) => ["missing"; 4],
            (Qualifier::Missing, Locale::Fr) => ["absent", "absente", "absents", "absentes"],
            (Qualifier::Missing, Locale::Ar) => ["غير متوفر", "غير متوفرة", "غير متوفرة", "غير متوفرة"],
            (Qualifier::NotRequired, Locale::En) => ["not required"; 4],
            (Qualifier::NotRequired, Locale::Fr) => ["non exigé", "non exigée", "non exigés", "non exigées"],
            (Qualifier::NotRequired, Locale::Ar) => ["غير مشترط", "غير مشترطة", "غير مشترطة", "غير مشترطة"],
        }
    }
}
