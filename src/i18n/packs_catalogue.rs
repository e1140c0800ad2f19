//! Messages of content packs and of the LMS exports (GIFT, Moodle XML), in every language.
//!
//! Kept apart from the main catalogue so the feature stays in its own files; the same test checks both.

use super::catalogue::messages;
use super::locale::Locale;

messages! {
    enum PackMsg;
    // The library's pack section.
    PacksHeading { en: "Content packs", fr: "Packs de contenu", ar: "حزم المحتوى" }
    PacksIntro {
        en: "Trainers can add their own cases from a pack file (JSON). The whole pack is checked first: if anything is wrong, nothing is added.",
        fr: "Les formateurs peuvent ajouter leurs propres cas à partir d'un fichier de pack (JSON). Le pack est d'abord vérifié en entier\u{202F}: au moindre problème, rien n'est ajouté.",
        ar: "يمكن للمكوّنين إضافة حالاتهم الخاصة من ملف حزمة (JSON). تُفحص الحزمة كاملةً أولاً: إذا وُجد أي خطأ، لا يُضاف شيء.",
    }
    ImportPack { en: "Add a pack file", fr: "Ajouter un fichier de pack", ar: "أضف ملف حزمة" }
    PackImported {
        en: "Pack “{name}” added: {count} cases. They are in the list above, marked with the pack's name.",
        fr: "Pack «\u{202F}{name}\u{202F}» ajouté\u{202F}: {count} cas. Ils figurent dans la liste ci-dessus, marqués du nom du pack.",
        ar: "أُضيفت الحزمة «{name}»: عدد الحالات {count}. تجدها في القائمة أعلاه مميَّزة باسم الحزمة.",
    }
    PackRefused {
        en: "The pack was not added, and nothing was changed. Fix these problems and try again:",
        fr: "Le pack n'a pas été ajouté et rien n'a été modifié. Corrigez ces problèmes, puis réessayez\u{202F}:",
        ar: "لم تُضف الحزمة ولم يتغيّر شيء. صحّح هذه المشكلات ثم أعد المحاولة:",
    }
    ProblemCount { en: "Problems: {count}", fr: "Problèmes\u{202F}: {count}", ar: "عدد المشكلات: {count}" }
    ColumnCase { en: "Case", fr: "Cas", ar: "الحالة" }
    ColumnField { en: "Field", fr: "Champ", ar: "الحقل" }
    ColumnProblem { en: "Problem", fr: "Problème", ar: "المشكلة" }
    WholePack { en: "(the pack)", fr: "(le pack)", ar: "(الحزمة)" }
    PackLine { en: "{name}: {count} cases", fr: "{name}\u{202F}: {count} cas", ar: "{name}: عدد الحالات {count}" }
    RemovePack { en: "Remove", fr: "Retirer", ar: "إزالة" }
    RemovePackLabel { en: "Remove the pack “{name}”", fr: "Retirer le pack «\u{202F}{name}\u{202F}»", ar: "إزالة الحزمة «{name}»" }
    PackRemoved {
        en: "Pack “{name}” removed. Your past answers to its cases stay in your progress and its export.",
        fr: "Pack «\u{202F}{name}\u{202F}» retiré. Vos réponses passées à ses cas restent dans votre progression et dans son export.",
        ar: "أُزيلت الحزمة «{name}». تبقى إجاباتك السابقة عن حالاتها في تقدّمك وفي ملف تصديره.",
    }
    NoPacks { en: "No pack added yet.", fr: "Aucun pack ajouté pour l'instant.", ar: "لم تُضف أي حزمة بعد." }
    PackInvalidNow {
        en: "This pack does not pass the checks of this version of the app, so its cases are hidden. It is kept on this device.",
        fr: "Ce pack ne passe pas les vérifications de cette version de l'application\u{202F}: ses cas sont donc masqués. Il reste conservé sur cet appareil.",
        ar: "لا تجتاز هذه الحزمة فحوص هذا الإصدار من التطبيق، لذا أُخفيت حالاتها. وتبقى محفوظة على هذا الجهاز.",
    }
    PackSetAside {
        en: "The content pack {name} kept on this device does not pass this version's checks, so its cases are not shown. Nothing was deleted.",
        fr: "Le pack de contenu {name} conservé sur cet appareil ne passe pas les vérifications de cette version : ses cas ne sont donc pas affichés. Rien n’a été supprimé.",
        ar: "حزمة المحتوى {name} المحفوظة على هذا الجهاز لا تجتاز فحوص هذا الإصدار، لذا لا تُعرض حالاتها. لم يُحذف شيء.",
    }
    UnnamedPack { en: "(a pack with no visible name)", fr: "(un pack sans nom visible)", ar: "(حزمة بلا اسم ظاهر)" }
    PacksNotSaved {
        en: "Packs cannot be saved on this device (storage is full or turned off): they stay only until you close this page.",
        fr: "Les packs ne peuvent pas être enregistrés sur cet appareil (stockage plein ou désactivé)\u{202F}: ils ne restent que jusqu'à la fermeture de cette page.",
        ar: "لا يمكن حفظ الحزم على هذا الجهاز (مساحة التخزين ممتلئة أو معطّلة): تبقى فقط إلى حين إغلاق هذه الصفحة.",
    }
    PacksUnreadable {
        en: "Your saved packs could not be read, and there is no room on this device to keep a copy of them. They are left untouched, and no pack is saved until there is room.",
        fr: "Vos packs enregistrés n’ont pas pu être lus, et la place manque sur cet appareil pour en garder une copie. Ils sont laissés intacts, et aucun pack n’est enregistré tant que la place manque.",
        ar: "تعذّرت قراءة حزمك المحفوظة، ولا توجد مساحة على هذا الجهاز للاحتفاظ بنسخة منها. تُركت كما هي، ولن تُحفظ أي حزمة ما دامت المساحة غير كافية.",
    }
    PacksRecovered {
        en: "Your saved packs could not be read. Nothing was deleted: a copy is kept on this device.",
        fr: "Vos packs enregistrés n'ont pas pu être lus. Rien n'a été supprimé\u{202F}: une copie est conservée sur cet appareil.",
        ar: "تعذّرت قراءة حزمك المحفوظة. لم يُحذف شيء: نُسخة منها محفوظة على هذا الجهاز.",
    }
    PacksFromFuture {
        en: "Your packs were saved by a newer version of this app; this version leaves them untouched.",
        fr: "Vos packs ont été enregistrés par une version plus récente de l'application\u{202F}; cette version n'y touche pas.",
        ar: "حُفظت حزمك بواسطة إصدار أحدث من هذا التطبيق؛ ولا يمسّها هذا الإصدار.",
    }
    PacksWaiting { en: "Loading the cases…", fr: "Chargement des cas…", ar: "جارٍ تحميل الحالات…" }
    // Exports.
    ExportHeading { en: "Export cases", fr: "Exporter des cas", ar: "تصدير الحالات" }
    ExportIntro {
        en: "Save cases as a pack to start your own from them, or take their questions to Moodle or another learning platform (GIFT or Moodle XML).",
        fr: "Enregistrez des cas sous forme de pack pour en créer de nouveaux, ou emportez leurs questions dans Moodle ou une autre plateforme d'apprentissage (GIFT ou Moodle XML).",
        ar: "احفظ الحالات في حزمة لتنطلق منها في إعداد حالاتك، أو انقل أسئلتها إلى Moodle أو منصة تعلّم أخرى (GIFT أو Moodle XML).",
    }
    ExportScope { en: "Which cases", fr: "Quels cas", ar: "أي الحالات" }
    ScopeAll { en: "All cases ({count})", fr: "Tous les cas ({count})", ar: "كل الحالات ({count})" }
    ScopeShown { en: "The cases listed above ({count})", fr: "Les cas listés ci-dessus ({count})", ar: "الحالات المعروضة أعلاه ({count})" }
    ExportLanguage { en: "Language of the questions", fr: "Langue des questions", ar: "لغة الأسئلة" }
    ExportPack { en: "Download as a pack (JSON)", fr: "Télécharger en pack (JSON)", ar: "تنزيل كحزمة (JSON)" }
    ExportGift { en: "Download as GIFT (Moodle)", fr: "Télécharger en GIFT (Moodle)", ar: "تنزيل بصيغة GIFT (Moodle)" }
    ExportMoodleXml { en: "Download as Moodle XML", fr: "Télécharger en Moodle XML", ar: "تنزيل بصيغة Moodle XML" }
    ExportPreparing { en: "Preparing the file…", fr: "Préparation du fichier…", ar: "جارٍ إعداد الملف…" }
    ExportDone { en: "File ready: {count} cases.", fr: "Fichier prêt\u{202F}: {count} cas.", ar: "الملف جاهز: عدد الحالات {count}." }
    ExportFailed {
        en: "The file could not be prepared. Check your connection and try again.",
        fr: "Le fichier n'a pas pu être préparé. Vérifiez votre connexion, puis réessayez.",
        ar: "تعذّر إعداد الملف. تحقّق من اتصالك ثم أعد المحاولة.",
    }
    ScopeDeck { en: "The deck “{name}” ({count} cases)", fr: "La série «\u{202F}{name}\u{202F}» ({count} cas)", ar: "سلسلة الحالات «{name}» (عدد الحالات: {count})" }
    // Problems with a pack file as a whole.
    ErrTooLarge {
        en: "The file is larger than 2 MB.",
        fr: "Le fichier dépasse 2 Mo.",
        ar: "حجم الملف يتجاوز 2 ميغابايت.",
    }
    ErrTooManyCases {
        en: "The pack has {count} cases; a pack may hold at most 500.",
        fr: "Le pack contient {count} cas\u{202F}; un pack peut en contenir 500 au plus.",
        ar: "تضم الحزمة {count} حالة؛ ولا يجوز أن تضم الحزمة أكثر من 500.",
    }
    ErrNoCases { en: "The pack holds no case.", fr: "Le pack ne contient aucun cas.", ar: "لا تضم الحزمة أي حالة." }
    ErrNotJson {
        en: "The file is not valid JSON (line {line}, column {column}).",
        fr: "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}).",
        ar: "الملف ليس بصيغة JSON صالحة (السطر {line}، العمود {column}).",
    }
    ErrNotPack {
        en: "This is not a tipsom content pack: it needs \"app\": \"tipsom\" and \"kind\": \"pack\".",
        fr: "Ce n'est pas un pack de contenu tipsom\u{202F}: il faut \"app\"\u{202F}: \"tipsom\" et \"kind\"\u{202F}: \"pack\".",
        ar: "هذا ليس حزمة محتوى لتطبيق tipsom: يجب أن تتضمن \"app\": \"tipsom\" و\"kind\": \"pack\".",
    }
    ErrFromFuture {
        en: "This pack was made for a newer version of the app (schema {schema}). Update the app first.",
        fr: "Ce pack a été conçu pour une version plus récente de l'application (schéma {schema}). Mettez d'abord l'application à jour.",
        ar: "أُعدّت هذه الحزمة لإصدار أحدث من التطبيق (المخطط {schema}). حدّث التطبيق أولاً.",
    }
    ErrBadSchema {
        en: "\"schema\" must be 1, the pack format this version reads.",
        fr: "\"schema\" doit valoir 1, le format de pack que lit cette version.",
        ar: "يجب أن تكون قيمة \"schema\" هي 1، وهو صيغة الحزم التي يقرؤها هذا الإصدار.",
    }
    ErrBadName {
        en: "Give the pack a name of 1 to 60 characters.",
        fr: "Donnez au pack un nom de 1 à 60 caractères.",
        ar: "أعطِ الحزمة اسماً من حرف واحد إلى 60 حرفاً.",
    }
    // Problems in the shape of a case.
    ErrUnknownField { en: "Unknown field “{name}”.", fr: "Champ inconnu\u{202F}: «\u{202F}{name}\u{202F}».", ar: "حقل غير معروف: «{name}»." }
    ErrMissingField {
        en: "The required field “{name}” is missing.",
        fr: "Le champ obligatoire «\u{202F}{name}\u{202F}» est absent.",
        ar: "الحقل الإلزامي «{name}» غير موجود.",
    }
    ErrMissingLanguage {
        en: "The text in {language} is missing.",
        fr: "Le texte en {language} est absent.",
        ar: "النص باللغة {language} غير موجود.",
    }
    ErrWrongType { en: "Wrong type: {expected} expected.", fr: "Type incorrect\u{202F}: {expected} attendu.", ar: "نوع غير صحيح: المتوقَّع {expected}." }
    TypeText { en: "a text", fr: "un texte", ar: "نص" }
    TypeBool { en: "true or false", fr: "true ou false", ar: "true أو false" }
    TypeNumber { en: "a whole number", fr: "un nombre entier", ar: "عدد صحيح" }
    TypeList { en: "a list", fr: "une liste", ar: "قائمة" }
    TypeObject { en: "an object", fr: "un objet", ar: "كائن" }
    ErrUnknownValue {
        en: "Unknown value “{value}”.",
        fr: "Valeur inconnue\u{202F}: «\u{202F}{value}\u{202F}».",
        ar: "قيمة غير معروفة: «{value}».",
    }
    ErrUnknownFact {
        en: "Unknown fact “{value}”: use the facts vocabulary of content/README.md.",
        fr: "Fait inconnu\u{202F}: «\u{202F}{value}\u{202F}»\u{202F}; utilisez le vocabulaire des faits de content/README.md.",
        ar: "واقعة غير معروفة: «{value}»؛ استعمل مفردات الوقائع الواردة في content/README.md.",
    }
    ErrUnreadable { en: "Cannot be read: {detail}", fr: "Illisible\u{202F}: {detail}", ar: "تتعذّر قراءته: {detail}" }
    ErrDuplicateId {
        en: "Another case of this pack has the same id.",
        fr: "Un autre cas de ce pack porte le même identifiant.",
        ar: "توجد حالة أخرى في هذه الحزمة تحمل المعرّف نفسه.",
    }
    ErrIdInBank {
        en: "The built-in bank already has a case with this id: choose another.",
        fr: "La banque intégrée contient déjà un cas portant cet identifiant\u{202F}: choisissez-en un autre.",
        ar: "يضم البنك المدمج حالة بهذا المعرّف: اختر معرّفاً آخر.",
    }
    ErrIdInPack {
        en: "The pack “{pack}” already has a case with this id: choose another.",
        fr: "Le pack «\u{202F}{pack}\u{202F}» contient déjà un cas portant cet identifiant\u{202F}: choisissez-en un autre.",
        ar: "تضم الحزمة «{pack}» حالة بهذا المعرّف: اختر معرّفاً آخر.",
    }
    ErrUnknownTerm {
        en: "No glossary term has the id “{id}”.",
        fr: "Aucun terme du glossaire ne porte l'identifiant «\u{202F}{id}\u{202F}».",
        ar: "لا يوجد مصطلح في المسرد بالمعرّف «{id}».",
    }
    // Problems found by the content checks and the legal engine.
    ErrIdFormat {
        en: "The id must be lowercase letters, digits and dashes.",
        fr: "L'identifiant doit être composé de lettres minuscules, de chiffres et de tirets.",
        ar: "يجب أن يتكوّن المعرّف من حروف لاتينية صغيرة وأرقام وشرطات.",
    }
    ErrLanguages {
        en: "Name each language the case is written in, once.",
        fr: "Indiquez une fois chaque langue dans laquelle le cas est rédigé.",
        ar: "حدّد كل لغة كُتبت بها الحالة، مرة واحدة.",
    }
    ErrNoTrack {
        en: "Name at least one audience track.",
        fr: "Indiquez au moins un public.",
        ar: "حدّد فئة مستهدفة واحدة على الأقل.",
    }
    ErrNoArabicScript {
        en: "The Arabic text contains no Arabic script.",
        fr: "Le texte arabe ne contient aucun caractère arabe.",
        ar: "النص العربي لا يتضمن أي حرف عربي.",
    }
    ErrFrenchCopy {
        en: "The French text is a copy of the English text.",
        fr: "Le texte français est une copie du texte anglais.",
        ar: "النص الفرنسي نسخة من النص الإنجليزي.",
    }
    ErrPlaceholders {
        en: "The placeholders differ from the English text.",
        fr: "Les espaces réservés diffèrent de ceux du texte anglais.",
        ar: "العناصر النائبة تختلف عن تلك الواردة في النص الإنجليزي.",
    }
    ErrNoDiscussion {
        en: "Give at least one discussion question.",
        fr: "Proposez au moins une question de discussion.",
        ar: "اقترح سؤالاً واحداً على الأقل للنقاش.",
    }
    ErrNoSteps { en: "A case needs at least one step.", fr: "Un cas doit comporter au moins une étape.", ar: "يجب أن تضم الحالة مرحلة واحدة على الأقل." }
    ErrVerdictMissing {
        en: "A step that states facts must state its verdict under both frames of law.",
        fr: "Une étape qui énonce des faits doit indiquer sa qualification dans les deux cadres juridiques.",
        ar: "يجب على كل مرحلة تذكر وقائع أن تذكر تكييفها وفق الإطارين القانونيين.",
    }
    ErrContradicts {
        en: "It says {stated}, but the legal engine derives {derived} from the facts under {frame}.",
        fr: "Il est indiqué «\u{202F}{stated}\u{202F}», mais le moteur juridique déduit des faits «\u{202F}{derived}\u{202F}» au regard de\u{202F}: {frame}.",
        ar: "ورد «{stated}»، لكن المحرّك القانوني يستنتج من الوقائع «{derived}» وفق: {frame}.",
    }
    ErrNeedsFacts {
        en: "This question needs facts, in this step or an earlier one.",
        fr: "Cette question a besoin de faits, dans cette étape ou une étape précédente.",
        ar: "يحتاج هذا السؤال إلى وقائع، في هذه المرحلة أو في مرحلة سابقة.",
    }
    ErrElementsOptions {
        en: "List at least two different elements.",
        fr: "Proposez au moins deux éléments différents.",
        ar: "اذكر عنصرين مختلفين على الأقل.",
    }
    ErrAnswerNotOption {
        en: "{element} is in the answer but not among the options.",
        fr: "{element} figure dans la réponse mais pas parmi les options.",
        ar: "«{element}» وارد في الإجابة لكنه ليس من بين الخيارات.",
    }
    ErrElementPresent {
        en: "{element} is present in the facts under {frame}, but the answer leaves it out.",
        fr: "L'élément «\u{202F}{element}\u{202F}» est présent dans les faits au regard de {frame}, mais la réponse l'omet.",
        ar: "عنصر «{element}» متوفر في الوقائع وفق {frame}، لكن الإجابة لا تتضمن هذا العنصر.",
    }
    ErrElementAbsent {
        en: "{element} is absent from the facts under {frame}, but the answer includes it.",
        fr: "L'élément «\u{202F}{element}\u{202F}» est absent des faits au regard de {frame}, mais la réponse l'inclut.",
        ar: "عنصر «{element}» غير متوفر في الوقائع وفق {frame}، لكن الإجابة تتضمن هذا العنصر.",
    }
    ErrIndicatorsMarks {
        en: "Mark at least one sentence as an indicator and leave at least one unmarked.",
        fr: "Marquez au moins une phrase comme indicateur et laissez-en au moins une non marquée.",
        ar: "حدّد جملة واحدة على الأقل بوصفها مؤشراً واترك جملة واحدة على الأقل دون تحديد.",
    }
    ErrWhatIfReached {
        en: "The facts already give this verdict.",
        fr: "Les faits aboutissent déjà à cette qualification.",
        ar: "الوقائع تؤدي أصلاً إلى هذا التكييف.",
    }
    ErrWhatIfNoChange {
        en: "This change leaves the facts as they are.",
        fr: "Ce changement laisse les faits inchangés.",
        ar: "هذا التغيير يُبقي الوقائع على حالها.",
    }
    ErrWhatIfOptions {
        en: "Give at least 3 changes of which exactly one reaches the target; the engine finds {count}.",
        fr: "Proposez au moins 3 changements dont un seul atteint la cible\u{202F}; le moteur en trouve {count}.",
        ar: "اقترح 3 تغييرات على الأقل يبلغ واحد منها فقط الهدف؛ ويجد المحرّك {count}.",
    }
    ErrWhatIfAnswer {
        en: "The answer differs from what the legal engine derives.",
        fr: "La réponse diffère de ce que déduit le moteur juridique.",
        ar: "تختلف الإجابة عمّا يستنتجه المحرّك القانوني.",
    }
    ErrActionOptions { en: "Give at least two options.", fr: "Proposez au moins deux options.", ar: "اقترح خيارين على الأقل." }
    ErrActionNoCorrect {
        en: "Mark at least one option correct.",
        fr: "Marquez au moins une option comme correcte.",
        ar: "حدّد خياراً صحيحاً واحداً على الأقل.",
    }
    ErrActionMultiple {
        en: "Several options are correct: set \"multiple\": true.",
        fr: "Plusieurs options sont correctes\u{202F}: indiquez \"multiple\"\u{202F}: true.",
        ar: "عدة خيارات صحيحة: اضبط \"multiple\": true.",
    }
    // The law as it is written (issue 15): keys never rest on an open question of law.
    ErrOpenQuestionKey {
        en: "This answer rests on an open question of law under {frame}: the law is unverified there. Make it a discussion question for the trainer instead.",
        fr: "Cette réponse repose sur une question de droit ouverte au regard de {frame}\u{202F}: le droit n'y est pas vérifié. Faites-en plutôt une question de discussion pour le formateur.",
        ar: "تقوم هذه الإجابة على مسألة قانونية مفتوحة وفق {frame}: القانون غير متحقق منه في هذه النقطة. اجعلها بدلاً من ذلك سؤالاً للنقاش مع المكوّن.",
    }
    ErrWhatIfOpen {
        en: "The verdict of this question, or of one of its changes, rests on an open question of law: it cannot be an answer key.",
        fr: "La qualification de cette question, ou de l'un de ses changements, repose sur une question de droit ouverte\u{202F}: elle ne peut servir de clé de réponse.",
        ar: "يقوم تكييف هذا السؤال، أو تكييف أحد تغييراته، على مسألة قانونية مفتوحة: فلا يمكن أن يكون مفتاح إجابة.",
    }
    ErrFactsContradict {
        en: "The facts of this step contradict each other (for example, a border crossing in a case that happened within one country).",
        fr: "Les faits de cette étape se contredisent (par exemple, un franchissement de frontière dans une affaire qui s'est déroulée dans un seul pays).",
        ar: "تتناقض وقائع هذه المرحلة (مثلاً عبور للحدود في قضية وقعت كلها داخل بلد واحد).",
    }
    // Texts written into GIFT and Moodle XML files.
    QuestionName { en: "{title} ({step}/{total})", fr: "{title} ({step}/{total})", ar: "{title} ({step}/{total})" }
    OptionRight { en: "Right.", fr: "Exact.", ar: "صحيح." }
    OptionWrong { en: "Not this one.", fr: "Ce n'est pas la bonne réponse.", ar: "ليست هذه الإجابة." }
    ElementPresent {
        en: "{element}: {status} under {frame}.",
        fr: "{element}\u{202F}: {status} au regard de {frame}.",
        ar: "{element}: {status} وفق {frame}.",
    }
    ElementAbsent {
        en: "{element}: {status} under {frame}.",
        fr: "{element}\u{202F}: {status} au regard de {frame}.",
        ar: "{element}: {status} وفق {frame}.",
    }
    NoneOfThese { en: "None of these", fr: "Aucun de ces éléments", ar: "لا شيء مما سبق" }
    NoneOfTheseRight {
        en: "Right: none of these elements is present.",
        fr: "Exact\u{202F}: aucun de ces éléments n'est présent.",
        ar: "صحيح: لا يتوفر أي من هذه العناصر.",
    }
    IsIndicator { en: "An indicator: {indicator} ({kind}).", fr: "Un indicateur\u{202F}: {indicator} ({kind}).", ar: "مؤشر: {indicator} ({kind})." }
    NotIndicator {
        en: "Not an indicator in itself.",
        fr: "Ce n'est pas en soi un indicateur.",
        ar: "ليست مؤشراً في حد ذاتها.",
    }
}
