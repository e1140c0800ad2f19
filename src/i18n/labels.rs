//! Names of the domain's vocabulary (verdicts, frames, facts, elements, tracks, topics,
//! citations) and the sentences of the engine's notes, in every language.
//!
//! Each function is an exhaustive match, so a new variant without its names does not compile.

use super::grammar::{Agreement, Qualifier, F, FPL, M, MPL};
use super::law_labels;
use super::locale::Locale;
use super::placeholders::fill;
use crate::domain::analysis::Note;
use crate::domain::case::{Topic, Track};
use crate::domain::citation::Citation;
use crate::domain::element::Element;
use crate::domain::facts::{Act, FactChange, FactKey, Means, Purpose};
use crate::domain::frame::Frame;
use crate::domain::indicator::{Indicator, IndicatorKind};
use crate::domain::offence::Offence;
use crate::domain::scoring::Confidence;
use crate::domain::verdict::Verdict;

fn pick(locale: Locale, [en, fr, ar]: [&'static str; 3]) -> &'static str {
    match locale {
        Locale::En => en,
        Locale::Fr => fr,
        Locale::Ar => ar,
    }
}

pub fn verdict(v: Verdict, l: Locale) -> &'static str {
    pick(
        l,
        match v {
            Verdict::Trafficking => ["Trafficking in persons", "Traite des êtres humains", "اتجار بالبشر"],
            Verdict::Smuggling => [
                "Smuggling of migrants",
                "Trafic illicite de migrants",
                "تهريب المهاجرين",
            ],
            Verdict::Both => ["Both", "Les deux", "الاثنان معاً"],
            Verdict::Neither => ["Neither", "Ni l'un ni l'autre", "لا هذا ولا ذاك"],
        },
    )
}

pub fn frame(f: Frame, l: Locale) -> &'static str {
    pick(
        l,
        match f {
            Frame::International => [
                "the UN Protocols",
                "les Protocoles des Nations unies",
                "بروتوكولا الأمم المتحدة",
            ],
            Frame::Morocco => ["Moroccan law", "le droit marocain", "القانون المغربي"],
        },
    )
}

pub fn frame_heading(f: Frame, l: Locale) -> &'static str {
    pick(
        l,
        match f {
            Frame::International => [
                "UN Protocols (Palermo, 2000)",
                "Protocoles des Nations unies (Palerme, 2000)",
                "بروتوكولا الأمم المتحدة (باليرمو، 2000)",
            ],
            Frame::Morocco => [
                "Moroccan law (Law\u{A0}27-14, Law\u{A0}02-03)",
                "Droit marocain (loi n°\u{A0}27-14, loi n°\u{A0}02-03)",
                "القانون المغربي (القانون رقم\u{A0}27.14، القانون رقم\u{A0}02.03)",
            ],
        },
    )
}

pub fn act(a: Act, l: Locale) -> &'static str {
    pick(
        l,
        match a {
            Act::Recruitment => ["recruitment", "recrutement", "التجنيد"],
            Act::Transport => ["transport", "transport", "النقل"],
            Act::Transfer => ["transfer", "transfert", "التنقيل"],
            Act::Harbouring => ["harbouring", "hébergement", "الإيواء"],
            Act::Receipt => ["receipt", "accueil", "الاستقبال"],
            Act::Intermediary => ["acting as an intermediary", "intermédiation", "الوساطة"],
            Act::Luring => ["luring", "fait d'entraîner la personne", "الاستدراج"],
        },
    )
}

pub fn means(m: Means, l: Locale) -> &'static str {
    pick(
        l,
        match m {
            Means::Threat => ["threat", "menace", "التهديد"],
            Means::Force => ["use of force", "recours à la force", "استعمال القوة"],
            Means::OtherCoercion => ["other coercion", "autres formes de contrainte", "أشكال أخرى من القسر"],
            Means::Abduction => ["abduction", "enlèvement", "الاختطاف"],
            Means::Fraud => ["fraud", "fraude", "الاحتيال"],
            Means::Deception => ["deception", "tromperie", "الخداع"],
            Means::AbuseOfPower => ["abuse of power", "abus d'autorité", "إساءة استعمال السلطة"],
            Means::AbuseOfVulnerability => [
                "abuse of a position of vulnerability",
                "abus d'une situation de vulnérabilité",
                "استغلال حالة الضعف",
            ],
            Means::PaymentsToController => [
                "payments to a person in control of the victim",
                "paiements à une personne ayant autorité sur la victime",
                "إعطاء مبالغ مالية لشخص له سيطرة على الضحية",
            ],
            Means::ExploitingNeed => [
                "exploiting need or precariousness",
                "exploitation d'un état de besoin ou de précarité",
                "استغلال الحاجة أو الهشاشة",
            ],
            Means::AbuseOfFunction => [
                "abuse of function or of power (influence)",
                "abus de fonction ou de pouvoir",
                "إساءة استعمال الوظيفة أو النفوذ",
            ],
        },
    )
}

pub fn purpose(p: Purpose, l: Locale) -> &'static str {
    pick(
        l,
        match p {
            Purpose::SexualExploitation => ["sexual exploitation", "exploitation sexuelle", "الاستغلال الجنسي"],
            Purpose::Pornography => ["pornography", "pornographie", "المواد الإباحية"],
            Purpose::ForcedLabour => [
                "forced labour or services",
                "travail ou services forcés",
                "العمل الجبري أو الخدمة الجبرية",
            ],
            Purpose::Slavery => [
                "slavery or similar practices",
                "esclavage ou pratiques analogues",
                "الاسترقاق أو الممارسات الشبيهة بالرق",
            ],
            Purpose::Servitude => ["servitude", "servitude", "الاستعباد"],
            Purpose::OrganRemoval => ["removal of organs", "prélèvement d'organes", "نزع الأعضاء"],
            Purpose::ForcedBegging => ["forced begging", "mendicité forcée", "التسول"],
            Purpose::ForcedCriminality => [
                "exploitation in criminal activities",
                "exploitation dans des activités criminelles",
                "الاستغلال في الأنشطة الإجرامية",
            ],
            Purpose::MedicalExperimentation => [
                "medical experimentation",
                "expérimentations médicales",
                "إجراء التجارب والأبحاث الطبية",
            ],
            Purpose::ArmedConflict => [
                "exploitation in armed conflict",
                "exploitation dans les conflits armés",
                "الاستغلال في النزاعات المسلحة",
            ],
        },
    )
}

pub fn fact(key: FactKey, l: Locale) -> &'static str {
    match key {
        FactKey::Act(a) => act(a, l),
        FactKey::Means(m) => means(m, l),
        FactKey::Purpose(p) => purpose(p, l),
        FactKey::Child => pick(
            l,
            [
                "the person is a child (under 18)",
                "la personne est un enfant (moins de 18\u{A0}ans)",
                "الشخص طفل (دون 18 سنة)",
            ],
        ),
        FactKey::Consent => pick(
            l,
            [
                "the person consented at some point",
                "la personne a consenti à un moment",
                "وافق الشخص في مرحلة ما",
            ],
        ),
        FactKey::Effect(t) => law_labels::effect(t, l),
        FactKey::TraffickingStage(st) => law_labels::trafficking_stage(st, l),
        FactKey::IllegalEntry(st) => law_labels::illegal_entry(st, l),
        FactKey::EntryInto(st) => law_labels::entry_into(st, l),
        FactKey::MoroccanEntry(st) => law_labels::moroccan_entry(st, l),
        FactKey::MoroccanExit(st) => law_labels::moroccan_exit(st, l),
        FactKey::AwayFromPost => law_labels::simple_fact("away-from-post", l),
        FactKey::FalsePapersAtPost => law_labels::simple_fact("false-papers-at-post", l),
        FactKey::OwnCrossingAttempted => law_labels::simple_fact("own-crossing-attempted", l),
        FactKey::Art52(a) => law_labels::art52_aggravation(a, l),
        FactKey::EnablingStay => law_labels::simple_fact("enabling-stay", l),
        FactKey::StayForBenefit => law_labels::simple_fact("stay-for-benefit", l),
        FactKey::StayByIllegalMeans => law_labels::simple_fact("stay-by-illegal-means", l),
        FactKey::OverstayedVisa => law_labels::simple_fact("overstayed-visa", l),
        FactKey::NoResidenceCard => law_labels::simple_fact("no-residence-card", l),
        FactKey::WithinOneCountry => law_labels::simple_fact("within-one-country", l),
        FactKey::Victim(v) => law_labels::victim_act(v, l),
        FactKey::AroundVictim(a) => law_labels::around_victim(a, l),
        FactKey::Benefit => pick(
            l,
            [
                "a financial or other material benefit",
                "un avantage financier ou un autre avantage matériel",
                "منفعة مالية أو منفعة مادية أخرى",
            ],
        ),
        FactKey::LivesEndangered => pick(
            l,
            [
                "lives were endangered",
                "des vies ont été mises en danger",
                "تعريض الأرواح للخطر",
            ],
        ),
        FactKey::DegradingTreatment => pick(
            l,
            [
                "inhuman or degrading treatment",
                "traitement inhumain ou dégradant",
                "معاملة لاإنسانية أو مهينة",
            ],
        ),
        FactKey::FraudulentDocuments => pick(l, ["fraudulent documents", "documents frauduleux", "وثائق مزوّرة"]),
        FactKey::IrregularMigration => pick(
            l,
            [
                "the person entered or stayed irregularly",
                "la personne est entrée ou a séjourné irrégulièrement",
                "دخل الشخص أو أقام بصورة غير نظامية",
            ],
        ),
    }
}

pub fn element(e: Element, l: Locale) -> &'static str {
    pick(
        l,
        match e {
            Element::Act => ["Act", "Acte", "الفعل"],
            Element::Means => ["Means", "Moyen", "الوسيلة"],
            Element::Purpose => ["Purpose of exploitation", "Fin d'exploitation", "غرض الاستغلال"],
            Element::Child => ["The person is a child", "La personne est un enfant", "الشخص طفل"],
            Element::Crossing => [
                "Illegal crossing arranged by someone else",
                "Passage illégal organisé par un tiers",
                "عبور غير مشروع دبّره شخص آخر",
            ],
            Element::Benefit => [
                "Financial or material benefit",
                "Avantage financier ou matériel",
                "منفعة مالية أو مادية",
            ],
            Element::Aggravation => [
                "Lives endangered or degrading treatment",
                "Vies mises en danger ou traitement dégradant",
                "تعريض الأرواح للخطر أو معاملة مهينة",
            ],
            Element::FraudulentDocuments => ["Fraudulent documents", "Documents frauduleux", "وثائق مزوّرة"],
        },
    )
}

pub fn track(t: Track, l: Locale) -> &'static str {
    pick(
        l,
        match t {
            Track::CivilSociety => ["Civil society", "Société civile", "المجتمع المدني"],
            Track::Justice => ["Judges and prosecutors", "Magistrats", "القضاة والنيابة العامة"],
            Track::Health => ["Health professionals", "Professionnels de santé", "مهنيو الصحة"],
            Track::LawEnforcement => [
                "Gendarmerie, police and border officers",
                "Gendarmerie, police et agents aux frontières",
                "الدرك والشرطة وأعوان الحدود",
            ],
        },
    )
}

pub fn topic(t: Topic, l: Locale) -> &'static str {
    pick(
        l,
        match t {
            Topic::Consent => ["Consent", "Consentement", "الموافقة"],
            Topic::ChildVictims => ["Child victims", "Enfants victimes", "الأطفال الضحايا"],
            Topic::DebtBondage => ["Debt bondage", "Servitude pour dettes", "عبودية الدين"],
            Topic::DomesticServitude => ["Domestic servitude", "Servitude domestique", "الاستعباد المنزلي"],
            Topic::ForcedBegging => ["Forced begging", "Mendicité forcée", "التسول القسري"],
            Topic::SexualExploitation => ["Sexual exploitation", "Exploitation sexuelle", "الاستغلال الجنسي"],
            Topic::ForcedLabour => ["Forced labour", "Travail forcé", "العمل الجبري"],
            Topic::OrganRemoval => ["Organ removal", "Prélèvement d'organes", "نزع الأعضاء"],
            Topic::ForcedCriminality => ["Forced criminality", "Criminalité forcée", "الإجبار على الإجرام"],
            Topic::MoroccansAbroad => ["Moroccans abroad", "Marocains à l'étranger", "المغاربة في الخارج"],
            Topic::TransitMigration => ["Migrants in transit", "Migrants en transit", "المهاجرون العابرون"],
            Topic::SeaDeparture => ["Departures by sea", "Départs par la mer", "الانطلاق عبر البحر"],
            Topic::AggravatedSmuggling => ["Aggravated smuggling", "Trafic aggravé", "التهريب المشدد"],
            Topic::FraudulentDocuments => ["Fraudulent documents", "Documents frauduleux", "الوثائق المزوّرة"],
            Topic::IrregularMigration => ["Irregular migration", "Migration irrégulière", "الهجرة غير المشروعة"],
            Topic::LabourExploitation => ["Labour exploitation", "Exploitation au travail", "الاستغلال في العمل"],
            Topic::Identification => [
                "Identifying victims",
                "Identification des victimes",
                "تحديد هوية الضحايا",
            ],
            Topic::Referral => [
                "Referral and protection",
                "Orientation et protection",
                "الإحالة والحماية",
            ],
            Topic::NonPunishment => ["Non-punishment", "Non-sanction des victimes", "عدم معاقبة الضحايا"],
            Topic::Prosecution => ["Prosecution", "Poursuites", "المتابعة القضائية"],
            Topic::Interviewing => ["Interviewing safely", "Entretien en sécurité", "إجراء المقابلة بأمان"],
        },
    )
}

pub fn citation(c: Citation, l: Locale) -> &'static str {
    pick(
        l,
        match c {
            Citation::TraffickingProtocolArt4
            | Citation::TraffickingProtocolArt5_2a
            | Citation::UntocArt34_2
            | Citation::SmugglingProtocolArt4
            | Citation::SmugglingProtocolArt6_1c
            | Citation::SmugglingProtocolArt6_2a
            | Citation::SmugglingProtocolArt6_4
            | Citation::OhchrPrinciple7
            | Citation::PenalCodeArt448_1Para4
            | Citation::PenalCodeArt448_7
            | Citation::PenalCodeArt448_8
            | Citation::PenalCodeArt448_9
            | Citation::PenalCodeArt448_14
            | Citation::PenalCodeArt114
            | Citation::PenalCodeArt115
            | Citation::PenalCodeForgery
            | Citation::Law0203Art42
            | Citation::Law0203Art43
            | Citation::Law0203Art50 => return law_labels::citation_name(c, l),
            Citation::TraffickingProtocolArt3a => [
                "Trafficking Protocol, Art.\u{A0}3(a)",
                "Protocole relatif à la traite des personnes, art.\u{A0}3\u{A0}a)",
                "بروتوكول الاتجار بالأشخاص، المادة\u{A0}3\u{A0}(أ)",
            ],
            Citation::TraffickingProtocolArt3b => [
                "Trafficking Protocol, Art.\u{A0}3(b)",
                "Protocole relatif à la traite des personnes, art.\u{A0}3\u{A0}b)",
                "بروتوكول الاتجار بالأشخاص، المادة\u{A0}3\u{A0}(ب)",
            ],
            Citation::TraffickingProtocolArt3c => [
                "Trafficking Protocol, Art.\u{A0}3(c)",
                "Protocole relatif à la traite des personnes, art.\u{A0}3\u{A0}c)",
                "بروتوكول الاتجار بالأشخاص، المادة\u{A0}3\u{A0}(ج)",
            ],
            Citation::TraffickingProtocolArt3d => [
                "Trafficking Protocol, Art.\u{A0}3(d)",
                "Protocole relatif à la traite des personnes, art.\u{A0}3\u{A0}d)",
                "بروتوكول الاتجار بالأشخاص، المادة\u{A0}3\u{A0}(د)",
            ],
            Citation::SmugglingProtocolArt3a => [
                "Smuggling of Migrants Protocol, Art.\u{A0}3(a)",
                "Protocole contre le trafic illicite de migrants, art.\u{A0}3\u{A0}a)",
                "بروتوكول مكافحة تهريب المهاجرين، المادة\u{A0}3\u{A0}(أ)",
            ],
            Citation::SmugglingProtocolArt6_1b => [
                "Smuggling of Migrants Protocol, Art.\u{A0}6(1)(b)",
                "Protocole contre le trafic illicite de migrants, art.\u{A0}6, par.\u{A0}1\u{A0}b)",
                "بروتوكول مكافحة تهريب المهاجرين، المادة\u{A0}6\u{A0}(1)\u{A0}(ب)",
            ],
            Citation::SmugglingProtocolArt6_3 => [
                "Smuggling of Migrants Protocol, Art.\u{A0}6(3)",
                "Protocole contre le trafic illicite de migrants, art.\u{A0}6, par.\u{A0}3",
                "بروتوكول مكافحة تهريب المهاجرين، المادة\u{A0}6\u{A0}(3)",
            ],
            Citation::SmugglingProtocolArt5 => [
                "Smuggling of Migrants Protocol, Art.\u{A0}5",
                "Protocole contre le trafic illicite de migrants, art.\u{A0}5",
                "بروتوكول مكافحة تهريب المهاجرين، المادة\u{A0}5",
            ],
            Citation::PenalCodeArt448_1 => [
                "Penal Code, Art.\u{A0}448-1 (Law\u{A0}27-14)",
                "Code pénal, art.\u{A0}448-1 (loi n°\u{A0}27-14)",
                "مجموعة القانون الجنائي، الفصل\u{A0}\u{2066}448-1\u{2069} (القانون رقم\u{A0}27.14)",
            ],
            Citation::Law0203Art52 => [
                "Law\u{A0}02-03, Art.\u{A0}52",
                "Loi n°\u{A0}02-03, art.\u{A0}52",
                "القانون رقم\u{A0}02.03، المادة\u{A0}52",
            ],
        },
    )
}

pub fn confidence(c: Confidence, l: Locale) -> &'static str {
    use super::catalogue::Msg;
    match c {
        Confidence::Sure => Msg::ConfidenceSure.text(l),
        Confidence::Fairly => Msg::ConfidenceFairly.text(l),
        Confidence::Unsure => Msg::ConfidenceUnsure.text(l),
    }
}

/// Joins items as a list in the language's own way.
pub fn join(items: &[&str], l: Locale) -> String {
    let sep = if l == Locale::Ar { "، " } else { ", " };
    items.join(sep)
}

/// The sentence for one of the engine's notes.
pub fn note(n: Note, l: Locale) -> String {
    // The notes that put a name or an article inside a sentence are typeset as a whole, so the
    // spaces around what is filled in follow the language's typography too.
    super::typography::typeset(&note_text(n, l), l)
}

fn note_text(n: Note, l: Locale) -> String {
    match n {
        Note::ConsentInferredFromMeans
        | Note::ChildNoMeansConsentInferred
        | Note::FailingToReportCoversAttempt
        | Note::FamilyExcuseForNotReporting
        | Note::ThresholdMet
        | Note::TraffickingAttempted
        | Note::OnlyPlanned
        | Note::SmugglingAttempted
        | Note::ExitWithoutEntry
        | Note::OutsideLaw0203
        | Note::AggravationNotForAttempts
        | Note::EndangermentNotArt52
        | Note::Art52Aggravated(_)
        | Note::FalsePapersInMoroccanLaw
        | Note::EnablingStayConditions
        | Note::EnablingStayNotArt52
        | Note::DomesticLawKept
        | Note::DomesticOutsideProtocolScope
        | Note::AroundVictimOnlyInMoroccanLaw(_)
        | Note::NonPunishmentCovered
        | Note::NonPunishmentNotReached
        | Note::StayPredatesNotCovered
        | Note::NonPunishmentSoftLaw => law_labels::note(n, l).unwrap_or_default().to_string(),
        Note::ConsentIrrelevant(c) => fill(
            pick(
                l,
                [
                    "Consent given at the start does not matter once a means such as deception or coercion is used: {citation}.",
                    "Le consentement donné au départ est indifférent dès lors qu'un moyen, comme la tromperie ou la contrainte, a été employé\u{202F}: {citation}.",
                    "لا عبرة بالموافقة المعطاة في البداية متى استُعملت وسيلة كالخداع أو القسر: {citation}.",
                ],
            ),
            &[("citation", citation(c, l))],
        ),
        Note::ChildNoMeansNeeded(c) => fill(
            pick(
                l,
                [
                    "The person is a child: an act and a purpose of exploitation are enough, no means is needed, and the child's consent changes nothing: {citation}.",
                    "La personne est un enfant\u{202F}: l'acte et la fin d'exploitation suffisent, aucun moyen n'est exigé et le consentement de l'enfant est indifférent\u{202F}: {citation}.",
                    "الشخص طفل: يكفي الفعل وغرض الاستغلال، ولا تُشترط أي وسيلة، ولا أثر لموافقة الطفل: {citation}.",
                ],
            ),
            &[("citation", citation(c, l))],
        ),
        Note::AdultWithoutMeans => pick(
            l,
            [
                "There is an act and exploitation, but no means against an adult: however harsh, this is not trafficking. Labour law and other offences may still apply.",
                "Il y a un acte et une exploitation, mais aucun moyen à l'encontre d'un adulte\u{202F}: si dure soit-elle, la situation ne constitue pas une traite. Le droit du travail et d'autres infractions peuvent toutefois s'appliquer.",
                "هناك فعل واستغلال، لكن لا وسيلة مستعملة ضد شخص راشد: مهما كانت الظروف قاسية، فهذا ليس اتجاراً بالبشر. وقد يظل قانون الشغل أو جرائم أخرى واجبة التطبيق.",
            ],
        )
        .to_string(),
        Note::OpenListPurpose(p) => fill(
            pick(
                l,
                [
                    "The Protocol's list of exploitation is a minimum: {purpose} falls within it even though it is not named.",
                    "La liste des formes d'exploitation du Protocole est un minimum\u{202F}: {purpose} y entre même si elle n'est pas nommée.",
                    "قائمة أشكال الاستغلال في البروتوكول حدّ أدنى: يدخل فيها {purpose} وإن لم يُذكر صراحة.",
                ],
            ),
            &[("purpose", purpose(p, l))],
        ),
        Note::NamedInMoroccanLaw(p) => fill(
            pick(
                l,
                [
                    "Law\u{A0}27-14 names {purpose} explicitly as a form of exploitation.",
                    "La loi n°\u{A0}27-14 cite expressément cette forme d'exploitation\u{202F}: {purpose}.",
                    "ينصّ القانون رقم\u{A0}27.14 صراحة على {purpose} ضمن أشكال الاستغلال.",
                ],
            ),
            &[("purpose", purpose(p, l))],
        ),
        Note::ActOnlyInMoroccanLaw(a) => fill(
            pick(
                l,
                [
                    "An act named by Penal Code Art. 448-1 (Law 27-14) but not by the Protocol: {act}.",
                    "Acte prévu par l'article 448-1 du Code pénal (loi n° 27-14) mais non par le Protocole\u{202F}: {act}.",
                    "فعل منصوص عليه في الفصل 448-1 من مجموعة القانون الجنائي (القانون رقم 27.14) وليس في البروتوكول: {act}.",
                ],
            ),
            &[("act", act(a, l))],
        ),
        Note::MeansOnlyInMoroccanLaw(m) => fill(
            pick(
                l,
                [
                    "Law 27-14 adds {means} to the means; under the Protocol it counts only if it amounts to abuse of power, abuse of a position of vulnerability or another listed means (type that means too if the facts show it).",
                    "La loi n° 27-14 ajoute aux moyens\u{202F}: {means}\u{202F}; au regard du Protocole, ce moyen ne compte que s'il constitue un abus d'autorité, un abus d'une situation de vulnérabilité ou un autre moyen prévu (le saisir aussi si les faits le montrent).",
                    "يضيف القانون رقم 27.14 {means} إلى الوسائل؛ أما وفق البروتوكول فيجب أن يرقى إلى إساءة استعمال السلطة أو استغلال حالة الضعف أو وسيلة أخرى منصوص عليها.",
                ],
            ),
            &[("means", means(m, l))],
        ),
        Note::NoBenefitOutsideProtocol => pick(
            l,
            [
                "No one gained a financial or material benefit: helping someone cross for free, for family or humanitarian reasons, falls outside the Smuggling Protocol.",
                "Personne n'en a tiré d'avantage financier ou matériel\u{202F}: aider gratuitement quelqu'un à passer, pour des raisons familiales ou humanitaires, échappe au Protocole contre le trafic illicite de migrants.",
                "لم يحصل أحد على منفعة مالية أو مادية: مساعدة شخص على العبور مجاناً لأسباب عائلية أو إنسانية تخرج عن نطاق بروتوكول مكافحة تهريب المهاجرين.",
            ],
        )
        .to_string(),
        Note::BenefitNotRequiredInMorocco => pick(
            l,
            [
                "Law 02-03 Art. 52 punishes organising or facilitating a clandestine entry or exit whether it is free or paid: there is no profit element.",
                "L'article 52 de la loi n° 02-03 punit le fait d'organiser ou de faciliter une entrée ou une sortie clandestine, à titre gratuit ou onéreux\u{202F}: le profit n'est pas un élément de l'infraction.",
                "تعاقب المادة 52 من القانون رقم 02.03 على تنظيم أو تسهيل الدخول أو الخروج السري سواء كان ذلك بمقابل أو بدونه: فالربح ليس عنصراً في الجريمة.",
            ],
        )
        .to_string(),
        Note::AggravatedSmuggling(c) => fill(
            pick(
                l,
                [
                    "Lives were endangered or the migrants degraded: an aggravating circumstance ({citation}). The Smuggling Protocol (Art. 16) asks States Parties to protect and assist the migrants (Morocco's status as a party is unverified).",
                    "Des vies ont été mises en danger ou les migrants ont été traités de manière dégradante\u{202F}: circonstance aggravante ({citation}). Le Protocole (art. 16) demande aux États parties de protéger et d'assister les migrants (la qualité de partie du Maroc n'est pas vérifiée).",
                    "عُرّضت الأرواح للخطر أو تعرّض المهاجرون لمعاملة مهينة: ظرف مشدد ({citation}). ويطلب البروتوكول (المادة 16) من الدول الأطراف حماية المهاجرين ومساعدتهم (كون المغرب طرفاً فيه غير متحقق منه).",
                ],
            ),
            &[("citation", citation(c, l))],
        ),
        Note::FraudulentDocuments(c) => fill(
            pick(
                l,
                [
                    "Fraudulent documents were involved: producing or providing them to enable smuggling, for a benefit, is an offence of its own ({citation}).",
                    "Des documents frauduleux sont en cause\u{202F}: les fabriquer ou les fournir afin de permettre le trafic illicite, pour en tirer un avantage, constitue une infraction distincte ({citation}).",
                    "هناك وثائق مزوّرة: صنعها أو توفيرها بغرض تمكين التهريب ومن أجل منفعة جريمة قائمة بذاتها ({citation}).",
                ],
            ),
            &[("citation", citation(c, l))],
        ),
        Note::MigrantNotLiable(c) => fill(
            pick(
                l,
                [
                    "The smuggled migrant is not liable under the Protocol for having been smuggled ({citation}).",
                    "Le migrant objet d'un trafic n'encourt pas de poursuites au titre du Protocole pour ce seul fait ({citation}).",
                    "لا يتعرّض المهاجر المهرَّب للملاحقة بموجب البروتوكول لمجرد كونه مهرَّباً ({citation}).",
                ],
            ),
            &[("citation", citation(c, l))],
        ),
        Note::NoBorderNeeded => pick(
            l,
            [
                "Trafficking needs no border crossing: it can happen entirely within one country.",
                "La traite n'exige aucun franchissement de frontière\u{202F}: elle peut se dérouler entièrement dans un seul pays.",
                "لا يشترط الاتجار بالبشر عبور الحدود: يمكن أن يقع بالكامل داخل بلد واحد.",
            ],
        )
        .to_string(),
        Note::IrregularCrossingWithoutFacilitator => pick(
            l,
            [
                "The person entered or stayed irregularly, and the facts name no one who arranged the crossing: on these facts, that is irregular migration, not smuggling.",
                "La personne est entrée ou a séjourné de manière irrégulière, et les faits ne désignent personne qui aurait organisé son passage\u{202F}: sur ces faits, c'est une migration irrégulière, non un trafic illicite.",
                "دخل الشخص أو أقام بصورة غير نظامية، ولا تذكر الوقائع أحداً دبّر عبوره: بناءً على هذه الوقائع، هذه هجرة غير مشروعة وليست تهريباً.",
            ],
        )
        .to_string(),
    }
}

pub fn indicator_kind(k: IndicatorKind, l: Locale) -> &'static str {
    pick(
        l,
        match k {
            IndicatorKind::ForcedLabour => [
                "ILO indicator of forced labour",
                "indicateur de travail forcé (OIT)",
                "مؤشر العمل الجبري (منظمة العمل الدولية)",
            ],
            IndicatorKind::General => ["general indicator", "indicateur général", "مؤشر عام"],
            IndicatorKind::Child => [
                "indicator concerning children",
                "indicateur propre aux enfants",
                "مؤشر خاص بالأطفال",
            ],
            IndicatorKind::DomesticServitude => [
                "indicator of domestic servitude",
                "indicateur de servitude domestique",
                "مؤشر الاستعباد المنزلي",
            ],
            IndicatorKind::SexualExploitation => [
                "indicator of sexual exploitation",
                "indicateur d'exploitation sexuelle",
                "مؤشر الاستغلال الجنسي",
            ],
            IndicatorKind::Begging => [
                "indicator of forced begging",
                "indicateur de mendicité forcée",
                "مؤشر التسول القسري",
            ],
        },
    )
}

pub fn indicator(i: Indicator, l: Locale) -> &'static str {
    use Indicator::*;
    pick(
        l,
        match i {
            AbuseOfVulnerability => ["abuse of vulnerability", "abus de vulnérabilité", "استغلال حالة الضعف"],
            Deception => ["deception", "tromperie", "الخداع"],
            RestrictedMovement => [
                "restricted movement",
                "liberté de mouvement restreinte",
                "تقييد حرية التنقل",
            ],
            Isolation => ["isolation", "isolement", "العزل"],
            Violence => [
                "physical or sexual violence",
                "violences physiques ou sexuelles",
                "العنف الجسدي أو الجنسي",
            ],
            Threats => [
                "intimidation and threats",
                "intimidation et menaces",
                "الترهيب والتهديد",
            ],
            DocumentsRetained => [
                "retention of identity documents",
                "confiscation des documents d'identité",
                "حجز وثائق الهوية",
            ],
            WagesWithheld => ["withholding of wages", "retenue des salaires", "حجز الأجور"],
            DebtBondage => ["debt bondage", "servitude pour dettes", "عبودية الدَّين"],
            AbusiveConditions => [
                "abusive working and living conditions",
                "conditions de travail et de vie abusives",
                "ظروف عمل ومعيشة مسيئة",
            ],
            ExcessiveOvertime => [
                "excessive overtime",
                "heures supplémentaires excessives",
                "ساعات عمل إضافية مفرطة",
            ],
            Fear => ["fear", "peur", "الخوف"],
            NoContactWithFamily => [
                "no contact with family",
                "aucun contact avec la famille",
                "انعدام التواصل مع الأسرة",
            ],
            SleepsAtWorkplace => [
                "sleeping at the workplace",
                "dort sur le lieu de travail",
                "النوم في مكان العمل",
            ],
            NoHealthCare => [
                "no access to health care",
                "aucun accès aux soins",
                "انعدام الولوج إلى العلاج",
            ],
            ChildNoSchool => [
                "a child kept out of school",
                "enfant privé d'école",
                "طفل محروم من المدرسة",
            ],
            ChildEatsApart => [
                "a child eating apart from the family",
                "enfant qui mange à l'écart de la famille",
                "طفل يأكل بمعزل عن الأسرة",
            ],
            ChildWorkUnsuitable => [
                "work unsuitable for the child's age",
                "travail inadapté à l'âge de l'enfant",
                "عمل لا يناسب سنّ الطفل",
            ],
            ChildWithNonRelatives => [
                "a child travelling with non-relatives",
                "enfant voyageant avec des personnes sans lien de parenté",
                "طفل يسافر مع أشخاص لا تربطه بهم قرابة",
            ],
            ChildFoundByAdult => [
                "an adult who says they \"found\" the child",
                "un adulte qui prétend avoir «\u{202F}trouvé\u{202F}» l'enfant",
                "راشد يدّعي أنه «وجد» الطفل",
            ],
            NoPrivateSpace => ["no private space", "aucun espace privé", "انعدام أي فضاء خاص"],
            ReportedMissingByEmployer => [
                "reported \"missing\" by the employer",
                "signalée «\u{202F}disparue\u{202F}» par l'employeur",
                "الإبلاغ عن «اختفائها» من قِبَل المشغّل",
            ],
            MovedBetweenPlaces => [
                "moved from place to place",
                "déplacée d'un lieu à l'autre",
                "التنقيل من مكان إلى آخر",
            ],
            EscortedEverywhere => ["escorted everywhere", "toujours accompagnée", "المرافقة في كل مكان"],
            NoMoneyOrId => [
                "no money or papers of one's own",
                "ni argent ni papiers à soi",
                "لا مال ولا وثائق خاصة",
            ],
            TakingsHandedOver => [
                "all takings handed to someone else",
                "toute la recette remise à un tiers",
                "تسليم كل المداخيل لشخص آخر",
            ],
            LongHoursInPublic => [
                "long hours in public places",
                "de longues heures dans l'espace public",
                "ساعات طويلة في الأماكن العامة",
            ],
        },
    )
}

/// The option text of a what-if question: "Add: deception" or "Remove: a financial benefit".
pub fn fact_change(change: FactChange, l: Locale) -> String {
    let template = if change.set {
        pick(
            l,
            [
                "If this were also true: {fact}",
                "Si l'on ajoutait\u{202F}: {fact}",
                "لو أضفنا: {fact}",
            ],
        )
    } else {
        pick(
            l,
            [
                "If this were not true: {fact}",
                "Si l'on retirait\u{202F}: {fact}",
                "لو حذفنا: {fact}",
            ],
        )
    };
    fill(template, &[("fact", fact(change.fact, l))])
}

pub fn concept(c: crate::domain::concept::Concept, l: Locale) -> &'static str {
    use crate::domain::concept::Concept::*;
    pick(
        l,
        match c {
            Act => ["The act", "L'acte", "الفعل"],
            Means => ["The means", "Le moyen", "الوسيلة"],
            Purpose => ["The purpose of exploitation", "La fin d'exploitation", "غرض الاستغلال"],
            Consent => ["Consent", "Le consentement", "الموافقة"],
            ChildRule => [
                "The child rule",
                "La règle propre aux enfants",
                "القاعدة الخاصة بالأطفال",
            ],
            Profit => ["Profit", "Le profit", "الربح"],
            Border => [
                "Border and illegal entry",
                "Frontière et entrée illégale",
                "الحدود والدخول غير المشروع",
            ],
            Aggravation => [
                "Aggravating circumstances",
                "Circonstances aggravantes",
                "الظروف المشددة",
            ],
            Indicators => ["Indicators", "Indicateurs", "المؤشرات"],
            Identification => [
                "Identifying victims",
                "Identification des victimes",
                "تحديد هوية الضحايا",
            ],
            Referral => [
                "Referral and protection",
                "Orientation et protection",
                "الإحالة والحماية",
            ],
            NonPunishment => ["Non-punishment", "Non-sanction des victimes", "عدم معاقبة الضحايا"],
            Interviewing => ["Interviewing safely", "Entretien en sécurité", "إجراء المقابلة بأمان"],
            Prosecution => [
                "Charging the right offence",
                "Retenir la bonne qualification pénale",
                "اختيار التكييف الجنائي الصحيح",
            ],
        },
    )
}

/// The gender and number of an element's name ([`element`]), for the words said of it.
pub fn element_agreement(e: Element, l: Locale) -> Agreement {
    let [_, fr, ar] = match e {
        Element::Act => [M, M, M],                       // Acte; الفعل
        Element::Means => [M, M, F],                     // Moyen; الوسيلة
        Element::Purpose => [M, F, M],                   // Fin d'exploitation; غرض الاستغلال
        Element::Child => [M, M, M],                     // a clause: the element itself (un élément)
        Element::Crossing => [M, M, M],                  // Passage illégal; عبور
        Element::Benefit => [M, M, F],                   // Avantage; منفعة
        Element::Aggravation => [M, M, M],               // ... ou traitement dégradant (the nearest); تعريض
        Element::FraudulentDocuments => [MPL, MPL, FPL], // Documents frauduleux; وثائق مزوّرة
    };
    match l {
        Locale::En => M,
        Locale::Fr => fr,
        Locale::Ar => ar,
    }
}

/// The name of an offence, as the legal reasoning heads its finding.
pub fn offence(o: Offence, l: Locale) -> &'static str {
    use super::catalogue::Msg;
    match o {
        Offence::Trafficking => Msg::TraffickingHeading.text(l),
        Offence::Smuggling => Msg::SmugglingHeading.text(l),
    }
}

/// The gender and number of an offence's name ([`offence`]).
pub fn offence_agreement(o: Offence, l: Locale) -> Agreement {
    match (o, l) {
        (_, Locale::En) => M,
        (Offence::Trafficking, Locale::Fr) => F, // la traite
        (Offence::Smuggling, Locale::Fr) => M,   // le trafic illicite
        (_, Locale::Ar) => M,                    // الاتجار، التهريب
    }
}

/// What is said of an offence under one frame, agreeing with its name where the word is an
/// adjective (« Traite : constituée », « Trafic illicite de migrants : non constitué »); an attempt
/// and an open question are nouns, which need no agreement.
pub fn status_word(o: Offence, status: crate::domain::analysis::Status, l: Locale) -> &'static str {
    use crate::domain::analysis::Status;
    match status {
        Status::Established => Qualifier::Established.agreeing(offence_agreement(o, l), l),
        Status::NotEstablished => Qualifier::NotEstablished.agreeing(offence_agreement(o, l), l),
        other => law_labels::status(other, l),
    }
}

/// "Trafficking: established (Trafficking Protocol, Art. 3(a))", agreeing in every language.
pub fn finding_line(o: Offence, status: crate::domain::analysis::Status, c: Citation, l: Locale) -> String {
    use super::catalogue::Msg;
    fill(
        Msg::FindingLine.text(l),
        &[
            ("offence", offence(o, l)),
            ("status", status_word(o, status, l)),
            ("citation", citation(c, l)),
        ],
    )
}

/// One element of an analysis in words: "Means: deception, threat", "Act: missing",
/// « Fin d'exploitation : absente »...
pub fn element_finding(e: Element, finding: &crate::domain::analysis::ElementFinding, l: Locale) -> String {
    use super::catalogue::Msg;
    use crate::domain::analysis::ElementStatus;
    let name = element(e, l);
    let qualified = |q: Qualifier| {
        fill(
            Msg::ElementStatus.text(l),
            &[("element", name), ("status", q.agreeing(element_agreement(e, l), l))],
        )
    };
    match finding.status {
        ElementStatus::Satisfied => {
            let facts: Vec<&str> = finding.facts.iter().map(|k| fact(*k, l)).collect();
            fill(
                Msg::ElementMet.text(l),
                &[("element", name), ("facts", &join(&facts, l))],
            )
        }
        ElementStatus::Missing => qualified(Qualifier::Missing),
        ElementStatus::NotRequired => qualified(Qualifier::NotRequired),
    }
}
