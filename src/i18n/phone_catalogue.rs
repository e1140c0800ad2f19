//! The messages of the phone-sized frame and core loop: the slim bar and its menu, the short
//! feedback and its legal grid, the result's recap, the first visit's "who are you?", and the
//! offline status. French with its typography (U+202F before « : ; ! ? » and inside guillemets).

use super::catalogue::messages;
use super::locale::Locale;

messages! {
    enum PhoneMsg;
    Menu { en: "Menu", fr: "Menu", ar: "القائمة" }
    /// The home page's heading: what the app does (the bar already names it).
    HomeHeading {
        en: "Tell trafficking from smuggling, one case at a time",
        fr: "Distinguer la traite du trafic illicite, cas par cas",
        ar: "ميّز الاتجار بالبشر من تهريب المهاجرين، حالةً بعد حالة",
    }
    AudienceQuestion { en: "Who are you?", fr: "Qui êtes-vous\u{202F}?", ar: "من أنت؟" }
    AudienceCivilSociety { en: "Civil society", fr: "Société civile", ar: "المجتمع المدني" }
    AudienceJustice { en: "Justice", fr: "Justice", ar: "العدالة" }
    AudienceHealth { en: "Health", fr: "Santé", ar: "الصحة" }
    AudienceLawEnforcement { en: "Law enforcement", fr: "Forces de l'ordre", ar: "إنفاذ القانون" }
    AudienceLearning { en: "Just learning", fr: "Simple curiosité", ar: "أتعلّم فقط" }
    Start { en: "Start", fr: "Commencer", ar: "ابدأ" }
    ResumeCase { en: "Resume: {title}", fr: "Reprendre\u{202F}: {title}", ar: "تابِع: {title}" }
    NextCaseNamed { en: "Next: {title}", fr: "Suivant\u{202F}: {title}", ar: "التالي: {title}" }
    HowItWorks {
        en: "How it works: read a short story in steps, answer one question at each step, then see why under the law. Your answers stay on this device.",
        fr: "Comment ça marche\u{202F}: lisez une courte histoire en étapes, répondez à une question à chaque étape, puis voyez pourquoi au regard du droit. Vos réponses restent sur cet appareil.",
        ar: "كيف يعمل التطبيق: اقرأ قصة قصيرة على مراحل، وأجب عن سؤال في كل مرحلة، ثم اطّلع على السبب من منظور القانون. تبقى إجاباتك على هذا الجهاز.",
    }
    /// The feedback's heading (for screen readers): how the answer fared.
    FeedbackHeading { en: "Your answer", fr: "Votre réponse", ar: "إجابتك" }
    LawGridCaption { en: "The elements of each offence", fr: "Les éléments de chaque infraction", ar: "عناصر كل جريمة" }
    FrameInternationalShort { en: "UN Protocols", fr: "Protocoles de l'ONU", ar: "بروتوكولا الأمم المتحدة" }
    FrameMoroccoShort { en: "Moroccan law", fr: "Droit marocain", ar: "القانون المغربي" }
    /// Before each frame's article under an offence.
    FrameCited { en: "{frame}:", fr: "{frame}\u{202F}:", ar: "{frame}:" }
    LawGridVerdict { en: "Verdict", fr: "Qualification", ar: "التكييف" }
    ElementsMet { en: "all elements met", fr: "éléments réunis", ar: "العناصر مكتملة" }
    ElementsNotMet { en: "elements missing", fr: "éléments manquants", ar: "عناصر ناقصة" }
    Met { en: "met", fr: "réuni", ar: "متوفّر" }
    Missing { en: "missing", fr: "manquant", ar: "غير متوفّر" }
    NotRequired { en: "not required", fr: "non exigé", ar: "غير مشترط" }
    FullReasoning { en: "The reasoning, element by element", fr: "Le raisonnement, élément par élément", ar: "الاستدلال، عنصراً بعنصر" }
    RecapHeading { en: "Step by step", fr: "Étape par étape", ar: "مرحلةً بمرحلة" }
    RecapStep { en: "Step {step}", fr: "Étape {step}", ar: "المرحلة {step}" }
    RecapScore { en: "{score}%", fr: "{score}\u{202F}%", ar: "{score}%" }
    RecapNotAnswered { en: "not answered", fr: "sans réponse", ar: "بلا إجابة" }
    Reread { en: "Reread step {step}", fr: "Relire l'étape {step}", ar: "أعد قراءة المرحلة {step}" }
    BackToResult { en: "Back to my result", fr: "Retour à mon résultat", ar: "العودة إلى نتيجتي" }
    OfflineDownloading {
        en: "Downloading for offline use: {done} / {total} files",
        fr: "Téléchargement pour l'usage hors ligne\u{202F}: {done}\u{202F}/\u{202F}{total} fichiers",
        ar: "جارٍ التنزيل للاستخدام دون اتصال: {done} / {total} ملفاً",
    }
    OfflineReady { en: "Ready offline ✓", fr: "Disponible hors ligne ✓", ar: "جاهز دون اتصال ✓" }
    OfflineNoWorker {
        en: "Not available offline: this browser window cannot keep an offline copy (a private window, or a browser setting).",
        fr: "Non disponible hors ligne\u{202F}: cette fenêtre du navigateur ne peut pas garder de copie hors ligne (fenêtre privée ou réglage du navigateur).",
        ar: "غير متاح دون اتصال: لا يمكن لنافذة المتصفح هذه الاحتفاظ بنسخة دون اتصال (نافذة خاصة أو إعداد في المتصفح).",
    }
    OfflineFailed {
        en: "Not available offline: the download stopped. It will try again on your next visit.",
        fr: "Non disponible hors ligne\u{202F}: le téléchargement s'est interrompu. Il reprendra à votre prochaine visite.",
        ar: "غير متاح دون اتصال: توقّف التنزيل. ستُعاد المحاولة في زيارتك القادمة.",
    }
    ForgetOfflineCopy {
        en: "This also removes the offline copy of the app from this device; it downloads again on your next visit.",
        fr: "Cela supprime aussi la copie hors ligne de l'application sur cet appareil\u{202F}; elle sera téléchargée de nouveau à votre prochaine visite.",
        ar: "يؤدي ذلك أيضاً إلى حذف النسخة دون اتصال من التطبيق على هذا الجهاز؛ وستُنزَّل من جديد في زيارتك القادمة.",
    }
}

/// The name of an audience, as the first visit's choice shows it.
pub fn audience(a: crate::domain::audience::Audience, l: Locale) -> &'static str {
    use crate::domain::audience::Audience;
    match a {
        Audience::CivilSociety => PhoneMsg::AudienceCivilSociety,
        Audience::Justice => PhoneMsg::AudienceJustice,
        Audience::Health => PhoneMsg::AudienceHealth,
        Audience::LawEnforcement => PhoneMsg::AudienceLawEnforcement,
        Audience::Learning => PhoneMsg::AudienceLearning,
    }
    .text(l)
}

/// The words of the Start button: "Start" on a first visit, else the case it opens. Shared with
/// the home page's small module, so both pages say the same.
pub fn start_label(target: Option<&crate::domain::start::StartTarget>, l: Locale) -> String {
    use super::placeholders::fill;
    use crate::domain::start::{StartKind, StartTarget};
    match target {
        Some(StartTarget {
            kind: StartKind::Resume,
            title,
            ..
        }) => fill(PhoneMsg::ResumeCase.text(l), &[("title", title)]),
        Some(StartTarget {
            kind: StartKind::Next,
            title,
            ..
        }) => fill(PhoneMsg::NextCaseNamed.text(l), &[("title", title)]),
        _ => PhoneMsg::Start.text(l).to_string(),
    }
}

/// The offline status line (its class and words), or nothing while nothing is known. Shared by
/// the app and the home page's small module.
pub fn offline_line(state: crate::domain::offline::OfflineState, l: Locale) -> Option<(&'static str, String)> {
    use super::placeholders::fill;
    use crate::domain::offline::OfflineState;
    Some(match state {
        OfflineState::Unknown => return None,
        OfflineState::Downloading { done, total } => (
            "offline-status offline-status--downloading",
            fill(
                PhoneMsg::OfflineDownloading.text(l),
                &[("done", &done.to_string()), ("total", &total.to_string())],
            ),
        ),
        OfflineState::Ready => (
            "offline-status offline-status--ready",
            PhoneMsg::OfflineReady.text(l).to_string(),
        ),
        OfflineState::Unsupported => (
            "offline-status offline-status--unavailable",
            PhoneMsg::OfflineNoWorker.text(l).to_string(),
        ),
        OfflineState::Failed => (
            "offline-status offline-status--unavailable",
            PhoneMsg::OfflineFailed.text(l).to_string(),
        ),
    })
}
