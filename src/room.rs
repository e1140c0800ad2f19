//! The room server's rules (`tipsom-room`, native only): which file of the built app a request
//! names, with which type and headers, so a trainer's laptop serves the app to the phones of a room
//! with no internet, as a static host would. The serving itself is in `src/bin/tipsom-room.rs`.

use std::path::{Component, Path, PathBuf};

/// The file a request path names under `root`, or `None` when it names nothing servable: a path
/// that would leave `root` (`..`, in any encoding), an absolute or drive path, a NUL, a hidden file,
/// or anything that is not a regular file inside `root`. A path ending in `/` names its index.html.
pub fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next().unwrap_or_default();
    let decoded = percent_decode(path)?;
    if decoded.contains('\0') || decoded.contains('\\') || !decoded.starts_with('/') {
        return None;
    }
    let mut relative = PathBuf::new();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        // Dot files and the host's own configuration (`_headers`) are not the app's.
        if part.starts_with('.') || part.starts_with('_') || part.contains(':') {
            return None;
        }
        relative.push(part);
    }
    if decoded.ends_with('/') {
        relative.push("index.html");
    }
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let root = root.canonicalize().ok()?;
    let file = root.join(&relative).canonicalize().ok()?;
    (file.starts_with(&root) && file.is_file()).then_some(file)
}

/// `%XX` decoded; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` of a file, by its extension, as the deployment guide lists them.
pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "wasm" => "application/wasm",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Hashed files (`name-0123456789abcdef.js`) never change: cached for a year; the rest revalidated.
pub fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default().trim_end_matches("_bg");
    let hashed = stem
        .rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// The headers of the build's `_headers` file for every path (its `/*` block): the same security
/// headers as any host the README describes, read from the one file that defines them.
pub fn security_headers(headers_file: &str) -> Vec<(String, String)> {
    let mut in_all = false;
    let mut out = Vec::new();
    for line in headers_file.lines() {
        if !line.starts_with(char::is_whitespace) {
            in_all = line.trim() == "/*";
            continue;
        }
        if let (true, Some((name, value))) = (in_all, line.trim().split_once(':')) {
            out.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    out
}

/// Whether an address is one the phones of a room can reach: private IPv4 ranges and link-local
/// addresses (a laptop's hotspot or the room's Wi-Fi), not loopback.
pub fn is_room_address(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => v4.is_private() || v4.is_link_local(),
        std::net::IpAddr::V6(_) => false,
    }
}

/// A QR code drawn with Unicode half blocks, two rows of modules per line of text, with the quiet
/// zone the standard asks for, for a terminal with light text on a dark background (the default of
/// most): the blocks are the light modules. On a light terminal the code comes out inverted, which
/// phone cameras mostly read too; the address is always printed as text beside it.
pub fn terminal_qr(text: &str) -> Option<String> {
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let dark = |x: i32, y: i32| (0..size).contains(&x) && (0..size).contains(&y) && qr.get_module(x, y);
    let mut out = String::new();
    for y in (-2..size + 2).step_by(2) {
        for x in -2..size + 2 {
            // Dark modules are drawn as spaces, light ones as blocks: the terminal's dark background
            // becomes the code's dark modules.
            out.push(match (dark(x, y), dark(x, y + 1)) {
                (true, true) => ' ',
                (true, false) => '▄',
                (false, true) => '▀',
                (false, false) => '█',
            });
        }
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_cached_for_ever_and_the_rest_revalidated() {
        assert_eq!(
            cache_control(Path::new("tipsom-0123456789abcdef_bg.wasm")),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control(Path::new("main-ed699b81fa1d0d7d.css")),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control(Path::new("index.html")), "no-cache");
        assert_eq!(cache_control(Path::new("sw.js")), "no-cache");
    }

    #[test]
    fn the_terminal_qr_code_has_its_quiet_zone_and_two_rows_a_line() {
        let qr = terminal_qr("http://192.168.137.1:8080/").unwrap();
        let lines: Vec<&str> = qr.lines().collect();
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width));
        assert_eq!(lines.len(), width.div_ceil(2));
        assert!(lines[0].chars().all(|c| c == '█'), "the quiet zone is light");
    }

    #[test]
    fn the_all_paths_block_of_the_headers_file_is_read() {
        let file = "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n/sw.js\n  Cache-Control: no-cache\n";
        assert_eq!(
            security_headers(file),
            [
                ("X-Content-Type-Options".into(), "nosniff".into()),
                ("Referrer-Policy".into(), "no-referrer".into())
            ]
        );
    }
}
