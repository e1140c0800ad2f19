//! The typed message catalogue: every string of the interface, in every language.
//!
//! The `messages!` macro asks for all three languages of each key, so a missing translation
//! does not compile; tests check that none is empty and that placeholders agree.

use super::locale::Locale;

/// Declares a message enum: `messages! { enum Name; Key { en: "...", fr: "...", ar: "..." } ... }`.
/// Each feature may keep its own catalogue file; every one is checked by the same tests.
macro_rules! messages {
    (enum $name:ident; $( $(#[$doc:meta])* $key:ident { en: $en:expr, fr: $fr:expr, ar: $ar:expr $(,)? } )*) => {
        /// A key of the message catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $( $(#[$doc])* $key, )* }

        impl $name {
            /// Every key, for tests that check the catalogue.
            pub const ALL: &'static [$name] = &[ $( $name::$key, )* ];

            /// The message in one language.
            pub fn text(self, locale: Locale) -> &'static str {
                match self {
                    $( $name::$key => match locale { Locale::En => $en, Locale::Fr => $fr, Locale::Ar => $ar }, )*
                }
            }

            /// The key's name, for error reports.
            pub fn name(self) -> &'static str {
                match self { $( $name::$key => stringify!($key), )* }
            }
        }
    };
}

// Feature catalogues (e.g. the trainer's) declare their own enums with this macro.
#[allow(unused_imports)]
pub(crate) use messages;

messages! {
    enum Msg;
    AppName { en: "Trafficking or smuggling?", fr: "Traite ou trafic illicite\u{202F}?", ar: "اتجار بالبشر أم تهريب للمهاجرين؟" }
    AppTagline {
        en: "Learn to tell trafficking in persons from smuggling of migrants, one case at a time.",
        fr: "Apprendre à distinguer la traite des êtres humains du trafic illicite de migrants, cas par cas.",
        ar: "تعلّم التمييز بين الاتجار بالبشر وتهريب المهاجرين، حالةً بعد حالة.",
    }
    SkipToContent { en: "Skip to content", fr: "Aller au contenu", ar: "انتقل إلى المحتوى" }
    MainNavigation { en: "Main", fr: "Navigation principale", ar: "التنقل الرئيسي" }
    NavHome { en: "Home", fr: "Accueil", ar: "الرئيسية" }
    NavLibrary { en: "Cases", fr: "Cas pratiques", ar: "الحالات" }
    NavGlossary { en: "Glossary", fr: "Glossaire", ar: "المسرد" }
    NavTrainer { en: "Trainer", fr: "Formateur", ar: "المدرّب" }
    NavCards { en: "Reference", fr: "Fiches", ar: "البطاقات المرجعية" }
    ReferenceCards { en: "Reference cards", fr: "Fiches de référence", ar: "البطاقات المرجعية" }
    CardTrafficking { en: "Trafficking: the three elements", fr: "La traite\u{202F}: les trois éléments", ar: "الاتجار بالبشر: العناصر الثلاثة" }
    CardSmuggling { en: "Smuggling of migrants", fr: "Le trafic illicite de migrants", ar: "تهريب المهاجرين" }
    CardComparison { en: "Side by side", fr: "Comparaison", ar: "مقارنة" }
    CardIndicators { en: "Indicators", fr: "Indicateurs", ar: "المؤشرات" }
    CardProtection { en: "Protecting victims", fr: "Protection des victimes", ar: "حماية الضحايا" }
    CardMoroccanLaw { en: "Moroccan law", fr: "Le droit marocain", ar: "القانون المغربي" }
    NavExplorer { en: "What if?", fr: "Et si…\u{202F}?", ar: "ماذا لو؟" }
    ExplorerHeading { en: "What changes the verdict?", fr: "Qu'est-ce qui change la qualification\u{202F}?", ar: "ما الذي يغيّر التكييف؟" }
    ExplorerIntro {
        en: "Switch facts on or off: the verdict is worked out again under both frames of law, element by element, with the article that asks for each.",
        fr: "Activez ou désactivez des faits\u{202F}: la qualification est recalculée selon les deux cadres juridiques, élément par élément, avec l'article qui l'exige.",
        ar: "فعّل الوقائع أو عطّلها: يُعاد تحديد التكييف وفق الإطارين القانونيين، عنصراً بعنصر، مع المادة التي تشترطه.",
    }
    ExplorerOpen { en: "Explore what would change the verdict", fr: "Explorer ce qui changerait la qualification", ar: "استكشف ما الذي قد يغيّر التكييف" }
    ExplorerReset { en: "Back to the case's facts", fr: "Revenir aux faits du cas", ar: "العودة إلى وقائع الحالة" }
    ExplorerClear { en: "Start from a blank situation", fr: "Partir d'une situation vierge", ar: "البدء من وضعية فارغة" }
    BackToCase { en: "Back to the case", fr: "Retour au cas", ar: "العودة إلى الحالة" }
    GroupAct { en: "Act", fr: "Acte", ar: "الفعل" }
    GroupMeans { en: "Means", fr: "Moyen", ar: "الوسيلة" }
    GroupPurpose { en: "Purpose of exploitation", fr: "Fin d'exploitation", ar: "غرض الاستغلال" }
    GroupPerson { en: "The person", fr: "La personne", ar: "الشخص" }
    GroupCrossing { en: "Border crossing", fr: "Franchissement de la frontière", ar: "عبور الحدود" }
    GroupBenefit { en: "Benefit", fr: "Avantage", ar: "المنفعة" }
    GroupAggravation { en: "Aggravating facts", fr: "Circonstances aggravantes", ar: "الظروف المشددة" }
    NavProgress { en: "Progress", fr: "Progression", ar: "التقدّم" }
    NavSettings { en: "Settings", fr: "Réglages", ar: "الإعدادات" }
    ProgressHeading { en: "Your progress", fr: "Votre progression", ar: "تقدّمك" }
    ProgressIntro {
        en: "Everything here is worked out on this device from your answers. Nothing is sent anywhere.",
        fr: "Tout ce qui figure ici est calculé sur cet appareil à partir de vos réponses. Rien n'est transmis.",
        ar: "كل ما يظهر هنا يُحسب على هذا الجهاز انطلاقاً من إجاباتك. لا يُرسل أي شيء.",
    }
    TracksHeading { en: "By audience", fr: "Par public", ar: "حسب الفئة" }
    TrackLine { en: "{done} of {total} cases done", fr: "Cas terminés\u{202F}: {done} sur {total}", ar: "الحالات المنجزة: {done} من أصل {total}" }
    TrackScore { en: "average score {score}%", fr: "score moyen {score}\u{202F}%", ar: "متوسط النتيجة {score}%" }
    MasteryHeading { en: "Mastery by concept", fr: "Maîtrise par notion", ar: "الإتقان حسب المفهوم" }
    MasteryIntro {
        en: "Recent answers count more than old ones. A concept is mastered from 80%.",
        fr: "Les réponses récentes comptent davantage que les anciennes. Une notion est maîtrisée à partir de 80\u{202F}%.",
        ar: "تُحتسب الإجابات الحديثة أكثر من القديمة. يُعدّ المفهوم متقَناً ابتداءً من 80%.",
    }
    MasteryNone {
        en: "Answer a few cases to see your mastery here.",
        fr: "Répondez à quelques cas pour voir votre maîtrise ici.",
        ar: "أجب عن بضع حالات لترى مستوى إتقانك هنا.",
    }
    MasteryChartLabel { en: "Mastery of each concept, from 0 to 100%", fr: "Maîtrise de chaque notion, de 0 à 100\u{202F}%", ar: "إتقان كل مفهوم، من 0 إلى 100%" }
    MasteryTableCaption { en: "Mastery (table)", fr: "Maîtrise (tableau)", ar: "الإتقان (جدول)" }
    ColumnConcept { en: "Concept", fr: "Notion", ar: "المفهوم" }
    ColumnMastery { en: "Mastery", fr: "Maîtrise", ar: "الإتقان" }
    ColumnAnswers { en: "Answers", fr: "Réponses", ar: "الإجابات" }
    ReviewHeading { en: "To review today", fr: "À revoir aujourd'hui", ar: "للمراجعة اليوم" }
    ReviewIntro {
        en: "A few cases come back, spaced over days, on the concepts you find hardest. Never more than 3 a day; skipping a day costs nothing.",
        fr: "Quelques cas reviennent, espacés sur plusieurs jours, sur les notions qui vous sont les plus difficiles. Jamais plus de 3 par jour\u{202F}; sauter un jour ne coûte rien.",
        ar: "تعود بعض الحالات، متباعدة على مدى أيام، حول المفاهيم الأصعب بالنسبة إليك. لا أكثر من 3 في اليوم؛ ولا يكلّفك تخطي يوم شيئاً.",
    }
    ReviewNone { en: "Nothing to review today.", fr: "Rien à revoir aujourd'hui.", ar: "لا شيء للمراجعة اليوم." }
    CalibrationHeading { en: "How sure were you?", fr: "Quelle était votre certitude\u{202F}?", ar: "ما مدى ثقتك؟" }
    CalibrationLine {
        en: "When {level}: {right} right out of {total} ({percent}%)",
        fr: "Quand «\u{202F}{level}\u{202F}»\u{202F}: juste {right} fois sur {total} ({percent}\u{202F}%)",
        ar: "عندما كنت «{level}»: الإجابات الصحيحة {right} من أصل {total} ({percent}%)",
    }
    CalibrationNone {
        en: "Say how sure you are before checking an answer to see this.",
        fr: "Indiquez votre degré de certitude avant de vérifier une réponse pour voir ceci.",
        ar: "حدّد مدى ثقتك قبل التحقق من الإجابة لترى هذا.",
    }
    KeepHeading { en: "Keep your progress", fr: "Conserver votre progression", ar: "احفظ تقدّمك" }
    KeepIntro {
        en: "Phones can clear stored data. Save a file of your progress and load it on this or another device: it is merged, never replaced.",
        fr: "Les téléphones peuvent effacer les données enregistrées. Enregistrez un fichier de votre progression et chargez-le sur cet appareil ou un autre\u{202F}: il est fusionné, jamais remplacé.",
        ar: "قد تمسح الهواتف البيانات المحفوظة. احفظ ملفاً لتقدّمك وحمّله على هذا الجهاز أو على جهاز آخر: يُدمج ولا يُستبدل.",
    }
    ExportButton { en: "Save my progress to a file", fr: "Enregistrer ma progression dans un fichier", ar: "احفظ تقدّمي في ملف" }
    ImportLabel { en: "Load a progress file", fr: "Charger un fichier de progression", ar: "حمّل ملف تقدّم" }
    ImportTooLarge { en: "This file is too large to be a progress file. Nothing was changed.", fr: "Ce fichier est trop volumineux pour être un fichier de progression. Rien n'a été modifié.", ar: "هذا الملف أكبر من أن يكون ملف تقدّم. لم يتغيّر شيء." }
    ImportMalformed { en: "This file could not be read as a progress file. Nothing was changed.", fr: "Ce fichier n'a pas pu être lu comme un fichier de progression. Rien n'a été modifié.", ar: "تعذّرت قراءة هذا الملف كملف تقدّم. لم يتغيّر شيء." }
    ImportForeign { en: "This is not a tipsom progress file. Nothing was changed.", fr: "Ce n'est pas un fichier de progression tipsom. Rien n'a été modifié.", ar: "هذا ليس ملف تقدّم خاصاً بـ tipsom. لم يتغيّر شيء." }
    ImportFromFuture { en: "This file was made by a newer version of the app. Reload to update, then try again. Nothing was changed.", fr: "Ce fichier provient d'une version plus récente de l'application. Rechargez la page pour la mettre à jour, puis réessayez. Rien n'a été modifié.", ar: "أُنشئ هذا الملف بإصدار أحدث من التطبيق. أعد تحميل الصفحة للتحديث ثم حاول مجدداً. لم يتغيّر شيء." }
    ForgetHeading { en: "Forget me", fr: "M'oublier", ar: "انسَني" }
    ForgetIntro {
        en: "Erase everything this app keeps on this device: answers, preferences, the name on your certificate.",
        fr: "Effacer tout ce que l'application conserve sur cet appareil\u{202F}: réponses, réglages, nom du certificat.",
        ar: "امسح كل ما يحتفظ به التطبيق على هذا الجهاز: الإجابات والإعدادات والاسم المكتوب في الشهادة.",
    }
    ForgetButton { en: "Erase all my data", fr: "Effacer toutes mes données", ar: "امسح كل بياناتي" }
    ForgetConfirm { en: "Yes, erase everything", fr: "Oui, tout effacer", ar: "نعم، امسح كل شيء" }
    ForgetQuestion { en: "Erase all your progress on this device? This cannot be undone.", fr: "Effacer toute votre progression sur cet appareil\u{202F}? Cette action est irréversible.", ar: "هل تريد مسح كل تقدّمك على هذا الجهاز؟ لا يمكن التراجع عن ذلك." }
    Cancel { en: "Cancel", fr: "Annuler", ar: "إلغاء" }
    ForgetDone { en: "Everything was erased from this device.", fr: "Tout a été effacé de cet appareil.", ar: "مُسح كل شيء من هذا الجهاز." }
    CertificateHeading { en: "Certificates", fr: "Certificats", ar: "الشهادات" }
    CertificateIntro {
        en: "Complete every case of an audience track with an average of at least 80% to print a certificate.",
        fr: "Terminez tous les cas d'un parcours avec une moyenne d'au moins 80\u{202F}% pour imprimer un certificat.",
        ar: "أنجز كل حالات مسار فئة ما بمعدل لا يقل عن 80% لتطبع شهادة.",
    }
    CertificateName { en: "Name on the certificate (kept on this device only)", fr: "Nom sur le certificat (conservé sur cet appareil uniquement)", ar: "الاسم على الشهادة (يُحفظ على هذا الجهاز فقط)" }
    CertificateOpen { en: "Open the certificate", fr: "Ouvrir le certificat", ar: "افتح الشهادة" }
    CertificateTitle { en: "Certificate of completion", fr: "Certificat de réalisation", ar: "شهادة إتمام" }
    CertificateBody {
        en: "{name} completed the track “{track}” of the module “Trafficking or smuggling?” with an average score of {score}%.",
        fr: "{name} a terminé le parcours «\u{202F}{track}\u{202F}» du module «\u{202F}Traite ou trafic illicite\u{202F}?\u{202F}» avec un score moyen de {score}\u{202F}%.",
        ar: "أتمّ(ت) {name} مسار «{track}» من وحدة «اتجار بالبشر أم تهريب للمهاجرين؟» بمعدل نتيجة قدره {score}%.",
    }
    CertificateDate { en: "Date: {date}", fr: "Date\u{202F}: {date}", ar: "التاريخ: {date}" }
    CertificateVersion { en: "Content version: {version}", fr: "Version du contenu\u{202F}: {version}", ar: "نسخة المحتوى: {version}" }
    CertificateSelfAssessed {
        en: "Self-assessed: the answers were checked on the learner's own device and cannot be verified by anyone else.",
        fr: "Auto-évaluation\u{202F}: les réponses ont été vérifiées sur l'appareil de l'apprenant et ne peuvent pas être contrôlées par un tiers.",
        ar: "تقييم ذاتي: جرى التحقق من الإجابات على جهاز المتعلّم نفسه ولا يمكن لأي جهة أخرى التثبت منها.",
    }
    CertificateNotEarned { en: "This track is not complete yet.", fr: "Ce parcours n'est pas encore terminé.", ar: "لم يكتمل هذا المسار بعد." }
    Print { en: "Print", fr: "Imprimer", ar: "اطبع" }
    SettingsHeading { en: "Settings", fr: "Réglages", ar: "الإعدادات" }
    LargeText { en: "Larger text", fr: "Texte plus grand", ar: "نص أكبر" }
    HighContrast { en: "High contrast", fr: "Contraste élevé", ar: "تباين عالٍ" }
    DiscreetTitle { en: "Notes", fr: "Notes", ar: "ملاحظات" }
    QuickExit { en: "Quick exit", fr: "Sortie rapide", ar: "خروج سريع" }
    QuickExitHeading { en: "Quick exit", fr: "Sortie rapide", ar: "الخروج السريع" }
    GlossaryHeading { en: "Glossary", fr: "Glossaire", ar: "مسرد المصطلحات" }
    GlossaryIntro {
        en: "The terms used in the cases, with where they come from.",
        fr: "Les termes employés dans les cas, avec leur source.",
        ar: "المصطلحات المستعملة في الحالات، مع مصادرها.",
    }
    GlossarySearchLabel { en: "Find a term", fr: "Chercher un terme", ar: "ابحث عن مصطلح" }
    LetterIndex { en: "Terms by letter", fr: "Termes par lettre", ar: "المصطلحات حسب الحرف" }
    NoTermFound { en: "No term matches this search.", fr: "Aucun terme ne correspond à cette recherche.", ar: "لا يوجد مصطلح يطابق هذا البحث." }
    RelatedTerms { en: "Related terms", fr: "Termes associés", ar: "مصطلحات ذات صلة" }
    SourceLabel { en: "Source: {source}", fr: "Source\u{202F}: {source}", ar: "المصدر: {source}" }
    SourcesLabel { en: "Sources: {sources}", fr: "Sources\u{202F}: {sources}", ar: "المصادر: {sources}" }
    AllTerms { en: "All terms", fr: "Tous les termes", ar: "كل المصطلحات" }
    CardsHeading { en: "Reference cards", fr: "Fiches de référence", ar: "البطاقات المرجعية" }
    AllCards { en: "All reference cards", fr: "Toutes les fiches", ar: "كل البطاقات المرجعية" }
    TermsInCase { en: "Terms in this case", fr: "Termes de ce cas", ar: "مصطلحات هذه الحالة" }
    ColumnSmuggling { en: "Smuggling of migrants", fr: "Trafic illicite de migrants", ar: "تهريب المهاجرين" }
    ColumnTrafficking { en: "Trafficking in persons", fr: "Traite des êtres humains", ar: "الاتجار بالبشر" }
    TermNotFound { en: "This term is not in the glossary.", fr: "Ce terme ne figure pas dans le glossaire.", ar: "هذا المصطلح غير موجود في المسرد." }
    LanguageLabel { en: "Language", fr: "Langue", ar: "اللغة" }
    Loading { en: "Loading…", fr: "Chargement…", ar: "جارٍ التحميل…" }
    LoadFailed {
        en: "The cases could not be loaded. Check your connection, then try again.",
        fr: "Les cas n'ont pas pu être chargés. Vérifiez votre connexion, puis réessayez.",
        ar: "تعذّر تحميل الحالات. تحقّق من اتصالك ثم أعد المحاولة.",
    }
    Retry { en: "Try again", fr: "Réessayer", ar: "أعد المحاولة" }
    PrivacyNote {
        en: "No account, no tracking: your answers stay on this device.",
        fr: "Ni compte ni suivi\u{202F}: vos réponses restent sur cet appareil.",
        ar: "لا حساب ولا تتبّع: تبقى إجاباتك على هذا الجهاز.",
    }
    HomeHeading { en: "Trafficking or smuggling?", fr: "Traite ou trafic illicite\u{202F}?", ar: "اتجار بالبشر أم تهريب للمهاجرين؟" }
    HomeIntro {
        en: "Each case tells a story from Morocco and the routes through it. Decide what the law makes of it, then see why, under the UN Protocols and under Moroccan law.",
        fr: "Chaque cas raconte une situation vécue au Maroc ou sur les routes qui le traversent. Qualifiez-la, puis découvrez pourquoi, au regard des Protocoles des Nations unies et du droit marocain.",
        ar: "تروي كل حالة قصة من المغرب ومن المسارات التي تعبره. حدّد التكييف القانوني للوقائع، ثم اطّلع على التعليل وفق بروتوكولَي الأمم المتحدة والقانون المغربي.",
    }
    HomeStart { en: "Start with a case", fr: "Commencer par un cas", ar: "ابدأ بحالة" }
    HomeBrowse { en: "Browse all cases", fr: "Parcourir tous les cas", ar: "تصفّح كل الحالات" }
    HomeProgress {
        en: "{done} of {total} cases completed",
        fr: "Cas terminés\u{202F}: {done} sur {total}",
        ar: "الحالات المنجزة: {done} من أصل {total}",
    }
    HomeElementsHeading { en: "The elements to look for", fr: "Les éléments à rechercher", ar: "العناصر التي ينبغي البحث عنها" }
    HomeTraffickingSummary {
        en: "Trafficking: an act (recruiting, transporting, harbouring…), a means (threat, deception, abuse of vulnerability…) and a purpose of exploitation. For a child, the means is not needed.",
        fr: "Traite\u{202F}: un acte (recrutement, transport, hébergement…), un moyen (menace, tromperie, abus de vulnérabilité…) et une fin d'exploitation. Pour un enfant, le moyen n'est pas exigé.",
        ar: "الاتجار بالبشر: فعل (تجنيد، نقل، إيواء…) ووسيلة (تهديد، خداع، استغلال حالة الضعف…) وغرض الاستغلال. ولا تُشترط الوسيلة إذا كانت الضحية طفلاً.",
    }
    HomeSmugglingSummary {
        en: "Smuggling: procuring someone's illegal entry into a country for a financial or other material benefit. Moroccan law also punishes facilitating a clandestine entry or exit, even for free.",
        fr: "Trafic illicite de migrants\u{202F}: assurer l'entrée illégale d'une personne dans un pays pour en tirer un avantage financier ou matériel. Le droit marocain punit aussi le fait de faciliter une entrée ou une sortie clandestine, même à titre gratuit.",
        ar: "تهريب المهاجرين: تدبير الدخول غير المشروع لشخص إلى بلد ما للحصول على منفعة مالية أو مادية. ويعاقب القانون المغربي أيضاً على تسهيل الدخول أو الخروج السري ولو بدون مقابل.",
    }
    LibraryHeading { en: "Cases", fr: "Cas pratiques", ar: "الحالات" }
    LibraryIntro {
        en: "Pick a case. Each one takes a few minutes and explains the law as you go.",
        fr: "Choisissez un cas. Chacun prend quelques minutes et explique le droit au fil des réponses.",
        ar: "اختر حالة. تستغرق كل حالة بضع دقائق وتشرح القانون مع كل إجابة.",
    }
    FilterTrack { en: "Audience", fr: "Public", ar: "الفئة المستهدفة" }
    FilterAll { en: "All", fr: "Tous", ar: "الكل" }
    FiltersLabel { en: "Find a case", fr: "Trouver un cas", ar: "ابحث عن حالة" }
    FilterVerdict { en: "Verdict", fr: "Qualification", ar: "التكييف" }
    FiltersToggle { en: "Filters", fr: "Filtres", ar: "عوامل التصفية" }
    FilterTopic { en: "Topic", fr: "Thème", ar: "الموضوع" }
    FilterStatus { en: "Status", fr: "Avancement", ar: "حالة الإنجاز" }
    FilterDone { en: "Done", fr: "Terminés", ar: "المنجزة" }
    FilterNotDone { en: "Not done", fr: "Non terminés", ar: "غير المنجزة" }
    SearchLabel { en: "Search", fr: "Rechercher", ar: "بحث" }
    ClearFilters { en: "Clear filters", fr: "Effacer les filtres", ar: "مسح عوامل التصفية" }
    CaseNotStarted { en: "Not started", fr: "Non commencé", ar: "لم تبدأ بعد" }
    CaseInProgress { en: "In progress", fr: "En cours", ar: "قيد الإنجاز" }
    CaseDone { en: "Done: {score}%", fr: "Terminé\u{202F}: {score}\u{202F}%", ar: "أُنجزت: {score}%" }
    ContentWarningBadge { en: "Content warning", fr: "Avertissement", ar: "تنبيه بشأن المحتوى" }
    ContentWarningHeading { en: "Before you read", fr: "Avant de lire", ar: "قبل أن تقرأ" }
    ContentWarningRead { en: "Read the case", fr: "Lire le cas", ar: "اقرأ الحالة" }
    ContentWarningSkip { en: "Skip this case", fr: "Passer ce cas", ar: "تخطَّ هذه الحالة" }
    StepOf { en: "Step {current} of {total}", fr: "Étape {current} sur {total}", ar: "المرحلة {current} من {total}" }
    QuestionHeading { en: "Question", fr: "Question", ar: "السؤال" }
    UnderFrame { en: "Answer under {frame}.", fr: "Répondez au regard de\u{202F}: {frame}.", ar: "أجب وفق: {frame}." }
    ChooseOne { en: "Choose one answer.", fr: "Choisissez une réponse.", ar: "اختر إجابة واحدة." }
    ChooseAll { en: "Choose every answer that applies.", fr: "Choisissez toutes les réponses qui conviennent.", ar: "اختر كل الإجابات الصحيحة." }
    IndicatorsHint {
        en: "Tap each sentence that is an indicator; tap again to unmark it.",
        fr: "Touchez chaque phrase qui constitue un indicateur\u{202F}; touchez-la de nouveau pour la désélectionner.",
        ar: "المس كل جملة تُعدّ مؤشراً؛ والمسها مرة أخرى لإلغاء تحديدها.",
    }
    IndicatorsCaveat {
        en: "Indicators are prompts to ask more, never proof: one alone does not make a case trafficking.",
        fr: "Les indicateurs invitent à poser davantage de questions\u{202F}; ils ne sont jamais une preuve\u{202F}: un indicateur isolé ne suffit pas à caractériser la traite.",
        ar: "المؤشرات دعوة إلى طرح مزيد من الأسئلة وليست دليلاً أبداً: مؤشر واحد لا يكفي لاعتبار الحالة اتجاراً بالبشر.",
    }
    IndicatorFound { en: "Found: {indicator} ({kind})", fr: "Indicateur repéré\u{202F}: {indicator} ({kind})", ar: "مؤشر تم رصده: {indicator} ({kind})" }
    IndicatorMissed { en: "Missed: {indicator} ({kind})", fr: "Indicateur non repéré\u{202F}: {indicator} ({kind})", ar: "مؤشر لم يُرصد: {indicator} ({kind})" }
    IndicatorWrong {
        en: "Marked, but not an indicator in itself",
        fr: "Sélectionnée, mais ce n'est pas en soi un indicateur",
        ar: "حُدّدت، لكنها ليست مؤشراً في حد ذاتها",
    }
    WhatIfResult { en: "With this change: {verdict}", fr: "Avec ce changement\u{202F}: {verdict}", ar: "مع هذا التغيير: {verdict}" }
    ConfidenceLegend { en: "How sure are you? (optional)", fr: "Quel est votre degré de certitude\u{202F}? (facultatif)", ar: "ما مدى ثقتك؟ (اختياري)" }
    ConfidenceSure { en: "Sure", fr: "Certain", ar: "متأكد" }
    ConfidenceFairly { en: "Fairly sure", fr: "Plutôt sûr", ar: "متأكد إلى حدّ ما" }
    ConfidenceUnsure { en: "Not sure", fr: "Pas sûr", ar: "غير متأكد" }
    CheckAnswer { en: "Check my answer", fr: "Vérifier ma réponse", ar: "تحقّق من إجابتي" }
    PickFirst { en: "Choose an answer first.", fr: "Choisissez d'abord une réponse.", ar: "اختر إجابة أولاً." }
    FeedbackHeading { en: "Feedback", fr: "Correction", ar: "التعقيب" }
    ResultCorrect { en: "Correct", fr: "Bonne réponse", ar: "إجابة صحيحة" }
    ResultPartial { en: "Partly correct", fr: "Réponse partiellement correcte", ar: "إجابة صحيحة جزئياً" }
    ResultIncorrect { en: "Not quite", fr: "Réponse inexacte", ar: "إجابة غير دقيقة" }
    StepScore { en: "Score for this step: {score}%", fr: "Score de l'étape\u{202F}: {score}\u{202F}%", ar: "نتيجة هذه المرحلة: {score}%" }
    RightAnswerIs { en: "The answer: {answer}", fr: "La réponse\u{202F}: {answer}", ar: "الإجابة: {answer}" }
    OptionChosenRight { en: "You chose this: right.", fr: "Vous l'avez choisie\u{202F}: c'est exact.", ar: "اخترتَ هذه الإجابة: صحيح." }
    OptionChosenWrong { en: "You chose this: wrong.", fr: "Vous l'avez choisie\u{202F}: c'est inexact.", ar: "اخترتَ هذه الإجابة: خطأ." }
    OptionMissed { en: "You did not choose this, but it was right.", fr: "Vous ne l'avez pas choisie, mais elle était juste.", ar: "لم تختر هذه الإجابة، وكانت صحيحة." }
    OptionRightlyLeft { en: "Rightly left out.", fr: "Écartée à juste titre.", ar: "استبعدتَها عن صواب." }
    WhyHeading { en: "Why", fr: "Pourquoi", ar: "لماذا" }
    LawHeading { en: "What the law says", fr: "Ce que dit le droit", ar: "ما يقوله القانون" }
    FramesDiffer {
        en: "The two frames of law reach different verdicts here.",
        fr: "Les deux cadres juridiques aboutissent ici à des qualifications différentes.",
        ar: "يصل الإطاران القانونيان هنا إلى تكييفين مختلفين.",
    }
    FramesDifferInBasis {
        en: "Both frames reach the same verdict, but on a different basis: see the notes.",
        fr: "Les deux cadres aboutissent à la même qualification, mais sur un fondement différent\u{202F}: voir les remarques.",
        ar: "يصل الإطاران إلى التكييف نفسه ولكن على أساس مختلف: انظر الملاحظات.",
    }
    VerdictUnder { en: "Verdict: {verdict}", fr: "Qualification\u{202F}: {verdict}", ar: "التكييف: {verdict}" }
    TraffickingHeading { en: "Trafficking", fr: "Traite", ar: "الاتجار بالبشر" }
    SmugglingHeading { en: "Smuggling", fr: "Trafic illicite de migrants", ar: "تهريب المهاجرين" }
    ElementMet { en: "{element}: {facts}", fr: "{element}\u{202F}: {facts}", ar: "{element}: {facts}" }
    /// An element and what is said of it, agreeing with it (`grammar::Qualifier`): « Fin d'exploitation : absente ».
    ElementStatus { en: "{element}: {status}", fr: "{element}\u{202F}: {status}", ar: "{element}: {status}" }
    /// An offence and whether it is established, agreeing with it (`labels::finding_line`).
    FindingLine { en: "{offence}: {status} ({citation})", fr: "{offence}\u{202F}: {status} ({citation})", ar: "{offence}: {status} ({citation})" }
    NextStep { en: "Next step", fr: "Étape suivante", ar: "المرحلة التالية" }
    FinishCase { en: "See my result", fr: "Voir mon résultat", ar: "اعرض نتيجتي" }
    CaseCompleteHeading { en: "Case complete", fr: "Cas terminé", ar: "اكتملت الحالة" }
    CaseScore { en: "Your score: {score}%", fr: "Votre score\u{202F}: {score}\u{202F}%", ar: "نتيجتك: {score}%" }
    TrainerPointHeading { en: "The point of this case", fr: "L'enseignement de ce cas", ar: "الغاية من هذه الحالة" }
    DiscussHeading { en: "To discuss", fr: "Pour la discussion", ar: "للنقاش" }
    PlayAgain { en: "Play again", fr: "Rejouer", ar: "أعد المحاولة" }
    BackToCases { en: "Back to the cases", fr: "Retour aux cas", ar: "العودة إلى الحالات" }
    NextCase { en: "Next case", fr: "Cas suivant", ar: "الحالة التالية" }
    NotFoundHeading { en: "Page not found", fr: "Page introuvable", ar: "الصفحة غير موجودة" }
    NotFoundText {
        en: "There is nothing at this address. It may be an old link.",
        fr: "Il n'y a rien à cette adresse. Le lien est peut-être ancien.",
        ar: "لا يوجد شيء في هذا العنوان. ربما يكون الرابط قديماً.",
    }
    CaseNotFound {
        en: "This case does not exist, or it was removed.",
        fr: "Ce cas n'existe pas ou a été retiré.",
        ar: "هذه الحالة غير موجودة أو أُزيلت.",
    }
    GoHome { en: "Go to the home page", fr: "Aller à l'accueil", ar: "انتقل إلى الصفحة الرئيسية" }
    StorageUnavailable {
        en: "Your progress cannot be saved on this device: storage is full or turned off. It is kept only until you close this page.",
        fr: "Votre progression ne peut pas être enregistrée sur cet appareil\u{202F}: le stockage est plein ou désactivé. Elle n'est conservée que jusqu'à la fermeture de cette page.",
        ar: "لا يمكن حفظ تقدّمك على هذا الجهاز: مساحة التخزين ممتلئة أو معطّلة. لن يُحفظ إلا إلى حين إغلاق هذه الصفحة.",
    }
    StorageRecovered {
        en: "Your saved progress could not be read, so the app started afresh. Nothing was deleted: a copy of the old data is kept on this device.",
        fr: "Votre progression enregistrée n'a pas pu être lue\u{202F}; l'application repart donc de zéro. Rien n'a été supprimé\u{202F}: une copie des anciennes données est conservée sur cet appareil.",
        ar: "تعذّرت قراءة تقدّمك المحفوظ، فبدأ التطبيق من جديد. لم يُحذف شيء: نُسخة من البيانات القديمة محفوظة على هذا الجهاز.",
    }
    StorageFromFuture {
        en: "Your progress was saved by a newer version of this app. This version is older, so it leaves that data untouched and will not save over it. Reload to get the newer version.",
        fr: "Votre progression a été enregistrée par une version plus récente de l'application. Cette version, plus ancienne, laisse ces données intactes et ne les écrasera pas. Rechargez la page pour obtenir la version récente.",
        ar: "حُفظ تقدّمك بواسطة إصدار أحدث من هذا التطبيق. هذا الإصدار أقدم، لذا يترك تلك البيانات كما هي ولن يكتب فوقها. أعد تحميل الصفحة للحصول على الإصدار الأحدث.",
    }
    StorageUnreadable {
        en: "Your saved progress on this device could not be read, and there is no room to keep a copy of it. So that nothing is lost, the app leaves it untouched and saves nothing until there is room: your answers are kept only while this page is open. Save them to a file below.",
        fr: "Votre progression enregistrée sur cet appareil n’a pas pu être lue, et la place manque pour en garder une copie. Pour que rien ne soit perdu, l’application la laisse intacte et n’enregistre rien tant que la place manque : vos réponses ne sont conservées que jusqu’à la fermeture de cette page. Enregistrez-les dans un fichier ci-dessous.",
        ar: "تعذّرت قراءة تقدّمك المحفوظ على هذا الجهاز، ولا توجد مساحة للاحتفاظ بنسخة منه. وحتى لا يضيع شيء، يتركه التطبيق كما هو ولا يحفظ شيئاً ما دامت المساحة غير كافية: لن تُحفظ إجاباتك إلا إلى حين إغلاق هذه الصفحة. احفظها في ملف أدناه.",
    }
    ForgottenElsewhere {
        en: "Everything was erased on this device (“Forget me”, in another tab or window). This page starts afresh.",
        fr: "Tout a été effacé sur cet appareil (« M’oublier », dans un autre onglet ou une autre fenêtre). Cette page repart de zéro.",
        ar: "مُحي كل شيء على هذا الجهاز («انسَني»، في علامة تبويب أو نافذة أخرى). تبدأ هذه الصفحة من جديد.",
    }
    ImportReport {
        en: "Progress loaded and merged: {added} new attempts, {known} already on this device; {count} attempts now on this device.",
        fr: "Progression chargée et fusionnée : {added} nouvelles tentatives, {known} déjà sur cet appareil ; {count} tentatives désormais sur cet appareil.",
        ar: "حُمّل التقدّم ودُمج: {added} محاولة جديدة، و{known} موجودة من قبل على هذا الجهاز؛ توجد الآن {count} محاولة على هذا الجهاز.",
    }
    ImportRepeated {
        en: "{repeated} records of the file repeated an attempt of the same file: they were merged into one, and no answer was lost.",
        fr: "{repeated} enregistrements du fichier répétaient une tentative du même fichier : ils ont été fusionnés, sans perte de réponse.",
        ar: "{repeated} سجلاً في الملف كرّرت محاولة من الملف نفسه: دُمجت في سجل واحد دون ضياع أي إجابة.",
    }
    ImportRefused {
        en: "{refused} attempts were not imported: a file brings at most {max} attempts.",
        fr: "{refused} tentatives n’ont pas été importées : un fichier en apporte au plus {max}.",
        ar: "لم تُستورد {refused} محاولة: لا يجلب الملف الواحد أكثر من {max} محاولة.",
    }
    ImportClamped {
        en: "{clamped} dates in the file were later than now (a clock set wrong?): they were set to now.",
        fr: "{clamped} dates du fichier étaient postérieures à maintenant (une horloge mal réglée ?) : elles ont été ramenées à maintenant.",
        ar: "كانت {clamped} تواريخ في الملف لاحقة للوقت الحالي (ساعة مضبوطة خطأً؟): أُعيدت إلى الوقت الحالي.",
    }
    Dismiss { en: "Dismiss", fr: "Fermer", ar: "إغلاق" }
    TrainerToolsLink {
        en: "For trainers: add your own cases (content packs) or export cases for Moodle",
        fr: "Pour les formateurs\u{202F}: ajouter vos propres cas (packs de contenu) ou exporter des cas vers Moodle",
        ar: "للمكوّنين: أضف حالاتك الخاصة (حزم المحتوى) أو صدّر الحالات إلى Moodle",
    }
    TrainerNotDownloadedHeading { en: "Trainer mode is not on this device yet", fr: "Le mode formateur n’est pas encore sur cet appareil", ar: "وضع المكوّن غير موجود على هذا الجهاز بعد" }
    TrainerNotDownloaded {
        en: "Trainer mode has not been downloaded on this device yet, and there is no connection. Open it once while online (it is then kept for offline use), or serve the app from this laptop with the room server (make room).",
        fr: "Le mode formateur n’a pas encore été téléchargé sur cet appareil, et il n’y a pas de connexion. Ouvrez-le une fois en ligne (il est ensuite conservé pour une utilisation hors ligne), ou servez l’application depuis cet ordinateur avec le serveur de salle (make room).",
        ar: "لم يُنزَّل وضع المكوّن على هذا الجهاز بعد، ولا يوجد اتصال. افتحه مرة واحدة وأنت متصل (فيُحفظ بعد ذلك للاستعمال دون اتصال)، أو شغّل التطبيق من هذا الحاسوب بواسطة خادم القاعة (make room).",
    }
    OpeningTrainer { en: "Opening trainer mode…", fr: "Ouverture du mode formateur…", ar: "جارٍ فتح وضع المكوّن…" }
    UpdateAvailable {
        en: "A new version of the app is available. Your progress is saved and will be kept.",
        fr: "Une nouvelle version de l'application est disponible. Votre progression est enregistrée et sera conservée.",
        ar: "يتوفر إصدار جديد من التطبيق. تقدّمك محفوظ وسيُحتفظ به.",
    }
    UpdateReload { en: "Reload now", fr: "Recharger maintenant", ar: "أعد التحميل الآن" }
    Later { en: "Later", fr: "Plus tard", ar: "لاحقاً" }
}
