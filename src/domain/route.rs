//! The app's addresses: each page's route, read from and written to the path in the URL hash
//! (`#/case/<id>`), so any static host (and the service worker) serve them as-is.
//!
//! Pure, so the table is tested natively; `web::route` follows the hash in the browser.

/// A page of the app, with what its address names.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// `/`
    Home,
    /// `/cases`
    Library,
    /// `/case/:id`
    Case { id: String },
    /// `/start` and `/start/:audience`: the case "Start" leads to, worked out when the app runs,
    /// so the static home page's button is right before its module has loaded.
    Start { audience: Option<String> },
    /// `/explore`
    Explore,
    /// `/explore/:id/:step`
    ExploreCase { id: String, step: usize },
    /// `/progress`
    Progress,
    /// `/certificate/:track`
    Certificate { track: String },
    /// `/settings`
    Settings,
    /// `/glossary`
    Glossary,
    /// `/glossary/:id`
    Term { id: String },
    /// `/cards`
    Cards,
    /// `/cards/:id`
    Card { id: String },
    // Trainer mode.
    /// `/trainer`
    Trainer,
    /// `/trainer/deck/:id`
    DeckEditor { id: String },
    /// `/trainer/deck/:id/handout`: a deck's printable handout.
    Handout { id: String },
    /// `/editor`: the case editor's drafts, and where a new case starts from.
    Editor,
    /// `/editor/:draft`: one draft in the case editor.
    EditDraft { id: String },
    /// `/deck/:code`
    SharedDeck { code: String },
    /// `/deck/:code/case/:id`: a case opened from a shared deck, which leads on through the deck
    /// and back to it (`/case/:id` plays the same case on its own).
    DeckCase { code: String, id: String },
    /// `/present/:id`
    Present { id: String },
    /// `/one-screen/:id`
    OneScreen { id: String },
    /// `/audience/<room key>`: the projector window a presenter opened, following that show only
    /// (`/audience` alone, an old link, follows nothing and says where to open it from).
    Audience { room: String },
    /// `/vote`
    Vote,
    /// `/404`, and every address no other route names.
    NotFound,
}

impl Route {
    /// The route a path names (the hash without its `#`): a query or fragment after the path is
    /// ignored, as is one trailing slash; each parameter is percent-decoded.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route::Home;
        }
        let Some(path) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        let segments: Vec<&str> = path.split('/').collect();
        Self::from_segments(&segments).unwrap_or(Route::NotFound)
    }

    fn from_segments(segments: &[&str]) -> Option<Route> {
        Some(match *segments {
            ["cases"] => Route::Library,
            ["case", id] => Route::Case { id: decode_param(id)? },
            ["start"] => Route::Start { audience: None },
            ["start", audience] => Route::Start {
                audience: Some(decode_param(audience)?),
            },
            ["explore"] => Route::Explore,
            ["explore", id, step] => Route::ExploreCase {
                id: decode_param(id)?,
                step: decode_param(step)?.parse().ok()?,
            },
            ["progress"] => Route::Progress,
            ["certificate", track] => Route::Certificate {
                track: decode_param(track)?,
            },
            ["settings"] => Route::Settings,
            ["glossary"] => Route::Glossary,
            ["glossary", id] => Route::Term { id: decode_param(id)? },
            ["cards"] => Route::Cards,
            ["cards", id] => Route::Card { id: decode_param(id)? },
            ["trainer"] => Route::Trainer,
            ["trainer", "deck", id] => Route::DeckEditor { id: decode_param(id)? },
            ["trainer", "deck", id, "handout"] => Route::Handout { id: decode_param(id)? },
            ["editor"] => Route::Editor,
            ["editor", id] => Route::EditDraft { id: decode_param(id)? },
            ["deck", code] => Route::SharedDeck {
                code: decode_param(code)?,
            },
            ["deck", code, "case", id] => Route::DeckCase {
                code: decode_param(code)?,
                id: decode_param(id)?,
            },
            ["present", id] => Route::Present { id: decode_param(id)? },
            ["one-screen", id] => Route::OneScreen { id: decode_param(id)? },
            ["audience"] => Route::Audience { room: String::new() },
            ["audience", room] => Route::Audience {
                room: decode_param(room)?,
            },
            ["vote"] => Route::Vote,
            _ => return None,
        })
    }

    /// The path of the route, each parameter percent-encoded; `parse` reads it back.
    pub fn to_path(&self) -> String {
        let prefixed = |prefix: &str, value: &str| format!("{prefix}{}", encode(value));
        match self {
            Route::Home => "/".into(),
            Route::Library => "/cases".into(),
            Route::Case { id } => prefixed("/case/", id),
            Route::Start { audience: None } => "/start".into(),
            Route::Start { audience: Some(a) } => prefixed("/start/", a),
            Route::Explore => "/explore".into(),
            Route::ExploreCase { id, step } => format!("{}/{step}", prefixed("/explore/", id)),
            Route::Progress => "/progress".into(),
            Route::Certificate { track } => prefixed("/certificate/", track),
            Route::Settings => "/settings".into(),
            Route::Glossary => "/glossary".into(),
            Route::Term { id } => prefixed("/glossary/", id),
            Route::Cards => "/cards".into(),
            Route::Card { id } => prefixed("/cards/", id),
            Route::Trainer => "/trainer".into(),
            Route::DeckEditor { id } => prefixed("/trainer/deck/", id),
            Route::Handout { id } => format!("{}/handout", prefixed("/trainer/deck/", id)),
            Route::Editor => "/editor".into(),
            Route::EditDraft { id } => prefixed("/editor/", id),
            Route::SharedDeck { code } => prefixed("/deck/", code),
            Route::DeckCase { code, id } => format!("{}{}", prefixed("/deck/", code), prefixed("/case/", id)),
            Route::Present { id } => prefixed("/present/", id),
            Route::OneScreen { id } => prefixed("/one-screen/", id),
            Route::Audience { room } if room.is_empty() => "/audience".into(),
            Route::Audience { room } => prefixed("/audience/", room),
            Route::Vote => "/vote".into(),
            Route::NotFound => "/404".into(),
        }
    }

    /// The link to the route within the page (`#/case/<id>`), for an `<a href>`.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

/// A parameter as written: never empty, and valid UTF-8 once percent-decoded.
fn decode_param(segment: &str) -> Option<String> {
    if segment.is_empty() {
        return None;
    }
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i + 1..i + 3) {
            Some(&[high, low]) if bytes[i] == b'%' => hex_value(high).zip(hex_value(low)),
            _ => None,
        };
        match escaped {
            Some((high, low)) => {
                decoded.push((high << 4) | low);
                i += 3;
            }
            // A `%` not followed by two hex digits stands for itself.
            None => {
                decoded.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes every byte but ASCII letters, digits and `-._~`, so a parameter is one segment.
fn encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        let id = || "debt-after-the-crossing".to_string();
        vec![
            Route::Home,
            Route::Library,
            Route::Case { id: id() },
            Route::Start { audience: None },
            Route::Start {
                audience: Some("justice".into()),
            },
            Route::Explore,
            Route::ExploreCase { id: id(), step: 2 },
            Route::Progress,
            Route::Certificate {
                track: "justice".into(),
            },
            Route::Settings,
            Route::Glossary,
            Route::Term {
                id: "debt-bondage".into(),
            },
            Route::Cards,
            Route::Card {
                id: "comparison".into(),
            },
            Route::Trainer,
            Route::DeckEditor { id: "d1".into() },
            Route::Handout { id: "d1".into() },
            Route::Editor,
            Route::EditDraft { id: "e-1".into() },
            Route::SharedDeck {
                code: "1.VGVzdA.a-case".into(),
            },
            Route::DeckCase {
                code: "1.VGVzdA.a-case.b-case".into(),
                id: "b-case".into(),
            },
            Route::Present { id: "d1".into() },
            Route::OneScreen { id: "d1".into() },
            Route::Audience { room: String::new() },
            Route::Audience {
                room: "0123456789abcdef".into(),
            },
            Route::Vote,
            Route::NotFound,
        ]
    }

    #[test]
    fn every_route_reads_back_from_its_path() {
        for route in every_route() {
            assert_eq!(Route::parse(&route.to_path()), route, "{}", route.to_path());
        }
    }

    #[test]
    fn the_paths_are_the_apps_addresses() {
        assert_eq!(Route::Home.to_path(), "/");
        assert_eq!(Route::Case { id: "x".into() }.href(), "#/case/x");
        assert_eq!(
            Route::ExploreCase {
                id: "x".into(),
                step: 3
            }
            .to_path(),
            "/explore/x/3"
        );
        assert_eq!(Route::DeckEditor { id: "d1".into() }.to_path(), "/trainer/deck/d1");
        assert_eq!(Route::Handout { id: "d1".into() }.to_path(), "/trainer/deck/d1/handout");
        assert_eq!(Route::OneScreen { id: "d1".into() }.to_path(), "/one-screen/d1");
        assert_eq!(Route::NotFound.to_path(), "/404");
        assert_eq!(
            Route::DeckCase {
                code: "1.VGVzdA.a.b".into(),
                id: "b".into()
            }
            .href(),
            "#/deck/1.VGVzdA.a.b/case/b"
        );
    }

    #[test]
    fn parameters_are_percent_encoded_and_decoded() {
        let route = Route::Case { id: "a b/é?".into() };
        assert_eq!(route.to_path(), "/case/a%20b%2F%C3%A9%3F");
        assert_eq!(Route::parse(&route.to_path()), route);
        assert_eq!(Route::parse("/case/100%"), Route::Case { id: "100%".into() });
        assert_eq!(Route::parse("/case/%zz"), Route::Case { id: "%zz".into() });
        assert_eq!(Route::parse("/case/%FF"), Route::NotFound, "not UTF-8");
    }

    #[test]
    fn a_trailing_slash_a_query_and_a_fragment_are_ignored() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse("/cases/"), Route::Library);
        assert_eq!(Route::parse("/cases?sort=new"), Route::Library);
        assert_eq!(Route::parse("/glossary/term#top"), Route::Term { id: "term".into() });
    }

    #[test]
    fn unknown_or_malformed_addresses_are_not_found() {
        for path in [
            "/nowhere",
            "/no/such/page",
            "/case",
            "/case/",
            "/case//x",
            "/case/a/b",
            "//",
            "cases",
            "/explore/x/one",
            "/explore/x/-1",
            "/404",
            "/Cases",
            "/deck/1.x/case",
            "/deck/1.x/case/",
            "/deck/1.x/cases/a",
        ] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }
}
