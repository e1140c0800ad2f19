//! `BroadcastChannel`: messages between windows of the app on this device, with no server.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

/// An open channel; it closes when dropped.
pub struct Channel {
    channel: BroadcastChannel,
    _listener: EventListener,
}

impl Channel {
    /// Opens the channel `name` and hands every text message received to `on_message`;
    /// `None` where the browser has no `BroadcastChannel`.
    pub fn open(name: &str, on_message: impl Fn(String) + 'static) -> Option<Channel> {
        let channel = BroadcastChannel::new(name).ok()?;
        let listener = EventListener::new(&channel, "message", move |event| {
            if let Some(text) = event.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string()) {
                on_message(text);
            }
        });
        Some(Channel {
            channel,
            _listener: listener,
        })
    }

    /// Sends a text to every other window listening on the channel.
    pub fn post(&self, text: &str) {
        let _ = self.channel.post_message(&text.into());
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.channel.close();
    }
}
