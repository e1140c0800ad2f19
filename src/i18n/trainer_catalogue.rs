//! The messages of trainer mode: decks, the presenter and audience windows, answer cards.

use super::catalogue::messages;
use super::locale::Locale;

messages! {
    enum TrainerMsg;
    NavTrainer { en: "Trainer", fr: "Formateur", ar: "المدرّب" }
    TrainerHeading { en: "Trainer mode", fr: "Mode formateur", ar: "وضع المدرّب" }
    TrainerIntro {
        en: "Build a deck of cases for your workshop, project it on a second screen and discuss it with the room. Everything runs on this computer: no internet, no account.",
        fr: "Composez une série de cas pour votre atelier, projetez-la sur un second écran et discutez-en avec les participants. Tout fonctionne sur cet ordinateur\u{202F}: sans connexion ni compte.",
        ar: "أعدّ سلسلة من الحالات لورشتك، واعرضها على شاشة ثانية، وناقشها مع المشاركين. يعمل كل شيء على هذا الحاسوب: دون إنترنت ودون حساب.",
    }
    DecksHeading { en: "Your decks", fr: "Vos séries de cas", ar: "سلاسل الحالات الخاصة بك" }
    NoDecks {
        en: "No deck yet. Build one from the cases of the bank.",
        fr: "Aucune série pour l'instant. Composez-en une à partir des cas disponibles.",
        ar: "لا توجد أي سلسلة بعد. أنشئ واحدة من الحالات المتاحة.",
    }
    NewDeck { en: "New deck", fr: "Nouvelle série", ar: "سلسلة جديدة" }
    DefaultDeckName { en: "Workshop {n}", fr: "Atelier {n}", ar: "الورشة {n}" }
    UntitledDeck { en: "Untitled deck", fr: "Série sans titre", ar: "سلسلة بلا عنوان" }
    DeckCaseCount { en: "{count} cases", fr: "{count} cas", ar: "عدد الحالات: {count}" }
    Present { en: "Present on two screens", fr: "Présenter sur deux écrans", ar: "العرض على شاشتين" }
    OneScreen { en: "Present on one screen", fr: "Présenter sur un seul écran", ar: "العرض على شاشة واحدة" }
    EditDeck { en: "Edit", fr: "Modifier", ar: "تعديل" }
    DuplicateDeck { en: "Duplicate", fr: "Dupliquer", ar: "نسخ" }
    CopyName { en: "{name} (copy)", fr: "{name} (copie)", ar: "{name} (نسخة)" }
    DeleteDeck { en: "Delete", fr: "Supprimer", ar: "حذف" }
    ConfirmDelete {
        en: "Delete “{name}”? This cannot be undone.",
        fr: "Supprimer «\u{202F}{name}\u{202F}»\u{202F}? Cette action est irréversible.",
        ar: "هل تريد حذف «{name}»؟ لا يمكن التراجع عن ذلك.",
    }
    ConfirmDeleteYes { en: "Yes, delete", fr: "Oui, supprimer", ar: "نعم، احذف" }
    Cancel { en: "Cancel", fr: "Annuler", ar: "إلغاء" }
    ShareDeck { en: "Share", fr: "Partager", ar: "مشاركة" }
    ShareHeading { en: "Share this deck", fr: "Partager cette série", ar: "مشاركة هذه السلسلة" }
    ShareIntro {
        en: "Participants open this link, or scan the code, to find the same cases on their phones. The link holds the whole deck: nothing is sent anywhere.",
        fr: "Les participants ouvrent ce lien, ou scannent le code, pour retrouver les mêmes cas sur leur téléphone. Le lien contient toute la série\u{202F}: rien n'est envoyé nulle part.",
        ar: "يفتح المشاركون هذا الرابط، أو يمسحون الرمز، للعثور على الحالات نفسها في هواتفهم. يحتوي الرابط على السلسلة كاملة: لا يُرسَل أي شيء إلى أي جهة.",
    }
    ShareLinkLabel { en: "Link to the deck", fr: "Lien vers la série", ar: "رابط السلسلة" }
    CopyLink { en: "Copy the link", fr: "Copier le lien", ar: "انسخ الرابط" }
    LinkCopied { en: "Link copied.", fr: "Lien copié.", ar: "نُسخ الرابط." }
    CopyByHand {
        en: "The link is selected: copy it with Ctrl+C.",
        fr: "Le lien est sélectionné\u{202F}: copiez-le avec Ctrl+C.",
        ar: "الرابط محدَّد: انسخه بالضغط على Ctrl+C.",
    }
    QrLabel { en: "QR code of the link to “{name}”", fr: "Code QR du lien vers «\u{202F}{name}\u{202F}»", ar: "رمز QR لرابط «{name}»" }
    QrTooLong {
        en: "This deck is too long for a QR code: share the link instead.",
        fr: "Cette série est trop longue pour un code QR\u{202F}: partagez plutôt le lien.",
        ar: "هذه السلسلة أطول من أن يحملها رمز QR: شارك الرابط بدلاً من ذلك.",
    }
    ShareLocalWarning {
        en: "This address works only on this computer. For phones to open the link, the app must be online at an address they can reach.",
        fr: "Cette adresse ne fonctionne que sur cet ordinateur. Pour que les téléphones ouvrent le lien, l'application doit être en ligne à une adresse qu'ils peuvent atteindre.",
        ar: "هذا العنوان لا يعمل إلا على هذا الحاسوب. لكي تفتح الهواتف الرابط، يجب أن يكون التطبيق متاحاً على الإنترنت بعنوان يمكنها الوصول إليه.",
    }
    ToolsHeading { en: "For the room", fr: "Pour la salle", ar: "للقاعة" }
    AnswerCardsLink { en: "Answer cards for phones", fr: "Cartes-réponses pour téléphone", ar: "بطاقات الإجابة للهواتف" }
    DecksRecovered {
        en: "Your saved decks could not be read, so the list starts empty. Nothing was deleted: a copy of the old data is kept on this device.",
        fr: "Vos séries enregistrées n'ont pas pu être lues\u{202F}; la liste repart donc à vide. Rien n'a été supprimé\u{202F}: une copie des anciennes données est conservée sur cet appareil.",
        ar: "تعذّرت قراءة سلاسلك المحفوظة، فبدأت القائمة فارغة. لم يُحذف شيء: نسخة من البيانات القديمة محفوظة على هذا الجهاز.",
    }
    DecksFromFuture {
        en: "Your decks were saved by a newer version of this app. This version leaves them untouched and will not save over them. Reload to get the newer version.",
        fr: "Vos séries ont été enregistrées par une version plus récente de l'application. Cette version les laisse intactes et ne les écrasera pas. Rechargez la page pour obtenir la version récente.",
        ar: "حُفظت سلاسلك بواسطة إصدار أحدث من هذا التطبيق. يتركها هذا الإصدار كما هي ولن يكتب فوقها. أعد تحميل الصفحة للحصول على الإصدار الأحدث.",
    }
    DecksUnreadable {
        en: "Your saved decks could not be read, and there is no room on this device to keep a copy of them. They are left untouched, and no deck is saved until there is room.",
        fr: "Vos séries enregistrées n’ont pas pu être lues, et la place manque sur cet appareil pour en garder une copie. Elles sont laissées intactes, et aucune série n’est enregistrée tant que la place manque.",
        ar: "تعذّرت قراءة سلاسلك المحفوظة، ولا توجد مساحة على هذا الجهاز للاحتفاظ بنسخة منها. تُركت كما هي، ولن تُحفظ أي سلسلة ما دامت المساحة غير كافية.",
    }
    DecksUnavailable {
        en: "Decks cannot be saved on this device: storage is full or turned off. They are kept only until you close this page.",
        fr: "Les séries ne peuvent pas être enregistrées sur cet appareil\u{202F}: le stockage est plein ou désactivé. Elles ne sont conservées que jusqu'à la fermeture de cette page.",
        ar: "لا يمكن حفظ السلاسل على هذا الجهاز: مساحة التخزين ممتلئة أو معطّلة. لن تُحفظ إلا إلى حين إغلاق هذه الصفحة.",
    }
    EditDeckHeading { en: "Edit the deck", fr: "Modifier la série", ar: "تعديل السلسلة" }
    DeckNameLabel { en: "Name of the deck", fr: "Nom de la série", ar: "اسم السلسلة" }
    DeckCasesHeading { en: "Cases in this deck, in order", fr: "Cas de cette série, dans l'ordre", ar: "حالات هذه السلسلة بالترتيب" }
    DeckEmpty {
        en: "No case yet: add some from the list below.",
        fr: "Aucun cas pour l'instant\u{202F}: ajoutez-en depuis la liste ci-dessous.",
        ar: "لا توجد أي حالة بعد: أضف حالات من القائمة أدناه.",
    }
    MoveUp { en: "Move “{title}” up", fr: "Monter «\u{202F}{title}\u{202F}»", ar: "تقديم «{title}»" }
    MoveDown { en: "Move “{title}” down", fr: "Descendre «\u{202F}{title}\u{202F}»", ar: "تأخير «{title}»" }
    RemoveCase { en: "Remove “{title}” from the deck", fr: "Retirer «\u{202F}{title}\u{202F}» de la série", ar: "إزالة «{title}» من السلسلة" }
    AddCase { en: "Add “{title}” to the deck", fr: "Ajouter «\u{202F}{title}\u{202F}» à la série", ar: "إضافة «{title}» إلى السلسلة" }
    AddCasesHeading { en: "Add cases", fr: "Ajouter des cas", ar: "إضافة حالات" }
    Add { en: "Add", fr: "Ajouter", ar: "أضف" }
    InDeck { en: "In the deck", fr: "Dans la série", ar: "ضمن السلسلة" }
    Done { en: "Done", fr: "Terminé", ar: "تم" }
    DeckNotFound {
        en: "This deck is not on this device. It may have been deleted.",
        fr: "Cette série ne se trouve pas sur cet appareil. Elle a peut-être été supprimée.",
        ar: "هذه السلسلة غير موجودة على هذا الجهاز. ربما حُذفت.",
    }
    BackToDecks { en: "Back to your decks", fr: "Retour à vos séries", ar: "العودة إلى سلاسلك" }
    CaseMissing {
        en: "Not in this version of the app: {id}",
        fr: "Absent de cette version de l'application\u{202F}: {id}",
        ar: "غير موجودة في هذا الإصدار من التطبيق: {id}",
    }
    SharedDeckHeading { en: "A deck shared with you", fr: "Une série partagée avec vous", ar: "سلسلة شاركها معك أحدهم" }
    SharedDeckIntro {
        en: "Play the cases in order, on this device. Your answers stay on it, as with every case of the app.",
        fr: "Traitez les cas dans l'ordre, sur cet appareil. Vos réponses y restent, comme pour tous les cas de l'application.",
        ar: "اعمل على الحالات بالترتيب، في هذا الجهاز. تبقى إجاباتك فيه، كما هو الشأن في كل حالات التطبيق.",
    }
    DeckStart { en: "Start", fr: "Commencer", ar: "ابدأ" }
    DeckResume { en: "Resume", fr: "Reprendre", ar: "تابِع" }
    DeckStartAgain { en: "Play the first case again", fr: "Rejouer le premier cas", ar: "أعد الحالة الأولى" }
    DeckDoneCount { en: "Cases done: {done} of {total}", fr: "Cas terminés\u{202F}: {done} sur {total}", ar: "الحالات المنجزة: {done} من {total}" }
    DeckAllDone {
        en: "You have done every case of this deck.",
        fr: "Vous avez terminé tous les cas de cette série.",
        ar: "أنجزت كل حالات هذه السلسلة.",
    }
    ForTrainersHeading { en: "For trainers", fr: "Pour les formateurs", ar: "للمدرّبين" }
    BackToDeck { en: "Back to the deck", fr: "Retour à la série", ar: "العودة إلى السلسلة" }
    DeckOfCase { en: "Deck: {name}", fr: "Série\u{202F}: {name}", ar: "السلسلة: {name}" }
    DeckEndHeading { en: "End of the deck", fr: "Fin de la série", ar: "نهاية السلسلة" }
    DeckLastCase {
        en: "That was the deck's last case. Cases done: {done} of {total}; the others wait for you on the deck's page.",
        fr: "C'était le dernier cas de la série. Cas terminés\u{202F}: {done} sur {total}\u{202F}; les autres vous attendent sur la page de la série.",
        ar: "كانت هذه آخر حالة في السلسلة. الحالات المنجزة: {done} من {total}؛ تنتظرك الحالات الأخرى في صفحة السلسلة.",
    }
    SaveDeck { en: "Save to my decks", fr: "Enregistrer dans mes séries", ar: "احفظها في سلاسلي" }
    DeckSaved { en: "This deck is in your decks.", fr: "Cette série figure dans vos séries.", ar: "هذه السلسلة ضمن سلاسلك." }
    SaveOpensTrainer {
        en: "This opens the trainer app, a larger download, where the deck is saved to be presented. Participants do not need it.",
        fr: "Ce lien ouvre l'application du formateur, plus lourde à télécharger, où la série est enregistrée pour être présentée. Les participants n'en ont pas besoin.",
        ar: "يفتح هذا الرابط تطبيق المدرّب، وحجم تنزيله أكبر، حيث تُحفظ السلسلة لعرضها. لا يحتاج إليه المشاركون.",
    }
    BadLink {
        en: "This deck link cannot be read. It may be cut short, or made by a newer version of the app.",
        fr: "Ce lien de série est illisible. Il est peut-être incomplet, ou créé par une version plus récente de l'application.",
        ar: "تتعذّر قراءة رابط السلسلة هذا. ربما يكون مبتوراً، أو أنشأه إصدار أحدث من التطبيق.",
    }
    CaseOfDeck { en: "Case {current} of {total}", fr: "Cas {current} sur {total}", ar: "الحالة {current} من {total}" }
    OpenAudience { en: "Open the audience window", fr: "Ouvrir la fenêtre du public", ar: "افتح نافذة الجمهور" }
    AudienceHint {
        en: "Drag the audience window to the projector and make it full screen (press F in it). It follows this window.",
        fr: "Faites glisser la fenêtre du public vers le projecteur et passez-la en plein écran (touche F). Elle suit cette fenêtre.",
        ar: "اسحب نافذة الجمهور إلى جهاز العرض واجعلها تملأ الشاشة (اضغط F فيها). إنها تتبع هذه النافذة.",
    }
    PopupBlocked {
        en: "The browser blocked the audience window. Allow pop-ups for this site (the icon at the end of the address bar), then try again; or open this link in a new window yourself and drag that window to the projector:",
        fr: "Le navigateur a bloqué la fenêtre du public. Autorisez les fenêtres pop-up pour ce site (l'icône au bout de la barre d'adresse), puis réessayez\u{202F}; ou ouvrez vous-même ce lien dans une nouvelle fenêtre et faites-la glisser vers le projecteur\u{202F}:",
        ar: "حجب المتصفح نافذة الجمهور. اسمح بالنوافذ المنبثقة لهذا الموقع (الرمز في طرف شريط العنوان) ثم أعد المحاولة، أو افتح هذا الرابط بنفسك في نافذة جديدة واسحبها إلى جهاز العرض:",
    }
    PreviousStep { en: "Previous step", fr: "Étape précédente", ar: "المرحلة السابقة" }
    NextStep { en: "Next step", fr: "Étape suivante", ar: "المرحلة التالية" }
    PreviousCase { en: "Previous case", fr: "Cas précédent", ar: "الحالة السابقة" }
    NextCase { en: "Next case", fr: "Cas suivant", ar: "الحالة التالية" }
    Reveal { en: "Reveal the answer", fr: "Révéler la réponse", ar: "اكشف الإجابة" }
    Conceal { en: "Hide the answer", fr: "Masquer la réponse", ar: "أخفِ الإجابة" }
    ShowBreakdown { en: "Show the legal elements", fr: "Afficher les éléments juridiques", ar: "اعرض العناصر القانونية" }
    HideBreakdown { en: "Hide the legal elements", fr: "Masquer les éléments juridiques", ar: "أخفِ العناصر القانونية" }
    Blank { en: "Blank the projector", fr: "Écran noir", ar: "أطفئ شاشة العرض" }
    Unblank { en: "Show the projector again", fr: "Rallumer l'écran", ar: "أعد تشغيل شاشة العرض" }
    TimerStart { en: "Start the timer", fr: "Lancer le chronomètre", ar: "شغّل المؤقّت" }
    TimerStop { en: "Stop the timer", fr: "Arrêter le chronomètre", ar: "أوقف المؤقّت" }
    TimerReset { en: "Reset the timer", fr: "Remettre le chronomètre à zéro", ar: "أعد ضبط المؤقّت" }
    TimerLabel { en: "Time", fr: "Temps", ar: "الوقت" }
    ControlsLabel { en: "Show controls", fr: "Commandes de la présentation", ar: "أدوات التحكم في العرض" }
    GoToLabel { en: "Go to", fr: "Aller à", ar: "انتقل إلى" }
    VotesHeading { en: "Show of hands", fr: "Vote à main levée", ar: "التصويت برفع الأيدي" }
    VotesHint {
        en: "Count the raised hands for each option. The room sees only the totals, and only after the reveal.",
        fr: "Comptez les mains levées pour chaque option. La salle ne voit que les totaux, et seulement après la révélation.",
        ar: "عُدّ الأيدي المرفوعة لكل خيار. لا ترى القاعة إلا المجاميع، وبعد كشف الإجابة فقط.",
    }
    AddVote { en: "One more vote for {letter}", fr: "Une voix de plus pour {letter}", ar: "صوت إضافي للخيار {letter}" }
    RemoveVote { en: "One vote fewer for {letter}", fr: "Une voix de moins pour {letter}", ar: "صوت أقل للخيار {letter}" }
    ClearVotes { en: "Clear the votes", fr: "Effacer les votes", ar: "امسح الأصوات" }
    VotesTotal { en: "{count} votes", fr: "{count} voix", ar: "عدد الأصوات: {count}" }
    AnswerHeading { en: "The answer", fr: "La réponse", ar: "الإجابة" }
    StatusHidden { en: "The room does not see the answer.", fr: "La salle ne voit pas la réponse.", ar: "لا ترى القاعة الإجابة." }
    StatusRevealed { en: "The room sees the answer.", fr: "La salle voit la réponse.", ar: "ترى القاعة الإجابة." }
    StatusBlank { en: "The projector is black.", fr: "L'écran projeté est noir.", ar: "شاشة العرض مطفأة." }
    KeysHeading { en: "Keyboard and clicker", fr: "Clavier et télécommande", ar: "لوحة المفاتيح وجهاز التحكم" }
    KeyNext { en: "→ ↓ Page Down Space: next step", fr: "→ ↓ Page suivante Espace\u{202F}: étape suivante", ar: "→ ↓ Page Down المسافة: المرحلة التالية" }
    KeyPrevious { en: "← ↑ Page Up: previous step", fr: "← ↑ Page précédente\u{202F}: étape précédente", ar: "← ↑ Page Up: المرحلة السابقة" }
    KeyCases { en: "N, P: next case, previous case", fr: "N, P\u{202F}: cas suivant, cas précédent", ar: "N وP: الحالة التالية والحالة السابقة" }
    KeyReveal { en: "R: reveal the answer", fr: "R\u{202F}: révéler la réponse", ar: "R: كشف الإجابة" }
    KeyBreakdown { en: "L: legal elements", fr: "L\u{202F}: éléments juridiques", ar: "L: العناصر القانونية" }
    KeyBlank { en: "B or full stop: black screen", fr: "B ou point\u{202F}: écran noir", ar: "B أو النقطة: شاشة سوداء" }
    KeyRoomScreen { en: "Q: the room screen (the deck's link as a QR code, the Wi-Fi), and back", fr: "Q : l’écran de salle (le lien de la série en code QR, le Wi-Fi), et retour", ar: "Q: شاشة القاعة (رابط السلسلة برمز QR، والشبكة اللاسلكية)، والعودة" }
    RoomScreenButton { en: "Room screen", fr: "Écran de salle", ar: "شاشة القاعة" }
    RoomScreenHeading { en: "Room screen", fr: "Écran de salle", ar: "شاشة القاعة" }
    RoomScreenIntro {
        en: "Shows the deck's link as a large QR code on the projector, for participants to open it on their phones. If the room has a Wi-Fi network for them, type it here: it is shown too, with a code that joins it.",
        fr: "Affiche au projecteur le lien de la série en grand code QR, pour que les participants l’ouvrent sur leur téléphone. Si la salle a un réseau Wi-Fi pour eux, indiquez-le ici : il est affiché aussi, avec un code pour s’y connecter.",
        ar: "يعرض رابط السلسلة برمز QR كبير على جهاز العرض، ليفتحه المشاركون على هواتفهم. إذا كانت في القاعة شبكة لاسلكية لهم، فاكتبها هنا: تُعرض هي أيضاً مع رمز للاتصال بها.",
    }
    WifiName { en: "Wi-Fi name", fr: "Nom du Wi-Fi", ar: "اسم الشبكة اللاسلكية" }
    WifiPassword { en: "Wi-Fi password", fr: "Mot de passe du Wi-Fi", ar: "كلمة مرور الشبكة اللاسلكية" }
    RoomScreenScan { en: "Scan to open the cases on your phone, or type:", fr: "Scannez pour ouvrir les cas sur votre téléphone, ou saisissez :", ar: "امسح الرمز لفتح الحالات على هاتفك، أو اكتب:" }
    RoomScreenWifi { en: "Wi-Fi:", fr: "Wi-Fi :", ar: "الشبكة اللاسلكية:" }
    RoomScreenPassword { en: "Password:", fr: "Mot de passe :", ar: "كلمة المرور:" }
    RoomScreenQrLabel { en: "QR code of the deck's link", fr: "Code QR du lien de la série", ar: "رمز QR لرابط السلسلة" }
    RoomScreenWifiQrLabel { en: "QR code that joins the room's Wi-Fi", fr: "Code QR pour se connecter au Wi-Fi de la salle", ar: "رمز QR للاتصال بالشبكة اللاسلكية للقاعة" }
    SummaryHeading { en: "Session summary", fr: "Bilan de la séance", ar: "حصيلة الجلسة" }
    SummaryOf { en: "Votes of the room: {name}", fr: "Votes de la salle\u{202F}: {name}", ar: "تصويت القاعة: {name}" }
    SummaryNone { en: "No votes recorded yet. Count the raised hands with the number keys (1 for A) or the + buttons: they are recorded when you move to another step.", fr: "Aucun vote enregistré pour l’instant. Comptez les mains levées avec les touches chiffrées (1 pour A) ou les boutons + : ils sont enregistrés quand vous passez à une autre étape.", ar: "لم يُسجَّل أي تصويت بعد. عُدّ الأيدي المرفوعة بمفاتيح الأرقام (1 للحرف أ) أو بأزرار +: يُسجَّل التصويت عند الانتقال إلى خطوة أخرى." }
    SummaryCase { en: "Case", fr: "Cas", ar: "الحالة" }
    SummaryStep { en: "Step", fr: "Étape", ar: "الخطوة" }
    SummaryQuestion { en: "Question", fr: "Question", ar: "السؤال" }
    SummaryOption { en: "Option", fr: "Option", ar: "الخيار" }
    SummaryVotes { en: "Votes", fr: "Votes", ar: "الأصوات" }
    SummaryRight { en: "Right answer", fr: "Bonne réponse", ar: "إجابة صحيحة" }
    SummaryShare { en: "On a right answer", fr: "Sur une bonne réponse", ar: "على إجابة صحيحة" }
    SummaryPercent { en: "{share}%", fr: "{share} %", ar: "{share}%" }
    SummaryWhere { en: "{case}, step {step}", fr: "{case}, étape {step}", ar: "{case}، الخطوة {step}" }
    SummaryCsvButton { en: "Download as CSV", fr: "Télécharger en CSV", ar: "التنزيل بصيغة CSV" }
    SummaryPrintButton { en: "Print the summary", fr: "Imprimer le bilan", ar: "طباعة الحصيلة" }
    SummaryPrivacy {
        en: "Only counts are kept, never who voted. The summary is kept with the deck on this computer: find it again under Past sessions, on your decks.",
        fr: "Seuls les décomptes sont conservés, jamais l’identité des votants. Le bilan est gardé avec la série sur cet ordinateur\u{202F}: retrouvez-le sous Séances passées, dans vos séries.",
        ar: "لا يُحتفظ إلا بعدد الأصوات، ولا يُعرف أبداً من صوّت. تُحفظ الحصيلة مع السلسلة على هذا الحاسوب: تجدها في «الجلسات السابقة» ضمن سلاسلك.",
    }
    HandoutButton { en: "Handout", fr: "Document à distribuer", ar: "مطبوعة للمشاركين" }
    HandoutHeading { en: "Printable handout", fr: "Document à imprimer", ar: "مطبوعة للتوزيع" }
    HandoutIntro {
        en: "Print it from the browser, on A4 paper, in the language chosen at the top of this page.",
        fr: "Imprimez-le depuis le navigateur, sur papier A4, dans la langue choisie en haut de cette page.",
        ar: "اطبعها من المتصفح على ورق A4، باللغة المختارة في أعلى هذه الصفحة.",
    }
    HandoutVersionLabel { en: "What to print", fr: "À imprimer", ar: "ما تريد طباعته" }
    HandoutSheet {
        en: "For participants: the deck's link and cases, and where to find help. No answers.",
        fr: "Pour les participants\u{202F}: le lien et les cas de la série, et où trouver de l'aide. Sans les réponses.",
        ar: "للمشاركين: رابط السلسلة وحالاتها، وأين تجد المساعدة. دون الإجابات.",
    }
    HandoutAfter {
        en: "After the session: the same, with the point of each case.",
        fr: "Après la séance\u{202F}: le même document, avec l'enseignement de chaque cas.",
        ar: "بعد الجلسة: المطبوعة نفسها، مع الغاية من كل حالة.",
    }
    HandoutCases {
        en: "The cases on paper: each case's story and questions, one case per page. No answers.",
        fr: "Les cas sur papier\u{202F}: l'histoire et les questions de chaque cas, un cas par page. Sans les réponses.",
        ar: "الحالات على الورق: قصة كل حالة وأسئلتها، حالة في كل صفحة. دون الإجابات.",
    }
    HandoutKey {
        en: "Trainer's key: the answers, explanations and notes, one case per page. Not for participants before the session.",
        fr: "Corrigé du formateur\u{202F}: les réponses, les explications et les notes, un cas par page. À ne pas remettre aux participants avant la séance.",
        ar: "مفتاح الإجابات للمدرّب: الإجابات والشروح والملاحظات، حالة في كل صفحة. لا يُسلَّم للمشاركين قبل الجلسة.",
    }
    HandoutKeyHeading { en: "Trainer's key", fr: "Corrigé du formateur", ar: "مفتاح الإجابات للمدرّب" }
    HandoutScan {
        en: "Scan the code, or open this address, to play the cases on your phone. Your answers stay on your phone: nothing is sent.",
        fr: "Scannez le code, ou ouvrez cette adresse, pour traiter les cas sur votre téléphone. Vos réponses restent sur votre téléphone\u{202F}: rien n'est envoyé.",
        ar: "امسح الرمز، أو افتح هذا العنوان، لتعمل على الحالات في هاتفك. تبقى إجاباتك في هاتفك: لا يُرسَل أي شيء.",
    }
    HandoutCasesHeading { en: "The cases", fr: "Les cas", ar: "الحالات" }
    HandoutHelpHeading { en: "Where to find help", fr: "Où trouver de l'aide", ar: "أين تجد المساعدة" }
    HandoutHotline {
        en: "In Morocco, the National Commission for the coordination of measures to combat and prevent trafficking in persons has a hotline: {phone}.",
        fr: "Au Maroc, la Commission nationale chargée de la coordination des mesures de lutte et de prévention de la traite des êtres humains dispose d'une ligne d'écoute\u{202F}: {phone}.",
        ar: "في المغرب، للّجنة الوطنية لتنسيق إجراءات مكافحة الاتجار بالبشر والوقاية منه خطّ هاتفي: {phone}.",
    }
    HandoutCare {
        en: "If you think someone is a victim: do no harm, respect how they see their own risk, make no promise you cannot keep, and refer them to the services that can help.",
        fr: "Si vous pensez qu'une personne est victime\u{202F}: ne lui nuisez pas, respectez sa propre évaluation des risques, ne faites aucune promesse que vous ne pourriez tenir et orientez-la vers les services qui peuvent l'aider.",
        ar: "إذا ظننت أن شخصاً ما ضحية: لا تُلحق به أي ضرر، واحترم تقديره للخطر الذي يواجهه، ولا تَعِده بما لا تستطيع الوفاء به، ووجّهه إلى الجهات القادرة على مساعدته.",
    }
    HandoutIndicator {
        en: "A warning sign is a reason to ask more, not a proof.",
        fr: "Un signe d'alerte invite à s'informer davantage\u{202F}; ce n'est pas une preuve.",
        ar: "علامة التحذير تدعو إلى التحرّي أكثر، وليست دليلاً.",
    }
    HandoutAddress { en: "Address", fr: "Adresse", ar: "العنوان" }
    PastSessionsButton { en: "Past sessions ({count})", fr: "Séances passées ({count})", ar: "الجلسات السابقة ({count})" }
    PastSessionsHeading { en: "Past sessions", fr: "Séances passées", ar: "الجلسات السابقة" }
    PastSessionsIntro {
        en: "The room's votes each time this deck was shown, kept on this computer: counts only, never who voted.",
        fr: "Les votes de la salle à chaque présentation de cette série, conservés sur cet ordinateur\u{202F}: des décomptes seulement, jamais l’identité des votants.",
        ar: "أصوات القاعة في كل مرة عُرضت فيها هذه السلسلة، محفوظة على هذا الحاسوب: أعداد فقط، ولا يُعرف أبداً من صوّت.",
    }
    SessionCounts {
        en: "Questions voted on: {questions} · votes: {votes}",
        fr: "Questions votées\u{202F}: {questions} · votes\u{202F}: {votes}",
        ar: "الأسئلة المصوَّت عليها: {questions} · الأصوات: {votes}",
    }
    OpenSummary { en: "Open the summary", fr: "Ouvrir le bilan", ar: "افتح الحصيلة" }
    CloseSummary { en: "Close the summary", fr: "Fermer le bilan", ar: "أغلق الحصيلة" }
    ConfirmDeleteSession {
        en: "Delete the session of {date}? Its votes cannot be recovered.",
        fr: "Supprimer la séance du {date}\u{202F}? Ses votes ne pourront pas être récupérés.",
        ar: "هل تريد حذف جلسة {date}؟ لا يمكن استرجاع أصواتها.",
    }
    KeyCountdown { en: "C: a countdown for each step (1, 2, 3, 5, 10, 15 minutes, or none)", fr: "C : un compte à rebours pour chaque étape (1, 2, 3, 5, 10, 15 minutes, ou aucun)", ar: "C: عدّ تنازلي لكل خطوة (1 أو 2 أو 3 أو 5 أو 10 أو 15 دقيقة، أو بدونه)" }
    CountdownLabel { en: "Countdown per step", fr: "Compte à rebours par étape", ar: "عدّ تنازلي لكل خطوة" }
    CountdownNone { en: "None (stopwatch)", fr: "Aucun (chronomètre)", ar: "بدون (ساعة إيقاف)" }
    CountdownMinutes { en: "{minutes} min", fr: "{minutes} min", ar: "{minutes} د" }
    CountdownOver { en: "Time is up", fr: "Temps écoulé", ar: "انتهى الوقت" }
    KeyTimer { en: "T: start or stop the timer", fr: "T\u{202F}: lancer ou arrêter le chronomètre", ar: "T: تشغيل المؤقّت أو إيقافه" }
    KeyVotes {
        en: "Keys 1 to 4: one vote for A to D; Shift with 1 to 4: one vote fewer",
        fr: "Touches 1 à 4\u{202F}: une voix pour A à D\u{202F}; Maj avec 1 à 4\u{202F}: une voix de moins",
        ar: "من 1 إلى 4: صوت للخيارات من أ إلى د؛ Shift مع الرقم: صوت أقل",
    }
    KeyPanel { en: "H: hide or show this panel", fr: "H\u{202F}: masquer ou afficher ce panneau", ar: "H: إخفاء هذه اللوحة أو إظهارها" }
    KeyDock {
        en: "D: dock this panel at the bottom or at the side",
        fr: "D\u{202F}: ancrer ce panneau en bas ou sur le côté",
        ar: "D: تثبيت هذه اللوحة في الأسفل أو على الجانب",
    }
    MoreControls { en: "More", fr: "Plus", ar: "المزيد" }
    DockSide { en: "Dock at the side", fr: "Ancrer sur le côté", ar: "ثبّتها على الجانب" }
    DockBottom { en: "Dock at the bottom", fr: "Ancrer en bas", ar: "ثبّتها في الأسفل" }
    DeckCannotPresent {
        en: "This deck has no case to show. Add cases to it first.",
        fr: "Cette série ne contient aucun cas à présenter. Ajoutez-y d'abord des cas.",
        ar: "لا تحتوي هذه السلسلة على أي حالة للعرض. أضف إليها حالات أولاً.",
    }
    LeaveShow { en: "Leave the show", fr: "Quitter la présentation", ar: "غادر العرض" }
    AudienceWaiting { en: "Waiting for the presenter…", fr: "En attente du présentateur…", ar: "في انتظار مقدّم العرض…" }
    AudienceNoRoom {
        en: "This window was not opened by a presenter window. On this computer, open a deck in trainer mode, choose “Present on two screens”, then “Open the audience window” there.",
        fr: "Cette fenêtre n’a pas été ouverte par une fenêtre de présentation. Sur cet ordinateur, ouvrez une série en mode formateur, choisissez « Présenter sur deux écrans », puis « Ouvrir la fenêtre du public ».",
        ar: "لم تُفتح هذه النافذة من نافذة العرض. على هذا الحاسوب، افتح سلسلة في وضع المدرّب واختر «العرض على شاشتين»، ثم «افتح نافذة الجمهور».",
    }
    NoSessionStorage {
        en: "This browser does not let the presenter window keep its place: if you reload it, the show starts again from the first step and the audience window must be opened again.",
        fr: "Ce navigateur ne permet pas à la fenêtre de présentation de garder sa place : si vous la rechargez, la présentation reprend à la première étape et la fenêtre du public doit être rouverte.",
        ar: "لا يسمح هذا المتصفح لنافذة العرض بالاحتفاظ بموضعها: إذا أعدت تحميلها، يبدأ العرض من جديد من الخطوة الأولى ويجب فتح نافذة الجمهور مرة أخرى.",
    }
    AudienceWaitingHint {
        en: "On this computer, open a deck in trainer mode and choose “Present on two screens”. This window then follows it.",
        fr: "Sur cet ordinateur, ouvrez une série en mode formateur et choisissez «\u{202F}Présenter sur deux écrans\u{202F}». Cette fenêtre la suivra.",
        ar: "على هذا الحاسوب، افتح سلسلة في وضع المدرّب واختر «العرض على شاشتين». ستتبعها هذه النافذة عندئذ.",
    }
    FullScreen { en: "Full screen", fr: "Plein écran", ar: "ملء الشاشة" }
    HidePanel { en: "Hide the controls", fr: "Masquer les commandes", ar: "أخفِ أدوات التحكم" }
    ShowPanel { en: "Controls", fr: "Commandes", ar: "أدوات التحكم" }
    CardsHeading { en: "Answer cards", fr: "Cartes-réponses", ar: "بطاقات الإجابة" }
    CardsIntro {
        en: "Tap the letter of your answer, then hold your phone up for the trainer to count. Nothing is sent: the screen only shows a big letter.",
        fr: "Touchez la lettre de votre réponse, puis levez votre téléphone pour que le formateur compte. Rien n'est envoyé\u{202F}: l'écran affiche seulement une grande lettre.",
        ar: "المس حرف إجابتك، ثم ارفع هاتفك ليعدّ المدرّب الأصوات. لا يُرسَل أي شيء: تعرض الشاشة حرفاً كبيراً فقط.",
    }
    CardBack { en: "Choose another letter", fr: "Choisir une autre lettre", ar: "اختر حرفاً آخر" }
    ShapeStar { en: "{letter}: red star", fr: "{letter} : étoile rouge", ar: "{letter}: نجمة حمراء" }
    ShapeHexagon { en: "{letter}: teal hexagon", fr: "{letter} : hexagone bleu-vert", ar: "{letter}: سداسي أزرق مخضر" }
    ShapeCross { en: "{letter}: brown cross", fr: "{letter} : croix marron", ar: "{letter}: صليب بني" }
    ShapePentagon { en: "{letter}: grey pentagon", fr: "{letter} : pentagone gris", ar: "{letter}: خماسي رمادي" }
    CardsCount { en: "Letters on the projector's question", fr: "Lettres de la question au projecteur", ar: "حروف السؤال المعروض" }
    ShapeCircle { en: "{letter}: blue circle", fr: "{letter}\u{202F}: cercle bleu", ar: "{letter}: دائرة زرقاء" }
    ShapeTriangle { en: "{letter}: orange triangle", fr: "{letter}\u{202F}: triangle orange", ar: "{letter}: مثلث برتقالي" }
    ShapeSquare { en: "{letter}: green square", fr: "{letter}\u{202F}: carré vert", ar: "{letter}: مربع أخضر" }
    ShapeDiamond { en: "{letter}: purple diamond", fr: "{letter}\u{202F}: losange violet", ar: "{letter}: معيّن بنفسجي" }
}
