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

/// A noun the interface counts, written with its number as each language writes it: "1 step",
/// "3 steps"; « 1 étape », « 3 étapes »; «مرحلة واحدة»، «مرحلتان»، «3 مراحل»، «11 مرحلة».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Steps,
    /// An estimate: "about 5 min".
    Minutes,
    Cases,
    Terms,
}

/// The plural categories of Arabic (CLDR): 0, 1, 2, 3-10, 11-99, and 100 and over (by the last
/// two digits).
fn arabic_form(n: usize) -> usize {
    match (n, n % 100) {
        (0, _) => 0,
        (1, _) => 1,
        (2, _) => 2,
        (_, 3..=10) => 3,
        (_, 11..=99) => 4,
        _ => 5,
    }
}

impl Counted {
    pub const ALL: [Counted; 4] = [Counted::Steps, Counted::Minutes, Counted::Cases, Counted::Terms];

    /// The number and its noun, agreeing.
    pub fn phrase(self, n: usize, l: Locale) -> String {
        let template = match l {
            Locale::En => {
                let [one, other] = match self {
                    Counted::Steps => ["{n} step", "{n} steps"],
                    Counted::Minutes => ["about {n} min"; 2],
                    Counted::Cases => ["{n} case", "{n} cases"],
                    Counted::Terms => ["{n} term", "{n} terms"],
                };
                if n == 1 {
                    one
                } else {
                    other
                }
            }
            // French counts 0 and 1 in the singular; the number stays with its noun.
            Locale::Fr => {
                let [one, other] = match self {
                    Counted::Steps => ["{n}\u{A0}étape", "{n}\u{A0}étapes"],
                    Counted::Minutes => ["{n}\u{A0}min environ"; 2],
                    Counted::Cases => ["{n}\u{A0}cas"; 2],
                    Counted::Terms => ["{n}\u{A0}terme", "{n}\u{A0}termes"],
                };
                if n <= 1 {
                    one
                } else {
                    other
                }
            }
            // One and two are said with the noun alone; 3 to 10 take the plural, 11 to 99 the
            // singular (accusative for terms), 100 and over the singular.
            Locale::Ar => {
                let forms: [&'static str; 6] = match self {
                    Counted::Steps => [
                        "{n} مرحلة",
                        "مرحلة واحدة",
                        "مرحلتان",
                        "{n} مراحل",
                        "{n} مرحلة",
                        "{n} مرحلة",
                    ],
                    Counted::Minutes => [
                        "نحو {n} دقيقة",
                        "نحو دقيقة واحدة",
                        "نحو دقيقتين",
                        "نحو {n} دقائق",
                        "نحو {n} دقيقة",
                        "نحو {n} دقيقة",
                    ],
                    Counted::Cases => ["{n} حالة", "حالة واحدة", "حالتان", "{n} حالات", "{n} حالة", "{n} حالة"],
                    Counted::Terms => [
                        "{n} مصطلح",
                        "مصطلح واحد",
                        "مصطلحان",
                        "{n} مصطلحات",
                        "{n} مصطلحاً",
                        "{n} مصطلح",
                    ],
                };
                forms[arabic_form(n)]
            }
        };
        template.replace("{n}", &n.to_string())
    }
}
