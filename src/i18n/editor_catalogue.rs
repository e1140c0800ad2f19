//! Messages of the case editor, in every language; the same tests check it as every catalogue.

use super::catalogue::messages;
use super::locale::Locale;

messages! {
    enum EditorMsg;
    EditorHeading { en: "Case editor", fr: "Éditeur de cas", ar: "محرّر الحالات" }
    EditorIntro {
        en: "Write your own case, in one, two or three languages. The legal engine checks it as you type; your draft is kept on this device as you write.",
        fr: "Rédigez votre propre cas, en une, deux ou trois langues. Le moteur juridique le vérifie pendant que vous écrivez\u{202F}; votre brouillon est conservé sur cet appareil au fil de la saisie.",
        ar: "اكتب حالتك الخاصة بلغة واحدة أو لغتين أو ثلاث. يفحصها المحرّك القانوني وأنت تكتب، وتُحفظ مسودّتك على هذا الجهاز أثناء الكتابة.",
    }
    EditorLink { en: "Write a case", fr: "Rédiger un cas", ar: "اكتب حالة" }
    StartHeading { en: "Start a case", fr: "Commencer un cas", ar: "ابدأ حالة" }
    NewBlank { en: "Start from a blank case", fr: "Partir d'un cas vierge", ar: "ابدأ من حالة فارغة" }
    CopyBank { en: "Copy a case from the bank", fr: "Copier un cas de la banque", ar: "انسخ حالة من بنك الحالات" }
    CopyButton { en: "Copy", fr: "Copier", ar: "انسخ" }
    FromPack { en: "Edit a case of a pack on this device", fr: "Modifier un cas d'un pack de cet appareil", ar: "عدّل حالة من حزمة على هذا الجهاز" }
    EditButton { en: "Edit", fr: "Modifier", ar: "عدّل" }
    DraftsHeading { en: "Your drafts", fr: "Vos brouillons", ar: "مسوّداتك" }
    NoDrafts { en: "No draft yet.", fr: "Aucun brouillon pour l'instant.", ar: "لا توجد مسودّة بعد." }
    OpenDraft { en: "Open", fr: "Ouvrir", ar: "افتح" }
    DeleteDraft { en: "Delete", fr: "Supprimer", ar: "احذف" }
    UntitledCase { en: "(untitled case)", fr: "(cas sans titre)", ar: "(حالة بلا عنوان)" }
    DraftKept { en: "Draft kept on this device.", fr: "Brouillon conservé sur cet appareil.", ar: "المسودّة محفوظة على هذا الجهاز." }
    DraftsUnavailable {
        en: "Drafts cannot be saved on this device (storage is full or turned off): keep this page open until the case passes the checks, then save it into a pack and export the pack file.",
        fr: "Les brouillons ne peuvent pas être enregistrés sur cet appareil (stockage plein ou désactivé)\u{202F}: gardez cette page ouverte jusqu'à ce que le cas passe les vérifications, puis enregistrez-le dans un pack et exportez le fichier du pack.",
        ar: "لا يمكن حفظ المسوّدات على هذا الجهاز (مساحة التخزين ممتلئة أو معطّلة): أبقِ هذه الصفحة مفتوحة إلى أن تستوفي الحالة الشروط، ثم احفظها في حزمة وصدّر ملف الحزمة.",
    }
    DraftsUnreadable {
        en: "Your saved drafts could not be read, and there is no room to keep a copy of them: they are left untouched, and nothing is saved until there is room.",
        fr: "Vos brouillons enregistrés n'ont pas pu être lus, et la place manque pour en garder une copie\u{202F}: ils sont laissés intacts, et rien n'est enregistré tant que la place manque.",
        ar: "تعذّرت قراءة مسوّداتك المحفوظة ولا توجد مساحة لحفظ نسخة منها: تُركت كما هي، ولن يُحفظ شيء حتى تتوفّر المساحة.",
    }
    DraftsRecovered {
        en: "Your saved drafts could not be read: a copy of them is kept on this device, and new drafts are saved beside it.",
        fr: "Vos brouillons enregistrés n'ont pas pu être lus\u{202F}: une copie en est conservée sur cet appareil, et les nouveaux brouillons sont enregistrés à côté.",
        ar: "تعذّرت قراءة مسوّداتك المحفوظة: نُسخة منها محفوظة على هذا الجهاز، وتُحفظ المسوّدات الجديدة إلى جانبها.",
    }
    DraftsFromFuture {
        en: "Your drafts were saved by a newer version of the app: they are kept as they are and not written over. Update the app to edit them.",
        fr: "Vos brouillons ont été enregistrés par une version plus récente de l'application\u{202F}: ils sont conservés tels quels et ne sont pas écrasés. Mettez l'application à jour pour les modifier.",
        ar: "حُفظت مسوّداتك بإصدار أحدث من التطبيق: تُركت كما هي ولن يُكتب فوقها. حدّث التطبيق لتعديلها.",
    }
    DraftNotFound { en: "This draft is not on this device.", fr: "Ce brouillon n'est pas sur cet appareil.", ar: "هذه المسودّة غير موجودة على هذا الجهاز." }
    AllDrafts { en: "All drafts", fr: "Tous les brouillons", ar: "كل المسوّدات" }
    CaseSection { en: "The case", fr: "Le cas", ar: "الحالة" }
    FieldId { en: "Identifier (in links and progress)", fr: "Identifiant (dans les liens et la progression)", ar: "المعرّف (في الروابط والتقدّم)" }
    FieldTitle { en: "Title", fr: "Titre", ar: "العنوان" }
    FieldSummary { en: "Summary (shown in the library)", fr: "Résumé (affiché dans la bibliothèque)", ar: "الملخّص (يظهر في المكتبة)" }
    FieldTracks { en: "Audiences", fr: "Publics", ar: "الفئات المستهدفة" }
    FieldTopics { en: "Topics", fr: "Thèmes", ar: "المواضيع" }
    WarningToggle {
        en: "This case may distress: show a content warning first",
        fr: "Ce cas peut heurter\u{202F}: afficher d'abord un avertissement",
        ar: "قد تكون هذه الحالة مؤلمة: اعرض تنبيهاً بشأن المحتوى أولاً",
    }
    FieldWarning { en: "Content warning", fr: "Avertissement", ar: "تنبيه بشأن المحتوى" }
    LanguagesHeading { en: "Languages of the case", fr: "Langues du cas", ar: "لغات الحالة" }
    LanguagesNote {
        en: "The case shows only in the libraries of the languages it is written in.",
        fr: "Le cas n'apparaît que dans les bibliothèques des langues dans lesquelles il est rédigé.",
        ar: "لا تظهر الحالة إلا في مكتبات اللغات التي كُتبت بها.",
    }
    WritingIn { en: "Writing in", fr: "Rédaction en", ar: "لغة الكتابة" }
    MissingHeading { en: "Missing translations", fr: "Traductions manquantes", ar: "الترجمات الناقصة" }
    MissingIn { en: "{language} — texts still to write: {count}", fr: "{language} — textes restant à rédiger\u{202F}: {count}", ar: "{language}: عدد النصوص المطلوب كتابتها {count}" }
    NoneMissing { en: "Every text is written in each language of the case.", fr: "Chaque texte est rédigé dans chaque langue du cas.", ar: "كل النصوص مكتوبة بكل لغات الحالة." }
    StepHeading { en: "Step {n}", fr: "Étape {n}", ar: "المرحلة {n}" }
    AddStep { en: "Add a step", fr: "Ajouter une étape", ar: "أضف مرحلة" }
    RemoveStep { en: "Remove this step", fr: "Retirer cette étape", ar: "احذف هذه المرحلة" }
    FieldStory { en: "Story", fr: "Récit", ar: "القصة" }
    OwnFacts { en: "The facts change at this step", fr: "Les faits changent à cette étape", ar: "تتغيّر الوقائع في هذه المرحلة" }
    KeepsFacts { en: "This step keeps the facts of the step before.", fr: "Cette étape garde les faits de l'étape précédente.", ar: "تحتفظ هذه المرحلة بوقائع المرحلة السابقة." }
    FactsHeading { en: "Facts", fr: "Faits", ar: "الوقائع" }
    QuestionHeading { en: "Question", fr: "Question", ar: "السؤال" }
    FieldKind { en: "Kind of question", fr: "Type de question", ar: "نوع السؤال" }
    KindClassify { en: "Classify: trafficking, smuggling, both or neither", fr: "Qualifier\u{202F}: traite des êtres humains, trafic illicite de migrants, les deux ou ni l'un ni l'autre", ar: "التكييف: الاتجار بالبشر أو تهريب المهاجرين أو كلاهما أو لا هذا ولا ذاك" }
    KindElements { en: "Legal elements present", fr: "Éléments juridiques présents", ar: "العناصر القانونية المتوفرة" }
    KindAction { en: "What to do next", fr: "Que faire ensuite", ar: "ما العمل بعد ذلك" }
    KindIndicators { en: "Indicators in the story", fr: "Indicateurs dans le récit", ar: "المؤشرات في القصة" }
    KindWhatIf { en: "What would change the verdict?", fr: "Qu'est-ce qui changerait la qualification\u{202F}?", ar: "ما الذي يغيّر التكييف؟" }
    FieldPrompt { en: "Question asked", fr: "Question posée", ar: "السؤال المطروح" }
    FieldFrame { en: "Frame of law", fr: "Cadre juridique", ar: "الإطار القانوني" }
    FieldKey { en: "Answer key", fr: "Bonne réponse", ar: "الإجابة الصحيحة" }
    EngineProposes { en: "The engine proposes: {verdict}", fr: "Le moteur propose\u{202F}: {verdict}", ar: "يقترح المحرّك: {verdict}" }
    UseEngine { en: "Use the engine's answer", fr: "Reprendre la réponse du moteur", ar: "اعتمد إجابة المحرّك" }
    KeyOpen {
        en: "The law leaves this open here: make it a discussion question rather than a key.",
        fr: "Le droit laisse ici la question ouverte\u{202F}: faites-en une question de discussion plutôt qu'une bonne réponse.",
        ar: "يترك القانون هذه المسألة مفتوحة هنا: اجعلها سؤال نقاش بدل إجابة صحيحة.",
    }
    OptionText { en: "Option {n}", fr: "Option {n}", ar: "الخيار {n}" }
    OptionFeedback { en: "Feedback on option {n}", fr: "Correction de l'option {n}", ar: "التعقيب على الخيار {n}" }
    OptionCorrect { en: "A right answer", fr: "Bonne réponse", ar: "إجابة صحيحة" }
    AddOption { en: "Add an option", fr: "Ajouter une option", ar: "أضف خياراً" }
    Remove { en: "Remove", fr: "Retirer", ar: "احذف" }
    Multiple { en: "Several right answers", fr: "Plusieurs bonnes réponses", ar: "عدة إجابات صحيحة" }
    ElementsOffered { en: "Elements offered", fr: "Éléments proposés", ar: "العناصر المعروضة" }
    EngineKeyNote {
        en: "The key is the engine's, from the facts you set: it always matches them.",
        fr: "La bonne réponse est celle du moteur, tirée des faits que vous avez cochés\u{202F}: elle leur correspond toujours.",
        ar: "الإجابة الصحيحة يستخرجها المحرّك من الوقائع التي حدّدتها، فهي تطابقها دائماً.",
    }
    SentenceText { en: "Sentence {n}", fr: "Phrase {n}", ar: "الجملة {n}" }
    SentenceIndicator { en: "Indicator it shows", fr: "Indicateur qu'elle montre", ar: "المؤشر الذي تُظهره" }
    NoIndicator { en: "(none)", fr: "(aucun)", ar: "(لا شيء)" }
    WhatIfTarget { en: "Verdict to reach", fr: "Qualification à atteindre", ar: "التكييف المطلوب بلوغه" }
    WhatIfChange { en: "Change {n}", fr: "Changement {n}", ar: "التغيير {n}" }
    SwitchOn { en: "switched on", fr: "activé", ar: "مُفعَّل" }
    SwitchOff { en: "switched off", fr: "désactivé", ar: "معطَّل" }
    FieldExplanation { en: "Explanation (shown with the feedback)", fr: "Explication (affichée avec le retour)", ar: "الشرح (يظهر مع التعليق)" }
    TrainerSection { en: "For the trainer", fr: "Pour le formateur", ar: "للمدرّب" }
    FieldPoint { en: "The point the case teaches", fr: "Ce que le cas enseigne", ar: "ما تُعلِّمه الحالة" }
    FieldDiscussion { en: "Discussion question {n}", fr: "Question de discussion {n}", ar: "سؤال النقاش {n}" }
    AddDiscussion { en: "Add a discussion question", fr: "Ajouter une question de discussion", ar: "أضف سؤال نقاش" }
    ChecksHeading { en: "Checks", fr: "Vérifications", ar: "الفحوص" }
    ProblemCount {
        en: "Problems to fix before the case can go into a pack: {count}",
        fr: "Problèmes à corriger avant de mettre le cas dans un pack\u{202F}: {count}",
        ar: "عدد المشكلات التي يجب تصحيحها قبل وضع الحالة في حزمة: {count}",
    }
    NoProblems { en: "The case passes every check.", fr: "Le cas passe toutes les vérifications.", ar: "تجتاز الحالة كل الفحوص." }
    PreviewHeading { en: "Preview", fr: "Aperçu", ar: "معاينة" }
    PreviewButton { en: "Play it as a learner", fr: "Le jouer comme un apprenant", ar: "العبها كما يفعل المتعلّم" }
    ClosePreview { en: "Close the preview", fr: "Fermer l'aperçu", ar: "أغلق المعاينة" }
    PreviewLanguage { en: "Language of the preview", fr: "Langue de l'aperçu", ar: "لغة المعاينة" }
    PreviewDone { en: "End of the case.", fr: "Fin du cas.", ar: "نهاية الحالة." }
    PreviewAgain { en: "Play again", fr: "Rejouer", ar: "العب من جديد" }
    SaveHeading { en: "Save into a pack", fr: "Enregistrer dans un pack", ar: "احفظ في حزمة" }
    PackName { en: "Pack name", fr: "Nom du pack", ar: "اسم الحزمة" }
    SaveButton { en: "Save into the pack", fr: "Enregistrer dans le pack", ar: "احفظ في الحزمة" }
    SavedInto {
        en: "Saved into the pack “{name}”: the case is in the library.",
        fr: "Enregistré dans le pack «\u{202F}{name}\u{202F}»\u{202F}: le cas figure dans la bibliothèque.",
        ar: "حُفظت في الحزمة «{name}»: الحالة موجودة في المكتبة.",
    }
    FixFirst {
        en: "Fix the problems listed first. The draft itself stays saved on this device.",
        fr: "Corrigez d'abord les problèmes listés. Le brouillon lui-même reste enregistré sur cet appareil.",
        ar: "صحّح المشكلات المذكورة أولاً. تبقى المسودّة نفسها محفوظة على هذا الجهاز.",
    }
    SaveRefused { en: "The pack refused the case:", fr: "Le pack a refusé le cas\u{202F}:", ar: "رفضت الحزمة الحالة:" }
    UseHeading { en: "Use the case", fr: "Utiliser le cas", ar: "استعمل الحالة" }
    SaveToUse { en: "Save the case into a pack to add it to a deck, present it or export it.", fr: "Enregistrez le cas dans un pack pour l'ajouter à une série, le présenter ou l'exporter.", ar: "احفظ الحالة في حزمة لتضيفها إلى سلسلة أو تعرضها أو تصدّرها." }
    DeckChoice { en: "Deck", fr: "Série", ar: "السلسلة" }
    AddToDeck { en: "Add to the deck", fr: "Ajouter à la série", ar: "أضف إلى السلسلة" }
    NewDeckWithCase { en: "New deck with this case", fr: "Nouvelle série avec ce cas", ar: "سلسلة جديدة تضمّ هذه الحالة" }
    AddedToDeck { en: "Added to the deck “{name}”.", fr: "Ajouté à la série «\u{202F}{name}\u{202F}».", ar: "أُضيفت إلى السلسلة «{name}»." }
    PresentDeck { en: "Present the deck", fr: "Présenter la série", ar: "اعرض السلسلة" }
    ExportPack { en: "Export the pack file", fr: "Exporter le fichier du pack", ar: "صدّر ملف الحزمة" }
    ExportGift { en: "Export as GIFT", fr: "Exporter en GIFT", ar: "صدّر بصيغة GIFT" }
    ExportMoodle { en: "Export as Moodle XML", fr: "Exporter en Moodle XML", ar: "صدّر بصيغة Moodle XML" }
    VerdictsHeading { en: "The engine's verdict", fr: "La qualification du moteur", ar: "تكييف المحرّك" }
}
