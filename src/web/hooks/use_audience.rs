//! `use_audience`: an audience window follows the presenter's show, asks for it on opening (so a
//! reloaded or late window catches up), and can send keys back.

use crate::domain::presenter::protocol::channel_name;
use crate::domain::presenter::{Command, Envelope, Follower, Message, Outbox};
use crate::web::adapters::channel::Channel;
use crate::web::hooks::use_show::new_session;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What the audience window knows of the show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudienceModel(pub Follower);

impl Reducible for AudienceModel {
    type Action = Envelope;

    fn reduce(self: Rc<Self>, envelope: Envelope) -> Rc<Self> {
        let mut next = self.0.clone();
        if next.receive(&envelope) {
            Rc::new(AudienceModel(next))
        } else {
            self
        }
    }
}

/// The followed show of the room `room`, and a callback that sends a command to its presenter.
#[hook]
pub fn use_audience(room: String) -> (UseReducerHandle<AudienceModel>, Callback<Command>) {
    let model = use_reducer(AudienceModel::default);
    let link: Rc<RefCell<Option<(Channel, Outbox)>>> = use_mut_ref(|| None);
    {
        let model = model.clone();
        let link = link.clone();
        use_effect_with(room, move |room| {
            let listening = room.clone();
            let channel = Channel::open(&channel_name(room), move |text| {
                // Messages of another room (a page the presenter did not open) are ignored.
                if let Some(envelope) = Envelope::from_json(&text, &listening) {
                    model.dispatch(envelope);
                }
            });
            if let Some(channel) = channel {
                let mut outbox = Outbox::new(new_session(), room);
                channel.post(&outbox.stamp(Message::Hello).to_json());
                *link.borrow_mut() = Some((channel, outbox));
            }
            move || drop(link.borrow_mut().take())
        });
    }
    let remote = Callback::from(move |command: Command| {
        if let Some((channel, outbox)) = link.borrow_mut().as_mut() {
            channel.post(&outbox.stamp(Message::Remote { command }).to_json());
        }
    });
    (model, remote)
}
