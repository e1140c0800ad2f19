//! The messages of the learner's safety: the Settings that explain discreet mode, the history
//! left in the tab and the quick exit's gesture, and the neutral words discreet mode shows in
//! place of the app's (its home page, a case's number, the text shown when asked for).
//! French with its typography (U+202F before « : ; ! ? » and inside guillemets).

use super::catalogue::messages;
use super::locale::Locale;

messages! {
    enum SafetyMsg;
    SafetyHeading { en: "Safety", fr: "Sécurité", ar: "الأمان" }
    DiscreetLabel { en: "Discreet mode", fr: "Mode discret", ar: "الوضع الخفي" }
    DiscreetNote {
        en: "Every page is named “Notes”, with a plain notebook icon and no word of what the app is about; cases go by number, and a case’s text shows only when you tap “Show the text”. If you add the app to your home screen while this is on, it is installed as “Notes” with the notebook icon. An app added before keeps its name and icon: remove it, then add it again.",
        fr: "Chaque page s’intitule «\u{202F}Notes\u{202F}», avec une icône de carnet et sans un mot du sujet de l’application\u{202F}; les cas sont désignés par un numéro, et le texte d’un cas ne s’affiche que si vous touchez «\u{202F}Afficher le texte\u{202F}». Si vous ajoutez l’application à l’écran d’accueil pendant que ce mode est activé, elle s’installe sous le nom «\u{202F}Notes\u{202F}» avec l’icône de carnet. Une application ajoutée auparavant garde son nom et son icône\u{202F}: supprimez-la, puis ajoutez-la de nouveau.",
        ar: "تحمل كل صفحة اسم «ملاحظات» مع أيقونة دفتر بسيطة، دون أي كلمة تدل على موضوع التطبيق؛ وتُعرَض الحالات بأرقام، ولا يظهر نص الحالة إلا إذا لمست «اعرض النص». وإذا أضفت التطبيق إلى شاشتك الرئيسية وهذا الوضع مفعَّل، يُثبَّت باسم «ملاحظات» وبأيقونة الدفتر. أما التطبيق الذي أضفته من قبل فيحتفظ باسمه وأيقونته: احذفه ثم أضفه من جديد.",
    }
    NoTrailLabel { en: "Leave no trail in this tab’s history", fr: "Ne laisser aucune trace dans l’historique de l’onglet", ar: "لا تترك أثراً في سجل علامة التبويب" }
    NoTrailNote {
        en: "Each page you open in the app takes the place of the one before in the tab’s history, instead of being added to it, so after the quick exit, Back does not find the app. Back then leaves the app: move around with its menu. In discreet mode it is on, unless you turn it off.",
        fr: "Chaque page ouverte dans l’application prend la place de la précédente dans l’historique de l’onglet au lieu de s’y ajouter\u{202F}: après la sortie rapide, le bouton Retour ne retrouve pas l’application. Retour quitte alors l’application\u{202F}: déplacez-vous avec son menu. En mode discret, il est activé, sauf si vous le désactivez.",
        ar: "تحلّ كل صفحة تفتحها في التطبيق محلّ الصفحة السابقة في سجل علامة التبويب بدل أن تُضاف إليه، فلا يجد زر الرجوع التطبيقَ بعد الخروج السريع. ويُخرجك زر الرجوع حينئذ من التطبيق: تنقّل باستعمال قائمته. وهو مفعَّل في الوضع الخفي، ما لم توقفه.",
    }
    GestureLabel { en: "Leave with 3 quick taps", fr: "Sortir par 3 touchers rapides", ar: "الخروج بـ3 لمسات سريعة" }
    GestureNote {
        en: "On a touch screen, 3 quick taps anywhere on the page do what the “Quick exit” button does, with one hand. Off unless you turn it on: 3 taps in a row while reading would also leave.",
        fr: "Sur un écran tactile, 3 touchers rapides n’importe où sur la page font ce que fait le bouton «\u{202F}Sortie rapide\u{202F}», d’une seule main. Désactivé sauf si vous l’activez\u{202F}: 3 touchers d’affilée pendant la lecture feraient aussi sortir.",
        ar: "على الشاشة اللمسية، تؤدي 3 لمسات سريعة في أي مكان من الصفحة ما يؤديه زر «خروج سريع»، بيد واحدة. يبقى متوقفاً ما لم تفعّله: فـ3 لمسات متتالية أثناء القراءة ستُخرجك أيضاً.",
    }
    QuickExitWhat {
        en: "The “Quick exit” button at the top of every page, Escape pressed twice, or the three taps if you turn them on, hide this page at once and open a page with a mint tea recipe in its place, in your language. It works offline. The app’s pages opened in this tab are taken out of its history where the browser allows it (and never added with “Leave no trail”), so Back does not find them.",
        fr: "Le bouton «\u{202F}Sortie rapide\u{202F}» en haut de chaque page, deux appuis sur Échap, ou les trois touchers si vous les activez, masquent aussitôt cette page et ouvrent à sa place une page de recette de thé à la menthe, dans votre langue. Cela fonctionne hors ligne. Les pages de l’application ouvertes dans cet onglet sont retirées de son historique quand le navigateur le permet (et jamais ajoutées avec «\u{202F}Ne laisser aucune trace\u{202F}»)\u{202F}: le bouton Retour ne les retrouve pas.",
        ar: "يُخفي زر «خروج سريع» أعلى كل صفحة، أو الضغط على Escape مرتين، أو اللمسات الثلاث إن فعّلتها، هذه الصفحة فوراً ويفتح مكانها صفحة وصفة الشاي بالنعناع، بلغتك. يعمل ذلك دون اتصال. وتُزال صفحات التطبيق التي فُتحت في علامة التبويب هذه من سجلها حيثما يسمح المتصفح بذلك (ولا تُضاف إليه أصلاً مع خيار «لا تترك أثراً»)، فلا يجدها زر الرجوع.",
    }
    QuickExitLimits {
        en: "What it cannot erase: the browser’s list of visited pages (the app’s address is in it), the pages you were on before the app, the picture of the app your phone may keep in its list of open apps, and your answers kept on this device. To leave no trace, open the app in a private (incognito) window, close it when you are done, and use “Forget me” on the Progress page to erase your answers.",
        fr: "Ce qu’elle ne peut pas effacer\u{202F}: la liste des pages visitées du navigateur (l’adresse de l’application y figure), les pages consultées avant l’application, l’aperçu de l’application que le téléphone peut garder dans sa liste d’applications ouvertes, et vos réponses conservées sur cet appareil. Pour ne laisser aucune trace, ouvrez l’application dans une fenêtre de navigation privée, fermez-la une fois terminé, et utilisez «\u{202F}M’oublier\u{202F}» sur la page Progression pour effacer vos réponses.",
        ar: "ما لا يمكنه مسحه: قائمة الصفحات التي زرتها في المتصفح (وفيها عنوان التطبيق)، والصفحات التي كنت عليها قبل التطبيق، وصورة التطبيق التي قد يحتفظ بها هاتفك في قائمة التطبيقات المفتوحة، وإجاباتك المحفوظة على هذا الجهاز. لكي لا تترك أثراً، افتح التطبيق في نافذة تصفح خاصة، وأغلقها عند الانتهاء، واستعمل «انسَني» في صفحة التقدّم لمسح إجاباتك.",
    }
    /// Discreet mode's home page, under the heading "Notes".
    DiscreetIntro {
        en: "Short readings in a few steps, with a question at each step.",
        fr: "De courtes lectures en quelques étapes, avec une question à chaque étape.",
        ar: "قراءات قصيرة على بضع مراحل، مع سؤال في كل مرحلة.",
    }
    /// A case's name in discreet mode: its number in the library.
    CaseNumber { en: "Case {number}", fr: "Cas {number}", ar: "الحالة {number}" }
    /// In discreet mode a case opens with its text folded away.
    FoldedNote {
        en: "Discreet mode: the text shows when you ask for it.",
        fr: "Mode discret\u{202F}: le texte s’affiche quand vous le demandez.",
        ar: "الوضع الخفي: يظهر النص عندما تطلبه.",
    }
    ShowText { en: "Show the text", fr: "Afficher le texte", ar: "اعرض النص" }
}

/// A case's name in discreet mode: "Case 12", from its number in the library.
pub fn case_number_title(number: usize, l: Locale) -> String {
    super::placeholders::fill(SafetyMsg::CaseNumber.text(l), &[("number", &number.to_string())])
}

/// How a case is named on a page: its title, or in discreet mode its number in the library
/// (`domain::safety::case_number`); a case the library does not list goes by the neutral name.
pub fn case_title(title: &str, number: Option<usize>, discreet: bool, l: Locale) -> String {
    match (discreet, number) {
        (false, _) => title.to_string(),
        (true, Some(number)) => case_number_title(number, l),
        (true, None) => super::Msg::DiscreetTitle.text(l).to_string(),
    }
}
