//! The QR code of a shared deck's link, drawn on the device as one SVG path (no network, no image).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as an SVG path of its dark modules, on a `size` by `size` grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules per side, without the quiet zone.
    pub size: usize,
    /// The dark modules, one `M x y h w v 1 h -w z` run per row segment.
    pub path: String,
    /// Whether each module is dark, row by row, for tests.
    pub modules: Vec<Vec<bool>>,
}

/// The QR code of `text`, at medium error correction (a phone reads it off a projector or a
/// printed page); `None` if the text is too long for any QR code.
pub fn qr_code(text: &str) -> Option<QrPicture> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size() as usize;
    let modules: Vec<Vec<bool>> = (0..size as i32)
        .map(|y| (0..size as i32).map(|x| code.get_module(x, y)).collect())
        .collect();
    let mut path = String::new();
    for (y, row) in modules.iter().enumerate() {
        let mut x = 0;
        while x < size {
            if row[x] {
                let start = x;
                while x < size && row[x] {
                    x += 1;
                }
                let w = x - start;
                path.push_str(&format!("M{start} {y}h{w}v1h-{w}z"));
            } else {
                x += 1;
            }
        }
    }
    Some(QrPicture { size, path, modules })
}
