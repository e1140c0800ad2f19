//! The term base (`content/terms.toml`) holds every text of the content (cases, cards, glossary)
//! and of the interface (every catalogue, label, note and article line) to one term per notion,
//! and the content guide's digits rule: a variant it forbids, or a number written as words where
//! digits are wanted, fails here with the file or key, the field, the variant and what to write.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::source::{load_content, load_term_base, wording_messages, wording_problems};
use tipsom::domain::term_base::TermBase;
use tipsom::i18n::inventory::interface_texts;
use tipsom::i18n::Locale;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content"))
}

fn base() -> TermBase {
    load_term_base(root()).unwrap_or_else(|e| panic!("{e}"))
}

fn report(problems: &[String]) -> String {
    format!("{} problems:\n{}", problems.len(), problems.join("\n"))
}

#[test]
fn the_term_base_is_well_formed() {
    let base = base();
    assert!(base.terms.len() >= 40, "{} terms", base.terms.len());
    let problems = base.problems();
    assert!(problems.is_empty(), "{}", report(&problems));
    // The notions the issue names are all there.
    for id in [
        "trafficking-in-persons",
        "smuggling-of-migrants",
        "law-02-03",
        "law-27-14",
        "penal-code",
        "forced-labour",
        "position-of-vulnerability",
        "luring",
        "intermediary",
        "residence-card",
        "until-now",
        "trafficker",
        "united-nations",
        "trafficking-protocol",
        "smuggling-protocol",
        "consent",
        "exploitation",
        "debt-bondage",
        "servitude",
        "fraudulent-document",
        "illegal-entry",
        "clandestine-exit",
        "non-punishment",
        "identification",
        "referral",
        "victim-protection",
    ] {
        assert!(base.terms.iter().any(|t| t.id == id), "no term `{id}`");
    }
}

#[test]
fn no_text_of_the_content_uses_a_forbidden_variant_or_a_number_in_words() {
    let content = load_content(root()).unwrap_or_else(|e| panic!("{e:?}"));
    let problems: Vec<String> = wording_problems(&content, root(), &base())
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert!(problems.is_empty(), "{}", report(&problems));
}

#[test]
fn no_text_of_the_interface_uses_a_forbidden_variant_or_a_number_in_words() {
    let base = base();
    let mut problems = Vec::new();
    let mut checked = 0;
    for l in Locale::ALL {
        for (key, text) in interface_texts(l) {
            checked += 1;
            for m in wording_messages(&base, &text, l) {
                problems.push(format!("interface {key} ({}): {m}", l.code()));
            }
        }
    }
    assert!(checked > 3000, "only {checked} interface texts");
    assert!(problems.is_empty(), "{}", report(&problems));
}

/// A text with planted variants fails, and says where and what to write; the same words where
/// the base allows them (inside an exception, in quoted speech, as a longer word) pass.
#[test]
fn the_checks_fail_on_planted_variants_and_name_what_to_write() {
    let base = base();
    let planted = [
        (
            Locale::Ar,
            "يعاقب القانون 02-03 على الخروج السري.",
            "02-03",
            "القانون رقم 02.03",
        ),
        (
            Locale::Ar,
            "وفق قانون 02.03 المتعلق بالأجانب.",
            "قانون 02.03",
            "القانون رقم 02.03",
        ),
        (Locale::Ar, "إنه العمل القسري بعينه.", "العمل القسري", "العمل الجبري"),
        (Locale::Ar, "استغلّ حالة استضعافه.", "استضعاف", "استغلال حالة الضعف"),
        (Locale::Ar, "لا يحمل رخصة إقامة.", "رخصة إقامة", "بطاقة الإقامة"),
        (Locale::Ar, "ما التكييف إلى حدود الآن؟", "إلى حدود الآن", "حتى الآن"),
        (
            Locale::Ar,
            "الفصل 448-1 من القانون الجنائي",
            "القانون الجنائي",
            "مجموعة القانون الجنائي",
        ),
        (Locale::Ar, "أنتم قاضٍ بالنيابة العامة.", "أنتم", "أنت"),
        (
            Locale::Fr,
            "Un trafiquant se cache derrière le passeur.",
            "trafiquant",
            "auteur de traite",
        ),
        (
            Locale::Fr,
            "Les trafiquants l'attendent.",
            "trafiquant",
            "auteur de traite",
        ),
        (
            Locale::Fr,
            "les Protocoles des Nations Unies",
            "Nations Unies",
            "Nations unies",
        ),
        (Locale::Fr, "l'article 52 de la loi 02-03", "loi 02-03", "loi n° 02-03"),
        (Locale::En, "Law No. 02.03, Art. 52", "Law No. 02.03", "Law 02-03"),
        (
            Locale::En,
            "Hadj Brahim pays the drivers.",
            "Hadj",
            "a neutral name or nickname",
        ),
        // Kinship honorifics given to an offender, in the narration (fresh review 2, RIN-4).
        (
            Locale::En,
            "The police arrest Mama Vero.",
            "Mama",
            "the person's plain name",
        ),
        (
            Locale::Fr,
            "La maison est tenue par Tantie Clarisse.",
            "Tantie",
            "le nom de la personne, sans titre",
        ),
        (Locale::Ar, "توقف الشرطة ماما فيرو.", "ماما", "اسم الشخص دون لقب"),
        // Arabic calques of French (fresh review 2, observation 5).
        (Locale::Ar, "واستقبال وإيواء من طرف المشغّل", "من طرف", "من قِبَل"),
        (Locale::Ar, "تحضر إلى المفوضية رفقة أخيها.", "رفقة", "برفقة"),
        (Locale::Ar, "هل يمكن تسجيلها كضحية؟", "كضحية", "بوصفه ضحية"),
        (Locale::Ar, "أن تأخذ الوقت للتحقق بهدوء", "تأخذ الوقت", "أن تتمهّل"),
    ];
    for (l, text, variant, preferred) in planted {
        let found = base.check(text, l);
        assert!(
            found.iter().any(|f| f.variant == variant && f.preferred == preferred),
            "{text:?}: {found:?}"
        );
        let messages = wording_messages(&base, text, l);
        assert!(
            messages
                .iter()
                .any(|m| m.contains(variant) && m.contains(preferred) && m.contains('[')),
            "{messages:?}"
        );
    }
    let clean = [
        (
            Locale::Ar,
            "الفصل 448-1 من مجموعة القانون الجنائي والقانون رقم 02.03 والقانون رقم 27.14",
        ),
        (Locale::Ar, "استغلال حالة الضعف أو الحاجة أو الهشاشة"),
        (Locale::Ar, "يقول لهم: «أنتم لي الآن»."),
        (
            Locale::Ar,
            "بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال",
        ),
        (Locale::Fr, "un trafiquant d'êtres humains, un auteur de traite"),
        (
            Locale::Fr,
            "Protocole relatif à la traite des personnes ; loi n° 02-03 ; Nations unies",
        ),
        (Locale::En, "Law 02-03, Art. 50; Law 27-14; the Penal Code"),
        // The honorific as what the women are made to call her, in quoted speech, passes.
        (
            Locale::En,
            "The woman who runs the house, Véronique, whom the women must call \"Mama Vero\", keeps their passports.",
        ),
        (
            Locale::Fr,
            "Une Congolaise, Rose, que tout le monde appelle « Maman Rose », lui propose le passage.",
        ),
        (
            Locale::Ar,
            "امرأة تُدعى روز، يناديها الجميع «ماما روز»؛ مامادو يعرف ذلك تماماً.",
        ),
        (
            Locale::Ar,
            "تحضر برفقة أخيها، مع شكاية مرفقة بالوصولات، وتُسجَّل بوصفها ضحية من قِبَل الشرطة.",
        ),
    ];
    for (l, text) in clean {
        assert_eq!(wording_messages(&base, text, l), Vec::<String>::new(), "{text:?}");
    }
}

/// Numbers as words: caught as ages, sums, counts and durations, in Arabic, English and French;
/// ordinals, definite counts ("the three elements", « les cinq femmes »), one and two left alone.
#[test]
fn the_numbers_check_fails_on_numbers_in_words_and_spares_ordinals() {
    use tipsom::domain::number_words::number_words;
    let caught = [
        (Locale::Ar, "طفل في الثانية عشرة من عمره", "عشرة"),
        (Locale::Ar, "فتاة ذات الثلاثة عشر عاماً", "عشر"),
        (Locale::Ar, "دفع خمسة عشر ألف درهم", "خمسة"),
        (Locale::Ar, "بعد ثلاث سنوات", "ثلاث"),
        (Locale::Ar, "عشرون مهاجراً في القارب", "عشرون"),
        (Locale::Ar, "اثنا عشر شخصاً", "عشر"),
        (Locale::Ar, "وهي في السادسة من عمرها", "السادسة"),
        (Locale::Ar, "امرأة في العشرين من عمرها", "العشرين"),
        (Locale::Ar, "دفع ألف يورو", "ألف"),
        (Locale::En, "a twelve-year-old boy", "twelve-year-old"),
        (Locale::En, "she is fifteen years old", "fifteen"),
        (Locale::En, "he paid five hundred euros", "five"),
        (Locale::Fr, "une fillette de treize ans", "treize"),
        (Locale::Fr, "elle a dix-sept ans", "dix-sept"),
        // Counts and durations in English and French (fresh review 2, observation 1).
        (Locale::En, "she says she only has fifteen minutes", "fifteen"),
        (Locale::En, "Four months later, the police raid a house.", "Four"),
        (Locale::En, "a guide leads a group of eight on foot", "eight"),
        (Locale::En, "the driver takes her and four other women", "four"),
        (Locale::En, "a three-month contract", "three-month"),
        (Locale::En, "twenty-four hours later", "twenty-four"),
        (Locale::Fr, "le chauffeur l'emmène avec quatre autres femmes", "quatre"),
        (Locale::Fr, "Quatorze mois plus tard, elle appelle.", "Quatorze"),
        (Locale::Fr, "Imane est conduite trois fois dans un studio", "trois"),
        (Locale::Fr, "six jours sur sept", "six"),
        (Locale::Fr, "un groupe de neuf personnes", "neuf"),
    ];
    for (l, text, word) in caught {
        let found = number_words(text, l);
        let folded = tipsom::domain::term_base::normalise(word);
        assert!(found.iter().any(|n| n.words == folded), "{text:?}: {found:?}");
    }
    let spared = [
        (Locale::Ar, "العناصر الثلاثة للتعريف"),
        (Locale::Ar, "الفقرة الثالثة من الفصل 448-1"),
        (Locale::Ar, "للمرة الثانية، مرة واحدة، مرحلتان"),
        (
            Locale::Ar,
            "طفل عمره 12 سنة دفع 15000 درهم، عشرات المهاجرين وآلاف الدراهم",
        ),
        (Locale::Ar, "لست متأكداً يوم الخميس أو الأربعاء أو الأحد"),
        (Locale::Ar, "استغلال الحاجة والفعل والغرض"),
        (
            Locale::En,
            "the three elements; two years later; 12-year-old; the third step",
        ),
        (Locale::Fr, "les trois éléments ; 13 ans ; deux ans plus tard ; un an"),
        // Definite counts, one and two, vague quantities, other words that look like numbers.
        (
            Locale::En,
            "the three boys; her three children; the other three; one woman, two men; a few hundred metres; a four-by-four; 15 minutes",
        ),
        (
            Locale::Fr,
            "les cinq femmes ; ses trois enfants ; des trois éléments ; une femme, deux hommes ; un pick-up tout neuf ; quoi de neuf ; 15 minutes",
        ),
    ];
    for (l, text) in spared {
        assert_eq!(number_words(text, l), vec![], "{text:?}");
    }
}

/// A figure that opens a sentence, a paragraph, a bullet or a label is caught in every language
/// (re-review 2, RR2-4); figures inside a sentence and after "Art." or « art. » are not.
#[test]
fn the_leading_figures_check_fails_on_a_sentence_that_opens_with_a_figure() {
    use tipsom::domain::number_words::leading_figures;
    let caught = [
        ("8 months later, you take part in the search.", "8"),
        ("Rose says nothing. 3 weeks pass.", "3"),
        ("Vous attendez. 14 personnes sont interpellées : 3 membres.", "14"),
        ("تعود إلى البيت. 15 دقيقة تكفي.", "15"),
        ("3 quick taps to leave", "3"),
        ("First paragraph.\n\n4 mois plus tard, la police arrive.", "4"),
        ("- 6 women share one room", "6"),
        ("Is it smuggling? 2 men say no.", "2"),
    ];
    for (text, figure) in caught {
        let found = leading_figures(text);
        assert!(found.iter().any(|n| n.words == figure), "{text:?}: {found:?}");
    }
    let spared = [
        "After 8 months, you take part in the search.",
        "Penal Code Art. 448-1 applies; Arts. 50 and 52 do not (Art. 6(2)(a)).",
        "l'article 52 (art. 6, par. 3) ; la loi n° 02-03",
        "Au bout de 3 semaines, Baba se présente.",
        "تكفي هذه الدقائق الـ15. بعد 4 أشهر، لم تتقاضَ شيئاً.",
        "Leave with 3 quick taps",
        "3 steps",
        "2 min environ",
        "She says: « 3 fois, pas plus. »",
    ];
    for text in spared {
        assert_eq!(leading_figures(text), vec![], "{text:?}");
    }
}
