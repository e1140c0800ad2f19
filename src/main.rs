//! Entry point of the web app; on the host it only explains how to run it.

#[cfg(target_arch = "wasm32")]
fn main() {
    tipsom::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tipsom is a web app: run `make serve` and open http://127.0.0.1:8080");
}
