//! The words of the legal engine added for "the law as it is written": the new facts, the
//! findings (established, attempted, not established, open question), the open questions, the
//! reasons the frames part, the new notes, and the one-line text of every article it cites.
//!
//! French follows French typography (U+00A0 before :, U+202F before ; ? ! and inside « »), and no
//! sentence makes an adjective agree with an offence's name: « traite » is feminine, « trafic
//! illicite de migrants » masculine, so statuses are nouns (« infraction constituée », « tentative »).
//! Arabic uses the brief's terms (domain-facts.md §7).

use super::locale::Locale;
use crate::domain::analysis::{Divergence, Offence, OpenQuestion, Status};
use crate::domain::citation::Citation;
use crate::domain::facts::{AroundVictim, Art52Aggravation, EntryState, Stage, ThresholdLimb, VictimAct};

fn pick(locale: Locale, [en, fr, ar]: [&'static str; 3]) -> &'static str {
    match locale {
        Locale::En => en,
        Locale::Fr => fr,
        Locale::Ar => ar,
    }
}

/// The conclusion on an offence, as a noun phrase that needs no agreement.
pub fn status(s: Status, l: Locale) -> &'static str {
    pick(
        l,
        match s {
            Status::Established => ["established", "infraction constituée", "الجريمة قائمة"],
            Status::Attempted => ["attempted", "tentative", "محاولة"],
            Status::NotEstablished => ["not established", "infraction non constituée", "الجريمة غير قائمة"],
            Status::Open(_) => ["an open question", "question ouverte", "مسألة مفتوحة"],
        },
    )
}

/// The name of an offence.
pub fn offence(o: Offence, l: Locale) -> &'static str {
    pick(
        l,
        match o {
            Offence::Trafficking => ["Trafficking in persons", "Traite des êtres humains", "الاتجار بالبشر"],
            Offence::Smuggling => [
                "Smuggling of migrants",
                "Trafic illicite de migrants",
                "تهريب المهاجرين",
            ],
            Offence::DocumentOffence => [
                "Fraudulent documents to enable smuggling",
                "Documents de voyage ou d'identité frauduleux destinés à permettre le trafic illicite de migrants",
                "وثائق مزوّرة لتمكين التهريب",
            ],
            Offence::EnablingStay => [
                "Enabling a person to remain illegally",
                "Fait de permettre à une personne de demeurer illégalement",
                "تمكين شخص من البقاء بصورة غير مشروعة",
            ],
            Offence::ClandestineCrossing => [
                "The person's own clandestine entry or exit",
                "Entrée ou sortie clandestine de la personne elle-même",
                "الدخول أو الخروج السري للشخص نفسه",
            ],
            Offence::Overstay => [
                "Staying beyond one's visa",
                "Maintien au-delà de la durée du visa",
                "البقاء بعد انتهاء مدة التأشيرة",
            ],
            Offence::NoResidenceCard => [
                "Residing without a residence card",
                "Séjour sans carte d'immatriculation ni carte de résidence",
                "الإقامة دون بطاقة التسجيل أو بطاقة الإقامة",
            ],
            Offence::FailingToReport => [
                "Failing to report trafficking",
                "Non-dénonciation de la traite",
                "عدم التبليغ عن الاتجار بالبشر",
            ],
            Offence::WitnessIntimidation => [
                "Interfering with testimony or evidence (force, threats or promises)",
                "Entrave au témoignage ou à la preuve (force, menaces ou promesses)",
                "عرقلة الإدلاء بالشهادة أو بالدليل (القوة أو التهديد أو الوعود)",
            ],
            Offence::RevealingVictim => [
                "Revealing a victim's identity or whereabouts",
                "Révélation de l'identité ou du lieu de résidence d'une victime",
                "الكشف عن هوية الضحية أو مكان إقامتها",
            ],
        },
    )
}

/// An open question: what is unsettled and what to check. Never a side taken.
pub fn open_question(q: OpenQuestion, l: Locale) -> &'static str {
    pick(
        l,
        match q {
            OpenQuestion::ExploitationThreshold => [
                "A question for the court: Art. 448-1, last paragraph, lets exploitation be invoked only if it alienates the person's will and deprives them of the freedom to change their situation and harms their dignity. The facts do not show all three. Check what the evidence shows on each, and how the courts read the three limbs (the Arabic text and its reading are unverified).",
                "Question à trancher par le juge\u{a0}: selon le dernier alinéa de l'article 448-1, l'exploitation ne peut être invoquée que si elle aliène la volonté de la personne et la prive de la liberté de changer sa situation et porte atteinte à sa dignité. Les faits ne montrent pas les trois. Vérifier ce que la preuve établit sur chacun, et comment les juridictions lisent ces trois conditions (le texte arabe et son interprétation ne sont pas vérifiés).",
                "مسألة يفصل فيها القضاء: بموجب الفقرة الأخيرة من الفصل \u{2066}448-1\u{2069}، لا يُعتدّ بالاستغلال إلا إذا ترتّب عليه سلب إرادة الشخص وحرمانه من حرية تغيير وضعه والمساس بكرامته. والوقائع لا تُظهر هذه العناصر الثلاثة كلها. يجب التحقق مما تثبته الأدلة بشأن كل عنصر، ومن قراءة المحاكم لها (النص العربي وتفسيره غير متحقق منهما).",
            ],
            OpenQuestion::TraffickingAttempt => [
                "An open question: the attempt of a crime is punished as the crime (Penal Code Art. 114), so attempted trafficking is likely punished if Art. 448-2's penalty makes trafficking a crime. Check the penalty in Art. 448-2 and any attempt clause in Arts. 448-1 to 448-6 (unverified).",
                "Question ouverte\u{a0}: la tentative de crime est punie comme le crime (article 114 du Code pénal)\u{202f}; la tentative de traite est donc vraisemblablement punissable si la peine de l'article 448-2 fait de la traite un crime. Vérifier cette peine et l'existence d'une disposition sur la tentative aux articles 448-1 à 448-6 (non vérifiées).",
                "مسألة مفتوحة: يعاقب على محاولة الجناية كالجناية التامة (الفصل 114 من مجموعة القانون الجنائي)، فمحاولة الاتجار بالبشر يُرجّح أن يعاقب عليها إذا كانت العقوبة المقررة في الفصل \u{2066}448-2\u{2069} تجعل منه جناية. يجب التحقق من هذه العقوبة ومن وجود نص على المحاولة في الفصول \u{2066}448-1\u{2069} إلى \u{2066}448-6\u{2069} (غير متحقق منهما).",
            ],
            OpenQuestion::CrossingAttempt => [
                "An open question: the crossing was stopped before it took place. In its basic form (6 months to 3 years), organising or facilitating a clandestine crossing (Law 02-03, Art. 52) is a délit, as is the crossing itself (Art. 50); the attempt of a délit is punished only where a special text says so (Penal Code Art. 115). Where an aggravation punished by réclusion applies (habitual commission, permanent incapacity, death), the offence is a crime and Art. 114 would apply instead. Check whether Arts. 50 and 52 name the attempt (unverified), and how the courts treat an intercepted organisation.",
                "Question ouverte\u{a0}: le passage a été empêché avant d'avoir lieu. Dans sa forme simple (6 mois à 3 ans), l'organisation ou la facilitation d'un passage clandestin (loi n°\u{a0}02-03, art. 52) est un délit, comme le passage lui-même (art. 50)\u{202f}; la tentative de délit n'est punie qu'en vertu d'un texte spécial (article 115 du Code pénal). Lorsqu'une circonstance aggravante punie de la réclusion s'applique (habitude, incapacité permanente, décès), l'infraction est un crime et l'article 114 s'appliquerait. Vérifier si les articles 50 et 52 visent la tentative (non vérifié), et comment les juridictions traitent une organisation interceptée.",
                "مسألة مفتوحة: أوقف العبور قبل وقوعه. في صورته البسيطة (من 6 أشهر إلى 3 سنوات)، يُعدّ تنظيم الدخول أو الخروج السري أو تسهيله (المادة 52 من القانون رقم 02.03) جنحةً، وكذلك العبور نفسه (المادة 50)؛ ولا يعاقب على محاولة الجنحة إلا بمقتضى نص خاص (الفصل 115 من مجموعة القانون الجنائي). أما إذا توافر ظرف مشدد معاقب عليه بالسجن (الاعتياد أو العاهة المستديمة أو الوفاة) فتصبح الجريمة جناية ويطبَّق الفصل 114. يجب التحقق مما إذا كانت المادتان 50 و52 تنصان على المحاولة (غير متحقق منه)، ومن موقف المحاكم من التنظيم الذي أُحبط.",
            ],
            OpenQuestion::PlannedOrganisation => [
                "An open question: only preparations are shown. Whether organising a clandestine entry or exit (Law 02-03, Art. 52) is complete before any crossing is begun is not settled in the sources; check the text and the case law.",
                "Question ouverte\u{a0}: seuls des préparatifs sont établis. Savoir si l'organisation d'une entrée ou d'une sortie clandestines (loi n°\u{a0}02-03, art. 52) est consommée avant tout commencement du passage n'est pas tranché par les sources\u{202f}; vérifier le texte et la jurisprudence.",
                "مسألة مفتوحة: لم تثبت إلا أعمال تحضيرية. ولا تحسم المصادر ما إذا كان تنظيم الدخول أو الخروج السري (المادة 52 من القانون رقم 02.03) يتم قبل البدء في العبور؛ يجب التحقق من النص ومن الاجتهاد القضائي.",
            ],
        },
    )
}

/// Why the two frames part.
pub fn divergence(d: Divergence, l: Locale) -> &'static str {
    pick(
        l,
        match d {
            Divergence::TerritorialReach => [
                "Territorial reach: Art. 52 of Law 02-03 reaches only organising or facilitating a clandestine entry into or exit from Morocco; the Protocol, an illegal entry into any State.",
                "Portée territoriale\u{a0}: l'article 52 de la loi n°\u{a0}02-03 ne vise que l'organisation ou la facilitation d'une entrée au Maroc ou d'une sortie du Maroc clandestines\u{202f}; le Protocole, l'entrée illégale dans tout État.",
                "النطاق الترابي: لا تشمل المادة 52 من القانون رقم 02.03 إلا تنظيم أو تسهيل الدخول إلى المغرب أو الخروج منه بصفة سرية؛ أما البروتوكول فيشمل الدخول غير المشروع إلى أي دولة.",
            ],
            Divergence::NoProfitElement => [
                "No profit element in Art. 52: Law 02-03 punishes help free or paid; the Protocol needs a benefit.",
                "Pas d'élément de profit à l'article 52\u{a0}: la loi n°\u{a0}02-03 punit l'aide gratuite ou rémunérée\u{202f}; le Protocole exige un avantage.",
                "لا عنصر للربح في المادة 52: يعاقب القانون رقم 02.03 على المساعدة بمقابل أو بدونه؛ أما البروتوكول فيشترط المنفعة.",
            ],
            Divergence::ExitOnly => [
                "An exit is enough for Art. 52; the Protocol needs an illegal entry into another State.",
                "Une sortie suffit pour l'article 52\u{202f}; le Protocole exige une entrée illégale dans un autre État.",
                "يكفي الخروج لتطبيق المادة 52؛ أما البروتوكول فيشترط الدخول غير المشروع إلى دولة أخرى.",
            ],
            Divergence::Threshold => [
                "The threshold of Art. 448-1, last paragraph: the Protocol has no such restriction on exploitation.",
                "Le seuil du dernier alinéa de l'article 448-1\u{a0}: le Protocole ne restreint pas ainsi l'exploitation.",
                "عتبة الفقرة الأخيرة من الفصل \u{2066}448-1\u{2069}: لا يقيّد البروتوكول الاستغلال على هذا النحو.",
            ],
            Divergence::LuringOrIntermediation => [
                "Acts: Art. 448-1 adds luring and acting as an intermediary, which the Protocol does not name.",
                "Actes\u{a0}: l'article 448-1 ajoute le fait d'entraîner la personne et celui de servir d'intermédiaire, que le Protocole ne nomme pas.",
                "الأفعال: يضيف الفصل \u{2066}448-1\u{2069} الاستدراج والوساطة، وهما فعلان لا يذكرهما البروتوكول.",
            ],
            Divergence::MoroccanMeans => [
                "Means: Art. 448-1 adds means the Protocol does not name.",
                "Moyens\u{a0}: l'article 448-1 ajoute des moyens que le Protocole ne nomme pas.",
                "الوسائل: يضيف الفصل \u{2066}448-1\u{2069} وسائل لا يذكرها البروتوكول.",
            ],
            Divergence::NamedPurpose => [
                "Purpose: Law 27-14 names a form of exploitation that the Protocol's open list covers without naming it.",
                "Finalité\u{a0}: la loi n°\u{a0}27-14 nomme une forme d'exploitation que la liste ouverte du Protocole couvre sans la nommer.",
                "الغرض: يسمّي القانون رقم 27.14 شكلاً من أشكال الاستغلال تشمله القائمة المفتوحة في البروتوكول دون أن تسمّيه.",
            ],
            Divergence::Attempt => [
                "Attempt: the Protocols ask States to criminalise attempts, subject to the basic concepts of their legal system; in Moroccan law the attempt depends on the offence's class (Penal Code Arts. 114–116).",
                "Tentative\u{a0}: les Protocoles demandent d'incriminer la tentative, sous réserve des concepts fondamentaux de chaque système juridique\u{202f}; en droit marocain, elle dépend de la nature de l'infraction (articles 114 à 116 du Code pénal).",
                "المحاولة: يطلب البروتوكولان تجريم المحاولة، رهناً بالمفاهيم الأساسية للنظام القانوني لكل دولة؛ أما في القانون المغربي فيتوقف العقاب عليها على نوع الجريمة (الفصول 114 إلى 116 من مجموعة القانون الجنائي).",
            ],
        },
    )
}

fn stage_fact(s: Stage, l: Locale, [completed, attempted, planned]: [[&'static str; 3]; 3]) -> &'static str {
    pick(
        l,
        match s {
            Stage::Completed => completed,
            Stage::Attempted => attempted,
            Stage::Planned => planned,
        },
    )
}

pub fn illegal_entry(s: Stage, l: Locale) -> &'static str {
    stage_fact(
        s,
        l,
        [
            [
                "someone procured an illegal entry into a country",
                "une personne a assuré une entrée illégale dans un pays",
                "قام شخص بتدبير دخول غير مشروع إلى بلد",
            ],
            [
                "someone began to procure an illegal entry, then was stopped before completion by circumstances outside their will (attempt)",
                "une personne a commencé d'assurer une entrée illégale, puis en a été empêchée avant son terme par des circonstances indépendantes de sa volonté (tentative)",
                "بدأ شخص في تدبير دخول غير مشروع ثم أوقف قبل إتمامه لظروف خارجة عن إرادته (محاولة)",
            ],
            [
                "someone planned an illegal entry, not begun",
                "une personne a projeté une entrée illégale, sans commencement d'exécution",
                "خطط شخص لدخول غير مشروع دون البدء في تنفيذه",
            ],
        ],
    )
}

pub fn moroccan_entry(s: Stage, l: Locale) -> &'static str {
    stage_fact(
        s,
        l,
        [
            [
                "someone organised or facilitated a clandestine entry into Morocco",
                "une personne a organisé ou facilité une entrée clandestine au Maroc",
                "نظّم شخص أو سهّل دخولاً سرياً إلى المغرب",
            ],
            [
                "someone organised or facilitated a clandestine entry into Morocco, begun, then stopped before completion by circumstances outside their will (attempt)",
                "une personne a organisé ou facilité une entrée clandestine au Maroc, commencée, puis empêchée avant son terme par des circonstances indépendantes de sa volonté (tentative)",
                "نظّم شخص أو سهّل دخولاً سرياً إلى المغرب بدأ تنفيذه ثم أوقف قبل إتمامه لظروف خارجة عن إرادته (محاولة)",
            ],
            [
                "someone planned a clandestine entry into Morocco, not begun",
                "une personne a projeté une entrée clandestine au Maroc, sans commencement d'exécution",
                "خطط شخص لدخول سري إلى المغرب دون البدء في تنفيذه",
            ],
        ],
    )
}

pub fn moroccan_exit(s: Stage, l: Locale) -> &'static str {
    stage_fact(
        s,
        l,
        [
            [
                "someone organised or facilitated a clandestine exit from Morocco",
                "une personne a organisé ou facilité une sortie clandestine du Maroc",
                "نظّم شخص أو سهّل خروجاً سرياً من المغرب",
            ],
            [
                "someone organised or facilitated a clandestine exit from Morocco, begun, then stopped before completion by circumstances outside their will (attempt)",
                "une personne a organisé ou facilité une sortie clandestine du Maroc, commencée, puis empêchée avant son terme par des circonstances indépendantes de sa volonté (tentative)",
                "نظّم شخص أو سهّل خروجاً سرياً من المغرب بدأ تنفيذه ثم أوقف قبل إتمامه لظروف خارجة عن إرادته (محاولة)",
            ],
            [
                "someone planned a clandestine exit from Morocco, not begun",
                "une personne a projeté une sortie clandestine du Maroc, sans commencement d'exécution",
                "خطط شخص لخروج سري من المغرب دون البدء في تنفيذه",
            ],
        ],
    )
}

pub fn trafficking_stage(s: Stage, l: Locale) -> &'static str {
    stage_fact(
        s,
        l,
        [
            [
                "the trafficking conduct was carried through",
                "les actes de traite ont été menés à terme",
                "نُفذت أفعال الاتجار بالبشر كاملة",
            ],
            [
                "the trafficking conduct was begun, then stopped before completion by circumstances outside the author's will (attempt)",
                "les actes de traite ont été commencés, puis empêchés avant leur terme par des circonstances indépendantes de la volonté de leur auteur (tentative)",
                "بُدئ في تنفيذ أفعال الاتجار بالبشر ثم أوقفت قبل إتمامها لظروف خارجة عن إرادة مرتكبها (محاولة)",
            ],
            [
                "the trafficking was only planned, not begun",
                "la traite a seulement été projetée, sans commencement d'exécution",
                "اقتصر الاتجار بالبشر على التخطيط دون البدء في التنفيذ",
            ],
        ],
    )
}

pub fn entry_into(s: EntryState, l: Locale) -> &'static str {
    pick(
        l,
        match s {
            EntryState::Morocco => [
                "the entry is into Morocco",
                "l'entrée a lieu au Maroc",
                "الدخول إلى المغرب",
            ],
            EntryState::AnotherState => [
                "the entry is into another State, not Morocco",
                "l'entrée a lieu dans un autre État que le Maroc",
                "الدخول إلى دولة أخرى غير المغرب",
            ],
        },
    )
}

pub fn effect(t: ThresholdLimb, l: Locale) -> &'static str {
    pick(
        l,
        match t {
            ThresholdLimb::WillAlienated => [
                "the exploitation alienated the person's will",
                "l'exploitation a aliéné la volonté de la personne",
                "أدى الاستغلال إلى سلب إرادة الشخص",
            ],
            ThresholdLimb::NoFreedomToChange => [
                "it deprived them of the freedom to change their situation",
                "elle a privé la personne de la liberté de changer sa situation",
                "حرم الاستغلالُ الشخصَ من حرية تغيير وضعه",
            ],
            ThresholdLimb::DignityHarmed => [
                "it harmed their dignity",
                "elle a porté atteinte à la dignité de la personne",
                "مسّ الاستغلال بكرامة الشخص",
            ],
        },
    )
}

pub fn art52_aggravation(a: Art52Aggravation, l: Locale) -> &'static str {
    pick(
        l,
        match a {
            Art52Aggravation::Habitual => [
                "the organiser does this habitually",
                "l'organisateur agit de manière habituelle",
                "يرتكب المنظم الفعل على سبيل الاعتياد",
            ],
            Art52Aggravation::PermanentIncapacity => [
                "a person transported suffered a permanent incapacity",
                "une personne transportée en a gardé une incapacité permanente",
                "أصيب شخص منقول بعاهة مستديمة",
            ],
            Art52Aggravation::Death => [
                "a person transported died",
                "une personne transportée est décédée",
                "توفي شخص منقول",
            ],
        },
    )
}

pub fn victim_act(v: VictimAct, l: Locale) -> &'static str {
    pick(
        l,
        match v {
            VictimAct::CommittedOffence => [
                "the trafficked person committed an offence",
                "la personne victime a commis une infraction",
                "ارتكب الشخص الضحية جريمة",
            ],
            VictimAct::UnderThreat => [
                "they committed it under threat",
                "elle l'a commise sous la menace",
                "ارتكبها تحت التهديد",
            ],
            VictimAct::LinkedToTrafficking => [
                "it is directly linked to their being trafficked",
                "elle est en lien direct avec la traite subie",
                "ترتبط مباشرة بكونه ضحية اتجار بالبشر",
            ],
            VictimAct::StayPredatesTrafficking => [
                "their irregular stay began before the trafficking",
                "son séjour irrégulier a commencé avant la traite",
                "بدأت إقامته غير النظامية قبل الاتجار به",
            ],
        },
    )
}

pub fn around_victim(a: AroundVictim, l: Locale) -> &'static str {
    pick(
        l,
        match a {
            AroundVictim::FailedToReport => [
                "someone who knew did not report the trafficking",
                "une personne informée n'a pas dénoncé la traite",
                "لم يبلّغ شخص كان على علم بالاتجار بالبشر",
            ],
            AroundVictim::WitnessIntimidated => [
                "force, threats or promises were used to stop a testimony or get a false one",
                "la force, des menaces ou des promesses ont servi à empêcher un témoignage ou à obtenir un faux témoignage",
                "استُعملت القوة أو التهديد أو الوعود لمنع شهادة أو للحصول على شهادة زور",
            ],
            AroundVictim::IdentityRevealed => [
                "someone intentionally endangered a victim's or witness's life by revealing their identity or whereabouts",
                "quelqu'un a intentionnellement mis en danger la vie d'une victime ou d'un témoin en révélant son identité ou son lieu de résidence",
                "عرّض شخص عمداً حياة ضحية أو شاهد للخطر بالكشف عن هويته أو مكان إقامته",
            ],
            AroundVictim::NonReporterIsRelative => [
                "the person who did not report is the offender's spouse, ascendant or descendant",
                "la personne qui n'a pas dénoncé est le conjoint, un ascendant ou un descendant de l'auteur",
                "الشخص الذي لم يبلّغ هو زوج الفاعل أو أحد أصوله أو فروعه",
            ],
        },
    )
}

/// The other switchable facts, by name.
pub fn simple_fact(name: &str, l: Locale) -> &'static str {
    pick(
        l,
        match name {
            "away-from-post" => [
                "the person's crossing of Morocco's border, made or tried, was away from an official post",
                "la personne a franchi, ou tenté de franchir, la frontière marocaine en dehors d'un poste frontière officiel",
                "عبر الشخص الحدود المغربية، أو حاول عبورها، خارج مراكز الحدود الرسمية",
            ],
            "own-crossing-attempted" => [
                "the person's own crossing was only tried, then stopped before it took place by circumstances outside their will",
                "le passage de la personne n'a été que tenté, puis empêché avant d'avoir lieu par des circonstances indépendantes de sa volonté",
                "لم يتجاوز عبور الشخص نفسه مرحلة المحاولة، ثم أوقف قبل وقوعه لظروف خارجة عن إرادته",
            ],
            "false-papers-at-post" => [
                "the person left Morocco, or tried to, through a border post with falsified documents, under a usurped name or by another fraud",
                "la personne est sortie du Maroc, ou a tenté d'en sortir, par un poste frontière avec des documents falsifiés, sous un nom usurpé ou par un autre moyen frauduleux",
                "خرج الشخص من المغرب، أو حاول الخروج، من مركز حدودي بوثائق مزوّرة أو باسم منتحل أو بوسيلة تدليسية أخرى",
            ],
            "enabling-stay" => [
                "someone enabled the person to remain without meeting the legal requirements",
                "une personne a permis à l'intéressé de demeurer sur le territoire sans remplir les conditions légales",
                "مكّن شخص المعني من البقاء دون استيفاء الشروط القانونية",
            ],
            "stay-for-benefit" => [
                "the stay was enabled for a financial or other material benefit",
                "le séjour a été permis moyennant un avantage financier ou un autre avantage matériel",
                "تم تمكينه من البقاء مقابل منفعة مالية أو منفعة مادية أخرى",
            ],
            "stay-by-illegal-means" => [
                "the stay was enabled by fraudulent documents or another illegal means",
                "le séjour a été permis au moyen de documents frauduleux ou d'un autre moyen illégal",
                "تم تمكينه من البقاء بواسطة وثائق مزوّرة أو وسيلة أخرى غير مشروعة",
            ],
            "overstayed-visa" => [
                "the person stayed in Morocco beyond their visa",
                "la personne est restée au Maroc au-delà de la durée de son visa",
                "بقي الشخص في المغرب بعد انتهاء مدة تأشيرته",
            ],
            "no-residence-card" => [
                "the person resides in Morocco without a registration or residence card",
                "la personne réside au Maroc sans carte d'immatriculation ni carte de résidence",
                "يقيم الشخص في المغرب دون بطاقة التسجيل أو بطاقة الإقامة",
            ],
            _ => [
                "everything happened within one country",
                "tout s'est déroulé dans un seul pays",
                "وقع كل شيء داخل بلد واحد",
            ],
        },
    )
}

/// The name of a provision added for this engine.
pub fn citation_name(c: Citation, l: Locale) -> &'static str {
    pick(
        l,
        match c {
            Citation::TraffickingProtocolArt4 => [
                "Trafficking Protocol, Art. 4",
                "Protocole relatif à la traite des personnes, art. 4",
                "بروتوكول الاتجار بالأشخاص، المادة 4",
            ],
            Citation::TraffickingProtocolArt5_2a => [
                "Trafficking Protocol, Art. 5(2)(a)",
                "Protocole relatif à la traite des personnes, art. 5, par. 2 a)",
                "بروتوكول الاتجار بالأشخاص، المادة 5 (2) (أ)",
            ],
            Citation::UntocArt34_2 => [
                "UN Convention against Transnational Organized Crime, Art. 34(2)",
                "Convention des Nations unies contre la criminalité transnationale organisée, art. 34, par. 2",
                "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، المادة 34 (2)",
            ],
            Citation::SmugglingProtocolArt4 => [
                "Smuggling of Migrants Protocol, Art. 4",
                "Protocole contre le trafic illicite de migrants, art. 4",
                "بروتوكول مكافحة تهريب المهاجرين، المادة 4",
            ],
            Citation::SmugglingProtocolArt6_1c => [
                "Smuggling of Migrants Protocol, Art. 6(1)(c)",
                "Protocole contre le trafic illicite de migrants, art. 6, par. 1 c)",
                "بروتوكول مكافحة تهريب المهاجرين، المادة 6 (1) (ج)",
            ],
            Citation::SmugglingProtocolArt6_2a => [
                "Smuggling of Migrants Protocol, Art. 6(2)(a)",
                "Protocole contre le trafic illicite de migrants, art. 6, par. 2 a)",
                "بروتوكول مكافحة تهريب المهاجرين، المادة 6 (2) (أ)",
            ],
            Citation::SmugglingProtocolArt6_4 => [
                "Smuggling of Migrants Protocol, Art. 6(4)",
                "Protocole contre le trafic illicite de migrants, art. 6, par. 4",
                "بروتوكول مكافحة تهريب المهاجرين، المادة 6 (4)",
            ],
            Citation::OhchrPrinciple7 => [
                "OHCHR Recommended Principles (2002), Principle 7 (soft law)",
                "Principes recommandés du HCDH (2002), principe 7 (droit souple)",
                "المبادئ الموصى بها للمفوضية السامية لحقوق الإنسان (2002)، المبدأ 7 (قانون غير ملزم)",
            ],
            Citation::PenalCodeArt448_1Para4 => [
                "Penal Code, Art. 448-1, last paragraph (Law 27-14)",
                "Code pénal, art. 448-1, dernier alinéa (loi n°\u{a0}27-14)",
                "مجموعة القانون الجنائي، الفصل \u{2066}448-1\u{2069}، الفقرة الأخيرة (القانون رقم 27.14)",
            ],
            Citation::PenalCodeArt448_7 => [
                "Penal Code, Art. 448-7 (Law 27-14)",
                "Code pénal, art. 448-7 (loi n°\u{a0}27-14)",
                "مجموعة القانون الجنائي، الفصل \u{2066}448-7\u{2069} (القانون رقم 27.14)",
            ],
            Citation::PenalCodeArt448_8 => [
                "Penal Code, Art. 448-8 (Law 27-14)",
                "Code pénal, art. 448-8 (loi n°\u{a0}27-14)",
                "مجموعة القانون الجنائي، الفصل \u{2066}448-8\u{2069} (القانون رقم 27.14)",
            ],
            Citation::PenalCodeArt448_9 => [
                "Penal Code, Art. 448-9 (Law 27-14)",
                "Code pénal, art. 448-9 (loi n°\u{a0}27-14)",
                "مجموعة القانون الجنائي، الفصل \u{2066}448-9\u{2069} (القانون رقم 27.14)",
            ],
            Citation::PenalCodeArt448_14 => [
                "Penal Code, Art. 448-14 (Law 27-14)",
                "Code pénal, art. 448-14 (loi n°\u{a0}27-14)",
                "مجموعة القانون الجنائي، الفصل \u{2066}448-14\u{2069} (القانون رقم 27.14)",
            ],
            Citation::PenalCodeArt114 => [
                "Penal Code, Art. 114",
                "Code pénal, art. 114",
                "مجموعة القانون الجنائي، الفصل 114",
            ],
            Citation::PenalCodeArt115 => [
                "Penal Code, Art. 115",
                "Code pénal, art. 115",
                "مجموعة القانون الجنائي، الفصل 115",
            ],
            Citation::PenalCodeForgery => [
                "Penal Code, forgery provisions (articles to verify)",
                "Code pénal, dispositions sur le faux (articles à vérifier)",
                "مجموعة القانون الجنائي، مقتضيات التزوير (الفصول يجب التحقق منها)",
            ],
            Citation::Law0203Art42 => [
                "Law 02-03, Art. 42",
                "Loi n°\u{a0}02-03, art. 42",
                "القانون رقم 02.03، المادة 42",
            ],
            Citation::Law0203Art43 => [
                "Law 02-03, Art. 43",
                "Loi n°\u{a0}02-03, art. 43",
                "القانون رقم 02.03، المادة 43",
            ],
            Citation::Law0203Art50 => [
                "Law 02-03, Art. 50",
                "Loi n°\u{a0}02-03, art. 50",
                "القانون رقم 02.03، المادة 50",
            ],
            // The provisions named since the first engine have their names in `labels::citation`.
            _ => ["", "", ""],
        },
    )
}

/// What the article says, in one line: the text shown when a learner taps a citation.
pub fn article_line(c: Citation, l: Locale) -> &'static str {
    pick(
        l,
        match c {
            Citation::TraffickingProtocolArt3a => [
                "Trafficking is an act (recruitment, transport, transfer, harbouring or receipt of persons) by a means (threat, force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control) for the purpose of exploitation.",
                "La traite est un acte (recrutement, transport, transfert, hébergement ou accueil de personnes) commis par un moyen (menace, force ou autre contrainte, enlèvement, fraude, tromperie, abus d'autorité ou d'une situation de vulnérabilité, paiements à une personne ayant autorité) aux fins d'exploitation.",
                "الاتجار بالأشخاص فعل (تجنيد أشخاص أو نقلهم أو تنقيلهم أو إيواؤهم أو استقبالهم) بوسيلة (التهديد أو القوة أو غيرهما من أشكال القسر، أو الاختطاف، أو الاحتيال، أو الخداع، أو إساءة استعمال السلطة أو استغلال حالة الضعف، أو إعطاء مبالغ لشخص له سيطرة) بغرض الاستغلال.",
            ],
            Citation::TraffickingProtocolArt3b => [
                "The victim's consent to the intended exploitation is irrelevant where any of the means has been used.",
                "Le consentement de la victime à l'exploitation envisagée est indifférent lorsque l'un des moyens a été utilisé.",
                "لا تكون موافقة الضحية على الاستغلال المقصود محل اعتبار متى استُخدمت أي من الوسائل.",
            ],
            Citation::TraffickingProtocolArt3c => [
                "For a child, the act for the purpose of exploitation is trafficking even if no means is used.",
                "Pour un enfant, l'acte commis aux fins d'exploitation est une traite même si aucun moyen n'est employé.",
                "بالنسبة للطفل، يُعد الفعل المرتكب بغرض الاستغلال اتجاراً حتى دون استعمال أي وسيلة.",
            ],
            Citation::TraffickingProtocolArt3d => [
                "A child is any person under 18.",
                "Un enfant est toute personne âgée de moins de 18 ans.",
                "الطفل هو كل شخص دون 18 سنة.",
            ],
            Citation::TraffickingProtocolArt4 => [
                "The Protocol's provisions on cooperation and protection apply to offences that are transnational in nature and involve an organized criminal group.",
                "Les dispositions du Protocole sur la coopération et la protection s'appliquent aux infractions de nature transnationale impliquant un groupe criminel organisé.",
                "تنطبق أحكام البروتوكول المتعلقة بالتعاون والحماية على الجرائم ذات الطابع عبر الوطني التي تكون ضالعةً فيها جماعة إجرامية منظمة.",
            ],
            Citation::TraffickingProtocolArt5_2a => [
                "States shall also criminalise, subject to the basic concepts of their legal system, attempting to commit trafficking.",
                "Les États confèrent aussi, sous réserve des concepts fondamentaux de leur système juridique, le caractère d'infraction pénale à la tentative de traite.",
                "تجرّم الدول أيضاً، رهناً بالمفاهيم الأساسية لنظامها القانوني، محاولة ارتكاب الاتجار بالأشخاص.",
            ],
            Citation::UntocArt34_2 => [
                "Domestic offences are established independently of their transnational nature or the involvement of an organized criminal group.",
                "Les infractions sont établies en droit interne indépendamment de leur nature transnationale ou de l'implication d'un groupe criminel organisé.",
                "تُجرَّم الأفعال في القانون الداخلي بصرف النظر عن طابعها عبر الوطني أو ضلوع جماعة إجرامية منظمة فيها.",
            ],
            Citation::SmugglingProtocolArt3a => [
                "Smuggling is procuring, to obtain a financial or other material benefit, the illegal entry of a person into a State of which they are neither a national nor a permanent resident.",
                "Le trafic illicite de migrants consiste à assurer, afin d'en tirer un avantage financier ou un autre avantage matériel, l'entrée illégale d'une personne dans un État dont elle n'est ni ressortissante ni résidente permanente.",
                "تهريب المهاجرين هو تدبير الدخول غير المشروع لشخص إلى دولة ليس من مواطنيها أو المقيمين الدائمين فيها، من أجل الحصول على منفعة مالية أو منفعة مادية أخرى.",
            ],
            Citation::SmugglingProtocolArt4 => [
                "The Protocol applies to offences that are transnational in nature and involve an organized criminal group.",
                "Le Protocole s'applique aux infractions de nature transnationale impliquant un groupe criminel organisé.",
                "ينطبق البروتوكول على الجرائم ذات الطابع عبر الوطني التي تكون ضالعة فيها جماعة إجرامية منظمة.",
            ],
            Citation::SmugglingProtocolArt5 => [
                "Migrants shall not become liable to criminal prosecution under the Protocol for having been the object of the conduct set out in Art. 6.",
                "Les migrants ne deviennent pas passibles de poursuites pénales en vertu du Protocole du fait qu'ils ont été l'objet des actes énoncés à l'article 6.",
                "لا يصبح المهاجرون عرضة للملاحقة الجنائية بمقتضى البروتوكول لكونهم محلاً للأفعال المنصوص عليها في المادة 6.",
            ],
            Citation::SmugglingProtocolArt6_1b => [
                "Producing, procuring, providing or possessing a fraudulent travel or identity document, to enable smuggling and for a benefit, is an offence.",
                "Fabriquer, se procurer, fournir ou posséder un document de voyage ou d'identité frauduleux, afin de permettre le trafic illicite et pour en tirer un avantage, constitue une infraction.",
                "يُجرَّم إعداد وثيقة سفر أو هوية مزورة أو تدبيرها أو توفيرها أو حيازتها، بغرض تمكين التهريب ومن أجل منفعة.",
            ],
            Citation::SmugglingProtocolArt6_1c => [
                "Enabling a person to remain in a State without meeting the legal requirements, by fraudulent documents or any other illegal means, for a benefit, is an offence distinct from smuggling.",
                "Permettre à une personne de demeurer dans un État sans remplir les conditions légales, au moyen de documents frauduleux ou de tout autre moyen illégal, pour en tirer un avantage, constitue une infraction distincte du trafic illicite.",
                "يُجرَّم تمكين شخص من البقاء في دولة دون استيفاء الشروط القانونية، بوثائق مزورة أو بأي وسيلة أخرى غير مشروعة، من أجل منفعة، وهي جريمة مستقلة عن التهريب.",
            ],
            Citation::SmugglingProtocolArt6_2a => [
                "States shall also criminalise, subject to the basic concepts of their legal system, attempting an Art. 6(1) offence.",
                "Les États confèrent aussi, sous réserve des concepts fondamentaux de leur système juridique, le caractère d'infraction pénale à la tentative d'une infraction visée à l'article 6, par. 1.",
                "تجرّم الدول أيضاً، رهناً بالمفاهيم الأساسية لنظامها القانوني، محاولة ارتكاب إحدى جرائم المادة 6 (1).",
            ],
            Citation::SmugglingProtocolArt6_3 => [
                "Aggravating circumstances of the offences in Art. 6(1)(a), (b)(i) and (c), not of attempts: endangering, or being likely to endanger, the migrants' lives or safety; inhuman or degrading treatment, including for exploitation.",
                "Circonstances aggravantes des infractions visées à l'article 6, par. 1 a), b) i) et c), non de la tentative\u{a0}: mettre en danger, ou risquer de mettre en danger, la vie ou la sécurité des migrants\u{202f}; traitement inhumain ou dégradant, y compris aux fins d'exploitation.",
                "الظروف المشددة للجرائم المنصوص عليها في المادة 6 (1) (أ) و(ب) (1) و(ج)، لا للمحاولة: تعريض أرواح المهاجرين أو سلامتهم للخطر أو احتمال تعريضها له؛ المعاملة اللاإنسانية أو المهينة، بما فيها لغرض الاستغلال.",
            ],
            Citation::SmugglingProtocolArt6_4 => [
                "Nothing in the Protocol prevents a State from taking measures against a person whose conduct is an offence under its domestic law.",
                "Aucune disposition du Protocole n'empêche un État de prendre des mesures contre une personne dont les actes constituent une infraction en vertu de son droit interne.",
                "ليس في البروتوكول ما يمنع دولة من اتخاذ تدابير ضد شخص يشكّل سلوكه جريمة بمقتضى قانونها الداخلي.",
            ],
            Citation::OhchrPrinciple7 => [
                "Soft law, not binding: trafficked persons should not be detained, charged or prosecuted for irregular entry or stay, or for offences that are a direct result of being trafficked.",
                "Droit souple, non contraignant\u{a0}: les personnes victimes de la traite ne devraient être ni détenues, ni inculpées, ni poursuivies pour leur entrée ou leur séjour irréguliers, ni pour des infractions qui résultent directement de la traite subie.",
                "قانون غير ملزم: لا ينبغي احتجاز ضحايا الاتجار بالأشخاص أو اتهامهم أو ملاحقتهم بسبب دخولهم أو إقامتهم غير النظامية، أو بسبب جرائم ناتجة مباشرة عن الاتجار بهم.",
            ],
            Citation::PenalCodeArt448_1 => [
                "Trafficking is recruiting a person, luring, transporting, transferring, harbouring or receiving them, or acting as an intermediary, by the listed means (including abuse of authority, function or power, and exploiting vulnerability, need or precariousness), for exploitation; for a child under 18 no means is needed. It has no consent clause.",
                "La traite consiste à recruter une personne, l'entraîner, la transporter, la transférer, l'héberger, l'accueillir ou servir d'intermédiaire à cet effet, par l'un des moyens prévus (dont l'abus d'autorité, de fonction ou de pouvoir et l'exploitation d'une situation de vulnérabilité, de besoin ou de précarité), aux fins d'exploitation\u{202f}; pour un enfant de moins de 18 ans, aucun moyen n'est exigé. L'article ne comporte aucune clause sur le consentement.",
                "الاتجار بالبشر هو تجنيد شخص أو استدراجه أو نقله أو تنقيله أو إيواؤه أو استقباله أو الوساطة في ذلك، بإحدى الوسائل المنصوص عليها (ومنها إساءة استعمال السلطة أو الوظيفة أو النفوذ واستغلال حالة الضعف أو الحاجة أو الهشاشة)، بقصد الاستغلال؛ ولا تُشترط أي وسيلة بالنسبة للأطفال دون 18 سنة. ولا يتضمن الفصل أي مقتضى بشأن الموافقة.",
            ],
            Citation::PenalCodeArt448_1Para4 => [
                "Exploitation can be invoked only when it alienates the person's will and deprives them of the freedom to change their situation and harms their dignity, by whatever means, even if they were paid (the Arabic text and the courts' reading are unverified).",
                "L'exploitation ne peut être invoquée que lorsqu'elle a pour effet d'aliéner la volonté de la personne et de la priver de la liberté de changer sa situation et de porter atteinte à sa dignité, par quelque moyen que ce soit, même si elle a perçu une contrepartie (le texte arabe et l'interprétation des juridictions ne sont pas vérifiés).",
                "لا يُعتدّ بالاستغلال إلا إذا ترتّب عليه سلب إرادة الشخص وحرمانه من حرية تغيير وضعه والمساس بكرامته، بأي وسيلة كانت، ولو تلقى مقابلاً (النص العربي وقراءة المحاكم غير متحقق منهما).",
            ],
            Citation::PenalCodeArt448_7 => [
                "Failing to report a person who has committed or begun to commit trafficking is an offence; a spouse, ascendant or descendant has an absolutory excuse.",
                "Ne pas dénoncer une personne qui a commis ou commencé à commettre une traite constitue une infraction\u{202f}; le conjoint, les ascendants et les descendants bénéficient d'une excuse absolutoire.",
                "يعاقب على عدم التبليغ عن شخص ارتكب الاتجار بالبشر أو شرع في ارتكابه؛ ويستفيد الزوج والأصول والفروع من عذر معفٍ.",
            ],
            Citation::PenalCodeArt448_8 => [
                "Using force, threats or promises to prevent testimony or evidence, or to induce false testimony, is an offence.",
                "Recourir à la force, à des menaces ou à des promesses pour empêcher un témoignage ou une preuve, ou pour obtenir un faux témoignage, constitue une infraction.",
                "يعاقب على استعمال القوة أو التهديد أو الوعود لمنع الإدلاء بشهادة أو بدليل أو للحمل على شهادة الزور.",
            ],
            Citation::PenalCodeArt448_9 => [
                "Intentionally endangering a victim's or witness's life by revealing their identity or residence, or by obstructing protection measures, is an offence (¶1); a victim is any natural person, Moroccan or foreign, who suffers proven material or moral harm resulting directly from trafficking (¶2).",
                "Mettre intentionnellement en danger la vie d'une victime ou d'un témoin en révélant son identité ou son lieu de résidence, ou en entravant les mesures de protection, constitue une infraction (al. 1)\u{202f}; est victime toute personne physique, marocaine ou étrangère, ayant subi un préjudice matériel ou moral avéré résultant directement de la traite (al. 2).",
                "يعاقب على تعريض حياة ضحية أو شاهد للخطر عمداً بالكشف عن هويته أو مكان إقامته أو بعرقلة تدابير الحماية (الفقرة 1)؛ والضحية كل شخص ذاتي، مغربي أو أجنبي، لحقه ضرر مادي أو معنوي ثابت ناتج مباشرة عن الاتجار بالبشر (الفقرة 2).",
            ],
            Citation::PenalCodeArt448_14 => [
                "As reported from the 2018 circular of the Head of the Public Prosecution (the exact text is unverified): no prosecution of trafficking victims for acts committed under threat and directly linked to their being trafficked.",
                "Selon la circulaire de 2018 du Président du Ministère public, telle que la presse l'a rapportée (le texte exact n'est pas vérifié)\u{a0}: pas de poursuites contre les victimes de la traite pour les actes commis sous la menace et directement liés à leur qualité de victime.",
                "حسب ما نقلته الصحافة عن دورية رئيس النيابة العامة لسنة 2018 (النص الدقيق غير متحقق منه): لا متابعة لضحايا الاتجار بالبشر من أجل أفعال ارتكبوها تحت التهديد ومرتبطة مباشرة بكونهم ضحايا.",
            ],
            Citation::PenalCodeArt114 => [
                "The attempt of a crime, a beginning of execution stopped only by circumstances outside the author's will, is punished as the completed crime.",
                "La tentative de crime, commencement d'exécution interrompu par des circonstances indépendantes de la volonté de son auteur, est punie comme le crime consommé.",
                "يعاقب على محاولة الجناية، وهي البدء في التنفيذ الذي لم يوقفه إلا ظرف خارج عن إرادة مرتكبه، كالجناية التامة.",
            ],
            Citation::PenalCodeArt115 => [
                "The attempt of a délit is punished only where a special text says so (and never for a contravention, Art. 116).",
                "La tentative de délit n'est punie qu'en vertu d'une disposition spéciale (et jamais pour une contravention, art. 116).",
                "لا يعاقب على محاولة الجنحة إلا بمقتضى نص خاص (ولا يعاقب عليها أبداً في المخالفات، الفصل 116).",
            ],
            Citation::PenalCodeForgery => [
                "Making or supplying forged documents is forgery under the Penal Code (the article numbers are not verified).",
                "Fabriquer ou fournir de faux documents relève du faux au sens du Code pénal (les numéros d'articles ne sont pas vérifiés).",
                "صنع وثائق مزورة أو توفيرها تزوير بمقتضى مجموعة القانون الجنائي (أرقام الفصول غير متحقق منها).",
            ],
            Citation::Law0203Art42 => [
                "Staying in Morocco beyond one's visa, save force majeure or recognised excuses, is an offence.",
                "Se maintenir au Maroc au-delà de la durée du visa, sauf force majeure ou excuse reconnue, constitue une infraction.",
                "يعاقب على البقاء في المغرب بعد انتهاء مدة التأشيرة، إلا في حالة القوة القاهرة أو الأعذار المقبولة.",
            ],
            Citation::Law0203Art43 => [
                "Residing in Morocco without a registration card or a residence card is an offence.",
                "Résider au Maroc sans carte d'immatriculation ni carte de résidence constitue une infraction.",
                "يعاقب على الإقامة في المغرب دون بطاقة التسجيل أو بطاقة الإقامة.",
            ],
            Citation::Law0203Art50 => [
                "Entering or leaving Morocco away from official border posts, or leaving through a post by fraud (falsified documents, a usurped name, any fraudulent means), is an offence, for nationals and foreigners alike.",
                "Entrer au Maroc ou en sortir en dehors des postes frontières officiels, ou sortir par un poste frontière par fraude (documents falsifiés, nom usurpé, tout moyen frauduleux), constitue une infraction, pour les nationaux comme pour les étrangers.",
                "يعاقب على الدخول إلى المغرب أو الخروج منه من غير مراكز الحدود الرسمية، أو الخروج من مركز حدودي بالتدليس (وثائق مزورة أو انتحال اسم أو أي وسيلة تدليسية)، سواء كان الفاعل مغربياً أو أجنبياً.",
            ],
            Citation::Law0203Art52 => [
                "Organising or facilitating the clandestine entry into or exit from Morocco of nationals or foreigners, by the means of the two preceding articles, notably by transporting them, free or paid, is an offence; aggravated, as the sources report, for habitual commission, a permanent incapacity or a death (whether it also aggravates for an organised group is unverified). It is not a document offence.",
                "Organiser ou faciliter l'entrée ou la sortie clandestines du Maroc de nationaux ou d'étrangers, par l'un des moyens visés aux deux articles précédents, notamment en les transportant, à titre gratuit ou onéreux, constitue une infraction\u{202f}; aggravée, selon les sources, en cas d'habitude, d'incapacité permanente ou de décès (l'existence d'une aggravation pour bande organisée n'est pas vérifiée). Ce n'est pas une infraction documentaire.",
                "يعاقب على تنظيم أو تسهيل الدخول إلى المغرب أو الخروج منه بصفة سرية، لمغاربة أو أجانب، بإحدى الوسائل المشار إليها في المادتين السابقتين، ولا سيما بنقلهم، بمقابل أو بدونه؛ وتشدد العقوبة، حسب المصادر، في حالة الاعتياد أو العاهة المستديمة أو الوفاة (ووجود ظرف مشدد يتعلق بالعصابة المنظمة غير متحقق منه). وليست جريمة تتعلق بالوثائق.",
            ],
        },
    )
}

/// The sentence of a note added for this engine; `None` for the notes `labels::note` words.
pub fn note(n: crate::domain::analysis::Note, l: Locale) -> Option<&'static str> {
    use crate::domain::analysis::Note;
    Some(pick(
        l,
        match n {
            Note::ConsentInferredFromMeans => [
                "Art. 448-1 has no consent clause: that consent obtained by one of its means is no defence follows from the means element itself. The Trafficking Protocol says it expressly (Art. 3(b)).",
                "L'article 448-1 ne comporte aucune clause sur le consentement\u{a0}: que le consentement obtenu par l'un de ses moyens soit indifférent découle de l'élément des moyens lui-même. Le Protocole relatif à la traite le dit expressément (art. 3 b)).",
                "لا يتضمن الفصل \u{2066}448-1\u{2069} أي مقتضى بشأن الموافقة: فعدم الاعتداد بالموافقة المنتزعة بإحدى وسائله يُستنتج من عنصر الوسيلة نفسه. وينص بروتوكول الاتجار بالأشخاص على ذلك صراحة (المادة 3 (ب)).",
            ],
            Note::ChildNoMeansConsentInferred => [
                "The person is a child: an act and a purpose of exploitation are enough, no means is needed (Penal Code Art. 448-1, ¶2). Art. 448-1 has no consent clause; that the child's consent is no defence follows from this.",
                "La personne est un enfant\u{a0}: l'acte et la fin d'exploitation suffisent, aucun moyen n'est exigé (article 448-1, al. 2, du Code pénal). L'article ne comporte aucune clause sur le consentement\u{202f}; que le consentement de l'enfant soit indifférent s'en déduit.",
                "الشخص طفل: يكفي الفعل وقصد الاستغلال، ولا تُشترط أي وسيلة (الفصل \u{2066}448-1\u{2069}، الفقرة 2، من مجموعة القانون الجنائي). ولا يتضمن الفصل أي مقتضى بشأن الموافقة؛ وعدم الاعتداد بموافقة الطفل يُستنتج من ذلك.",
            ],
            Note::FailingToReportCoversAttempt => [
                "Art. 448-7 punishes failing to report a person who has committed or begun to commit trafficking: whether the trafficking itself is punished as an attempt does not change this offence.",
                "L'article 448-7 punit le fait de ne pas dénoncer une personne qui a commis ou commencé à commettre une traite\u{a0}: que la tentative de traite soit elle-même punissable ne change rien à cette infraction.",
                "يعاقب الفصل \u{2066}448-7\u{2069} على عدم التبليغ عن شخص ارتكب الاتجار بالبشر أو شرع في ارتكابه: ولا يغيّر من هذه الجريمة كونُ محاولة الاتجار نفسها معاقباً عليها أم لا.",
            ],
            Note::FamilyExcuseForNotReporting => [
                "The person who did not report is the offender's spouse, ascendant or descendant: Art. 448-7 gives them an absolutory excuse, so they cannot be punished for not reporting.",
                "La personne qui n'a pas dénoncé est le conjoint, un ascendant ou un descendant de l'auteur\u{a0}: l'article 448-7 lui accorde une excuse absolutoire, elle ne peut donc être punie pour non-dénonciation.",
                "الشخص الذي لم يبلّغ هو زوج الفاعل أو أحد أصوله أو فروعه: يمنحه الفصل \u{2066}448-7\u{2069} عذراً معفياً، فلا يعاقب على عدم التبليغ.",
            ],
            Note::ThresholdMet => [
                "The exploitation alienated the person's will, deprived them of the freedom to change their situation and harmed their dignity: the three effects that the last paragraph of Art. 448-1 asks for are shown.",
                "L'exploitation a aliéné la volonté de la personne, l'a privée de la liberté de changer sa situation et a porté atteinte à sa dignité\u{a0}: les trois effets qu'exige le dernier alinéa de l'article 448-1 sont établis.",
                "أدى الاستغلال إلى سلب إرادة الشخص وحرمانه من حرية تغيير وضعه والمساس بكرامته: الآثار الثلاثة التي تشترطها الفقرة الأخيرة من الفصل \u{2066}448-1\u{2069} ثابتة.",
            ],
            Note::TraffickingAttempted => [
                "The trafficking conduct was begun and stopped: under the Protocol that is attempted trafficking, which States criminalise subject to the basic concepts of their legal system (Art. 5(2)(a)).",
                "Les actes de traite ont été commencés puis interrompus\u{a0}: au regard du Protocole, c'est une tentative de traite, que les États incriminent sous réserve des concepts fondamentaux de leur système juridique (art. 5, par. 2 a)).",
                "بُدئ في تنفيذ أفعال الاتجار ثم أوقفت: وفق البروتوكول، هذه محاولة اتجار بالأشخاص تجرّمها الدول رهناً بالمفاهيم الأساسية لنظامها القانوني (المادة 5 (2) (أ)).",
            ],
            Note::OnlyPlanned => [
                "The conduct was only planned, with no beginning of execution: on these facts it is neither the offence nor its attempt. Other offences, such as a criminal agreement to commit it, are outside what this engine weighs.",
                "Les faits ont seulement été projetés, sans commencement d'exécution\u{a0}: sur ces faits, ce n'est ni l'infraction ni sa tentative. D'autres infractions, comme une entente en vue de la commettre, échappent à ce que ce moteur examine.",
                "اقتصرت الأفعال على التخطيط دون البدء في التنفيذ: بناءً على هذه الوقائع، ليس هذا جريمة تامة ولا محاولة. أما جرائم أخرى، كالاتفاق على ارتكابها، فتخرج عن نطاق ما يتناوله هذا المحرّك.",
            ],
            Note::SmugglingAttempted => [
                "The entry was tried and stopped before it took place: no illegal entry was procured, so this is attempted smuggling (Art. 6(2)(a)), not completed smuggling.",
                "L'entrée a été tentée puis empêchée avant d'avoir lieu\u{a0}: aucune entrée illégale n'a été assurée, il s'agit donc d'une tentative de trafic illicite (art. 6, par. 2 a)), non d'un trafic consommé.",
                "جرت محاولة الدخول ثم أُوقفت قبل وقوعها: لم يُدبَّر أي دخول غير مشروع، فهذه محاولة تهريب (المادة 6 (2) (أ)) وليست تهريباً تاماً.",
            ],
            Note::ExitWithoutEntry => [
                "An exit from Morocco is typed, but no illegal entry into another State: the Smuggling Protocol needs an entry (Art. 3(a)), so an exit alone is not smuggling under it.",
                "Une sortie du Maroc figure parmi les faits, mais aucune entrée illégale dans un autre État\u{a0}: le Protocole contre le trafic illicite de migrants exige une entrée (art. 3 a)), une sortie seule n'est donc pas un trafic au sens du Protocole.",
                "الوقائع تتضمن خروجاً من المغرب دون دخول غير مشروع إلى دولة أخرى: يشترط بروتوكول مكافحة تهريب المهاجرين الدخول (المادة 3 (أ))، فالخروج وحده ليس تهريباً بمفهومه.",
            ],
            Note::OutsideLaw0203 => [
                "The entry is into another State, and no crossing of Morocco's border is typed: Art. 52 of Law 02-03 reaches only organising or facilitating a clandestine entry into or exit from Morocco, so it does not apply to this crossing.",
                "L'entrée a lieu dans un autre État et aucun franchissement de la frontière marocaine ne figure parmi les faits\u{a0}: l'article 52 de la loi n°\u{a0}02-03 ne vise que l'organisation ou la facilitation d'une entrée au Maroc ou d'une sortie du Maroc clandestines\u{202f}; il ne s'applique donc pas à ce passage.",
                "الدخول إلى دولة أخرى ولا تتضمن الوقائع أي عبور للحدود المغربية: لا تشمل المادة 52 من القانون رقم 02.03 إلا تنظيم أو تسهيل الدخول إلى المغرب أو الخروج منه بصفة سرية، فلا تنطبق على هذا العبور.",
            ],
            Note::AggravationNotForAttempts => [
                "Lives were endangered or the migrants degraded, but the entry was only attempted: the aggravating circumstances of Art. 6(3) attach to the completed offences, not to attempts. The Smuggling Protocol (Art. 16) asks States Parties to protect and assist the migrants all the same (Morocco's status as a party is unverified).",
                "Des vies ont été mises en danger ou les migrants traités de manière dégradante, mais l'entrée n'a été que tentée\u{a0}: les circonstances aggravantes de l'article 6, par. 3, visent les infractions consommées, non la tentative. Le Protocole (art. 16) demande néanmoins aux États parties de protéger et d'assister les migrants (la qualité de partie du Maroc n'est pas vérifiée).",
                "عُرّضت الأرواح للخطر أو تعرّض المهاجرون لمعاملة مهينة، لكن الدخول لم يتجاوز المحاولة: الظروف المشددة في المادة 6 (3) تخص الجرائم التامة لا المحاولة. ويطلب البروتوكول (المادة 16) مع ذلك من الدول الأطراف حماية المهاجرين ومساعدتهم (كون المغرب طرفاً فيه غير متحقق منه).",
            ],
            Note::EndangermentNotArt52 => [
                "Endangering lives or degrading treatment is not among the aggravations of Art. 52 reported in the sources (habitual commission, a permanent incapacity, a death; whether Art. 52 also aggravates for an organised group is unverified); it may still weigh in sentencing or fall under other offences.",
                "La mise en danger ou le traitement dégradant n'est pas une circonstance aggravante de l'article 52 parmi celles que rapportent les sources (habitude, incapacité permanente, décès\u{202f}; l'existence d'une aggravation pour bande organisée n'est pas vérifiée)\u{202f}; ces faits peuvent toutefois peser sur la peine ou relever d'autres infractions.",
                "ليس تعريض الأرواح للخطر أو المعاملة المهينة من الظروف المشددة للمادة 52 التي تذكرها المصادر (الاعتياد والعاهة المستديمة والوفاة؛ ووجود ظرف مشدد يتعلق بالعصابة المنظمة غير متحقق منه)؛ وقد تؤثر هذه الوقائع مع ذلك في تقدير العقوبة أو تندرج تحت جرائم أخرى.",
            ],
            Note::FalsePapersInMoroccanLaw => [
                "Art. 52 is not a document offence. Leaving through a border post with falsified or usurped papers is what makes the exit clandestine (Law 02-03, Art. 50); organising such exits is Art. 52; making or supplying forged documents is forgery under the Penal Code (articles to verify).",
                "L'article 52 n'est pas une infraction documentaire. Sortir par un poste frontière avec des documents falsifiés ou sous un nom usurpé rend la sortie clandestine (loi n°\u{a0}02-03, art. 50)\u{202f}; organiser de telles sorties relève de l'article 52\u{202f}; fabriquer ou fournir de faux documents relève du faux prévu par le Code pénal (articles à vérifier).",
                "ليست المادة 52 جريمة تتعلق بالوثائق. فالخروج من مركز حدودي بوثائق مزوّرة أو باسم منتحل هو ما يجعل الخروج سرياً (المادة 50 من القانون رقم 02.03)؛ وتنظيم هذا الخروج يندرج تحت المادة 52؛ أما صنع الوثائق المزوّرة أو توفيرها فتزوير بمقتضى مجموعة القانون الجنائي (الفصول يجب التحقق منها).",
            ],
            Note::EnablingStayConditions => [
                "Smuggling is about entry (Art. 3(a)). Enabling a person to remain is a separate offence (Art. 6(1)(c)), and only when done for a benefit, by fraudulent documents or another illegal means.",
                "Le trafic illicite porte sur l'entrée (art. 3 a)). Permettre à une personne de demeurer est une infraction distincte (art. 6, par. 1 c)), constituée seulement si l'acte procure un avantage et emploie des documents frauduleux ou un autre moyen illégal.",
                "التهريب يتعلق بالدخول (المادة 3 (أ)). أما تمكين شخص من البقاء فجريمة مستقلة (المادة 6 (1) (ج))، لا تقوم إلا إذا ارتُكبت من أجل منفعة وبوثائق مزوّرة أو بوسيلة أخرى غير مشروعة.",
            ],
            Note::EnablingStayNotArt52 => [
                "On GADEM's reading, Art. 52, which covers organising or facilitating a clandestine entry or exit, does not reach enabling a stay or lodging migrants (other provisions not examined), which the Smuggling Protocol's Art. 6(1)(c) reaches when done for profit by illegal means.",
                "Selon la lecture du GADEM, l'article 52, qui vise l'organisation ou la facilitation d'une entrée ou d'une sortie clandestines, ne couvre ni le fait de permettre un séjour ni l'hébergement de migrants, que l'article 6, par. 1 c), du Protocole contre le trafic illicite de migrants vise lorsqu'ils procurent un avantage par des moyens illégaux (autres dispositions non examinées).",
                "حسب قراءة جمعية GADEM، لا تشمل المادة 52، التي تخص تنظيم أو تسهيل الدخول أو الخروج السري، تمكين شخص من البقاء أو إيواء المهاجرين، وهو ما تشمله المادة 6 (1) (ج) من بروتوكول مكافحة تهريب المهاجرين إذا كان من أجل منفعة وبوسائل غير مشروعة (دون فحص مقتضيات أخرى).",
            ],
            Note::DomesticLawKept => [
                "States may still apply their domestic law to the migrant (Art. 6(4)), for example Law 02-03, Art. 50, for a clandestine exit.",
                "Les États peuvent toutefois appliquer leur droit interne au migrant (art. 6, par. 4), par exemple l'article 50 de la loi n°\u{a0}02-03 pour une sortie clandestine.",
                "ويجوز للدول مع ذلك تطبيق قانونها الداخلي على المهاجر (المادة 6 (4))، كالمادة 50 من القانون رقم 02.03 في حالة الخروج السري.",
            ],
            Note::DomesticOutsideProtocolScope => [
                "Everything happened within one country: this is trafficking in law all the same (UNTOC Art. 34(2)), but outside the Protocol's provisions on cooperation and protection, which cover transnational offences involving an organized criminal group (Art. 4).",
                "Tout s'est déroulé dans un seul pays\u{a0}: c'est néanmoins une traite en droit (Convention contre la criminalité transnationale organisée, art. 34, par. 2), mais hors du champ des dispositions du Protocole sur la coopération et la protection, qui visent les infractions transnationales impliquant un groupe criminel organisé (art. 4).",
                "وقع كل شيء داخل بلد واحد: فهذا اتجار بالبشر قانوناً مع ذلك (المادة 34 (2) من اتفاقية الجريمة المنظمة عبر الوطنية)، لكنه خارج نطاق أحكام البروتوكول المتعلقة بالتعاون والحماية، التي تخص الجرائم عبر الوطنية التي تكون ضالعة فيها جماعة إجرامية منظمة (المادة 4).",
            ],
            Note::NonPunishmentCovered => [
                "The person acted under threat, in a way directly linked to the trafficking: as reported from the 2018 circular of the Head of the Public Prosecution, Penal Code Art. 448-14 excludes prosecuting a trafficking victim for such acts (exact text unverified). It applies once the person's status as a victim of trafficking is established.",
                "La personne a agi sous la menace, en lien direct avec la traite\u{a0}: selon la circulaire de 2018 du Président du Ministère public, telle que la presse l'a rapportée, l'article 448-14 du Code pénal exclut les poursuites contre une victime de la traite pour de tels actes (texte exact non vérifié). Il s'applique dès lors que la qualité de victime de la traite est établie.",
                "تصرّف الشخص تحت التهديد وبصورة مرتبطة مباشرة بالاتجار: حسب ما نقلته الصحافة عن دورية رئيس النيابة العامة لسنة 2018، يستبعد الفصل \u{2066}448-14\u{2069} من مجموعة القانون الجنائي متابعة ضحية الاتجار بالبشر من أجل هذه الأفعال (النص الدقيق غير متحقق منه). ويطبَّق متى ثبتت صفة الضحية.",
            ],
            Note::NonPunishmentNotReached => [
                "Penal Code Art. 448-14, as reported (text unverified), covers only acts committed under threat and directly linked to being trafficked: the facts do not show both, so it does not reach this act. Whether to prosecute is the prosecutor's call.",
                "L'article 448-14 du Code pénal, tel qu'il est rapporté (texte non vérifié), ne vise que les actes commis sous la menace et directement liés à la traite subie\u{a0}: les faits ne montrent pas les deux, il ne couvre donc pas cet acte. L'opportunité des poursuites relève du ministère public.",
                "لا يشمل الفصل \u{2066}448-14\u{2069} من مجموعة القانون الجنائي، حسب ما هو منقول (النص غير متحقق منه)، إلا الأفعال المرتكبة تحت التهديد والمرتبطة مباشرة بالاتجار بالضحية: والوقائع لا تُظهر الأمرين معاً، فلا يشمل هذا الفعل. وتقدير ملاءمة المتابعة يعود إلى النيابة العامة.",
            ],
            Note::StayPredatesNotCovered => [
                "The irregular stay began before the trafficking, so it is not linked to it: Art. 448-14, as reported (text unverified), does not reach it, and Law 02-03 (Arts. 42–43) still applies. Whether to prosecute is the prosecutor's call; the Code of Criminal Procedure lets the prosecution authorise a foreign victim to stay until the end of the trial.",
                "Le séjour irrégulier a commencé avant la traite et n'en résulte donc pas\u{a0}: l'article 448-14, tel qu'il est rapporté (texte non vérifié), ne le couvre pas, et la loi n°\u{a0}02-03 (art. 42 et 43) demeure applicable. L'opportunité des poursuites relève du ministère public\u{202f}; le Code de procédure pénale permet au parquet d'autoriser une victime étrangère à séjourner au Maroc jusqu'à la fin du procès.",
                "بدأت الإقامة غير النظامية قبل الاتجار، فهي غير ناتجة عنه: لا يشملها الفصل \u{2066}448-14\u{2069}، حسب ما هو منقول (النص غير متحقق منه)، ويظل القانون رقم 02.03 (المادتان 42 و43) واجب التطبيق. وتقدير ملاءمة المتابعة يعود إلى النيابة العامة؛ ويتيح قانون المسطرة الجنائية للنيابة العامة الإذن للضحية الأجنبية بالبقاء في المغرب إلى نهاية المحاكمة.",
            ],
            Note::NonPunishmentSoftLaw => [
                "Soft law (OHCHR Principle 7): trafficked persons should not be detained, charged or prosecuted for irregular entry or stay, or for offences that are a direct result of being trafficked. It guides; it does not bind.",
                "Droit souple (principe 7 du HCDH)\u{a0}: les victimes de la traite ne devraient être ni détenues, ni inculpées, ni poursuivies pour leur entrée ou leur séjour irréguliers, ni pour des infractions résultant directement de la traite. Ce principe oriente sans lier.",
                "قانون غير ملزم (المبدأ 7 للمفوضية السامية لحقوق الإنسان): لا ينبغي احتجاز ضحايا الاتجار أو اتهامهم أو ملاحقتهم بسبب الدخول أو الإقامة غير النظامية، أو بسبب جرائم ناتجة مباشرة عن الاتجار بهم. وهو مبدأ توجيهي غير ملزم.",
            ],
            Note::Art52Aggravated(a) => match a {
                Art52Aggravation::Habitual => [
                    "The organiser acts habitually: an aggravation that Art. 52 lists.",
                    "L'organisateur agit de manière habituelle\u{a0}: circonstance aggravante prévue par l'article 52.",
                    "يرتكب المنظم الفعل على سبيل الاعتياد: ظرف مشدد تنص عليه المادة 52.",
                ],
                Art52Aggravation::PermanentIncapacity => [
                    "A person transported suffered a permanent incapacity: an aggravation that Art. 52 lists.",
                    "Une personne transportée en a gardé une incapacité permanente\u{a0}: circonstance aggravante prévue par l'article 52.",
                    "أصيب شخص منقول بعاهة مستديمة: ظرف مشدد تنص عليه المادة 52.",
                ],
                Art52Aggravation::Death => [
                    "A person transported died: an aggravation that Art. 52 lists.",
                    "Une personne transportée est décédée\u{a0}: circonstance aggravante prévue par l'article 52.",
                    "توفي شخص منقول: ظرف مشدد تنص عليه المادة 52.",
                ],
            },
            Note::AroundVictimOnlyInMoroccanLaw(a) => match a {
                AroundVictim::FailedToReport => [
                    "The Protocols define no offence of failing to report; Moroccan law does (Penal Code Art. 448-7).",
                    "Les Protocoles ne définissent pas d'infraction de non-dénonciation\u{202f}; le droit marocain le fait (article 448-7 du Code pénal).",
                    "لا يعرّف البروتوكولان جريمة عدم التبليغ؛ أما القانون المغربي فيعرّفها (الفصل \u{2066}448-7\u{2069} من مجموعة القانون الجنائي).",
                ],
                AroundVictim::WitnessIntimidated => [
                    "The Protocols define no offence of intimidating a witness; Moroccan law does (Penal Code Art. 448-8).",
                    "Les Protocoles ne définissent pas d'infraction de pressions sur un témoin\u{202f}; le droit marocain le fait (article 448-8 du Code pénal).",
                    "لا يعرّف البروتوكولان جريمة ترهيب الشاهد؛ أما القانون المغربي فيعرّفها (الفصل \u{2066}448-8\u{2069} من مجموعة القانون الجنائي).",
                ],
                AroundVictim::NonReporterIsRelative => [
                    "The Protocols define no offence of failing to report, and so no excuse for the offender's family; Moroccan law does (Penal Code Art. 448-7).",
                    "Les Protocoles ne définissent pas d'infraction de non-dénonciation, ni donc d'excuse pour la famille de l'auteur\u{202f}; le droit marocain le fait (article 448-7 du Code pénal).",
                    "لا يعرّف البروتوكولان جريمة عدم التبليغ ولا عذراً لأسرة الفاعل؛ أما القانون المغربي فيعرّفهما (الفصل \u{2066}448-7\u{2069} من مجموعة القانون الجنائي).",
                ],
                AroundVictim::IdentityRevealed => [
                    "The Protocols define no offence of revealing a victim's identity or whereabouts; Moroccan law does (Penal Code Art. 448-9).",
                    "Les Protocoles ne définissent pas d'infraction de révélation de l'identité ou du lieu de résidence d'une victime\u{202f}; le droit marocain le fait (article 448-9 du Code pénal).",
                    "لا يعرّف البروتوكولان جريمة الكشف عن هوية الضحية أو مكان إقامتها؛ أما القانون المغربي فيعرّفها (الفصل \u{2066}448-9\u{2069} من مجموعة القانون الجنائي).",
                ],
            },
            _ => return None,
        },
    ))
}

/// "Trafficking: an open question": the head of a finding, punctuated in the language's way.
pub fn finding_head(offence: &str, status: &str, l: Locale) -> String {
    let sep = if l == Locale::Fr { "\u{a0}: " } else { ": " };
    format!("{offence}{sep}{status}")
}

/// The verdict line where the verdict turns on an open question: both readings, never one.
pub fn verdict_open(settled: &str, alternative: &str, l: Locale) -> String {
    super::placeholders::fill(
        pick(
            l,
            [
                "Verdict: an open question — {settled}, or {alternative} if the court answers it for the offence",
                "Qualification\u{a0}: une question ouverte — {settled}, ou {alternative} si le juge la tranche en faveur de l'infraction",
                "التكييف: مسألة مفتوحة — {settled}، أو {alternative} إذا حسمها القضاء لصالح قيام الجريمة",
            ],
        ),
        &[("settled", settled), ("alternative", alternative)],
    )
}

/// Headings and small words of the legal breakdown and the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    OtherOffences,
    WhyFramesPart,
    ArticleSource,
    Open,
    GroupEffects,
    GroupPersonStage,
    GroupBorder,
    GroupAggravations,
    GroupStay,
    GroupVictim,
    GroupAroundVictim,
    VerdictsNow,
}

pub fn ui(u: Ui, l: Locale) -> &'static str {
    pick(
        l,
        match u {
            Ui::OtherOffences => ["Other offences", "Autres infractions", "جرائم أخرى"],
            Ui::WhyFramesPart => [
                "Why the two frames part",
                "Pourquoi les deux cadres divergent",
                "لماذا يفترق الإطاران",
            ],
            Ui::ArticleSource => ["Source:", "Source\u{a0}:", "المصدر:"],
            Ui::Open => [
                "a question for the court",
                "une question pour le juge",
                "مسألة يفصل فيها القضاء",
            ],
            Ui::GroupEffects => [
                "Effects of the exploitation (Penal Code Art. 448-1, last paragraph)",
                "Effets de l'exploitation (Code pénal, art. 448-1, dernier alinéa)",
                "آثار الاستغلال (مجموعة القانون الجنائي، الفصل \u{2066}448-1\u{2069}، الفقرة الأخيرة)",
            ],
            Ui::GroupPersonStage => [
                "The person, and how far it went",
                "La personne, et jusqu'où les faits sont allés",
                "الشخص، والمدى الذي بلغته الأفعال",
            ],
            Ui::GroupBorder => [
                "The border: which State, how, how far, for what",
                "La frontière\u{a0}: quel État, comment, jusqu'où, contre quoi",
                "الحدود: أي دولة، وكيف، وإلى أي مدى، ومقابل ماذا",
            ],
            Ui::GroupAggravations => [
                "Aggravations and documents",
                "Circonstances aggravantes et documents",
                "الظروف المشددة والوثائق",
            ],
            Ui::GroupStay => ["Smuggling and stay", "Trafic illicite et séjour", "التهريب والإقامة"],
            Ui::GroupVictim => ["The victim's own acts", "Les actes de la victime", "أفعال الضحية نفسها"],
            Ui::GroupAroundVictim => [
                "Around the victim (Penal Code Arts. 448-7 to 448-9)",
                "Autour de la victime (Code pénal, art. 448-7 à 448-9)",
                "حول الضحية (مجموعة القانون الجنائي، الفصول \u{2066}448-7\u{2069} إلى \u{2066}448-9\u{2069})",
            ],
            Ui::VerdictsNow => ["Now:", "À présent\u{a0}:", "الآن:"],
        },
    )
}
