//! The sources cards and glossary terms cite, written as readable references in the learner's
//! language: "Trafficking Protocol, Art. 3", « Protocole relatif à la traite des personnes,
//! art. 3 », «بروتوكول الاتجار بالأشخاص، المادة 3».
//!
//! Authors cite with a short code and the articles, `"trafficking-protocol 3(a)"` or
//! `"law-02-03 50, 52"`; their notes on where each fact comes from (the reference file's sections
//! and source numbers) stay in TOML comments, which are never compiled.

use super::locale::Locale;

/// A text cited by cards and glossary terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Instrument {
    TraffickingProtocol,
    SmugglingProtocol,
    PenalCode,
    Law2714,
    Law0203,
    Decree217740,
    IloIndicators,
    UnodcIndicators,
    UnodcE4j,
    IomGlossary,
    IomDirectAssistance,
    OhchrPrinciples,
    WhoRecommendations,
    UnicefGuidelines,
    OsceNrmHandbook,
    CoeConvention,
    HrwLonelyServitude,
    TipReport,
}

/// How articles of a text are named: most texts have articles (Art., art., المادة); the
/// Moroccan Penal Code has «فصول» in Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Divisions {
    Articles,
    PenalCodeArticles,
    /// A report or a guide: cited whole.
    None,
}

const INSTRUMENTS: &[(&str, Instrument)] = &[
    ("trafficking-protocol", Instrument::TraffickingProtocol),
    ("smuggling-protocol", Instrument::SmugglingProtocol),
    ("penal-code", Instrument::PenalCode),
    ("law-27-14", Instrument::Law2714),
    ("law-02-03", Instrument::Law0203),
    ("decree-2-17-740", Instrument::Decree217740),
    ("ilo-indicators", Instrument::IloIndicators),
    ("unodc-indicators", Instrument::UnodcIndicators),
    ("unodc-e4j", Instrument::UnodcE4j),
    ("iom-glossary", Instrument::IomGlossary),
    ("iom-direct-assistance", Instrument::IomDirectAssistance),
    ("ohchr-principles", Instrument::OhchrPrinciples),
    ("who-recommendations", Instrument::WhoRecommendations),
    ("unicef-guidelines", Instrument::UnicefGuidelines),
    ("osce-nrm-handbook", Instrument::OsceNrmHandbook),
    ("coe-convention", Instrument::CoeConvention),
    ("hrw-lonely-servitude", Instrument::HrwLonelyServitude),
    ("tip-report", Instrument::TipReport),
];

/// The code of every text a source may cite (`"law-02-03"`), for the checks that read every name.
pub fn codes() -> impl Iterator<Item = &'static str> {
    INSTRUMENTS.iter().map(|(code, _)| *code)
}

impl Instrument {
    fn name(self, l: Locale) -> &'static str {
        use Instrument::*;
        let [en, fr, ar] = match self {
            TraffickingProtocol => [
                "Trafficking Protocol",
                "Protocole relatif à la traite des personnes",
                "بروتوكول الاتجار بالأشخاص",
            ],
            SmugglingProtocol => [
                "Smuggling of Migrants Protocol",
                "Protocole contre le trafic illicite de migrants",
                "بروتوكول مكافحة تهريب المهاجرين",
            ],
            PenalCode => ["Moroccan Penal Code", "Code pénal marocain", "مجموعة القانون الجنائي المغربي"],
            Law2714 => [
                "Law 27-14 on combating trafficking in human beings",
                "Loi n° 27-14 relative à la lutte contre la traite des êtres humains",
                "القانون رقم 27.14 المتعلق بمكافحة الاتجار بالبشر",
            ],
            Law0203 => [
                "Law 02-03 on the entry and stay of foreigners and irregular migration",
                "Loi n° 02-03 relative à l'entrée et au séjour des étrangers, à l'émigration et l'immigration irrégulières",
                "القانون رقم 02.03 المتعلق بدخول وإقامة الأجانب وبالهجرة غير المشروعة",
            ],
            Decree217740 => [
                "Decree 2.17.740 (National Commission)",
                "Décret n° 2.17.740 (Commission nationale)",
                "المرسوم رقم 2.17.740 (اللجنة الوطنية)",
            ],
            IloIndicators => [
                "ILO, Indicators of Forced Labour",
                "OIT, Indicateurs du travail forcé",
                "منظمة العمل الدولية، مؤشرات العمل الجبري",
            ],
            UnodcIndicators => [
                "UNODC, Human Trafficking Indicators",
                "ONUDC, Indicateurs de la traite des personnes",
                "مكتب الأمم المتحدة المعني بالمخدرات والجريمة، مؤشرات الاتجار بالبشر",
            ],
            UnodcE4j => [
                "UNODC, Education for Justice: Trafficking in Persons and Smuggling of Migrants",
                "ONUDC, Éducation pour la justice : traite des personnes et trafic illicite de migrants",
                "مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التعليم من أجل العدالة: الاتجار بالأشخاص وتهريب المهاجرين",
            ],
            IomGlossary => [
                "IOM, Glossary on Migration",
                "OIM, Glossaire de la migration",
                "المنظمة الدولية للهجرة، مسرد مصطلحات الهجرة",
            ],
            IomDirectAssistance => [
                "IOM, Handbook on Direct Assistance for Victims of Trafficking",
                "OIM, Manuel de l'assistance directe aux victimes de la traite",
                "المنظمة الدولية للهجرة، دليل المساعدة المباشرة لضحايا الاتجار",
            ],
            OhchrPrinciples => [
                "OHCHR, Recommended Principles on Human Rights and Human Trafficking",
                "HCDH, Principes recommandés concernant les droits de l'homme et la traite des êtres humains",
                "المفوضية السامية لحقوق الإنسان، المبادئ الموصى بها بشأن حقوق الإنسان والاتجار بالبشر",
            ],
            WhoRecommendations => [
                "WHO, Ethical and Safety Recommendations for Interviewing Trafficked Women",
                "OMS, Recommandations éthiques et de sécurité pour les entretiens avec les femmes victimes de la traite",
                "منظمة الصحة العالمية، توصيات أخلاقية وتوصيات السلامة لإجراء المقابلات مع النساء ضحايا الاتجار",
            ],
            UnicefGuidelines => [
                "UNICEF, Guidelines on the Protection of Child Victims of Trafficking",
                "UNICEF, Principes directeurs pour la protection des enfants victimes de la traite",
                "اليونيسف، المبادئ التوجيهية لحماية الأطفال ضحايا الاتجار",
            ],
            OsceNrmHandbook => [
                "OSCE/ODIHR, National Referral Mechanisms: a Practical Handbook",
                "OSCE/BIDDH, Mécanismes nationaux d'orientation : manuel pratique",
                "منظمة الأمن والتعاون في أوروبا، آليات الإحالة الوطنية: دليل عملي",
            ],
            CoeConvention => [
                "Council of Europe Convention on Action against Trafficking in Human Beings",
                "Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains",
                "اتفاقية مجلس أوروبا بشأن مكافحة الاتجار بالبشر",
            ],
            HrwLonelyServitude => [
                "Human Rights Watch, “Lonely Servitude” (2012)",
                "Human Rights Watch, « Lonely Servitude » (2012)",
                "هيومن رايتس ووتش، «Lonely Servitude» (2012)",
            ],
            TipReport => [
                "US Department of State, Trafficking in Persons Report: Morocco",
                "Département d'État des États-Unis, Rapport sur la traite des personnes : Maroc",
                "وزارة الخارجية الأمريكية، تقرير الاتجار بالأشخاص: المغرب",
            ],
        };
        match l {
            Locale::En => en,
            Locale::Fr => fr,
            Locale::Ar => ar,
        }
    }

    fn divisions(self) -> Divisions {
        match self {
            Instrument::PenalCode => Divisions::PenalCodeArticles,
            Instrument::TraffickingProtocol
            | Instrument::SmugglingProtocol
            | Instrument::Law2714
            | Instrument::Law0203
            | Instrument::Decree217740
            | Instrument::OhchrPrinciples
            | Instrument::CoeConvention => Divisions::Articles,
            _ => Divisions::None,
        }
    }
}

/// A reference as an author writes it: the code of the text, then its articles, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    instrument: Instrument,
    /// "3", "3(a)", "6(1)(b)", "448-1"; several for "Arts. 3, 5 and 6".
    articles: Vec<String>,
}

/// Reads `"trafficking-protocol 3(a)"`, `"law-02-03 50, 52"`, `"ilo-indicators"`.
pub fn parse(text: &str) -> Result<Reference, String> {
    let text = text.trim();
    let (code, rest) = text.split_once(' ').unwrap_or((text, ""));
    let instrument = INSTRUMENTS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, i)| *i)
        .ok_or_else(|| {
            let known: Vec<&str> = INSTRUMENTS.iter().map(|(c, _)| *c).collect();
            format!(
                "unknown source `{code}`: write one of {} and the articles",
                known.join(", ")
            )
        })?;
    let articles: Vec<String> = rest
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect();
    for a in &articles {
        let ok = a.chars().next().is_some_and(|c| c.is_ascii_digit())
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '-' | '.'));
        if !ok {
            return Err(format!(
                "`{a}` is not an article number (write 3, 3(a), 6(1)(b) or 448-1)"
            ));
        }
    }
    if !articles.is_empty() && instrument.divisions() == Divisions::None {
        return Err(format!("`{code}` is cited whole, without articles"));
    }
    Ok(Reference { instrument, articles })
}

/// The Arabic letter of a subdivision (a, b, c, d: أ، ب، ج، د, in the order of the abjad).
fn arabic_letter(c: char) -> char {
    match c {
        'a' => 'أ',
        'b' => 'ب',
        'c' => 'ج',
        'd' => 'د',
        'e' => 'ه',
        'f' => 'و',
        other => other,
    }
}

/// One article in a language's way: 3(a), « 3 a) », «3 (أ)»; 6(1)(b), « 6, par. 1 b) ».
fn article(a: &str, l: Locale) -> String {
    let (number, subs) = a.split_once('(').map_or((a, ""), |(n, rest)| (n, rest));
    let parts: Vec<&str> = if subs.is_empty() {
        vec![]
    } else {
        subs.trim_end_matches(')').split(")(").collect()
    };
    match l {
        Locale::En => a.to_string(),
        Locale::Fr => {
            let mut out = number.to_string();
            for p in parts {
                if p.chars().all(|c| c.is_ascii_digit()) {
                    out.push_str(&format!(", par. {p}"));
                } else {
                    out.push_str(&format!(" {p})"));
                }
            }
            out
        }
        Locale::Ar => {
            let mut out = number.to_string();
            for p in parts {
                let p: String = p.chars().map(arabic_letter).collect();
                out.push_str(&format!(" ({p})"));
            }
            out
        }
    }
}

/// A list in the language's way: "3, 5 and 6", « 3, 5 et 6 », «3 و5 و6».
fn list(items: &[String], l: Locale) -> String {
    match (l, items) {
        (_, [one]) => one.clone(),
        (Locale::Ar, _) => items.join(" و"),
        (_, [init @ .., last]) => {
            let and = if l == Locale::Fr { "et" } else { "and" };
            format!("{} {and} {last}", init.join(", "))
        }
        (_, []) => String::new(),
    }
}

/// The reference as the learner reads it, typeset for the language.
pub fn render(r: &Reference, l: Locale) -> String {
    let name = r.instrument.name(l);
    let text = if r.articles.is_empty() {
        name.to_string()
    } else {
        let articles: Vec<String> = r.articles.iter().map(|a| article(a, l)).collect();
        let many = articles.len() > 1;
        let word = match (l, r.instrument.divisions(), many) {
            (Locale::En, _, false) => "Art.",
            (Locale::En, _, true) => "Arts.",
            (Locale::Fr, _, _) => "art.",
            (Locale::Ar, Divisions::PenalCodeArticles, false) => "الفصل",
            (Locale::Ar, Divisions::PenalCodeArticles, true) => "الفصول",
            (Locale::Ar, _, false) => "المادة",
            (Locale::Ar, _, true) => "المواد",
        };
        let sep = if l == Locale::Ar { "، " } else { ", " };
        format!("{name}{sep}{word} {}", list(&articles, l))
    };
    super::typography::typeset(&text, l)
}

/// Each reference of a list written by an author, readable; an unreadable one is left out (the
/// content check reports it before it could be compiled).
pub fn render_all<'a>(sources: impl IntoIterator<Item = &'a String>, l: Locale) -> Vec<String> {
    sources
        .into_iter()
        .filter_map(|s| parse(s).ok())
        .map(|r| render(&r, l))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(s: &str, l: Locale) -> String {
        render(&parse(s).unwrap(), l)
            .replace(['\u{A0}', '\u{202F}'], " ")
            .replace(['\u{2066}', '\u{2069}'], "")
    }

    #[test]
    fn references_read_as_citations_in_each_language() {
        assert_eq!(
            cite("trafficking-protocol 3", Locale::En),
            "Trafficking Protocol, Art. 3"
        );
        assert_eq!(
            cite("trafficking-protocol 3(a)", Locale::Fr),
            "Protocole relatif à la traite des personnes, art. 3 a)"
        );
        assert_eq!(
            cite("trafficking-protocol 3(a)", Locale::Ar),
            "بروتوكول الاتجار بالأشخاص، المادة 3 (أ)"
        );
        assert_eq!(
            cite("smuggling-protocol 6(1)(b)", Locale::Fr),
            "Protocole contre le trafic illicite de migrants, art. 6, par. 1 b)"
        );
        assert_eq!(
            cite("law-02-03 50, 52", Locale::En).rsplit(", ").next(),
            Some("Arts. 50 and 52")
        );
        assert!(cite("law-02-03 50, 52", Locale::Ar).ends_with("المواد 50 و52"));
        assert!(cite("penal-code 448-1", Locale::Ar).ends_with("الفصل 448-1"));
        assert_eq!(cite("ilo-indicators", Locale::En), "ILO, Indicators of Forced Labour");
    }

    #[test]
    fn a_reference_stays_together_on_a_line() {
        let ar = render(&parse("trafficking-protocol 3(a)").unwrap(), Locale::Ar);
        assert!(ar.ends_with("المادة\u{A0}3\u{A0}(أ)"), "{ar:?}");
    }

    #[test]
    fn unknown_sources_and_articles_are_refused() {
        assert!(parse("domain-facts.md §1 [4]").is_err());
        assert!(parse("trafficking-protocol §3").is_err());
        assert!(parse("ilo-indicators 3").is_err());
    }
}
