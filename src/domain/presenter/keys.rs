//! The keyboard: what presentation clickers send (arrows, Page Up/Down, space, `B`, `.`) and the
//! trainer's own keys. Pure, so the mapping is tested without a browser.

use super::command::Command;

/// A key press as the browser reports it (`KeyboardEvent.key` and `.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub code: &'a str,
    pub shift: bool,
    /// Ctrl, Alt or Meta was held: the browser's own shortcut, never ours.
    pub modified: bool,
}

/// The letter a key stands for: the character typed when it is a Latin letter (so AZERTY works
/// as printed), else the key's position (so an Arabic keyboard layout works too).
pub fn letter(press: &KeyPress) -> Option<char> {
    let mut chars = press.key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
        _ => press
            .code
            .strip_prefix("Key")
            .and_then(|l| l.chars().next())
            .map(|c| c.to_ascii_lowercase()),
    }
}

/// The option a number key votes for: `1` is the first option. Read from the key's position, so
/// Shift (which removes a vote) works on keyboards that need Shift to type digits.
fn digit(press: &KeyPress) -> Option<usize> {
    let d = press
        .code
        .strip_prefix("Digit")
        .or_else(|| press.code.strip_prefix("Numpad"))?;
    match d.parse::<usize>() {
        Ok(n @ 1..=9) => Some(n - 1),
        _ => None,
    }
}

/// The command a key asks for, if any.
pub fn command_for(press: &KeyPress, now: f64) -> Option<Command> {
    if press.modified {
        return None;
    }
    match press.key {
        "ArrowRight" | "ArrowDown" | "PageDown" => return Some(Command::NextStep),
        "ArrowLeft" | "ArrowUp" | "PageUp" => return Some(Command::PreviousStep),
        " " | "Spacebar" => {
            return Some(if press.shift {
                Command::PreviousStep
            } else {
                Command::NextStep
            })
        }
        // Clickers' "black screen" button sends `.` or `b`.
        "." => return Some(Command::ToggleBlank),
        _ => {}
    }
    if let Some(option) = digit(press) {
        return Some(if press.shift {
            Command::RemoveVote { option }
        } else {
            Command::AddVote { option }
        });
    }
    match letter(press)? {
        'b' => Some(Command::ToggleBlank),
        'r' => Some(Command::ToggleReveal),
        'l' => Some(Command::ToggleBreakdown),
        't' => Some(Command::ToggleTimer { now }),
        'c' => Some(Command::CycleCountdown),
        'q' => Some(Command::ToggleRoomScreen),
        'n' => Some(Command::NextCase),
        'p' => Some(Command::PreviousCase),
        _ => None,
    }
}
