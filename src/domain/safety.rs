//! What stands in for the app when the learner must hide it: the neutral page the quick exit
//! opens (one per language, under a name that says nothing), and, in discreet mode, the neutral
//! icon, the installed name (a second web app manifest) and each case's neutral number.
//!
//! The files named here are in `assets/` (the pages, `assets/icons/`, the manifest); the page
//! script that runs before the app (`assets/boot-lang.js`) names the same three discreet files.

use super::content::ContentIndex;
use crate::i18n::Locale;

/// The neutral page the quick exit opens in `locale`: a mint-tea recipe in that language only,
/// served by the app itself (so it works offline), with a title, icon and text of its own.
pub fn neutral_page(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "mint-tea.html",
        Locale::Fr => "the-a-la-menthe.html",
        Locale::Ar => "atay.html",
    }
}

/// Every neutral page, for checks over all of them.
pub const NEUTRAL_PAGES: [&str; 3] = ["mint-tea.html", "the-a-la-menthe.html", "atay.html"];

/// The tab's icon in discreet mode (a plain notebook, not the app's icon).
pub const DISCREET_ICON: &str = "icons/notes.svg";
/// The home-screen icon Safari uses in discreet mode.
pub const DISCREET_TOUCH_ICON: &str = "icons/notes-192.png";
/// The web app manifest linked in discreet mode: installed as "Notes", with the notebook icon.
pub const DISCREET_MANIFEST: &str = "notes.webmanifest";

/// The number a case goes by in discreet mode: its place in the library's index, from 1 (the
/// built-in cases first, in the bank's order, then the packs'). `None` for a case not in it.
pub fn case_number(index: &ContentIndex, id: &str) -> Option<usize> {
    index.position(id).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_neutral_page_and_none_is_named_exit() {
        let pages: Vec<&str> = Locale::ALL.iter().map(|l| neutral_page(*l)).collect();
        assert_eq!(pages, NEUTRAL_PAGES.to_vec());
        for page in pages {
            assert!(page.ends_with(".html") && !page.contains("exit"), "{page}");
        }
    }
}
