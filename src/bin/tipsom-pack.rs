//! Content tool for authors and the build: `check` validates case files and prints every
//! problem by file, case and field; `bundle` compiles them into one JSON file per language.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use tipsom::domain::source::{bundle, load_cases};
    use tipsom::i18n::Locale;

    fn run() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let usage = "usage: tipsom-pack check [DIR]   |   tipsom-pack bundle OUT_DIR [DIR]";
        let default_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/content/cases"));
        match args.first().map(String::as_str) {
            Some("check") => {
                let dir = args.get(1).map(PathBuf::from).unwrap_or(default_dir);
                match load_cases(&dir) {
                    Ok(cases) => {
                        println!("{} cases checked in {}: no problems", cases.len(), dir.display());
                        ExitCode::SUCCESS
                    }
                    Err(errors) => {
                        for e in &errors {
                            eprintln!("error: {e}");
                        }
                        eprintln!("{} problems", errors.len());
                        ExitCode::FAILURE
                    }
                }
            }
            Some("bundle") => {
                let Some(out) = args.get(1).map(PathBuf::from) else {
                    eprintln!("{usage}");
                    return ExitCode::FAILURE;
                };
                let dir = args.get(2).map(PathBuf::from).unwrap_or(default_dir);
                let cases = match load_cases(&dir) {
                    Ok(cases) => cases,
                    Err(errors) => {
                        for e in &errors {
                            eprintln!("error: {e}");
                        }
                        return ExitCode::FAILURE;
                    }
                };
                if let Err(e) = std::fs::create_dir_all(&out) {
                    eprintln!("error: {}: {e}", out.display());
                    return ExitCode::FAILURE;
                }
                for locale in Locale::ALL {
                    let path = out.join(format!("{}.json", locale.code()));
                    let json = serde_json::to_string(&bundle(&cases, locale)).expect("bundles serialise");
                    if let Err(e) = std::fs::write(&path, json) {
                        eprintln!("error: {}: {e}", path.display());
                        return ExitCode::FAILURE;
                    }
                }
                println!("bundled {} cases into {}", cases.len(), out.display());
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{usage}");
                ExitCode::FAILURE
            }
        }
    }
    std::process::exit(if run() == ExitCode::SUCCESS { 0 } else { 1 });
}

#[cfg(target_arch = "wasm32")]
fn main() {}
