//! Entry point of the trainer app (`trainer.html`): the learner app plus trainer mode and content tools.

#[cfg(target_arch = "wasm32")]
fn main() {
    tipsom::web::start_trainer();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the trainer app is a web app: run `make serve` and open http://127.0.0.1:8080/trainer.html");
}
