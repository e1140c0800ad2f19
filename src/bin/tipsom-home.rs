//! Entry point of the home page's small module (`index.html` before the app loads): see
//! `tipsom::web::home_island`.

#[cfg(target_arch = "wasm32")]
fn main() {
    tipsom::web::home_island::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tipsom-home runs in the browser, on the home page: run `make serve` and open http://127.0.0.1:8080");
}
