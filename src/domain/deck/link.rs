//! A deck as a link: `#/deck/<code>`, readable by any copy of the app with no server.
//!
//! The code is `1.<name>.<case>.<case>…`: `1` is the format's version, the name is UTF-8 in
//! URL-safe base64 (so Arabic and French names survive any messenger), and case ids are kept as
//! they are, since they are already lowercase letters, digits and dashes.

use super::decks::{clean_name, Deck, MAX_CASES, MAX_NAME};

/// The format written; the first part of every code.
pub const LINK_VERSION: &str = "1";
/// The route that opens a shared deck, before its code.
pub const LINK_ROUTE: &str = "#/deck/";

/// A deck read from a link, not yet saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedDeck {
    pub name: String,
    pub cases: Vec<String>,
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Made by a newer version of the app, or not a deck code at all.
    UnknownFormat,
    BadName,
    BadCaseId,
    TooManyCases,
}

/// The code of a deck.
pub fn encode(deck: &Deck) -> String {
    let mut code = format!("{LINK_VERSION}.{}", base64url_encode(clean_name(&deck.name).as_bytes()));
    for case in &deck.cases {
        code.push('.');
        code.push_str(case);
    }
    code
}

/// Reads a code; every case id must look like one, and the deck must not be absurdly long.
pub fn decode(code: &str) -> Result<SharedDeck, LinkError> {
    let mut parts = code.trim().split('.');
    if parts.next() != Some(LINK_VERSION) {
        return Err(LinkError::UnknownFormat);
    }
    let name_part = parts.next().ok_or(LinkError::UnknownFormat)?;
    let name = base64url_decode(name_part)
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or(LinkError::BadName)?;
    if name.chars().count() > MAX_NAME {
        return Err(LinkError::BadName);
    }
    let cases: Vec<String> = parts.filter(|p| !p.is_empty()).map(str::to_string).collect();
    if cases.len() > MAX_CASES {
        return Err(LinkError::TooManyCases);
    }
    if !cases.iter().all(|c| is_case_id(c)) {
        return Err(LinkError::BadCaseId);
    }
    Ok(SharedDeck {
        name: clean_name(&name),
        cases,
    })
}

/// The full link of a deck, from the address of the page the app runs on: the learner app's
/// address, its folder, whatever page shares it. Participants' phones then download the learner
/// app, not the trainer app the deck was shared from (`…/trainer.html#/trainer` → `…/#/deck/…`).
pub fn share_url(page: &str, deck: &Deck) -> String {
    format!("{}{LINK_ROUTE}{}", app_folder(page), encode(deck))
}

/// The address up to the last `/` of its path: no file name, query or hash.
fn app_folder(page: &str) -> &str {
    let address = page.split(['#', '?']).next().unwrap_or(page);
    // The slashes of `https://` are not a folder's: an address with no path is its own folder.
    let path_start = address.find("://").map_or(0, |i| i + 3);
    match address[path_start..].rfind('/') {
        Some(i) => &address[..path_start + i + 1],
        None => address,
    }
}

fn is_case_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding (RFC 4648, section 5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The inverse of [`base64url_encode`]; `None` for a character outside the alphabet or a
/// length no encoding produces.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}
