//! `use_show`: the presenter's show, driven by commands, and sent whole to the audience windows
//! after every change and whenever one of them says hello.

use crate::domain::presenter::protocol::channel_name;
use crate::domain::presenter::{Command, Envelope, Inbox, Message, Outbox, SessionId, Show};
use crate::i18n::Locale;
use crate::storage::KeyValueStore;
use crate::web::adapters::{channel::Channel, clock, local_store::LocalStore};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The show, and how many times it has to be sent so far.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowModel {
    pub show: Show,
    /// Bumped by every change and every hello, so the send effect runs once for each.
    pub sends: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ShowAction {
    Command(Command),
    /// An audience window asked for the show.
    Resend,
    /// The room's Wi-Fi, as the trainer typed it, for the room screen.
    SetWifi(crate::domain::presenter::Wifi),
}

impl Reducible for ShowModel {
    type Action = ShowAction;

    fn reduce(self: Rc<Self>, action: ShowAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ShowAction::Command(command) => {
                if !next.show.apply(command) {
                    return self;
                }
            }
            ShowAction::Resend => {}
            ShowAction::SetWifi(wifi) => {
                if next.show.wifi == wifi {
                    return self;
                }
                next.show.wifi = wifi;
            }
        }
        next.sends += 1;
        Rc::new(next)
    }
}

pub type ShowHandle = UseReducerHandle<ShowModel>;

/// A random session id for this window, ordered by start time.
pub fn new_session() -> SessionId {
    SessionId {
        started: clock::now() as u64,
        nonce: (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
    }
}

/// The sessionStorage key of this window's room key, kept across reloads of the presenter window
/// (its audience window's address holds the key); only this tab can read it.
const ROOM_KEY: &str = "tipsom.room";

/// This presenter window's room key: the one kept in this tab, or a new one; and whether it could
/// be kept (without sessionStorage, a reload starts a new room and the show from the start).
pub fn room_key() -> (String, bool) {
    let store = LocalStore::session();
    if let Ok(Some(key)) = store.get(ROOM_KEY) {
        if crate::domain::presenter::protocol::is_room_key(&key) {
            return (key, true);
        }
    }
    let key = crate::domain::presenter::protocol::room_key(js_sys::Math::random(), js_sys::Math::random());
    let kept = store.set(ROOM_KEY, &key).is_ok();
    (key, kept)
}

/// The show, starting from `initial`. With `broadcast`, it is sent to the audience windows of the
/// room `room`, which can also send keys back; without (one-screen mode), it stays in this window.
#[hook]
pub fn use_show(initial: Show, broadcast: bool, locale: Locale, room: String) -> ShowHandle {
    // A reload of this window picks the show up where the trainer had got to.
    let model = use_reducer(move || {
        let saved = LocalStore::session()
            .get(&Show::saved_key(&initial.deck_id))
            .ok()
            .flatten();
        ShowModel {
            show: initial.resume(saved.as_deref()),
            sends: 0,
        }
    });
    {
        let show = model.show.clone();
        use_effect_with(model.sends, move |_| {
            // Best effort: without sessionStorage, a reload starts the show again, as it always did.
            let _ = LocalStore::session().set(&Show::saved_key(&show.deck_id), &show.to_saved());
        });
    }
    let link: Rc<RefCell<Option<(Channel, Outbox)>>> = use_mut_ref(|| None);

    {
        let model = model.clone();
        let link = link.clone();
        use_effect_with((broadcast, room), move |(broadcast, room)| {
            if *broadcast {
                let inbox = RefCell::new(Inbox::default());
                let listening = room.clone();
                let channel = Channel::open(&channel_name(room), move |text| {
                    // Only the windows this presenter opened know its room key.
                    let Some(envelope) = Envelope::from_json(&text, &listening) else {
                        return;
                    };
                    match envelope.message {
                        Message::Hello => model.dispatch(ShowAction::Resend),
                        Message::Remote { command } => {
                            if inbox.borrow_mut().accept(&envelope) {
                                model.dispatch(ShowAction::Command(command));
                            }
                        }
                        Message::State { .. } | Message::Ended => {}
                    }
                });
                *link.borrow_mut() = channel.map(|c| (c, Outbox::new(new_session(), room)));
            }
            move || {
                // Leaving the show (another page of the app) clears the projector.
                if let Some((channel, mut outbox)) = link.borrow_mut().take() {
                    channel.post(&outbox.stamp(Message::Ended).to_json());
                }
            }
        });
    }

    {
        let link = link.clone();
        let show = model.show.clone();
        use_effect_with((model.sends, locale), move |(_, locale)| {
            if let Some((channel, outbox)) = link.borrow_mut().as_mut() {
                let message = Message::State {
                    show: Box::new(show),
                    locale: *locale,
                };
                channel.post(&outbox.stamp(message).to_json());
            }
        });
    }

    model
}

/// Keeps the votes of this showing with its deck on this device, as they change (see
/// `domain::deck::sessions`), so the summary can be reopened from the decks after the show.
#[hook]
pub fn use_keep_summary(show: &Show) {
    use crate::domain::deck::sessions::SessionRecord;
    use crate::domain::deck::DeckEdit;
    use crate::web::deck_state::DecksAction;
    let decks = crate::web::hooks::use_decks();
    let key = (
        show.deck_id.clone(),
        show.session.clone(),
        show.started_at,
        show.summary(),
    );
    use_effect_with(key, move |(deck, session, started_at, summary)| {
        if !session.is_empty() && !summary.is_empty() {
            decks.dispatch(DecksAction::Edit(DeckEdit::RecordSession {
                id: deck.clone(),
                session: SessionRecord::new(session.clone(), *started_at, clock::now(), summary.clone()),
            }));
        }
    });
}
